package org.claimgraph.rules;

import static org.claimgraph.rules.Context.cite;
import static org.claimgraph.rules.Context.nums;
import static org.claimgraph.rules.Context.of;
import static org.claimgraph.rules.Context.ordinal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;

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
     * The subject's value against rivals' values for the same metric, period and scope: those ahead (above it,
     * or below it for a rank from the lowest) bound the rank.
     */
    public static Finding rivals(Context ctx, String rule, Fact c, Fact own, Collection<?> aheadFacts, Effect effect) {
        List<Fact> ahead = new ArrayList<>(Context.list(aheadFacts));
        Comparator<Fact> byValue = Comparator.comparingDouble(Fact::value);
        ahead.sort(c.isFromLowest() ? byValue : byValue.reversed());
        int atBest = ahead.size() + 1;
        boolean holds = effect == Effect.SUPPORTS;
        String others = ahead.isEmpty() ? "no other's value " + (c.isFromLowest() ? "below" : "above") + " it among the sources"
                : String.join(", ", ahead.stream().map(e -> ctx.who(e.subject()) + " at " + ctx.figure(e)).toList());
        String msg = (own.getPeriodLabel() == null ? "" : "For " + own.getPeriodLabel() + ", ") + cite(own) + " gives " + ctx.who(c.subject())
                + "'s " + ctx.metric(c) + " as " + ctx.figure(own) + "; " + others + (holds ? ": consistent with " + claimed(c) + "."
                : ", so it ranked no better than " + place(atBest, c.isFromLowest()) + ", not " + claimed(c) + ".");
        List<String> used = new ArrayList<>(List.of(own.key()));
        ahead.forEach(e -> used.add(e.key()));
        Fact authority = ahead.stream().max(Comparator.comparingInt(Fact::tier)).orElse(own);
        if (authority.tier() < own.tier()) authority = own;
        return of(rule, c, effect, holds ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("claimedRank", c.rank(), "computedRank", atBest, "value", own.value()), used, null, authority);
    }
}
