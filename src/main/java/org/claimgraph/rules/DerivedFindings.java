package org.claimgraph.rules;

import static org.claimgraph.rules.Context.cite;
import static org.claimgraph.rules.Context.nums;
import static org.claimgraph.rules.Context.of;

import java.util.List;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.model.Settings;
import org.claimgraph.vocab.Wording;

/**
 * Findings of the derived family: a figure computed from others (a share, rate or per-head figure from its
 * part and whole, a total from a rate and a span, a rate from a total, a share of a part that is nothing), each showing
 * its arithmetic. Figures from the claim's own document only show consistency: their findings carry no authority, so
 * they never decide a verdict.
 */
public final class DerivedFindings {
    private DerivedFindings() {}

    private static String from(Fact c, Fact src) {
        return src.docId().equals(c.docId()) ? "the document's own figures" : cite(src);
    }

    /** Effect on the claim of a derived figure that agrees or not, from another document or from its own. */
    private static Effect effect(Fact c, Fact src, boolean agree) {
        if (src.docId().equals(c.docId())) return agree ? Effect.SUPPORTS : Effect.CONTEXT;
        return agree ? Effect.SUPPORTS : Effect.CONTRADICTS;
    }

    private static Fact authority(Fact c, Fact a, Fact b) {
        if (a.docId().equals(c.docId()) || b.docId().equals(c.docId())) return null;
        return a.tier() >= b.tier() ? a : b;
    }

    /** A share recomputed from the part and the whole: 2.24M of 10.2M is 22%. */
    public static Finding share(Context ctx, String rule, Fact c, Fact part, Fact whole) {
        return quotient(ctx, rule, c, part, whole, 100);
    }

    /**
     * A share, rate or per-head figure of one subject recomputed from the part and the whole its metric's
     * numerator and denominator name (50 men of 140 people is 36%; GDP over population); null when the
     * units do not make the claim's.
     */
    public static Finding quotient(Context ctx, String rule, Fact c, Fact part, Fact whole) {
        double scale = ctx.quotientScale(c.unit(), part.unit(), whole.unit());
        return Double.isNaN(scale) ? null : quotient(ctx, rule, c, part, whole, scale);
    }

    private static Finding quotient(Context ctx, String rule, Fact c, Fact part, Fact whole, double scale) {
        double q = part.value() / whole.value() * scale;
        double[] r = Calc.ratio(part.low(), part.high(), whole.low(), whole.high(), scale);
        double rounding = part.has("about") || whole.has("about") ? 0 : ctx.getSettings().rounding();
        double[] claimed = Bounds.rounded(c, rounding);
        boolean agree = Bounds.overlap(r[0], false, r[1], false, claimed[0], c.lowOpen(), claimed[1], c.highOpen());
        String sources = from(c, part) + (whole.docId().equals(part.docId()) ? "" : " and " + from(c, whole));
        // from a bound the quotient has an open end: it allows the claim's figure, it does not establish it
        boolean open = agree && !Bounds.closed(part, whole);
        boolean one = whole.subject().equals(part.subject());
        String msg = "From " + sources + ": " + ctx.who(part.subject()) + "'s " + ctx.metric(part) + scope(part) + " " + ctx.figure(part)
                + (scale == 100 ? " of " : " over ") + (one ? "" : ctx.who(whole.subject()) + "'s ")
                + (whole.metric().equals(part.metric()) ? (one ? "all " : "") : ctx.metric(whole) + " ") + ctx.figure(whole) + scope(whole)
                + " is " + Wording.show(q, c.unit()) + Context.spread(r[0], r[1], c.unit()) + ", "
                + (open ? "computed from a bound, so it allows but does not establish" : agree ? "within" : "outside") + " the range the claim's "
                + ctx.figure(c) + " allows (" + Context.range(c, rounding) + ", tolerance.rounding " + Wording.percent(rounding) + ").";
        Effect e = open ? Effect.CONTEXT : effect(c, part, agree);
        return of(rule, c, e, open ? FindingKind.QUALIFIED : agree ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("part", part.value(), "whole", whole.value(), "computed", q, "computedLow", r[0], "computedHigh", r[1], "claimed", c.value(),
                        "tolerance.rounding", rounding),
                List.of(part.key(), whole.key()), open ? "computed from a bound: " + ctx.figure(part) + " of " + ctx.figure(whole)
                        : e == Effect.CONTEXT ? "the document's own part and whole give " + Wording.show(q, c.unit()) : null,
                e == Effect.CONTEXT ? null : authority(c, part, whole));
    }

