package org.claimgraph.rules;

import static org.claimgraph.rules.Context.cite;
import static org.claimgraph.rules.Context.nums;
import static org.claimgraph.rules.Context.of;
import static org.claimgraph.rules.Context.period;

import java.util.List;
import java.util.Map;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.vocab.Wording;

/** Findings of the evidence family: a claim's figure against a trusted source's; the rules choose the effect. */
public final class EvidenceFindings {
    private EvidenceFindings() {}

    /**
     * The claim's interval against a source's interval for the same subject, metric, period and scope:
     * SUPPORTS when they agree ({@link Bounds#agreement}), CONTRADICTS when they share no value, CONTEXT
     * when the source's bound only allows the claim's figure.
     */
    public static Finding compared(Context ctx, String rule, Fact c, Fact e, Effect effect) {
        Map<String, Double> n = nums("claimed", c.value(), "claimedLow", c.low(), "claimedHigh", c.high(),
                "evidence", e.value(), "evidenceLow", e.low(), "evidenceHigh", e.high(), "tolerance.about", ctx.getSettings().about(),
                "tolerance.rounding", ctx.getSettings().rounding());
        boolean same = c.value() == e.value() && Bounds.word(c).equals(Bounds.word(e)) && c.low() == e.low() && c.high() == e.high();
        boolean restates = effect == Effect.SUPPORTS && !same && Bounds.restates(c, e);
        boolean zero = effect == Effect.CONTEXT && Bounds.zeroOutside(c, e, ctx.getSettings().rounding());
        // each figure written once: a check writes one of these for most claims
        String figureC = ctx.figure(c), figureE = ctx.figure(e);
        String verdict = switch (effect) {
            case SUPPORTS -> same ? ", matching the claim's " + figureC
                    : restates ? ", a bound whose figure the claim gives as " + figureC : ", within the range " + claimed(ctx, c, figureC) + " allows";
            case CONTRADICTS -> ", outside the range " + claimed(ctx, c, figureC) + " allows";
            case CONTEXT -> zero ? ", none, which within its written precision allows " + claimed(ctx, c, figureC) + " but does not establish it"
                    : ": a bound that allows " + claimed(ctx, c, figureC) + " but does not establish it";
        };
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + period(e) + " as " + figureE + verdict
                + (c.getPeriodLabel() != null && !c.getPeriodLabel().equals(e.getPeriodLabel()) ? " (the claim's period: " + c.getPeriodLabel() + ")." : ".");
        // a yearly rate against that year's total is the same period, not a different one
        boolean differentPeriod = c.getPeriodLabel() != null && e.getPeriodLabel() != null && !c.getPeriodLabel().equals(e.getPeriodLabel())
                && !(c.per() != null && e.per() == null);
        FindingKind kind = switch (effect) {
            case SUPPORTS -> same ? FindingKind.AGREEMENT : FindingKind.ROUNDING;
            case CONTRADICTS -> FindingKind.REAL_CONTRADICTION;
            case CONTEXT -> FindingKind.QUALIFIED;
        };
        String caveat = zero ? "a source gives none, to its written precision: " + figureE
                : effect == Effect.CONTEXT ? "a source gives only a bound: " + figureE
                : effect == Effect.SUPPORTS && Bounds.restates(c, e) ? "the source gives a bound: " + figureE
                : differentPeriod && effect == Effect.SUPPORTS ? "period differs: the source covers " + e.getPeriodLabel() : null;
        return of(rule, c, effect, kind, msg, n, List.of(e.key()), caveat, effect == Effect.CONTEXT ? null : e);
    }

    /** The claim's figure and, unless it is a bound, the range it is read as. */
    private static String claimed(Context ctx, Fact c, String figure) {
        return "the claim's " + figure + (Bounds.open(c) ? "" : " (" + Context.range(c, ctx.getSettings().rounding()) + ")");
    }

    /**
     * A total over a period nested in the claim's, or holding it, that differs from the claim's only as
     * totals over periods of different length may: it allows the claim's figure but does not establish it.
     */
    public static Finding otherLength(Context ctx, String rule, Fact c, Fact e) {
        boolean longer = Calc.period(e).contains(Calc.period(c));
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + " for " + e.getPeriodLabel() + " as " + ctx.figure(e)
                + ", a total over " + (longer ? "a longer period than" : "part of") + " the claim's " + c.getPeriodLabel() + ", which may be "
                + (longer ? "larger" : "smaller") + " than the claim's " + ctx.figure(c) + ": it allows that figure but does not establish it.";
        return of(rule, c, Effect.CONTEXT, FindingKind.QUALIFIED, msg,
                nums("claimed", c.value(), "evidence", e.value()), List.of(e.key()),
                "a source gives a total over " + (longer ? "a longer" : "a shorter") + " period: " + e.getPeriodLabel(), null);
    }

