package org.claimgraph.rules;

import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.model.Settings;

/**
 * Bounded figures ("more than", "at least", "up to", "almost", 超过, 逾, 近, 不到) as intervals with an open
 * side, and the tolerance policy every comparison of two figures follows.
 *
 * <p>Tolerance policy: a figure means the interval its written precision allows (half its last
 * significant place either side, with at least two significant digits, as {@code vocab.Amounts} reads
 * it); "about" (约, around) widens that by {@code tolerance.about} of the value on each side. A bound is
 * exact as written: "more than 25 million" starts at 25 million (excluded), "up to 300 billion" ends at
 * 300 billion (included), "almost 10" ends below 10. A claim's figure (amounts and percentages alike, as
 * fact-checkers read round figures) is read with at least {@code tolerance.rounding} of its value either
 * side, on the sides it states, against a source's exact figure: "194 billion" admits a source's 192.6 (not
 * stacked on a source's "about"). "Almost" on a figure above zero states its side too: "nearly 40%" admits 41%, a
 * round figure said loosely, while a bound proper ("up to", "less than") and a fall of "almost 17%" stay as written. Two figures agree when their intervals share a
 * point (endpoints count only when both sides include them). A source's bounded figure confirms a claim
 * only when everything it allows lies inside the claim's interval; when it merely allows the claim's
 * figure, it is consistent, never a confirmation. A source's numeral zero says none: it confirms only a
 * claim whose range holds zero, and merely allows one its precision reaches ({@link #zeroOutside}).
 */
public final class Bounds {
    private Bounds() {}

    /** Qualifiers (their JSON names) that open the upper side, and those of them that exclude the bound. */
    static final Set<String> FLOORS = Set.of("more-than", "at-least", "over", "conservative-estimate");
    static final Set<String> CEILINGS = Set.of("up-to", "at-most", "less-than", "almost", "under");
    static final Set<String> EXCLUSIVE_FLOORS = Set.of("more-than", "over");
    static final Set<String> EXCLUSIVE_CEILINGS = Set.of("less-than", "almost", "under");

    /** How a source's figure bears on a claim's. */
    public enum Agreement { AGREES, CONSISTENT, DISAGREES }

    /** The interval a stated figure means, bounds as written. */
    record Interval(double low, boolean lowOpen, double high, boolean highOpen) {
        boolean bounded() { return Double.isFinite(low) && Double.isFinite(high); }
    }

    /** The claim's quantity with its bounds as written: a ceiling ends at the stated value. */
    static Interval interval(double value, double low, double high, Set<String> qualifiers) {
        return interval(value, low, high, qualifiers, false);
    }

    /** As above; {@code change} when the figure is a change or growth, whose floor on a fall bounds its size. */
    static Interval interval(double value, double low, double high, Set<String> qualifiers, boolean change) {
        if (qualifiers.isEmpty()) return new Interval(low, false, high, false); // most figures: no stream
        if (almostFall(value, qualifiers)) return new Interval(Math.max(low, value), true, high, false);
        if (floorOnFall(value, qualifiers, change))
            return new Interval(Double.NEGATIVE_INFINITY, false, Math.min(high, value), qualifiers.stream().anyMatch(EXCLUSIVE_FLOORS::contains));
        boolean floor = qualifiers.stream().anyMatch(FLOORS::contains);
        boolean ceiling = !floor && qualifiers.stream().anyMatch(CEILINGS::contains);
        if (ceiling && Double.isFinite(value)) high = Math.min(high, value);
        return new Interval(low, floor && qualifiers.stream().anyMatch(EXCLUSIVE_FLOORS::contains) && low == value, high,
                ceiling && qualifiers.stream().anyMatch(EXCLUSIVE_CEILINGS::contains));
    }

    /**
     * "Almost" on a figure below zero, a fall: nearly as large a fall, so the bound is the figure itself from
     * below ("almost -17%" is above -17%, up to -15.3%), not a ceiling under it.
     */
    static boolean almostFall(double value, Set<String> qualifiers) {
        return value < 0 && qualifiers.contains("almost") && qualifiers.stream().noneMatch(q -> FLOORS.contains(q) || !q.equals("almost") && CEILINGS.contains(q));
    }