    /**
     * A share whose part a source gives as exactly nothing (rule derived.share-of-nothing): over a period holding the
     * claim's for a flow, the claim's own for a level, so the share is 0 of any whole above zero, 0%, whatever the whole.
     */
    public static Finding shareOfNothing(Context ctx, String rule, Fact c, Fact zero) {
        double rounding = ctx.getSettings().rounding();
        double[] claimed = Bounds.rounded(c, rounding);
        boolean agree = Bounds.overlap(0, false, 0, false, claimed[0], c.lowOpen(), claimed[1], c.highOpen());
        boolean longer = Calc.period(zero).days() > Calc.period(c).days(); // the rule's periods: one holds the other
        String when = longer ? " over " + zero.getPeriodLabel() + ", a period holding all of " + c.getPeriodLabel()
                + " (a flow that is nothing over a period is nothing over every part of it)" : " for " + zero.getPeriodLabel() + ", the claim's period";
        String msg = "From " + from(c, zero) + ": " + ctx.who(zero.subject()) + "'s " + ctx.metric(zero) + scope(zero) + ": exactly nothing ("
                + ctx.figure(zero) + ")" + when + ". The share it makes of any whole above zero is 0 ÷ whole × 100 = 0%, "
                + (agree ? "within" : "outside") + " the range the claim's " + ctx.figure(c) + " allows (" + Context.range(c, rounding)
                + ", tolerance.rounding " + Wording.percent(rounding) + ").";
        Effect e = effect(c, zero, agree);
        return of(rule, c, e, agree ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("part", zero.value(), "computed", 0, "claimed", c.value(), "tolerance.rounding", rounding), List.of(zero.key()),
                e == Effect.CONTEXT ? "the document's own figure gives nothing, 0%" : null, e == Effect.CONTEXT ? null : authority(c, zero, zero));
    }

    /** A bound's word for the rest of the whole: "more than 80%" on time leaves "less than 20%" late. */
    private static final java.util.Map<String, String> MIRRORED = java.util.Map.of("more-than", "less-than", "over", "under",
            "at-least", "at-most", "less-than", "more-than", "under", "over", "at-most", "at-least", "up-to", "at-least",
            "almost", "more-than");

    /**
     * A source's share read as the share that is 100% minus it: the interval reflected (low from the high end,
     * its bounds as written turned round), in the claim's metric, so it is weighed as any source's figure is.
     */
    static Fact rest(Fact e, String metric) {
        java.util.Set<String> qs = new java.util.HashSet<>();
        for (String q : e.qualifiers()) if (!q.equals("conservative-estimate")) qs.add(MIRRORED.getOrDefault(q, q));
        return new Fact(e.key(), e.docId(), e.kind(), e.claimant(), e.claimantRole(), e.subject(), e.object(), metric, e.metricType(),
                e.family(), e.unit(), e.per(), 100 - e.value(), 100 - e.high(), 100 - e.low(), e.start(), e.end(), e.termYears(), e.rank(),
                java.util.Set.copyOf(qs), e.tier(), e.published(), e.compareOp(), e.compareLeft(), e.compareRight(), e.claim(), e.doc(),
                e.highOpen(), e.lowOpen(), e.scopeKey(), e.soleScope(), e.selfPublished(), e.subjectCurrency(), null, null, null,
                e.scopeTerms(), e.described(), e.metric(), e.maxYearlyChange());
    }

