package org.claimgraph.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.claimgraph.model.Period;
import org.claimgraph.model.Settings;

/** The arithmetic the rules call: periods, intervals, authority and how numbers read. Small and unit-tested. */
public final class Calc {
    private Calc() {}

    /** The same parties: same object, in either direction ("a deal between A and B"), or no object on one side. */
    public static boolean sameParties(Fact a, Fact b) {
        if (a.object() == null || b.object() == null) return Objects.equals(a.subject(), b.subject());
        return Objects.equals(a.subject(), b.subject()) && Objects.equals(a.object(), b.object())
                || Objects.equals(a.subject(), b.object()) && Objects.equals(a.object(), b.subject());
    }

    static Period period(Fact f) { return f.claim().period(); }

    /**
     * Whether two figures describe the same period: either is undated, or each overlaps the other by at
     * least the comparable share. A yearly rate compares with any one-year figure of the same year.
     */
    public static boolean samePeriod(Fact a, Fact b, Settings s) {
        Period pa = period(a), pb = period(b);
        if (pa == null || pb == null) return true;
        if (!pa.bounded() || !pb.bounded()) return pa.overlaps(pb);
        long o = pa.overlapDays(pb);
        return o >= s.comparableShare() * pa.days() && o >= s.comparableShare() * pb.days();
    }

    /**
     * Whether the two figures are on the same footing: both yearly rates, both totals, or a yearly rate
     * against a total for about one year.
     */
    public static boolean sameBasis(Fact a, Fact b) {
        if (Objects.equals(a.per(), b.per())) return true;
        Fact total = a.per() == null ? a : b;
        double y = years(total);
        return !Double.isNaN(y) && Math.abs(y - 1) < 0.05;
    }

    /** The same words, ignoring case, spacing and punctuation. */
    public static boolean sameWords(String a, String b) {
        return a != null && b != null && a.replaceAll("[\\p{P}\\s]+", "").equalsIgnoreCase(b.replaceAll("[\\p{P}\\s]+", ""));
    }

    /** A figure with both ends stated: "more than" and "up to" figures are not matched as the same number. */
    public static boolean bounded(Fact f) { return Double.isFinite(f.high()) && (f.low() > 0 || f.low() < 0 && Double.isFinite(f.low())); }

    /**
     * Whether evidence speaks to the claim's period, by how the metric behaves: flows and commitments
     * must cover the same span; levels, shares and statements need only share a date.
     */
    public static boolean comparable(Fact c, Fact e, Settings s) {
        if (c.per() != null && e.per() != null) return overlapping(c, e); // two yearly rates: any shared year
        String type = c.metricType() == null ? "" : c.metricType();
        return switch (type) {
            case "FLOW", "COMMITMENT", "GROWTH", "DURATION" -> samePeriod(c, e, s);
            default -> overlapping(c, e);
        };
    }

    /** Whether {@code part}'s period lies inside {@code whole}'s and is clearly shorter. */
    public static boolean within(Fact part, Fact whole, Settings s) {
        Period p = period(part), w = period(whole);
        return p != null && w != null && w.contains(p) && p.days() < s.comparableShare() * w.days();
    }

    /** The share of the claim's period that a part inside it covers; 0 when not inside or undated. */
    public static double coverage(Fact part, Fact whole) {
        Period p = period(part), w = period(whole);
        if (p == null || w == null || !w.contains(p)) return 0;
        return (double) p.days() / w.days();
    }

    /** Levels and shares compare at any date the two periods share. */
    public static boolean overlapping(Fact a, Fact b) {
        Period pa = period(a), pb = period(b);
        return pa == null || pb == null || pa.overlaps(pb);
    }

    /** Whole years a period covers (2025/2029 → 5). */
    public static double years(Fact f) {
        Period p = period(f);
        return p == null ? Double.NaN : p.wholeYears();
    }

    public static boolean overlap(double lo1, double hi1, double lo2, double hi2) { return lo1 <= hi2 && lo2 <= hi1; }

    /** True when a's source outranks b's: a better (lower) tier, or the same tier and a later date. */
    public static boolean outranks(int tierA, LocalDate dateA, int tierB, LocalDate dateB) {
        if (tierA != tierB) return tierA < tierB;
        if (dateA == null || dateB == null) return dateA != null && dateB == null;
        return dateA.isAfter(dateB);
    }

    public static long daysBetween(LocalDate a, LocalDate b) { return ChronoUnit.DAYS.between(a, b); }

    /** Years from a date to another, fractional. */
    public static double yearsBetween(LocalDate from, LocalDate to) { return ChronoUnit.DAYS.between(from, to) / 365.25; }

    // ---- how numbers read ----

    /** An amount as a reader writes it: $115B, $42.5B, $1.4T, 34%, 6 GW, 4,500 sq ft, 14 days, 17×. */
    public static String show(double v, String unit) {
        if (Double.isInfinite(v)) return "unbounded";
        if (unit == null) return plain(v);
        return switch (unit) {
            case "USD" -> (v < 0 ? "-$" : "$") + scaled(Math.abs(v));
            case "EUR" -> (v < 0 ? "-€" : "€") + scaled(Math.abs(v));
            case "CNY" -> (v < 0 ? "-¥" : "¥") + scaled(Math.abs(v));
            case "percent" -> plain(v) + "%";
            case "times" -> plain(v) + "×";
            case "day" -> plain(v) + (v == 1 ? " day" : " days");
            case "year" -> plain(v) + (v == 1 ? " year" : " years");
            case "sq-ft" -> grouped(v) + " sq ft";
            case "sq-m" -> grouped(v) + " m²";
            case "acre" -> grouped(v) + (v == 1 ? " acre" : " acres");
            default -> grouped(v) + " " + unit;
        };
    }

    /** The interval a figure means, e.g. "$114.5B–$115.5B" or "at least $1.25T". */
    public static String range(double low, double high, String unit) {
        if (Double.isInfinite(high) && Double.isInfinite(low)) return "any value";
        if (Double.isInfinite(high)) return "at least " + show(low, unit);
        if (Double.isInfinite(low) || (low == 0 && high > 0)) return "up to " + show(high, unit);
        return show(low, unit) + "–" + show(high, unit);
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

    private static String grouped(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(java.util.Locale.ROOT, "%,d", (long) v);
        return plain(v);
    }

    /** One decimal: 2.706 → "2.7". */
    public static String oneDecimal(double v) { return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(); }

    /** A percentage of a ratio, whole: 0.3696 → "37%". */
    public static String percent(double ratio) { return Math.round(ratio * 100) + "%"; }
}