    /**
     * "More than" (at least, over) on a change below zero, a fall: a bigger fall ("lost more than 400,000" is a change
     * below -400,000), so the bound is a ceiling on the signed figure, not a floor that any smaller fall or a rise would meet.
     */
    static boolean floorOnFall(double value, Set<String> qualifiers, boolean change) {
        return change && value < 0 && qualifiers.stream().anyMatch(FLOORS::contains);
    }

    static boolean change(Fact f) { return "CHANGE".equals(f.metricType()) || "GROWTH".equals(f.metricType()); }

    /** Whether two intervals share a point; an endpoint is shared only when both include it. */
    public static boolean overlap(Fact a, Fact b) { return overlap(a.low(), a.lowOpen(), a.high(), a.highOpen(), b); }

    static boolean overlap(double aLow, boolean aLowOpen, double aHigh, boolean aHighOpen, Fact b) {
        return overlap(aLow, aLowOpen, aHigh, aHighOpen, b.low(), b.lowOpen(), b.high(), b.highOpen());
    }

    /** Whether two intervals share a point; an endpoint is shared only when both include it. */
    static boolean overlap(double aLow, boolean aLowOpen, double aHigh, boolean aHighOpen, double bLow, boolean bLowOpen, double bHigh, boolean bHighOpen) {
        double lo = Math.max(aLow, bLow), hi = Math.min(aHigh, bHigh);
        if (lo < hi) return true;
        if (lo > hi) return false;
        boolean aIncludes = !(lo == aLow && aLowOpen || lo == aHigh && aHighOpen);
        boolean bIncludes = !(lo == bLow && bLowOpen || lo == bHigh && bHighOpen);
        return aIncludes && bIncludes;
    }

    /** A claim's interval read with the rounding tolerance on the sides it states: {low, high}. */
    static double[] rounded(Fact c, double rounding) {
        boolean amount = Double.isFinite(c.value());
        double slack = amount ? Math.abs(c.value()) * tolerance(c, rounding) : 0;
        boolean qualified = !c.qualifiers().isEmpty(); // most figures have no qualifier: no stream for them
        // "almost" above a figure is no ceiling as written ("nearly 40%" said of 41%, a round figure said loosely); a fall of
        // "almost 17%" still stops at 17%, as a bigger fall is another claim
        boolean floorAsWritten = qualified && (c.qualifiers().stream().anyMatch(FLOORS::contains) || almostFall(c.value(), c.qualifiers()))
                && c.low() == c.value();
        boolean ceilingAsWritten = qualified && (c.qualifiers().stream().anyMatch(q -> CEILINGS.contains(q) && !q.equals("almost"))
                || floorOnFall(c.value(), c.qualifiers(), change(c))) && c.high() == c.value();
        double low = Double.isFinite(c.low()) && !floorAsWritten ? Math.min(c.low(), c.value() - slack) : c.low();
        double high = Double.isFinite(c.high()) && !ceilingAsWritten ? Math.max(c.high(), c.value() + slack) : c.high();
        if (rounding > 0 && oneDigitChange(c)) {
            // a change said to one digit ("$10 billion more", "up 20%") is the move rounded to that digit: a real move up to
            // half the digit's place larger rounds to it, so the plain words understate nothing; a smaller move is still short
            double half = Math.pow(10, Math.floor(Math.log10(Math.abs(c.value())))) / 2;
            if (c.value() > 0) high = Math.max(high, c.value() + half);
            else low = Math.min(low, c.value() - half);
        }
        return new double[] {low, high};
    }

    /**
     * A change or growth claimed as a plain figure of one significant digit, neither a bound nor played down ("only",
     * 仅): fact-checkers read it as the move rounded to that digit.
     */
    static boolean oneDigitChange(Fact c) {
        if (!change(c) || c.value() == 0 || !Double.isFinite(c.value())) return false;
        if (c.qualifiers().stream().anyMatch(q -> FLOORS.contains(q) || CEILINGS.contains(q))) return false;
        String stated = c.claim() == null || c.claim().value() == null ? null : c.claim().value().statedAs();
        return significantDigits(stated) == 1 && !Calc.playedDown(c);
    }

    /** The most a figure written to four significant digits or more is read as rounded: such a figure is not a round one. */
    static final double PRECISE_ROUNDING = 0.01;