    /**
     * A share against a source's figure for its complement (trains on time for trains late): 100% minus
     * the source's figure, weighed as any source's figure is ({@link Bounds#agreement}); a bound that only
     * allows the claim's figure is context.
     */
    public static Finding complement(Context ctx, String rule, Fact c, Fact e) {
        Fact r = rest(e, c.metric());
        double rounding = ctx.getSettings().rounding();
        Bounds.Agreement a = Bounds.agreement(c, r, ctx.getSettings());
        Effect effect = a == Bounds.Agreement.AGREES ? Effect.SUPPORTS : a == Bounds.Agreement.DISAGREES ? Effect.CONTRADICTS : Effect.CONTEXT;
        String computed = Wording.range(r.low(), r.lowOpen(), r.high(), r.highOpen(), c.unit());
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + Context.period(e) + " as " + ctx.figure(e) + "; the rest, "
                + ctx.metric(c) + ", is 100% minus it: " + computed + ", " + switch (a) {
                    case AGREES -> "within";
                    case DISAGREES -> "outside";
                    case CONSISTENT -> "a bound that allows but does not establish";
                } + " the range the claim's " + ctx.figure(c) + " allows (" + Context.range(c, rounding) + ", tolerance.rounding " + Wording.percent(rounding) + ").";
        FindingKind kind = switch (a) {
            case AGREES -> FindingKind.AGREEMENT;
            case DISAGREES -> FindingKind.REAL_CONTRADICTION;
            case CONSISTENT -> FindingKind.QUALIFIED;
        };
        return of(rule, c, effect, kind, msg, nums("evidence", e.value(), "computed", r.value(), "computedLow", r.low(), "computedHigh", r.high(),
                "claimed", c.value(), "tolerance.rounding", rounding), List.of(e.key()),
                effect == Effect.CONTEXT ? "a source gives only a bound: " + ctx.figure(e) + " " + ctx.metric(e) : null,
                effect == Effect.CONTEXT ? null : e);
    }

    private static String scope(Fact f) { return f.getScope() == null ? "" : " (" + f.getScope() + ")"; }

    /** How many of a rate's units make a year (365.2425 days): rates are compared per year, shown as written. */
    private static double perYear(Context ctx, Fact rate) { return ctx.vocabulary().perFactor(Calc.statedPer(rate)); }

    /** A rate's figure in the unit of time it was written in (£600 a week, not £31,306.5 a year). */
    private static double asStated(Context ctx, Fact rate, double perYearValue) { return perYearValue / perYear(ctx, rate); }

    /** A total over a span recomputed from a rate per unit of time, in the units the rate was written in: 1,000 a week over 2024 is 52,286. */
    public static Finding totalFromRate(Context ctx, String rule, Fact c, Fact rate) {
        double units = Calc.rateUnits(c, rate), perUnit = asStated(ctx, rate, rate.value());
        double tol = ctx.getSettings().arithmetic();
        double total = perUnit * units;
        boolean agree = Calc.meets(asStated(ctx, rate, rate.low()) * units, asStated(ctx, rate, rate.high()) * units, tol, c);
        String msg = "From " + from(c, rate) + ": " + ctx.figure(rate) + " over " + c.getPeriodLabel() + " (" + Wording.plain(units) + " "
                + Calc.statedPer(rate) + "s) is " + Wording.show(total, c.unit()) + ", " + (agree ? "matching" : "not") + " the claim's " + ctx.figure(c)
                + " (tolerance.arithmetic " + Wording.percent(tol) + ").";
        Effect e = effect(c, rate, agree);
        return of(rule, c, e, agree ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("rate", perUnit, "units", units, "computedTotal", total, "claimed", c.value(), "tolerance.arithmetic", tol),
                List.of(rate.key()), null, e == Effect.CONTEXT ? null : authority(c, rate, rate));
    }

    /** A rate recomputed from a total over a span, in the units the claim's rate was written in: 52,000 over 2024 is 995 a week. */
    public static Finding rateFromTotal(Context ctx, String rule, Fact c, Fact total) {
        double units = Calc.rateUnits(total, c), k = perYear(ctx, c);
        double tol = ctx.getSettings().arithmetic();
        double rate = total.value() / units;
        boolean agree = Calc.meets(total.low() / units * k, total.high() / units * k, tol, c);
        String per = Calc.statedPer(c);
        String msg = "From " + from(c, total) + ": " + ctx.figure(total) + " over " + total.getPeriodLabel() + " (" + Wording.plain(units) + " " + per
                + "s) is " + Wording.show(rate, c.unit()) + " " + Wording.a(per) + ", " + (agree ? "matching" : "not") + " the claim's " + ctx.figure(c)
                + " (tolerance.arithmetic " + Wording.percent(tol) + ").";
        Effect e = effect(c, total, agree);
        return of(rule, c, e, agree ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("total", total.value(), "units", units, "computedRate", rate, "claimed", c.value() / k, "tolerance.arithmetic", tol),
                List.of(total.key()), null, e == Effect.CONTEXT ? null : authority(c, total, total));
    }

