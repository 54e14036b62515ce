package org.claimgraph.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;

/** Findings of the sourcing family: an attribution found or not in the source named, a paraphrase, one claim for many. */
public final class SourcingFindings {
    private SourcingFindings() {}

    public static Finding attributionFound(Context ctx, String rule, Fact c, Fact e) {
        String said = e.getSaid() == null ? "" : ": \u201c" + e.getSaid() + "\u201d";
        String msg = Context.cite(e) + " records " + ctx.who(e.claimant()) + " saying it" + (e.getPeriodLabel() == null ? "" : " (" + e.getPeriodLabel() + ")") + said + ".";
        return Context.of(rule, c, Effect.SUPPORTS, FindingKind.AGREEMENT, msg, Map.of(), List.of(e.key()), null, e);
    }

    public static Finding attributionNotFound(Context ctx, String rule, Fact c, Collection<Fact> others) {
        Set<String> who = new LinkedHashSet<>();
        others.forEach(o -> who.add(ctx.who(o.claimant()) + " (" + o.doc().publisher() + ")"));
        String msg = "No source records " + ctx.who(c.claimant()) + " saying this; the substance is reported from " + String.join(", ", who) + ".";
        List<String> used = others.stream().map(Fact::key).toList();
        return Context.of(rule, c, Effect.CONTEXT, FindingKind.ATTRIBUTION_NOT_FOUND, msg, Map.of(), used, "misattributed", null);
    }

    public static Finding paraphrase(Context ctx, String rule, Fact c, Fact e) {
        String msg = "The words differ from the source's: the article has \u201c" + c.getSaid() + "\u201d, " + e.doc().publisher()
                + " records \u201c" + e.getSaid() + "\u201d.";
        return Context.of(rule, c, Effect.CONTEXT, FindingKind.PARAPHRASE, msg, Map.of(), List.of(e.key()), "paraphrase", null);
    }

    public static Finding oneForMany(Context ctx, String rule, Fact c, Collection<Fact> found) {
        Set<String> names = new LinkedHashSet<>();
        List<String> used = new ArrayList<>();
        for (Fact f : found) if (Calc.claimantMatches(c, f)) { names.add(ctx.who(f.claimant())); used.add(f.key()); }
        String msg = "The claim credits \u201c" + ctx.who(c.claimant()) + "\u201d, but the sources record only " + String.join(", ", names) + ".";
        return Context.of(rule, c, Effect.CONTEXT, FindingKind.PARAPHRASE, msg, Context.nums("speakersFound", names.size()), used, "one " + (c.claimant().equals("analysts") ? "analyst" : "expert") + " (" + String.join(", ", names) + ") presented as " + ctx.who(c.claimant()), null);
    }
}
