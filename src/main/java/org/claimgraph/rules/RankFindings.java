package org.claimgraph.rules;

import static org.claimgraph.rules.Context.cite;
import static org.claimgraph.rules.Context.nums;
import static org.claimgraph.rules.Context.of;
import static org.claimgraph.rules.Context.ordinal;
import static org.claimgraph.rules.ScopeFindings.scopeOf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.vocab.Wording;

/** Findings of the ranking family: a claimed rank against a source's stated rank or the values of rivals. */
public final class RankFindings {
    private RankFindings() {}

    /** The claimed rank in words: "1st", "in the top 10", "10th or lower"; from the lowest "the lowest", "2nd lowest", "in the lowest 10". */
    static String claimed(Fact c) {
        int[] r = Calc.rankRange(c);
        if (r[0] == r[1]) return place(r[0], c.isFromLowest());
        if (!c.isFromLowest()) return r[0] == 1 ? "in the top " + r[1] : ordinal(r[0]) + " or lower";
        return r[0] == 1 ? "in the lowest " + r[1] : ordinal(r[0]) + " lowest or higher";
    }

    /** A rank in words: "3rd", or from the lowest "the lowest", "3rd lowest". */
    private static String place(int rank, boolean fromLowest) {
        return !fromLowest ? ordinal(rank) : rank == 1 ? "the lowest" : ordinal(rank) + " lowest";
    }

    /** A source states the rank (10th of 42); the claim's rank allows it or not. */
    public static Finding stated(Context ctx, String rule, Fact c, Fact e, Effect effect) {
        boolean holds = effect == Effect.SUPPORTS;
        String msg = cite(e) + " ranks " + ctx.who(e.subject()) + " " + place(e.rank(), e.isFromLowest()) + " on " + ctx.metric(e)
                + (e.getPeriodLabel() == null ? "" : " for " + e.getPeriodLabel()) + (e.getScope() == null ? "" : " (" + e.getScope().strip() + ")")
                + (holds ? ", consistent with " : ", not ") + claimed(c) + (holds ? "." : " as claimed.");
        return of(rule, c, effect, holds ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("claimedRank", c.rank(), "statedRank", e.rank()), List.of(e.key()), null, e);
    }

    /**
     * A rank of the present against the rank a source states for the latest year out when it was said (rule
     * ranking.stated-rank-latest-year): the same place confirms, one beyond {@code factor} times the claimed place (or
     * below it divided by {@code factor}) contradicts, a nearer one is context, as places move from year to year.
     */
    public static Finding statedLatestYear(Context ctx, String rule, Fact c, Fact e, double factor) {
        int[] r = Calc.rankRange(c);
        boolean holds = Calc.rankAllows(c, e.rank()), far = e.rank() > r[1] * factor || e.rank() * factor < r[0];
        Effect effect = holds ? Effect.SUPPORTS : far ? Effect.CONTRADICTS : Effect.CONTEXT;
        String msg = cite(e) + " ranks " + ctx.who(e.subject()) + " " + place(e.rank(), e.isFromLowest()) + " on " + ctx.metric(e) + " for "
                + e.getPeriodLabel() + (e.getScope() == null ? "" : " (" + e.getScope().strip() + ")") + ", the latest year out when the claim was made: "
                + (holds ? "consistent with " + claimed(c) + "."
                        : far ? "beyond rate.partFactor " + Wording.plain(factor) + " of " + claimed(c) + ", not as claimed."
                        : "not " + claimed(c) + ", but places move from year to year and this is within rate.partFactor " + Wording.plain(factor) + " of it.");
        return of(rule, c, effect, holds ? FindingKind.AGREEMENT : far ? FindingKind.REAL_CONTRADICTION : FindingKind.DIFFERENT_PERIOD, msg,
                nums("claimedRank", c.rank(), "statedRank", e.rank(), "rate.partFactor", factor), List.of(e.key()),
                "the latest ranking out when it was said: " + e.getPeriodLabel(), effect == Effect.CONTEXT ? null : e);
    }

    /**
     * The subject's value against rivals' values for the same metric, period and scope (and those ahead in a scope
     * within the claim's): those ahead (above it, or below it for a rank from the lowest) bound the rank.
     */
    public static Finding rivals(Context ctx, String rule, Fact c, Fact own, Collection<?> aheadFacts, Effect effect) {
        return rivals(ctx, rule, c, own, aheadFacts, effect, null);
    }