    /**
     * A rate of the present against the total for the latest year out when it was said (rule derived.rate-from-latest-year):
     * within tolerance.arithmetic it confirms, naming the year as a caveat; beyond rate.partFactor either way it contradicts;
     * between the two it is context, as the present may have moved from that year.
     */
    public static Finding rateFromLatestYear(Context ctx, String rule, Fact c, Fact total) {
        Settings set = ctx.getSettings();
        double units = Calc.rateUnits(total, c), k = perYear(ctx, c), tol = set.arithmetic(), factor = set.ratePartFactor();
        double rate = total.value() / units, low = total.low() / units * k, high = total.high() / units * k;
        boolean agree = Calc.meets(low, high, tol, c);
        double[] claimed = Bounds.rounded(c, set.rounding());
        boolean beyond = !agree && (claimed[0] > high * factor || claimed[1] < low / factor);
        String per = Calc.statedPer(c);
        String reading = agree ? "matching the claim's " + ctx.figure(c) + " (tolerance.arithmetic " + Wording.percent(tol) + ")"
                : "against the claim's " + ctx.figure(c) + ", which " + beyond(claimed[0] > high * factor, claimed[1] < low / factor,
                        c.value() / k / rate, factor, "the latest year");
        String msg = "From " + cite(total) + ", the latest year out when the claim was made: " + ctx.figure(total) + " over "
                + total.getPeriodLabel() + " (" + Wording.plain(units) + " " + per + "s) is " + Wording.show(rate, c.unit()) + " " + Wording.a(per)
                + ", " + reading + ".";
        Effect e = agree ? Effect.SUPPORTS : beyond ? Effect.CONTRADICTS : Effect.CONTEXT;
        return of(rule, c, e, agree ? FindingKind.AGREEMENT : beyond ? FindingKind.REAL_CONTRADICTION : FindingKind.DIFFERENT_PERIOD, msg,
                nums("total", total.value(), "units", units, "computedRate", rate, "claimed", c.value() / k, "tolerance.arithmetic", tol,
                        "rate.partFactor", factor),
                List.of(total.key()), "the latest year out when it was said: " + ctx.figure(total) + " over " + total.getPeriodLabel(),
                e == Effect.CONTEXT ? null : total);
    }