    /** The rounding tolerance for a claim's figure: the usual one, or less for a figure written precisely ("5,105", "576,604"). */
    static double tolerance(Fact c, double rounding) {
        String stated = c.claim() == null || c.claim().value() == null ? null : c.claim().value().statedAs();
        return significantDigits(stated) >= 4 ? Math.min(rounding, PRECISE_ROUNDING) : rounding;
    }

    /** Significant digits of the first numeral written ("5,105" 4, "0.558" 3, "20,000" 1); 0 when none is written in digits. */
    static int significantDigits(String stated) {
        if (stated == null) return 0;
        int i = 0, n = stated.length();
        while (i < n && !isDigit(stated.charAt(i))) i++;
        if (i == n) return 0;
        // a scan, not a pattern: the rules ask this of every pair of figures they weigh
        StringBuilder whole = new StringBuilder(), fraction = new StringBuilder();
        for (; i < n && (isDigit(stated.charAt(i)) || stated.charAt(i) == ','); i++) if (stated.charAt(i) != ',') whole.append(stated.charAt(i));
        if (i + 1 < n && stated.charAt(i) == '.' && isDigit(stated.charAt(i + 1))) {
            for (i++; i < n && isDigit(stated.charAt(i)); i++) fraction.append(stated.charAt(i));
        }
        String digits = fraction.length() > 0 ? stripLeadingZeros(whole.append(fraction).toString())
                : stripTrailingZeros(stripLeadingZeros(whole.toString()));
        return digits.length();
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private static String stripTrailingZeros(String d) {
        int k = d.length();
        while (k > 0 && d.charAt(k - 1) == '0') k--;
        return d.substring(0, k);
    }

    private static String stripLeadingZeros(String d) {
        int k = 0;
        while (k < d.length() && d.charAt(k) == '0') k++;
        return d.substring(k);
    }

    /**
     * Whether a claim's interval, read with the rounding tolerance, shares a point with a source's. The
     * tolerance stands in for a speaker rounding an exact figure: a source's "about" already widens its
     * own interval, and the two are not stacked.
     */
    static boolean overlapRounded(Fact c, Fact source, double rounding) {
        double[] r = rounded(c, source.qualifiers().contains("about") ? 0 : rounding);
        double[] s = atClaimsPrecision(c, source);
        return s == null ? overlap(r[0], c.lowOpen(), r[1], c.highOpen(), source)
                : overlap(r[0], c.lowOpen(), r[1], c.highOpen(), s[0], false, s[1], false);
    }

    /**
     * A source's plain figure written more coarsely than the claim's ("2 years" against "2.5 years"), read to the
     * claim's precision: the claim's extra digit says more than the source's rounding, and the source's number is
     * what it says. Null when either figure is a bound or a range, or the source is no coarser.
     */
    static double[] atClaimsPrecision(Fact c, Fact source) {
        if (!plain(c) || !plain(source)) return null;
        double hc = (c.high() - c.low()) / 2, hs = (source.high() - source.low()) / 2;
        if (!(hs > hc) || hc <= 0 || writtenAsRange(source)) return null;
        return new double[] {source.value() - hc, source.value() + hc};
    }

    /** Two ends written ("2-3%", "500至600亿", "between 2 and 3", 两三千 with two numerals in a row): a range, not a rounded figure. */
    private static final Pattern RANGE = Pattern.compile("\\d\\s*(?:-|–|—|~|～|至|到|to|and)\\s*[\\d一二两三四五六七八九十]|一二|[两二]三|三四|四五|五六|六七|七八|八九|between");

    private static boolean writtenAsRange(Fact f) {
        String stated = f.claim() == null || f.claim().value() == null ? null : f.claim().value().statedAs();
        return stated != null && RANGE.matcher(stated).find();
    }

    private static boolean plain(Fact f) {
        return f.qualifiers().isEmpty() && Double.isFinite(f.value()) && Double.isFinite(f.low()) && Double.isFinite(f.high())
                && Math.abs((f.low() + f.high()) / 2 - f.value()) <= 1e-9 * Math.max(1, Math.abs(f.value()));
    }

    /** Whether a claim's interval, read with the rounding tolerance, shares a point with a source's. */
    public static boolean overlapsWithTolerance(Fact claim, Fact source, Settings settings) {
        return overlapRounded(claim, source, settings.rounding());
    }

    /**
     * Whether a claimed change in percent (a growth or change measure) that a source's figure lies outside would
     * meet it at twice the rounding tolerance: close, not contradicted.
     */
    public static boolean closeChange(Fact claim, Fact source, Settings settings) {
        return ("GROWTH".equals(claim.metricType()) || "CHANGE".equals(claim.metricType())) && "percent".equals(claim.unit())
                && overlapRounded(claim, source, 2 * settings.rounding());
    }

    /** Whether everything {@code inner} allows lies inside {@code outer}. */
    static boolean inside(Fact inner, Fact outer) {
        boolean lowOk = inner.low() > outer.low() || inner.low() == outer.low() && (inner.lowOpen() || !outer.lowOpen());
        boolean highOk = inner.high() < outer.high() || inner.high() == outer.high() && (inner.highOpen() || !outer.highOpen());
        return lowOk && highOk;
    }

    /**
     * A source's figure against a claim's: disagrees when the intervals share no point; agrees when they
     * do and the source's figure has both ends (a rounded figure), lies wholly inside the claim's, or is a
     * bound whose own number the claim gives ("$200B" for "up to $200B", kept as a caveat); otherwise the
     * source's bound only allows the claim's figure ("more than $2B" for "$2.6B").
     */
    public static Agreement agreement(Fact claim, Fact source, Settings settings) {
        if (!overlapRounded(claim, source, settings.rounding())) return Agreement.DISAGREES;
        if (zeroOutside(claim, source, settings.rounding())) return Agreement.CONSISTENT;
        if (!open(source) || inside(source, claim)) return Agreement.AGREES;
        return restates(claim, source) ? Agreement.AGREES : Agreement.CONSISTENT;
    }

    /**
     * A source's numeral zero ("0", "0.0", "0%") keeps its written precision, half its place either side, so it
     * allows a small figure of either sign; but it says none, and confirms only a claim whose range holds none:
     * "0 years" (no change) allows "fallen by about 0.5 years" and does not establish it (a plain claim written more
     * finely, "fallen by 0.5 years", reads the zero to its own precision: see {@link #atClaimsPrecision}).
     */
    static boolean zeroOutside(Fact claim, Fact source, double rounding) {
        if (source.value() != 0 || !source.qualifiers().isEmpty() || source.claim() == null || source.claim().value() == null) return false;
        String s = source.claim().value().statedAs();
        if (s == null || !ZERO.matcher(s.strip()).matches()) return false;
        double[] r = rounded(claim, rounding);
        return !overlap(r[0], claim.lowOpen(), r[1], claim.highOpen(), 0, false, 0, false);
    }

    private static final java.util.regex.Pattern ZERO = java.util.regex.Pattern.compile("[+-]?0(?:[.,]0+)?\\s*%?");

    /** The claim gives a bound's own number as its figure ("$200B" for "up to $200B"). */
    static boolean restates(Fact claim, Fact source) {
        return open(source) && !open(claim) && claim.low() <= source.value() && source.value() <= claim.high();
    }

    /**
     * Whether every figure has both ends: what is computed from a bound ("at least 5,000" to "at least
     * 5,150" is any change at all) can allow a claim's figure but never confirm it.
     */
    static boolean closed(Fact... figures) {
        for (Fact f : figures) if (!Double.isFinite(f.low()) || !Double.isFinite(f.high())) return false;
        return true;
    }

    /** True when the figure is a bound (one side open), whatever its other side. */
    public static boolean open(Fact f) {
        return !f.qualifiers().isEmpty() && f.qualifiers().stream().anyMatch(q -> FLOORS.contains(q) && !q.equals("conservative-estimate") || CEILINGS.contains(q))
                || Double.isInfinite(f.high()) || Double.isInfinite(f.low());
    }

    /** The bound's word before a value, or "" for a figure that is not a bound. */
    static String word(Fact f) {
        var q = f.qualifiers();
        if (q.contains("more-than") || q.contains("over")) return "more than ";
        if (q.contains("at-least")) return "at least ";
        if (q.contains("almost")) return "almost ";
        if (q.contains("less-than") || q.contains("under")) return "less than ";
        if (q.contains("up-to") || q.contains("at-most")) return "at most ";
        return "";
    }
}
