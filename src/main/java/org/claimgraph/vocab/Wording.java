package org.claimgraph.vocab;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers read in findings, reports and claim documents: one wording for every face. */
public final class Wording {
    private Wording() {}

    /** An amount as a reader writes it: $37B, $2.6B, NT$480B, 27%, 3 GW, 2,300 sq ft, 9 days, 12×. */
    public static String show(double v, String unit) { return show(v, unit, null); }

    /** Like {@link #show(double, String)}; a count shows the noun it was written with when it is English (23.4M people). */
    public static String show(double v, String unit, String noun) {
        if (Double.isInfinite(v)) return "unbounded";
        if (unit == null) return plain(v);
        return switch (unit) {
            case "percent" -> plain(v) + "%";
            case "dimensionless" -> plain(v);
            case "percentage-point" -> plain(v) + (v == 1 ? " percentage point" : " percentage points");
            case "times" -> plain(v) + "×";
            case "count" -> (v < 0 ? "-" : "") + scaled(Math.abs(v)) + (noun != null && noun.matches("[A-Za-z][A-Za-z -]*") ? " " + noun : "");
            case "day", "week", "month", "year", "hour", "minute", "acre", "mile", "barrel", "point" -> grouped(v) + " " + unit + (v == 1 ? "" : "s");
            case "sq-ft" -> grouped(v) + " sq ft";
            case "sq-m" -> Math.abs(v) >= 1e6 ? plain(v / 1e6) + " km²" : grouped(v) + " m²";
            case "sq-km" -> grouped(v) + " km²";
            case "sq-mi" -> grouped(v) + " sq mi";
            case "m3" -> grouped(v) + " m³";
            case "celsius" -> plain(v) + "°C";
            case "fahrenheit" -> plain(v) + "°F";
            case "kelvin" -> plain(v) + " K";
            case "per-1000" -> plain(v) + " per 1,000";
            case "per-10000" -> plain(v) + " per 10,000";
            case "per-100000" -> plain(v) + " per 100,000";
            case "W", "Wh" -> prefixed(v, unit);
            case "t" -> Math.abs(v) >= 1e3 ? prefixed(v, "t") : grouped(v) + " t";
            case "m" -> Math.abs(v) >= 1e3 ? plain(v / 1e3) + " km" : plain(v) + " m";
            default -> money(v, unit);
        };
    }

    /** A currency by its symbol ($, €, ¥, £, NT$, HK$, R$, ₹, ₩), or its code where the symbol is ambiguous. */
    private static String money(double v, String unit) {
        String sign = v < 0 ? "-" : "";
        String symbol = switch (unit) {
            case "USD" -> "$";
            case "CNY" -> "¥";
            case "JPY" -> "JP¥";
            default -> currencySymbol(unit);
        };
        if (symbol == null) return grouped(v) + " " + unit;
        return symbol.equals(unit) ? sign + unit + " " + scaled(Math.abs(v)) : sign + symbol + scaled(Math.abs(v));
    }

    private static String currencySymbol(String code) {
        if (!code.matches("[A-Z]{3}")) return null;
        try {
            return java.util.Currency.getInstance(code).getSymbol(java.util.Locale.US);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** SI prefixes for watts and watt-hours: 3e9 W is "3 GW". */
    private static String prefixed(double v, String unit) {
        String[] prefixes = {"", "k", "M", "G", "T", "P"};
        int i = 0;
        double a = Math.abs(v);
        while (i < prefixes.length - 1 && a >= 1000) { a /= 1000; i++; }
        return (v < 0 ? "-" : "") + plain(a) + " " + prefixes[i] + unit;
    }

    /** The interval a figure means, e.g. "$36.5B–$37.5B" or "at least $2.65T"; both ends included. */
    public static String range(double low, double high, String unit) { return range(low, false, high, false, unit); }

    /**
     * The interval a figure means, a bound named as one: "more than 25,000,000" (low excluded, no upper
     * end), "at least $2.65T", "less than 10%", "at most 300", "$2.55B–$2.65B".
     */
    public static String range(double low, boolean lowOpen, double high, boolean highOpen, String unit) {
        if (Double.isInfinite(high) && Double.isInfinite(low)) return "any value";
        if (Double.isInfinite(high)) return (lowOpen ? "more than " : "at least ") + show(low, unit);
        if (Double.isInfinite(low) || (low == 0 && high > 0)) return (highOpen ? "less than " : "at most ") + show(high, unit);
        return (lowOpen ? "more than " : "") + show(low, unit) + "–" + (highOpen ? "less than " : "") + show(high, unit);
    }

    private static String scaled(double v) {
        if (v >= 1e12) return plain(v / 1e12) + "T";
        if (v >= 1e9) return plain(v / 1e9) + "B";
        if (v >= 1e6) return plain(v / 1e6) + "M";
        return grouped(v);
    }

    /** Up to three significant decimals, trailing zeros dropped. */
    public static String plain(double v) {
        BigDecimal b = BigDecimal.valueOf(v);
        int scale = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 2 : 3;
        return b.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Thousands separated: 2,300; 31,306.5. */
    private static String grouped(double v) {
        if (Math.abs(v) >= 1e15) return plain(v);
        String p = plain(Math.abs(v));
        int dot = p.indexOf('.');
        String whole = String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(dot < 0 ? p : p.substring(0, dot)));
        return (v < 0 ? "-" : "") + whole + (dot < 0 ? "" : p.substring(dot));
    }

    /** One decimal: 2.706 → "2.7". */
    public static String oneDecimal(double v) { return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(); }

    /** A percentage of a ratio, whole: 0.3696 → "37%". */
    /** The noun with its indefinite article by its sound: "a year", "an hour", "an acre", "a euro". */
    public static String a(String noun) {
        return (noun.matches("(?i)(?!eu|one)[aeio].*|hour.*|honou?r.*") ? "an " : "a ") + noun;
    }

    public static String percent(double ratio) { return Math.round(ratio * 100) + "%"; }
}