    /**
     * A rate claimed for a period against a total over part of it (rule derived.rate-from-part). The part's
     * average only estimates the whole period's, since the rest may run at any pace: it never confirms the
     * claim, and contradicts it only when the claim lies beyond rate.partFactor times that average either way
     * (read with tolerance.rounding); otherwise it is context. The finding says what pace the rest of the
     * period would need for the claim to hold.
     */
    public static Finding rateFromPart(Context ctx, String rule, Fact c, Fact part) {
        Settings set = ctx.getSettings();
        double units = Calc.rateUnits(part, c), all = Calc.rateUnits(c, c), k = perYear(ctx, c);
        double factor = set.ratePartFactor(), rounding = set.rounding(), cover = Calc.coverage(part, c);
        double average = part.value() / units, low = part.low() / units * k, high = part.high() / units * k;
        double[] claimed = Bounds.rounded(c, rounding);
        boolean above = claimed[0] > high * factor, below = claimed[1] < low / factor;
        double ratio = c.value() / k / average, claimedTotal = c.value() / k * all, rest = (claimedTotal - part.value()) / (all - units);
        String per = Calc.statedPer(c), whole = c.getPeriodLabel();
        String reading = beyond(above, below, ratio, factor, "the part");
        String restText = rest < 0
                ? "the part alone is more than the " + Wording.show(claimedTotal, c.unit()) + " the claim's rate gives for all of " + whole
                : "for the claim to hold, the rest of " + whole + " (" + Wording.plain(all - units) + " " + per + "s) would have to average "
                        + Wording.show(rest, c.unit()) + " " + Wording.a(per);
        String msg = "From " + cite(part) + ": " + ctx.figure(part) + " over " + part.getPeriodLabel() + " (" + Wording.plain(units) + " " + per + "s, "
                + Wording.percent(cover) + " of " + whole + ") is " + Wording.show(average, c.unit()) + " " + Wording.a(per) + ". An average over part of a period"
                + " only estimates the whole's: the claim's " + ctx.figure(c) + " (" + Context.range(c, rounding) + ", tolerance.rounding "
                + Wording.percent(rounding) + ") " + reading + "; " + restText + ".";
        Effect e = above || below ? Effect.CONTRADICTS : Effect.CONTEXT;
        return of(rule, c, e, e == Effect.CONTRADICTS ? FindingKind.REAL_CONTRADICTION : FindingKind.DIFFERENT_PERIOD, msg,
                nums("total", part.value(), "units", units, "coverage", cover, "computedRate", average, "claimed", c.value() / k,
                        "restNeeded", rest, "rate.partFactor", factor, "tolerance.rounding", rounding),
                List.of(part.key()), "estimated from part of the period: " + ctx.figure(part) + " over " + part.getPeriodLabel(),
                e == Effect.CONTEXT ? null : part);
    }
    /**
     * A total claimed for a period against a trusted total over part of it, scaled to the whole at the part's
     * pace: an estimate, so it contradicts only beyond rate.partFactor either way and never confirms.
     */
    public static Finding totalFromPart(Context ctx, String rule, Fact c, Fact part) {
        Settings set = ctx.getSettings();
        double factor = set.ratePartFactor(), rounding = set.rounding(), cover = Calc.coverage(part, c);
        long partDays = Calc.period(part).days(), restDays = Calc.period(c).days() - partDays;
        double estimate = part.value() / cover, low = part.low() / cover, high = part.high() / cover;
        double[] claimed = Bounds.rounded(c, rounding);
        boolean above = claimed[0] > high * factor, below = claimed[1] < low / factor;
        double ratio = c.value() / estimate, rest = c.value() - part.value();
        double pace = rest / restDays / (part.value() / partDays);
        String whole = c.getPeriodLabel();
        String reading = beyond(above, below, ratio, factor, "the part");
        String restText = rest < 0
                ? "the part alone is more than the claim gives for all of " + whole
                : "for the claim to hold, the rest of " + whole + " (" + restDays + " days) would have to add " + Wording.show(rest, c.unit())
                        + ", " + Wording.oneDecimal(pace) + " times the part's pace";
        String msg = "From " + cite(part) + ": " + ctx.figure(part) + " over " + part.getPeriodLabel() + " (" + partDays + " days, "
                + Wording.percent(cover) + " of " + whole + ") gives " + Wording.show(estimate, c.unit()) + " for all of " + whole
                + " at the same pace. A total over part of a period only estimates the whole's: the claim's " + ctx.figure(c) + " ("
                + Context.range(c, rounding) + ", tolerance.rounding " + Wording.percent(rounding) + ") " + reading + "; " + restText + ".";
        Effect e = above || below ? Effect.CONTRADICTS : Effect.CONTEXT;
        return of(rule, c, e, e == Effect.CONTRADICTS ? FindingKind.REAL_CONTRADICTION : FindingKind.DIFFERENT_PERIOD, msg,
                nums("total", part.value(), "coverage", cover, "estimate", estimate, "claimed", c.value(), "restNeeded", rest,
                        "rate.partFactor", factor, "tolerance.rounding", rounding),
                List.of(part.key()), "estimated from part of the period: " + ctx.figure(part) + " over " + part.getPeriodLabel(),
                e == Effect.CONTEXT ? null : part);
    }
    /** How a claim stands against an estimate it must lie within rate.partFactor of, either way: "is 2.6 times it, beyond …". */
    private static String beyond(boolean above, boolean below, double ratio, double factor, String estimate) {
        return above ? "is " + Wording.oneDecimal(ratio) + " times it, beyond rate.partFactor " + Wording.plain(factor)
                : below ? "is " + Wording.percent(ratio) + " of it, below 1/" + Wording.plain(factor) + " (rate.partFactor " + Wording.plain(factor) + ")"
                : "is within rate.partFactor " + Wording.plain(factor) + " of it, so " + estimate + " neither confirms nor contradicts it";
    }