    /** A change in percent just outside the range the claim's figure allows ({@link Bounds#closeChange}): told, neither confirmed nor contradicted. */
    public static Finding closeChange(Context ctx, String rule, Fact c, Fact e) {
        String figureE = ctx.figure(e);
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + period(e) + " as " + figureE + ", just outside the range "
                + claimed(ctx, c, ctx.figure(c)) + " allows, within twice its tolerance: a change in percent rests on two levels, each rounded"
                + " and often revised, so the claim is neither confirmed nor contradicted.";
        return of(rule, c, Effect.CONTEXT, FindingKind.QUALIFIED, msg, nums("claimed", c.value(), "evidence", e.value(),
                "tolerance.rounding", ctx.getSettings().rounding()), List.of(e.key()), "close to a source's figure: " + figureE, null);
    }

    /** A move the claim stresses but gives smaller than a source does (Calc.understatesChange): told, neither confirmed nor contradicted. */
    public static Finding understated(Context ctx, String rule, Fact c, Fact e) {
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + period(e) + " as " + ctx.figure(e)
                + ", a larger move the same way than " + claimed(ctx, c, ctx.figure(c)) + ": the claim understates the move it stresses, which it does not establish.";
        return of(rule, c, Effect.CONTEXT, FindingKind.QUALIFIED, msg, nums("claimed", c.value(), "evidence", e.value()), List.of(e.key()),
                "understated: a source gives " + ctx.figure(e), null);
    }

    /** The day an event happened, as the claim gives it, against a source's. */
    public static Finding sameDate(Context ctx, String rule, Fact c, Fact e, Effect effect) {
        boolean agree = effect == Effect.SUPPORTS;
        String msg = cite(e) + " dates " + ctx.who(e.subject()) + (e.object() == null ? "" : "–" + ctx.who(e.object())) + " " + ctx.metric(e) + " "
                + e.getPeriodLabel() + (agree ? ", as the claim does (" : ", not ") + c.getPeriodLabel() + (agree ? ")." : " as the claim says.");
        return of(rule, c, effect, agree ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION,
                msg, nums("daysApart", Calc.daysBetween(c.start(), e.start())), List.of(e.key()), null, e);
    }

    /** A flow for part of the claim's period that already exceeds what the claim gives for all of it. */
    public static Finding partExceedsWhole(Context ctx, String rule, Fact c, Fact e) {
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + " for " + e.getPeriodLabel() + " alone as "
                + ctx.figure(e) + ", already more than the " + ctx.figure(c) + " the claim gives for " + c.getPeriodLabel() + " as a whole.";
        return of(rule, c, Effect.CONTRADICTS, FindingKind.REAL_CONTRADICTION, msg,
                nums("claimed", c.value(), "claimedHigh", c.high(), "partEvidence", e.value()), List.of(e.key()), null, e);
    }

    /**
     * Growth over part of the claim's period outside what the claim allows for the whole: the rest of
     * the period would have to make up the difference, compounded.
     */
    public static Finding growthOverPart(Context ctx, String rule, Fact c, Fact e) {
        double rest = ((1 + c.value() / 100) / (1 + e.value() / 100) - 1) * 100;
        double cover = Calc.coverage(e, c);
        double need = ctx.getSettings().growthCoverage();
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + " for " + e.getPeriodLabel() + " alone as " + ctx.figure(e)
                + " (" + Wording.percent(cover) + " of the claim's " + c.getPeriodLabel() + "); for the whole period to come to " + ctx.figure(c)
                + ", the rest of it would have to " + (rest < 0 ? "fall " : "rise ") + Wording.plain(Math.abs(rest)) + "%, which the claim does not say"
                + " (growth.coverage " + Wording.percent(need) + ").";
        return of(rule, c, Effect.CONTRADICTS, FindingKind.REAL_CONTRADICTION, msg,
                nums("claimed", c.value(), "partGrowth", e.value(), "coverage", cover, "restNeeded", rest, "growth.coverage", need),
                List.of(e.key()), null, e);
    }
}
