package org.claimgraph.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.model.Period;
import org.claimgraph.vocab.Wording;

/**
 * Findings of the temporal family: the gap between two dated events, the time since a dated event, a dated
 * claim against its source.
 */
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

    /**
     * The time since an event up to the claim's own date ({@link Claim#ownDate}), recomputed from the latest
     * date a source gives the event on or before it. Whole days are counted with the event's day or without
     * it (14 or 15 from 2024-03-01 to 2024-03-15), and a figure may count completed units (2 years at 2
     * years and 7 months: its interval reaches half its width higher): it agrees when any of these readings
     * meets the count. A date known only to its month allows the counts from its first to its last day,
     * which confirm a figure only when every one of them agrees with it.
     */
    public static Finding since(Context ctx, String rule, Fact c, Collection<Fact> events) {
        Claim.EventRef ref = c.getGap().from();
        Period at = Claim.ownDate(c.claim().period(), c.doc());
        Fact from = at == null || !at.bounded() ? null : latest(c, ref, at, events);
        if (from == null) {
            return ctx.note(rule, c, FindingKind.NOT_CHECKABLE, "No dated source was found for " + describe(ctx, ref)
                    + (at == null ? "" : " on or before " + at.label()) + ", so the time since it cannot be recomputed.", null);
        }
        long fewest = Calc.daysBetween(from.end() != null ? from.end() : from.start(), at.start()), most = Calc.daysBetween(from.start(), at.end()) + 1;
        boolean ceiling = c.qualifiers().stream().anyMatch(Bounds.CEILINGS::contains);
        double high = ceiling || !Double.isFinite(c.high()) ? c.high() : c.high() + (c.high() - c.low()) / 2;
        boolean agree = Bounds.overlap(fewest, false, most, false, c.low(), c.lowOpen(), high, c.highOpen());
        boolean exact = most - fewest == 1;
        boolean within = (c.lowOpen() ? c.low() < fewest : c.low() <= fewest) && (c.highOpen() ? most < high : most <= high);
        boolean evidenced = !from.docId().equals(c.docId());
        String counted = exact ? fewest + " days (" + most + " counting the event's day)" : "between " + fewest + " and " + most + " days";
        String msg = describe(ctx, ref) + " on " + from.getPeriodLabel() + " (" + from.doc().publisher() + ") to the claim's date, " + at.label()
                + (at.equals(c.claim().period()) ? "" : " (its document's date)") + ", is " + counted
                + (agree ? ", as claimed (" + ctx.figure(c) + ")." : ", not the claimed " + ctx.figure(c) + ".");
        boolean confirms = agree && (exact || within);
        Effect effect = !evidenced || agree && !confirms ? Effect.CONTEXT : agree ? Effect.SUPPORTS : Effect.CONTRADICTS;
        FindingKind kind = !agree ? FindingKind.REAL_CONTRADICTION : confirms ? FindingKind.AGREEMENT : FindingKind.QUALIFIED;
        return Context.of(rule, c, effect, kind, msg, Context.nums("computedDays", fewest, "computedDaysMost", most, "claimed", c.value()),
                List.of(from.key()), kind == FindingKind.QUALIFIED ? "dates known only to a span: " + counted : null,
                evidenced && effect != Effect.CONTEXT ? from : null);
    }

    /** A statement years older than the article that presents it as current. */
    public static Finding dated(Context ctx, String rule, Fact c, Fact e) {
        double years = Calc.yearsBetween(e.start(), c.published());
        String msg = Context.cite(e) + " records it in " + e.getPeriodLabel() + ", " + Math.round(years) + " years before the article, which presents it as current"
                + " (dated.years " + Wording.plain(ctx.getSettings().datedYears()) + ").";
        return Context.of(rule, c, Effect.CONTEXT, FindingKind.OUTDATED, msg, Context.nums("yearsOld", years, "dated.years", ctx.getSettings().datedYears()),
                List.of(e.key()), "dated: said in " + e.getPeriodLabel(), null);
    }

    private static Fact event(Fact c, Claim.EventRef ref, Collection<Fact> events) {
        return events.stream()
                .filter(e -> matches(e, ref))
                .min(Comparator.<Fact>comparingInt(e -> e.docId().equals(c.docId()) ? 1 : 0).thenComparingInt(Fact::tier))
                .orElse(null);
    }

    /**
     * The event's latest date on or before the claim's date (the last of a recurring event), from sources other
     * than the claim's document first; of one date, the most authoritative source's.
     */
    private static Fact latest(Fact c, Claim.EventRef ref, Period at, Collection<Fact> events) {
        return events.stream()
                .filter(e -> matches(e, ref) && !e.start().isAfter(at.end()))
                .min(Comparator.<Fact>comparingInt(e -> e.docId().equals(c.docId()) ? 1 : 0)
                        .thenComparing(Fact::start, Comparator.reverseOrder()).thenComparingInt(Fact::tier))
                .orElse(null);
    }

    /** Whether a dated claim is of the event a reference names, by a trusted source. */
    private static boolean matches(Fact e, Claim.EventRef ref) {
        return e.start() != null && e.metric() != null && e.metric().equals(ref.metric()) && e.isTrusted()
                && (Objects.equals(e.subject(), ref.subject()) && (ref.object() == null || Objects.equals(e.object(), ref.object()))
                    || ref.object() != null && Objects.equals(e.subject(), ref.object()) && Objects.equals(e.object(), ref.subject()));
    }

    private static String describe(Context ctx, Claim.EventRef r) {
        return ctx.who(r.subject()) + (r.object() == null ? "" : "–" + ctx.who(r.object())) + " " + ctx.vocabulary().metricLabel(r.metric());
    }
}
