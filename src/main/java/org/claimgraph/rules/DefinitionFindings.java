package org.claimgraph.rules;

import java.util.List;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.vocab.Wording;

/** Findings of the definitions family: a figure of another measure, a commitment over several years. */
public final class DefinitionFindings {
    private DefinitionFindings() {}

    /** The same figure found under another metric of the same family (cash burn presented as net loss). */
    public static Finding differentMeasure(Context ctx, String rule, Fact c, Fact e) {
        String msg = "The figure " + ctx.figure(c) + " matches " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + Context.period(e) + " in " + Context.cite(e)
                + ", which is not its " + ctx.metric(c) + ": the claim presents one measure as another.";
        return Context.of(rule, c, Effect.CONTEXT, FindingKind.DIFFERENT_MEASURE, msg, Context.nums("claimed", c.value(), "evidence", e.value()),
                List.of(e.key()), "different measure: " + ctx.figure(e) + " is the " + ctx.metric(e) + ", not the " + ctx.metric(c), null);
    }

    /**
     * A figure found only under another measure of the subject, nothing trusted giving the claim's own: the claim
     * presents that measure's figure as its own, which the source contradicts (it says what the figure is).
     */
    public static Finding otherMeasureOnly(String rule, Finding sameFigure) {
        return new Finding(rule, sameFigure.claim(), Effect.CONTRADICTS, FindingKind.DIFFERENT_MEASURE,
                "No trusted source gives the claim's own measure, and the one that gives its figure gives it for another: "
                        + "a figure presented as what it is not is contradicted by the source that says what it is.",
                sameFigure.numbers(), sameFigure.used(), null, sameFigure.authorityTier(), sameFigure.authorityDate());
    }

    /** A commitment running over years, presented as one period's figure. */
    public static Finding multiYearCommitment(Context ctx, String rule, Fact c, Fact e) {
        String msg = Context.cite(e) + " describes these " + ctx.metric(e) + " as running over about " + Wording.plain(e.termYears())
                + " years, not as money spent" + Context.period(c) + ".";
        return Context.of(rule, c, Effect.CONTEXT, FindingKind.DIFFERENT_PERIOD, msg, Context.nums("termYears", e.termYears()), List.of(e.key()),
                "commitments over about " + Wording.plain(e.termYears()) + " years, not spending" + Context.period(c), null);
    }
}