    /**
     * A stock claimed for a month or quarter against a trusted figure of it for the period next to it (the month
     * before: the latest out when the claim was made): an estimate, so it contradicts only beyond rate.partFactor
     * either way and never confirms.
     */
    public static Finding levelFromNextPeriod(Context ctx, String rule, Fact c, Fact e) {
        Settings set = ctx.getSettings();
        double factor = set.ratePartFactor(), rounding = set.rounding();
        double[] claimed = Bounds.rounded(c, rounding);
        boolean above = claimed[0] > e.high() * factor, below = claimed[1] < e.low() / factor;
        String msg = "From " + cite(e) + ": " + ctx.figure(e) + " for " + e.getPeriodLabel() + ", the period next to the claim's "
                + c.getPeriodLabel() + ". A stock at one period only estimates it at the next: the claim's " + ctx.figure(c) + " ("
                + Context.range(c, rounding) + ", tolerance.rounding " + Wording.percent(rounding) + ") "
                + beyond(above, below, c.value() / e.value(), factor, "the figure next to it") + ".";
        Effect eff = above || below ? Effect.CONTRADICTS : Effect.CONTEXT;
        return of(rule, c, eff, eff == Effect.CONTRADICTS ? FindingKind.REAL_CONTRADICTION : FindingKind.DIFFERENT_PERIOD, msg,
                nums("figure", e.value(), "claimed", c.value(), "rate.partFactor", factor, "tolerance.rounding", rounding),
                List.of(e.key()), "estimated from the period next to it: " + ctx.figure(e) + " for " + e.getPeriodLabel(),
                eff == Effect.CONTEXT ? null : e);
    }

    /**
     * A stock claimed at one date against a trusted figure of it at another, bounded by the most the measure
     * moves in a year (cg:maxYearlyChange) compounded over the longest span between any day of one period and
     * any day of the other: outside it contradicts, inside it only allows.
     */
    public static Finding levelFromOtherDate(Context ctx, String rule, Fact c, Fact e) {
        double r = c.maxYearlyChange(), rounding = ctx.getSettings().rounding();
        java.time.LocalDate from = c.start().isBefore(e.start()) ? c.start() : e.start(), to = c.end().isAfter(e.end()) ? c.end() : e.end();
        long days = Calc.daysBetween(from, to) + 1;
        double years = days / 365.2425, low = e.low() * Math.pow(1 - r, years), high = e.high() * Math.pow(1 + r, years);
        double[] claimed = Bounds.rounded(c, rounding);
        boolean below = claimed[1] < low, above = claimed[0] > high;
        String reading = below || above
                ? "is " + (below ? "below" : "above") + " that, more than " + ctx.metric(c) + " moves in the time"
                : "is within that: a figure at another date allows it but does not establish it";
        String msg = "From " + cite(e) + ": " + ctx.figure(e) + " for " + e.getPeriodLabel() + ". " + capitalised(ctx.metric(c))
                + " moves by at most " + Wording.percent(r) + " a year (cg:maxYearlyChange), so over the " + days + " days from " + from + " to " + to
                + " (" + Wording.oneDecimal(years) + " years) it could be " + Wording.show(low, c.unit()) + "–" + Wording.show(high, c.unit()) + " for "
                + c.getPeriodLabel() + ": the claim's " + ctx.figure(c) + " (" + Context.range(c, rounding) + ", tolerance.rounding "
                + Wording.percent(rounding) + ") " + reading + ".";
        Effect eff = below || above ? Effect.CONTRADICTS : Effect.CONTEXT;
        return of(rule, c, eff, eff == Effect.CONTRADICTS ? FindingKind.REAL_CONTRADICTION : FindingKind.DIFFERENT_PERIOD, msg,
                nums("maxYearlyChange", r, "years", years, "lowest", low, "highest", high, "tolerance.rounding", rounding),
                List.of(e.key()), "estimated from a figure at another date: " + ctx.figure(e) + " for " + e.getPeriodLabel(),
                eff == Effect.CONTEXT ? null : e);
    }

    private static String capitalised(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
