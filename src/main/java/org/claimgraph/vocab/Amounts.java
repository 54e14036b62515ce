package org.claimgraph.vocab;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Settings;

/**
 * Reads amounts as people write them ("24 billion", "240亿", "2.6万亿", "$3.5B", "12%", "7,200")
 * into base units, with the interval the stated precision and the qualifiers really allow.
 */
public final class Amounts {
    private Amounts() {}

    /** A number read from text: its value in base units, half its last significant place, and any unit words. */
    public record Parsed(double value, double halfStep, String unitText) {}

    private static final Pattern AMOUNT = Pattern.compile(
            "^(?<cur>US\\$|\\$|€|¥|￥)?\\s*(?<num>-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*"
                    + "(?<mult>万亿|亿|万|千|百|thousand|million|billion|trillion|bn|mn|tn|[kKmMbBtT](?![A-Za-z]))?\\s*(?<rest>.*)$");

    private static final Map<String, Double> MULTIPLIERS = Map.ofEntries(
            Map.entry("万亿", 1e12), Map.entry("亿", 1e8), Map.entry("万", 1e4), Map.entry("千", 1e3), Map.entry("百", 1e2),
            Map.entry("thousand", 1e3), Map.entry("k", 1e3), Map.entry("million", 1e6), Map.entry("m", 1e6), Map.entry("mn", 1e6),
            Map.entry("billion", 1e9), Map.entry("b", 1e9), Map.entry("bn", 1e9), Map.entry("trillion", 1e12),
            Map.entry("t", 1e12), Map.entry("tn", 1e12));

    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "US$", "USD", "€", "EUR", "¥", "CNY", "￥", "CNY");

    /** @throws IllegalArgumentException naming what could not be read */
    public static Parsed parse(String text) {
        String t = text.trim();
        Matcher m = AMOUNT.matcher(t);
        if (t.isEmpty() || !m.matches()) throw new IllegalArgumentException("malformed number \"" + text + "\"");
        String num = m.group("num").replace(",", "");
        String mult = m.group("mult");
        double factor = mult == null ? 1 : MULTIPLIERS.get(mult.toLowerCase(Locale.ROOT));
        String rest = m.group("rest").trim();
        if (rest.matches("^[\\d,.万亿千百].*")) throw new IllegalArgumentException("malformed number \"" + text + "\"");
        if (rest.startsWith("%")) rest = "%" + rest.substring(1);
        String unit = m.group("cur") != null ? CURRENCY_SIGNS.get(m.group("cur")) : null;
        if (!rest.isEmpty()) {
            if (unit != null && !rest.equalsIgnoreCase(unit)) unit = unit + " " + rest;
            else unit = rest;
        }
        BigDecimal bd = new BigDecimal(num);
        return new Parsed(bd.doubleValue() * factor, 0.5 * Math.pow(10, place(num)) * factor, unit);
    }

    /**
     * The decimal place of the last significant digit: -2 for "8.25", 1 for "2410", 1 for "100"
     * (at least two significant digits: "100 billion" means 95–105, not 50–150).
     */
    static int place(String digits) {
        String d = digits.startsWith("-") ? digits.substring(1) : digits;
        int dot = d.indexOf('.');
        if (dot >= 0) return -(d.length() - dot - 1);
        String trimmed = d.replaceFirst("^0+(?=\\d)", "");
        int lastNonZero = trimmed.length() - 1;
        while (lastNonZero > 0 && trimmed.charAt(lastNonZero) == '0') lastNonZero--;
        int p = trimmed.length() - 1 - lastNonZero;
        return Math.min(p, Math.max(0, trimmed.length() - 2));
    }

    /**
     * The interval a value means: its stated precision, widened by "about", opened upward by
     * "more than" / "at least" / "conservative estimate", opened down to zero by "up to"
     * (unless a lower-bound qualifier says the figure is a floor).
     */
    public static Quantity quantity(Parsed p, String unit, String per, Set<Qualifier> qs, Settings s, String statedAs) {
        double v = p.value();
        double low = v - p.halfStep(), high = v + p.halfStep();
        if (qs.contains(Qualifier.ABOUT)) {
            low -= Math.abs(v) * s.about();
            high += Math.abs(v) * s.about();
        }
        boolean floor = qs.contains(Qualifier.MORE_THAN) || qs.contains(Qualifier.AT_LEAST)
                || qs.contains(Qualifier.CONSERVATIVE_ESTIMATE);
        if (floor) high = Double.POSITIVE_INFINITY;
        // "more than 3 billion" is a floor as written, not a rounded figure; an estimate stays rounded
        if (qs.contains(Qualifier.MORE_THAN) || qs.contains(Qualifier.AT_LEAST)) low = Math.max(low, v);
        if (qs.contains(Qualifier.UP_TO) && !floor) low = v >= 0 ? 0 : Double.NEGATIVE_INFINITY;
        return new Quantity(v, unit, low, high, statedAs, per);
    }
}
