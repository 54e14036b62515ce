package org.claimgraph.rules;

import static org.claimgraph.rules.Context.cite;
import static org.claimgraph.rules.Context.nums;
import static org.claimgraph.rules.Context.of;
import static org.claimgraph.rules.Context.period;

import java.util.List;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;

/** Findings of the prediction family: a forecast against a trusted source's bound on what the figure can be. */
public final class PredictionFindings {
    private PredictionFindings() {}

    /** A trusted bound (a cap in law, the most a fault can produce) the predicted figure lies beyond. */
    public static Finding beyondBound(Context ctx, String rule, Fact c, Fact e) {
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + period(e) + " as " + ctx.figure(e)
                + ", a bound the predicted " + ctx.figure(c) + " lies beyond: a forecast of what the source rules out is contradicted"
                + " (one within the bound is never confirmed).";
        return of(rule, c, Effect.CONTRADICTS, FindingKind.REAL_CONTRADICTION, msg,
                nums("claimed", c.value(), "claimedLow", c.low(), "claimedHigh", c.high(), "bound", e.value()), List.of(e.key()),
                "beyond a trusted bound: " + ctx.figure(e), e);
    }
}
