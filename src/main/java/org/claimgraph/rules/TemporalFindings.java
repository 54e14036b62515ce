package org.claimgraph.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.vocab.Wording;

/** Findings of the temporal family: the gap between two dated events, a dated claim against its source. */
public final class TemporalFindings {
    private TemporalFindings() {}

    /** The days between two events, recomputed from their dates in the sources. */
    public static Finding gap(Context ctx, String rule, Fact c, Collection<Fact> events) {
        var g = c.getGap();
        Fact from = event(c, g.from(), events), to = event(c, g.to(), events);
        if (from == null || to == null) {
            return ctx.note(rule, c, FindingKind.NOT_CHECKABLE, "No dated source was found for "
                    + (from == null ? describe(ctx, g.from()) : describe(ctx, g.to())) + ", so the gap cannot be recomputed.", null);
        }
        long days = Calc.daysBetween(from.start(), to.start());
        boolean agree = c.low() <= days && days <= c.high();
        boolean evidenced = !from.docId().equals(c.docId()) && !to.docId().equals(c.docId());
        String msg = describe(ctx, g.from()) + " on " + from.start() + " (" + from.doc().publisher() + ") to " + describe(ctx, g.to()) + " on " + to.start()
                + " (" + to.doc().publisher() + ") is " + days + " days" + (agree ? ", as claimed (" : ", not the claimed ") + ctx.figure(c) + (agree ? ")." : ".");
        Fact authority = from.tier() >= to.tier() ? from : to;
        return Context.of(rule, c, !evidenced ? Effect.CONTEXT : agree ? Effect.SUPPORTS : Effect.CONTRADICTS,
                agree ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg, Context.nums("computedDays", days, "claimed", c.value()),
                List.of(from.key(), to.key()), null, evidenced ? authority : null);
    }

    /** A statement years older than the article that presents it as current. */
    public static Finding dated(Context ctx, String rule, Fact c, Fact e) {
        double years = Calc.yearsBetween(e.start(), c.published());
        String msg = Context.cite(e) + " records it in " + e.getPeriodLabel() + ", " + Math.round(years) + " years before the article, which presents it as current"
                + " (dated.years " + Wording.plain(ctx.getSettings().datedYears()) + ").";
        return Context.of(rule, c, Effect.CONTEXT, FindingKind.OUTDATED, msg, Context.nums("yearsOld", years, "dated.years", ctx.getSettings().datedYears()),
                List.of(e.key()), "dated: said in " + e.getPeriodLabel(), null);
    }

    private static Fact event(Fact c, org.claimgraph.model.Claim.EventRef ref, Collection<Fact> events) {
        return events.stream()
                .filter(e -> e.start() != null && e.metric() != null && e.metric().equals(ref.metric()) && e.isTrusted()
                        && (Objects.equals(e.subject(), ref.subject()) && (ref.object() == null || Objects.equals(e.object(), ref.object()))
                            || ref.object() != null && Objects.equals(e.subject(), ref.object()) && Objects.equals(e.object(), ref.subject())))
                .min(Comparator.<Fact>comparingInt(e -> e.docId().equals(c.docId()) ? 1 : 0).thenComparingInt(Fact::tier))
                .orElse(null);
    }

    private static String describe(Context ctx, org.claimgraph.model.Claim.EventRef r) {
        return ctx.who(r.subject()) + (r.object() == null ? "" : "–" + ctx.who(r.object())) + " " + ctx.vocabulary().metricLabel(r.metric());
    }
}
