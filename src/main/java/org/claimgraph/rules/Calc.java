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
            case "FLOW", "COMMITMENT", "GROWTH", "CHANGE", "DURATION" -> samePeriod(c, e, s);
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
}
