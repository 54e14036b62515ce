package org.claimgraph.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /**
     * Whether two figures are of one series: the same parties, measure and scope. Set against itself over
     * another span, such a series is a change over time, and its figure over the other span is the other side.
     */
    public static boolean sameSeries(Fact a, Fact b) {
        return sameParties(a, b) && Objects.equals(a.metric(), b.metric()) && Objects.equals(a.scopeKey(), b.scopeKey());
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
     * Whether the two figures are on the same footing: rates per the same unit of time, both totals, or
     * a rate against a total for about one of its units (a yearly rate and that year's total).
     */
    public static boolean sameBasis(Fact a, Fact b) {
        if (Objects.equals(a.per(), b.per())) return true;
        if (a.per() != null && b.per() != null) return false;
        Fact total = a.per() == null ? a : b, rate = a.per() == null ? b : a;
        double n = span(total, rate.per());
        return !Double.isNaN(n) && Math.abs(n - 1) < 0.05;
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

    /**
     * Whether two totals disagree only as totals over nested periods of different length may: one period
     * lies inside the other and the total over the shorter one is the smaller (a year's visitors above
     * those of the year to mid-December). The other way round no flow can go, so that still contradicts.
     */
    public static boolean lengthExplains(Fact c, Fact e) {
        if (!"FLOW".equals(c.metricType()) || c.per() != null || e.per() != null || c.low() < 0 || e.low() < 0) return false;
        Period pc = period(c), pe = period(e);
        if (pc == null || pe == null || !pc.bounded() || !pe.bounded() || pc.days() == pe.days()) return false;
        if (pe.contains(pc)) return c.high() < e.low();
        return pc.contains(pe) && c.low() > e.high();
    }

    /**
     * A change or growth claimed smaller than a source's, the same way, by a claim whose words stress how big the
     * move was ("jumped by 55%" where it rose 104%, 暴涨): the truth is starker than the claim, which fact-checkers
     * rate true; a claim that plays the move down ("only rose 4%", 只增加) is wrong, as a figure outside the range.
     */
    public static boolean understatesChange(Fact c, Fact e) {
        if (!"GROWTH".equals(c.metricType()) && !"CHANGE".equals(c.metricType()) || c.claim() == null) return false;
        boolean smaller = c.low() > 0 && e.low() > c.high() || c.high() < 0 && e.high() < c.low();
        String q = c.claim().quote() == null ? "" : c.claim().quote();
        return smaller && STRESSED.matcher(q).find() && !PLAYED_DOWN.matcher(q).find();
    }

    /** Whether the claim's words play its figure down ("only", "just", 仅): the figure is then meant as its size. */
    static boolean playedDown(Fact c) {
        return c.claim() != null && c.claim().quote() != null && PLAYED_DOWN.matcher(c.claim().quote()).find();
    }

    private static final java.util.regex.Pattern STRESSED = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:jump(?:ed|s)?|soar(?:ed|s)?|surg(?:ed|es)|sky-?rocket(?:ed|s)?|rocket(?:ed|s)|balloon(?:ed|s)|explod(?:ed|es)|spik(?:ed|es)|shot up|lea(?:pt|ped)|"
            + "plung(?:ed|es)|plummet(?:ed|s)?|collaps(?:ed|es)|crash(?:ed|es)|tumbl(?:ed|es)|nose-?dived?|slump(?:ed|s))\\b"
            + "|暴涨|暴漲|飙升|飆升|激增|猛增|剧增|劇增|暴增|飙涨|飆漲|狂飙|狂飆|暴跌|狂跌|骤降|驟降|锐减|銳減|重挫|崩跌");
    private static final java.util.regex.Pattern PLAYED_DOWN = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:only|just|merely|barely|a mere)\\b|只|仅|僅|才|不过|不過");

    /**
     * How far apart, at most, two stocks may be read against each other by their measure's yearly bound: beyond
     * it the bound compounds into a range too wide to say anything.
     */
    public static final double OTHER_DATE_YEARS = 2;

    /**
     * Whether two bounded periods are at most {@link #OTHER_DATE_YEARS} apart (their longest span), with a leap day's
     * slack: a year and the next are two years apart even when one of them has 366 days.
     */
    public static boolean otherDateInReach(Fact a, Fact b) {
        return spanYears(a, b) * 365.2425 <= OTHER_DATE_YEARS * 365.2425 + 1;
    }

    /** The longest span in years (365.2425 days) between any day of one bounded period and any day of the other. */
    public static double spanYears(Fact a, Fact b) {
        Period pa = period(a), pb = period(b);
        if (pa == null || pb == null || !pa.bounded() || !pb.bounded()) return Double.NaN;
        LocalDate from = pa.start().isBefore(pb.start()) ? pa.start() : pb.start(), to = pa.end().isAfter(pb.end()) ? pa.end() : pb.end();
        return (daysBetween(from, to) + 1) / 365.2425;
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

    /** The longest period, in days, whose stock the figure for the period next to it estimates (a quarter). */
    public static final int NEXT_PERIOD_DAYS = 92;

    /** Whether two bounded periods of at most {@link #NEXT_PERIOD_DAYS} follow one another: one ends the day before the other starts. */
    public static boolean nextTo(Fact a, Fact b) {
        Period pa = period(a), pb = period(b);
        return pa != null && pb != null && pa.bounded() && pb.bounded() && pa.days() <= NEXT_PERIOD_DAYS && pb.days() <= NEXT_PERIOD_DAYS
                && (pa.end().plusDays(1).equals(pb.start()) || pb.end().plusDays(1).equals(pa.start()));
    }

    /** How many years, at most, the latest published year may end before a claim of the present begins (statistics lag). */
    public static final int LATEST_YEAR_LAG = 2;

    /**
     * Whether {@code e} is a year's figure that a claim of the present ({@code c}: its period holds the day it was said)
     * rests on: a period of one year ending before the claim's begins, by at most {@link #LATEST_YEAR_LAG} years, from a
     * source out by the day the claim was made.
     */
    public static boolean latestYearFor(Fact c, Fact e) {
        Period pc = period(c), pe = period(e);
        LocalDate said = c.published();
        if (pc == null || pe == null || !pc.bounded() || !pe.bounded() || said == null || e.published() == null) return false;
        return !said.isBefore(pc.start()) && !said.isAfter(pc.end()) && pe.wholeYears() == 1 && pe.end().isBefore(pc.start())
                && !pe.end().plusYears(LATEST_YEAR_LAG).isBefore(pc.start()) && !e.published().isAfter(said);
    }

    /** Levels and shares compare at any date the two periods share. */
    public static boolean overlapping(Fact a, Fact b) {
        Period pa = period(a), pb = period(b);
        return pa == null || pb == null || pa.overlaps(pb);
    }

    /** Whether a figure bears on a claim derived from it: flows over the claim's span, levels and counts at any shared date. */
    public static boolean alike(Fact c, Fact f, Settings s) {
        return "FLOW".equals(f.metricType()) ? samePeriod(c, f, s) : overlapping(c, f);
    }

    /**
     * Whether a part and a whole make the claim's quotient: of one measure, a part in a scope over the
     * whole without scope (men of all married); of two measures, both in the same scope or none (the
     * unemployed over the labour force, both aged 16–24).
     */
    public static boolean partOfWhole(Fact c, Fact part, Fact whole) {
        if (Objects.equals(c.numerator(), c.denominator())) return part.scopeKey() != null && whole.scopeKey() == null;
        return Objects.equals(part.scopeKey(), whole.scopeKey());
    }

    /**
     * Whether {@code a} and {@code b} are the measure at the start and the end of the claim's span: a's
     * period holds its first day and b's its last, a over before b begins, flows over spans of equal length;
     * or, for a flow, b over the claim's own period and a over as long a period just before it (a year's
     * growth: this year's GDP against last year's).
     */
    public static boolean fromTo(Fact c, Fact a, Fact b) {
        Period pc = period(c), pa = period(a), pb = period(b);
        if (pc == null || pa == null || pb == null || !pc.bounded() || !pa.bounded() || !pb.bounded()) return false;
        boolean flows = "FLOW".equals(a.metricType());
        boolean sameLength = Math.abs(pa.days() - pb.days()) <= 3;
        if (flows && pb.start().equals(pc.start()) && pb.end().equals(pc.end())) {
            return pa.end().plusDays(1).equals(pb.start()) && sameLength;
        }
        return (holds(pa, pc.start()) && holds(pb, pc.end()) || yearEnds(pc, pa, pb)) && pa.end().isBefore(pb.start())
                && (!flows || sameLength);
    }

    private static boolean holds(Period p, LocalDate d) { return !d.isBefore(p.start()) && !d.isAfter(p.end()); }

    /**
     * A span written in whole calendar years (2009/2022) is met at its ends by twelve-month periods inside it,
     * the first starting in its first year and the last ending in its last (fiscal years 2009/10 and 2021/22),
     * as such years are named by either end.
     */
    private static boolean yearEnds(Period c, Period a, Period b) {
        boolean wholeYears = c.start().getDayOfYear() == 1 && c.end().plusDays(1).getDayOfYear() == 1;
        return wholeYears && twelveMonths(a) && twelveMonths(b) && c.contains(a) && c.contains(b)
                && a.start().getYear() == c.start().getYear() && b.end().getYear() == c.end().getYear();
    }

    private static boolean twelveMonths(Period p) { return p.start().plusYears(1).equals(p.end().plusDays(1)); }

    /**
     * Whether a stock (a level or count, not a flow) is dated inside the first calendar year of a span written in
     * whole years (2014/2018): a figure of that year stands for the span's start.
     */
    public static boolean inFirstYear(Fact c, Fact f) { return inEndYear(c, f, true); }

    /** As {@link #inFirstYear}, inside the span's last calendar year. */
    public static boolean inLastYear(Fact c, Fact f) { return inEndYear(c, f, false); }

    private static boolean inEndYear(Fact c, Fact f, boolean first) {
        Period pc = period(c), pf = period(f);
        if (pc == null || pf == null || !pc.bounded() || !pf.bounded() || "FLOW".equals(f.metricType())) return false;
        boolean wholeYears = pc.start().getDayOfYear() == 1 && pc.end().plusDays(1).getDayOfYear() == 1;
        int year = first ? pc.start().getYear() : pc.end().getYear();
        return wholeYears && pc.start().getYear() < pc.end().getYear() && pf.start().getYear() == year && pf.end().getYear() == year;
    }

    /** Whether a's period starts before b's. */
    public static boolean startsBefore(Fact a, Fact b) { return period(a).start().isBefore(period(b).start()); }

    /** Whether a's period ends after b's (both bounded): a later figure of the same series is the latest, not b. */
    public static boolean endsAfter(Fact a, Fact b) {
        Period pa = period(a), pb = period(b);
        return pa != null && pb != null && pa.bounded() && pb.bounded() && pa.end().isAfter(pb.end());
    }

    /** Whole years a period covers (2026/2030 → 5). */
    public static double years(Fact f) {
        Period p = period(f);
        return p == null ? Double.NaN : p.wholeYears();
    }

    public static boolean overlap(double lo1, double hi1, double lo2, double hi2) { return lo1 <= hi2 && lo2 <= hi1; }

    /**
     * The interval a figure allows, as {low, high}, narrowed to whole numbers when it counts things (unit count,
     * no rate): a count written "27" is 26.5–27.5 by its precision, but only 27 is a count in it, so it no longer
     * touches "26" at 26.5. Open bounds exclude their value; an interval holding no whole number is kept as written.
     */
    public static double[] wholeBounds(Fact f) {
        double lo = f.low(), hi = f.high();
        if (!"count".equals(f.unit()) || f.per() != null) return new double[] {lo, hi};
        double elo = 1e-9 * Math.max(1, Math.abs(lo)), ehi = 1e-9 * Math.max(1, Math.abs(hi));
        double wlo = Double.isInfinite(lo) ? lo : f.lowOpen() ? Math.floor(lo + elo) + 1 : Math.ceil(lo - elo);
        double whi = Double.isInfinite(hi) ? hi : f.highOpen() ? Math.ceil(hi - ehi) - 1 : Math.floor(hi + ehi);
        return wlo <= whi ? new double[] {wlo, whi} : new double[] {lo, hi};
    }

    /**
     * How many of a rate's period units (day, week, month, quarter, year) a figure's period spans: whole
     * calendar years and months count exactly, weeks and days by the calendar; NaN when undated or open.
     */
    public static double span(Fact f, String per) {
        Period p = period(f);
        if (p == null || !p.bounded() || per == null) return Double.NaN;
        long months = ChronoUnit.MONTHS.between(p.start(), p.end().plusDays(1));
        boolean wholeMonths = p.start().getDayOfMonth() == 1 && p.start().plusMonths(months).equals(p.end().plusDays(1));
        return switch (per) {
            case "year" -> p.wholeYears();
            case "quarter" -> wholeMonths ? months / 3.0 : p.days() / (365.25 / 4);
            case "month" -> wholeMonths ? months : p.days() / (365.25 / 12);
            case "week" -> p.days() / 7.0;
            case "day" -> p.days();
            default -> Double.NaN;
        };
    }

    /**
     * The time unit a rate was written in (day, week, …; rates are compared per year, so {@code per} is year
     * for any unit the vocabulary converts); null for a total.
     */
    public static String statedPer(Fact rate) {
        var q = rate.claim().value();
        return q == null || q.per() == null ? rate.per() : q.per();
    }

    /** How many of the units {@code rate} was written in (not the year it is compared in) {@code f}'s period spans. */
    public static double rateUnits(Fact f, Fact rate) { return span(f, statedPer(rate)); }

    /** Whether a figure is exactly nothing: a word for nothing ("none", 没有), both ends at 0, not a rounded "0". */
    public static boolean nothing(Fact f) { return f.value() == 0 && f.low() == 0 && f.high() == 0 && !f.lowOpen() && !f.highOpen(); }

    /**
     * Whether a figure of nothing for its period is nothing for the claim's: a flow over a period holding all of the
     * claim's (a flow that never falls below zero and adds up to nothing is nothing over every part of its period); a
     * level or count for the same period only (nothing at one date says nothing of another). Undated figures never.
     */
    public static boolean nothingOver(Fact zero, Fact c) {
        Period z = period(zero), p = period(c);
        if (z == null || p == null || !z.bounded() || !p.bounded()) return false;
        return switch (String.valueOf(zero.metricType())) {
            case "FLOW" -> z.contains(p);
            case "LEVEL", "COUNT" -> z.start().equals(p.start()) && z.end().equals(p.end());
            default -> false;
        };
    }

    /** Whether {@code part}'s period lies inside {@code whole}'s and is shorter: a part of it, however large. */
    public static boolean partOf(Fact part, Fact whole) {
        Period p = period(part), w = period(whole);
        return p != null && w != null && w.contains(p) && p.days() < w.days();
    }

    /** The interval of a quotient of two intervals (part over whole, times 100 for a share); empty when the divisor may be zero. */
    public static double[] ratio(double lowA, double highA, double lowB, double highB, double scale) {
        if (lowB <= 0) return new double[] {Double.NaN, Double.NaN};
        return new double[] {Math.max(0, lowA) / highB * scale, highA / lowB * scale};
    }

    /** Whether an interval, widened by a relative tolerance, shares a point with a claim's interval. */
    public static boolean meets(double low, double high, double tolerance, Fact claim) {
        return overlap(low - Math.abs(low) * tolerance, high + Math.abs(high) * tolerance, claim.low(), claim.high());
    }

    private static final Set<String> ISO_4217 = new HashSet<>();
    /** Each ISO 4217 code by itself and by its spelling in lower case. */
    private static final Map<String, String> CODES = new HashMap<>();
    static {
        for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) {
            ISO_4217.add(c.getCurrencyCode());
            CODES.put(c.getCurrencyCode(), c.getCurrencyCode());
            CODES.put(c.getCurrencyCode().toLowerCase(java.util.Locale.ROOT), c.getCurrencyCode());
        }
    }

    /** Whether a temperature's interval lies wholly below absolute zero (false for other units). */
    public static boolean belowAbsoluteZero(double high, String unit) {
        return high < absoluteZero(unit); // false against NaN
    }

    /** Absolute zero in a temperature unit; NaN for any other unit (nothing is below it then). */
    public static double absoluteZero(String unit) {
        if (unit == null) return Double.NaN;
        return switch (unit) {
            case "celsius" -> -273.15;
            case "fahrenheit" -> -459.67;
            case "kelvin" -> 0;
            default -> Double.NaN;
        };
    }

    /** The ISO 4217 code a unit or name is (three letters, any case), else null. */
    public static String currency(String code) {
        if (code == null || code.length() != 3) return null;
        String k = CODES.get(code); // in capitals, as most are written, or in lower case
        if (k != null) return k;
        // three lower-case letters no code spells are a unit ("ton", "kwh"): asked for every claim, and not copied in capitals
        for (int i = 0; i < 3; i++) {
            char ch = code.charAt(i);
            if (ch < 'a' || ch > 'z') {
                k = code.toUpperCase(java.util.Locale.ROOT);
                return ISO_4217.contains(k) ? k : null;
            }
        }
        return null;
    }

    /**
     * A source's figure in the claim's currency through an exchange rate (the price of one unit of the
     * rate's subject currency in the rate's unit): {low, value, high}; NaN when the rate does not join them.
     */
    public static double[] convert(Fact figure, Fact rate, String to) {
        String from = currency(figure.unit());
        if (from == null || to == null) return new double[] {Double.NaN, Double.NaN, Double.NaN};
        if (from.equals(rate.subjectCurrency()) && to.equals(currency(rate.unit()))) {
            return new double[] {figure.low() * rate.low(), figure.value() * rate.value(), figure.high() * rate.high()};
        }
        if (to.equals(rate.subjectCurrency()) && from.equals(currency(rate.unit())) && rate.low() > 0) {
            return new double[] {figure.low() / rate.high(), figure.value() / rate.value(), figure.high() / rate.low()};
        }
        return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }

    /** Whether an exchange rate joins the two currencies, in either direction. */
    public static boolean joins(Fact rate, String a, String b) {
        String u = currency(rate.unit()), s = rate.subjectCurrency();
        return u != null && s != null && (u.equals(currency(a)) && s.equals(currency(b)) || u.equals(currency(b)) && s.equals(currency(a)));
    }

    /** Whether a is about {@code factor} times b: the quotient of the two intervals meets factor ± tolerance. */
    public static boolean timesHolds(Fact a, Fact b, double factor, double tolerance) {
        double[] r = ratio(a.low(), a.high(), b.low(), b.high(), 1);
        return !Double.isNaN(r[0]) && overlap(r[0], r[1], factor * (1 - tolerance), factor * (1 + tolerance));
    }

    /** The ranks a claimed rank allows: "top 10" (up to) is 1–10, "10th or lower" (at least) 10 on, else exactly it. */
    public static int[] rankRange(Fact c) {
        int r = c.rank();
        if (c.qualifiers().stream().anyMatch(Bounds.CEILINGS::contains)) return new int[] {1, r};
        if (c.qualifiers().stream().anyMatch(Bounds.FLOORS::contains)) return new int[] {r, Integer.MAX_VALUE};
        return new int[] {r, r};
    }

    /** Whether a source's stated rank lies in the range the claimed rank allows. */
    public static boolean rankAllows(Fact c, int stated) {
        int[] r = rankRange(c);
        return r[0] <= stated && stated <= r[1];
    }

    /**
     * Whether a rival's figure ranks ahead of the subject's own for a claimed rank: above it for a rank from the
     * highest, below it for one from the lowest; intervals that meet leave the order open, so neither is ahead.
     */
    public static boolean ahead(Fact claim, Fact own, Fact rival) {
        return claim.isFromLowest() ? rival.high() < own.low() : rival.low() > own.high();
    }

    /** Whether the best rank the rivals leave possible (one more than those above) is no worse than the claim allows. */
    public static boolean rankPossible(Fact c, int atBest) { return atBest <= rankRange(c)[1]; }

    /**
     * The fewest places rivals ahead can take when tied figures share one (dense ranking, 1-2-2-3, as some rankings
     * count): figures whose intervals share more than an end may be equal. Fewest groups of mutually meeting
     * intervals, found by taking them by their upper ends.
     */
    public static int fewestPlaces(Collection<?> ahead) {
        List<Fact> byHigh = new ArrayList<>(Context.list(ahead));
        byHigh.sort(Comparator.comparingDouble(Fact::high));
        int places = 0;
        double top = Double.NaN;
        for (Fact f : byHigh) {
            boolean joins = !Double.isNaN(top) && (f.low() < top || f.low() == top && f.high() == top);
            if (!joins) {
                places++;
                top = f.high();
            }
        }
        return places;
    }

    /** Whether the rivals ahead rule the claimed rank out however ties count: even when tied figures share a place. */
    public static boolean rankRuledOut(Fact c, Collection<?> ahead) { return !rankPossible(c, fewestPlaces(ahead) + 1); }

    /**
     * Whether a source's figure for exactly the claim's span ({@code exact}) sets aside the same source's {@code other},
     * for a span that only overlaps it, of a measure read over a span (a flow, change or growth): the source gives the
     * claim's span its own figure, so its figure for a shorter or shifted span says nothing more about it (the rules
     * ask it of one document's figures). Only like for like: the same rate basis, and
     * the other's scope, or a scope that only adds to the whole what it includes where the other has none
     * ({@link Scopes#inclusive}).
     */
    public static boolean spanSetsAside(Fact claim, Fact exact, Fact other) {
        if (!SPANS.contains(String.valueOf(claim.metricType()))) return false;
        Period pc = period(claim), px = period(exact), po = period(other);
        if (pc == null || px == null || po == null || !pc.bounded() || !px.bounded() || !po.bounded()) return false;
        boolean exactSpan = pc.start().equals(px.start()) && pc.end().equals(px.end());
        boolean otherSpan = pc.start().equals(po.start()) && pc.end().equals(po.end());
        if (!exactSpan || otherSpan || !Objects.equals(exact.per(), other.per())) return false;
        return Scopes.same(exact, other) || other.scopeKey() == null && Scopes.inclusive(exact);
    }

    /** Measures read over a span, whose figures must cover the claim's span ({@link #comparable}). */
    private static final Set<String> SPANS = Set.of("FLOW", "COMMITMENT", "GROWTH", "CHANGE", "DURATION");

    /** Whether a source's figure is for exactly the claim's period, scope and rate basis. */
    public static boolean exact(Fact claim, Fact source) {
        Period a = period(claim), b = period(source);
        boolean samePeriod = a == null ? b == null : b != null && Objects.equals(a.start(), b.start()) && Objects.equals(a.end(), b.end());
        return samePeriod && Objects.equals(claim.scopeKey(), source.scopeKey()) && Objects.equals(claim.per(), source.per());
    }

    public static long daysBetween(LocalDate a, LocalDate b) { return ChronoUnit.DAYS.between(a, b); }

    /** Years from a date to another, fractional. */
    public static double yearsBetween(LocalDate from, LocalDate to) { return ChronoUnit.DAYS.between(from, to) / 365.25; }

    /** Whether the evidence's claimant is the one the claim names, or one of the group it names ("analysts"). */
    public static boolean claimantMatches(Fact c, Fact e) {
        if (Objects.equals(c.claimant(), e.claimant())) return true;
        if ("analysts".equals(c.claimant()) || "experts".equals(c.claimant())) {
            return e.claimantRole() != null && c.claimant().startsWith(e.claimantRole());
        }
        return false;
    }

    /** True when no one among the sources is the claimant the claim names. */
    public static boolean noneSaidBy(Fact c, Collection<?> sources) {
        for (Object e : sources) if (claimantMatches(c, (Fact) e)) return false;
        return true;
    }

    /** How many distinct speakers the sources record for the claim's group claimant. */
    public static int speakers(Fact c, Collection<?> sources) {
        Set<String> s = new HashSet<>();
        for (Object e : sources) if (claimantMatches(c, (Fact) e)) s.add(((Fact) e).claimant());
        return s.size();
    }
}
