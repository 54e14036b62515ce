package org.claimgraph.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.vocab.Wording;

/** Findings of the comparison family: "A exceeds B" and "N times" with the best-known values, a commitment against a year. */
public final class ComparisonFindings {
    private ComparisonFindings() {}

    /** "A exceeds B" (or less than, equals, N times) re-checked with the best-known values of both sides. */
    public static Finding comparison(Context ctx, String rule, Fact c, Fact a, Fact b, Collection<Fact> evA, Collection<Fact> evB) {
        Fact ba = ctx.best(a, evA), bb = ctx.best(b, evB);
        boolean evidenced = (ba != a || sourced(a, c)) && (bb != b || sourced(b, c));
        String op = c.compareOp();
        Boolean holds;
        double ratio = ba.value() / bb.value();
        double[] ra = Calc.wholeBounds(ba), rb = Calc.wholeBounds(bb);
        switch (op) {
            case "exceeds" -> holds = ra[0] > rb[1] ? Boolean.TRUE : ra[1] < rb[0] ? Boolean.FALSE : null;
            case "less-than" -> holds = ra[1] < rb[0] ? Boolean.TRUE : ra[0] > rb[1] ? Boolean.FALSE : null;
            case "equals" -> holds = Calc.overlap(ra[0], ra[1], rb[0], rb[1]);
            default -> {
                double f = c.claim().compares().factor();
                double lo = ba.low() / bb.high(), hi = ba.high() / bb.low();
                holds = Calc.overlap(lo, hi, f * (1 - ctx.getSettings().arithmetic()), f * (1 + ctx.getSettings().arithmetic()));
            }
        }
        String sides = ctx.who(a.subject()) + "'s " + ctx.metric(a) + " " + ctx.figure(ba) + (ba != a || sourced(a, c) ? " (" + ba.doc().publisher() + ")" : " (as claimed)")
                + " against " + ctx.who(b.subject()) + "'s " + ctx.metric(b) + " " + ctx.figure(bb) + (bb != b || sourced(b, c) ? " (" + bb.doc().publisher() + ")" : " (as claimed)");
        String verdict = holds == null ? "cannot be settled: the two ranges overlap"
                : holds ? "holds" : "does not hold";
        String msg = "Recomputed with the best-known values, " + sides + ": \u201c" + op.replace('-', ' ') + "\u201d " + verdict
                + " (ratio " + Wording.plain(ratio) + ")" + (evidenced ? "." : "; at least one side rests only on the article's own figure.");
        Effect effect = holds == null ? Effect.CONTEXT : !evidenced ? Effect.CONTEXT : holds ? Effect.SUPPORTS : Effect.CONTRADICTS;
        Fact authority = evidenced ? (ba.tier() >= bb.tier() ? ba : bb) : null;
        List<String> used = new ArrayList<>(List.of(a.key(), b.key()));
        if (ba != a) used.add(ba.key());
        if (bb != b) used.add(bb.key());
        return Context.of(rule, c, effect, holds != null && !holds ? FindingKind.REAL_CONTRADICTION : FindingKind.AGREEMENT, msg,
                Context.nums("left", ba.value(), "right", bb.value(), "ratio", ratio), used, null, authority);
    }

    /** A side that is itself a trusted source's figure (another document, no less authoritative than the comparison's) is evidence. */
    private static boolean sourced(Fact side, Fact c) {
        return !side.docId().equals(c.docId()) && side.isTrusted() && side.tier() <= c.tier();
    }

    /**
     * "A is N times B" where B covers a span of another length than A: B's figure over A's span, from a
     * trusted source, and the ratio recomputed like for like.
     */
    public static Finding sameSpan(Context ctx, String rule, Fact c, Fact a, Fact b, Fact bOverA, Effect effect) {
        double factor = c.claim().compares().factor();
        double ratio = a.value() / bOverA.value();
        String msg = "The comparison sets " + ctx.who(a.subject()) + "'s " + ctx.metric(a) + " for " + a.getPeriodLabel() + " (" + ctx.figure(a)
                + ") against " + ctx.who(b.subject()) + "'s for " + b.getPeriodLabel() + " (" + ctx.figure(b) + "); over the same span, " + Context.cite(bOverA)
                + " gives " + ctx.figure(bOverA) + ", so the ratio is " + Wording.plain(a.value()) + " / " + Wording.plain(bOverA.value()) + " = "
                + Wording.plain(ratio) + (effect == Effect.SUPPORTS ? ", about the claimed " : ", not the claimed ") + Wording.plain(factor)
                + " (tolerance.arithmetic " + Wording.percent(ctx.getSettings().arithmetic()) + ").";
        return Context.of(rule, c, effect, effect == Effect.SUPPORTS ? FindingKind.AGREEMENT : FindingKind.DIFFERENT_PERIOD, msg,
                Context.nums("left", a.value(), "right", bOverA.value(), "ratio", ratio, "claimedFactor", factor, "tolerance.arithmetic", ctx.getSettings().arithmetic()),
                List.of(bOverA.key(), a.key(), b.key()), "compares " + a.getPeriodLabel() + " with " + b.getPeriodLabel(), bOverA);
    }

    /** A commitment over several years set against one year's flow. */
    public static Finding commitmentAgainstYear(Context ctx, String rule, Fact c, Fact commitment, Fact flow, Double term) {
        String msg = "The comparison sets " + ctx.metric(commitment) + " running over about " + Wording.plain(term) + " years against one year's "
                + ctx.metric(flow) + ": the two are not like for like.";
        return Context.of(rule, c, Effect.CONTEXT, FindingKind.DIFFERENT_PERIOD, msg, Context.nums("termYears", term),
                List.of(commitment.key(), flow.key()), "compares a multi-year commitment with one year's " + ctx.metric(flow), null);
    }
}