    /**
     * The same, where {@code longer} (when not null) is a source's stated rank showing the field holds more than
     * the figures listed, so that a rank they allow is left open.
     */
    public static Finding rivals(Context ctx, String rule, Fact c, Fact own, Collection<?> aheadFacts, Effect effect, Fact longer) {
        List<Fact> ahead = byRank(c, aheadFacts);
        boolean tied = tiedOnly(c, ahead, effect);
        String msg = gives(ctx, c, own, "") + others(ctx, c, own, ahead) + lies(c, ahead) + switch (effect) {
            case SUPPORTS -> ": consistent with " + claimed(c) + ".";
            case CONTEXT -> tied ? tiedPlaces(c, ahead) : ": consistent with " + claimed(c) + (longer == null
                    ? ", but the figures come from more than one source, which may leave out a rival ahead, so not confirmed."
                    : ", but " + cite(longer) + " ranks " + ctx.who(longer.subject()) + " " + (longer.isFromLowest() || !c.isFromLowest()
                            ? place(longer.rank(), longer.isFromLowest()) : ordinal(longer.rank()) + " from the highest")
                            + ", so more were ranked than the figures listed, and one left out may be ahead: not confirmed.");
            case CONTRADICTS -> ", so it ranked no better than " + place(ahead.size() + 1, c.isFromLowest()) + ", not " + claimed(c) + ".";
        };
        FindingKind kind = switch (effect) {
            case SUPPORTS -> FindingKind.AGREEMENT;
            case CONTEXT -> FindingKind.NOT_CHECKABLE;
            case CONTRADICTS -> FindingKind.REAL_CONTRADICTION;
        };
        return rivalsFinding(rule, c, own, ahead, effect, kind, msg, effect != Effect.CONTEXT ? null
                : tied ? TIED : longer == null ? "rivals from several sources" : "more ranked than listed");
    }

    /** The caveat of a rank the rivals allow only when tied figures share a place. */
    static final String TIED = "a place only if tied figures share one";

    /** Whether the rivals leave the rank open only when tied figures share a place (each taking its own, it is ruled out). */
    private static boolean tiedOnly(Fact c, List<Fact> ahead, Effect effect) {
        return effect != Effect.CONTRADICTS && !Calc.rankPossible(c, ahead.size() + 1);
    }

    /** Why a rank beyond what the rivals leave, counting each, is still open: tied figures ahead may share places. */
    private static String tiedPlaces(Fact c, List<Fact> ahead) {
        int places = Calc.fewestPlaces(ahead);
        return ", so no better than " + place(ahead.size() + 1, c.isFromLowest()) + " when each figure takes a place; counting tied figures"
                + " as one place (1, 2, 2, 3), those ahead may take as few as " + places + (places == 1 ? " place" : " places")
                + ", which allows " + claimed(c) + ": not confirmed.";
    }

    /**
     * A source's stated rank on the measure that the listed figures cannot hold: ranked {@code n}th (from either
     * end) the field has at least n entries, so a list of fewer (the subject's own and its rivals') leaves some
     * out. The first such rank, or null when every stated rank fits the list.
     */
    public static Fact rankedBeyond(Collection<?> rivals, Collection<?> stated) {
        int listed = rivals.size() + 1;
        for (Object o : stated) if (((Fact) o).rank() > listed) return (Fact) o;
        return null;
    }

    /** Whether one source gives the subject's figure and every rival's: a list of its own, not figures gathered from several. */
    public static boolean oneList(Fact own, Collection<?> rivals) {
        for (Object r : rivals) if (!((Fact) r).docId().equals(own.docId())) return false;
        return true;
    }

    /**
     * A source ranks the subject in a scope within the claim's: at best that rank in the wider scope too, which
     * it can contradict but not confirm (CONTEXT when it allows the claim).
     */
    public static Finding statedWithin(Context ctx, String rule, Fact c, Fact e, Effect effect) {
        boolean open = effect == Effect.CONTEXT;
        String msg = cite(e) + " ranks " + ctx.who(e.subject()) + " " + place(e.rank(), e.isFromLowest()) + " on " + ctx.metric(e)
                + (e.getPeriodLabel() == null ? "" : " for " + e.getPeriodLabel()) + " in " + scopeOf(e) + ", a scope within the claim's "
                + scopeOf(c) + (open ? ": consistent with " + claimed(c) + ", but others in the wider scope may rank ahead, so not confirmed."
                : ", so no better than " + place(e.rank(), e.isFromLowest()) + " in the wider scope either, not " + claimed(c) + " as claimed.");
        return of(rule, c, effect, open ? FindingKind.SCOPE : FindingKind.REAL_CONTRADICTION, msg,
                nums("claimedRank", c.rank(), "statedRank", e.rank()), List.of(e.key()), open ? "ranked only within " + e.getScope().strip() : null, e);
    }

