package org.claimgraph.rules;

import static org.claimgraph.rules.Context.cite;
import static org.claimgraph.rules.Context.nums;
import static org.claimgraph.rules.Context.of;
import static org.claimgraph.rules.Context.period;

import java.util.List;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;

/** Findings of the scope family: context only, naming the scopes on both sides. */
public final class ScopeFindings {
    private ScopeFindings() {}

    static String scopeOf(Fact f) { return f.getScope() == null ? "no stated scope (the headline measure)" : "\u201c" + f.getScope().strip() + "\u201d"; }

    /** A figure on another scope exists: it neither confirms nor contradicts the claim. */
    public static Finding otherScope(Context ctx, String rule, Fact c, Fact e) {
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + period(e) + " as " + ctx.figure(e) + " on "
                + scopeOf(e) + (c.getScope() == null
                        ? "; the claim states no scope and fits the source's figure on another scope, so this one neither confirms nor contradicts it."
                        : ", another scope than the claim's " + scopeOf(c) + ": figures of different scopes neither confirm nor contradict each other.");
        return of(rule, c, Effect.CONTEXT, FindingKind.SCOPE, msg, nums("evidence", e.value(), "claimed", c.value()), List.of(e.key()),
                "other scope: " + (e.getScope() == null ? "headline measure" : e.getScope().strip()) + " " + ctx.figure(e), null);
    }

    /** The claim states no scope; the source's figure, the only one it gives, has one. */
    public static Finding sourceScope(Context ctx, String rule, Fact c, Fact e) {
        return of(rule, c, Effect.CONTEXT, FindingKind.SCOPE, e.getSourceName() + "'s figure covers " + e.getScope().strip() + ".",
                nums("evidence", e.value()), List.of(e.key()), "scope: " + e.getScope().strip(), null);
    }

    /**
     * The claim's scope read in a source's figure on a scope within it, no source giving the claim's own: it agrees,
     * the narrower scope named as a caveat.
     */
    public static Finding readWithin(Context ctx, String rule, Fact c, Fact e) {
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + period(e) + " as " + ctx.figure(e) + " on "
                + scopeOf(e) + ", a scope within the claim's " + scopeOf(c) + ", which no source gives as written: read there, it lies within"
                + " the range the claim's " + ctx.figure(c) + " (" + Context.range(c, ctx.getSettings().rounding()) + ") allows.";
        return of(rule, c, Effect.SUPPORTS, FindingKind.AGREEMENT, msg, nums("evidence", e.value(), "claimed", c.value()), List.of(e.key()),
                "read in a narrower scope: " + e.getScope().strip(), e);
    }

    /** One figure is for a part of the whole the other counts, and the smaller: it neither confirms nor contradicts. */
    public static Finding partBelowWhole(Context ctx, String rule, Fact c, Fact e) {
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + period(e) + " as " + ctx.figure(e) + " on "
                + scopeOf(e) + (c.getScope() == null
                        ? ", a part of the whole the claim's " + ctx.figure(c) + " counts (no stated scope): a part counts less than its whole, so it neither confirms nor contradicts it."
                        : ", the whole of which the claim's " + ctx.figure(c) + " on " + scopeOf(c) + " counts a part: a part counts less than its whole, so it neither confirms nor contradicts it.");
        return of(rule, c, Effect.CONTEXT, FindingKind.SCOPE, msg, nums("evidence", e.value(), "claimed", c.value()), List.of(e.key()),
                (c.getScope() == null ? "a part: " + e.getScope().strip() + " " : "the whole: ") + ctx.figure(e), null);
    }

    /** The source's figure is for the whole of which the claim counts a part, and allows it: it does not confirm a part. */
    public static Finding wholeAllowsPart(Context ctx, String rule, Fact c, Fact e) {
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + period(e) + " as " + ctx.figure(e) + " on "
                + scopeOf(e) + ", the whole of which the claim's " + ctx.figure(c) + " on " + scopeOf(c)
                + " counts a part: a whole's figure can rule out a part larger than it, but does not confirm a part.";
        return of(rule, c, Effect.CONTEXT, FindingKind.SCOPE, msg, nums("evidence", e.value(), "claimed", c.value()), List.of(e.key()),
                "the whole: " + ctx.figure(e), null);
    }

    /** The claim's figure is for a part of the whole the source counts, and more than the whole. */
    public static Finding partExceedsWhole(Context ctx, String rule, Fact c, Fact e) {
        return nested(ctx, rule, c, e, ", which takes in the claim's ", ": a part counts no more than its whole, and the claim's ", " is more.",
                "more than the whole: ");
    }

    /** The claim gives what every member of a group gets; the source gives another figure for a group within it. */
    public static Finding everyMember(Context ctx, String rule, Fact c, Fact e) {
        return nested(ctx, rule, c, e, ", a group within the claim's ", ": what every member gets, each group of them gets, and the claim's ",
                " is not that.", "a group within: ");
    }

    /**
     * The claim's range, without scope, is neither the spread of the classes' figures the source gives ({@code e}'s lies
     * outside it) nor their total (all of them come to more than its top end).
     */
    public static Finding classesBeyondRange(Context ctx, String rule, Fact c, Fact e, List<Fact> classes) {
        StringBuilder each = new StringBuilder();
        for (Fact f : classes) each.append(each.length() == 0 ? "" : "; ").append(scopeOf(f)).append(' ').append(ctx.figure(f));
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + period(e) + " by class, not for the whole: " + each
                + ". The claim's " + ctx.figure(c) + " states no class: " + scopeOf(e) + "'s " + ctx.figure(e)
                + " lies outside it, so it is not what every class pays, and the classes come to more than its top end, so it is not"
                + " their total; one class's figure inside it does not confirm it.";
        return of(rule, c, Effect.CONTRADICTS, FindingKind.SCOPE, msg, nums("evidence", e.value(), "claimed", c.value()),
                classes.stream().map(Fact::key).toList(), "by class: " + e.getScope().strip() + " " + ctx.figure(e), e);
    }

    /** A source's figure on a scope nested with the claim's contradicts it: the two scopes and figures, in the words given. */
    private static Finding nested(Context ctx, String rule, Fact c, Fact e, String relation, String reason, String end, String caveat) {
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + period(e) + " as " + ctx.figure(e) + " on "
                + scopeOf(e) + relation + scopeOf(c) + reason + ctx.figure(c) + end;
        return of(rule, c, Effect.CONTRADICTS, FindingKind.SCOPE, msg, nums("evidence", e.value(), "claimed", c.value()), List.of(e.key()),
                caveat + e.getScope().strip() + " " + ctx.figure(e), e);
    }
}