    /**
     * The subject's value against rivals' in a scope within the claim's (the subject's own figure there or in the
     * claim's scope): enough ahead contradict the rank in the wider scope; fewer leave it open (CONTEXT), the wider
     * scope's others being perhaps missing from the sources.
     */
    public static Finding rivalsWithin(Context ctx, String rule, Fact c, Fact own, Collection<?> aheadFacts, Effect effect) {
        List<Fact> ahead = byRank(c, aheadFacts);
        boolean open = effect == Effect.CONTEXT, ownWithin = Scopes.within(c, own), tied = tiedOnly(c, ahead, effect);
        String where = ownWithin ? " in " + scopeOf(own) + ", a scope within the claim's " + scopeOf(c) : "";
        String lies = ownWithin ? "" : ahead.isEmpty() ? "; its rivals' figures are all in scopes within the claim's " + scopeOf(c) : lies(c, ahead);
        String msg = gives(ctx, c, own, where) + others(ctx, c, own, ahead) + lies + (tied ? tiedPlaces(c, ahead)
                : open ? ": consistent with " + claimed(c) + ", but the wider scope's others may be missing from the sources, so not confirmed."
                : ", so " + ctx.who(c.subject()) + " ranked no better than " + place(ahead.size() + 1, c.isFromLowest())
                        + (ownWithin ? " in the wider scope too" : "") + ", not " + claimed(c) + ".");
        return rivalsFinding(rule, c, own, ahead, effect, open ? FindingKind.SCOPE : FindingKind.REAL_CONTRADICTION, msg,
                tied ? TIED : open ? "ranked only within narrower scopes than " + c.getScope().strip() : null);
    }

    /** Rivals ahead, the furthest ahead first; tied figures in the order of their keys, whatever order the session found them in. */
    private static List<Fact> byRank(Fact c, Collection<?> aheadFacts) {
        List<Fact> ahead = new ArrayList<>(Context.list(aheadFacts));
        Comparator<Fact> byValue = Comparator.comparingDouble(Fact::value);
        ahead.sort((c.isFromLowest() ? byValue : byValue.reversed()).thenComparing(Fact::key));
        return ahead;
    }

    /** "For 2024, SOURCE gives X's METRIC as FIGURE" and where. */
    private static String gives(Context ctx, Fact c, Fact own, String where) {
        return (own.getPeriodLabel() == null ? "" : "For " + own.getPeriodLabel() + ", ") + cite(own) + " gives " + ctx.who(c.subject())
                + "'s " + ctx.metric(c) + " as " + ctx.figure(own) + where + "; ";
    }

    /** The rivals ahead with their figures (and scopes, where not the subject's own), or that none is. */
    private static String others(Context ctx, Fact c, Fact own, List<Fact> ahead) {
        if (ahead.isEmpty()) return "no other's value " + (c.isFromLowest() ? "below" : "above") + " it among the sources";
        return String.join(", ", ahead.stream().map(e -> ctx.who(e.subject()) + " at " + ctx.figure(e)
                + (Scopes.same(own, e) ? "" : " in " + scopeOf(e))).toList());
    }

    /** "; “coastal” lies within the claim's “all regions”" for rivals ahead in scopes within the claim's, else nothing. */
    private static String lies(Fact c, List<Fact> ahead) {
        List<String> narrower = ahead.stream().filter(f -> Scopes.within(c, f)).map(ScopeFindings::scopeOf).distinct().toList();
        if (narrower.isEmpty()) return "";
        return "; " + String.join(" and ", narrower) + (narrower.size() == 1 ? " lies" : " lie") + " within the claim's " + scopeOf(c);
    }

    /** The finding of the subject's figure against its rivals: both named, the least authoritative deciding its weight. */
    private static Finding rivalsFinding(String rule, Fact c, Fact own, List<Fact> ahead, Effect effect, FindingKind kind, String msg,
                                         String caveat) {
        List<String> used = new ArrayList<>(List.of(own.key()));
        ahead.forEach(e -> used.add(e.key()));
        Fact authority = ahead.stream().max(Comparator.comparingInt(Fact::tier)).orElse(own);
        if (authority.tier() < own.tier()) authority = own;
        return of(rule, c, effect, kind, msg, nums("claimedRank", c.rank(), "computedRank", ahead.size() + 1, "value", own.value()), used,
                caveat, authority);
    }
}
