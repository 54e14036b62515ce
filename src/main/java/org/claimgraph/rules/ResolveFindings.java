package org.claimgraph.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;

/** Findings of the resolve family: which policy settled a conflict between sources, or that none did. */
public final class ResolveFindings {
    private ResolveFindings() {}

    /** The policy named in a finding: how the followed source outranks the outweighed one. */
    public static String policy(String rule) {
        return switch (rule.replaceFirst("^resolve\\.", "")) {
            case "higher-tier" -> "the more authoritative tier";
            case "scope-that-fits" -> "the scope that fits a claim stating none (the other source's figures are of another scope)";
            case "more-specific-source" -> "the more specific source (the claim's own period and scope exactly)";
            case "primary-publisher" -> "the primary publisher of the statistic (the subject publishing its own figure)";
            case "latest-revision" -> "the later publication of the same statistic (both publication dates known)";
            default -> rule;
        };
    }

    /**
     * Whether two findings answer the same question of a claim, so one may outweigh the other: a record (the
     * records rules' findings) is a question apart from its figure, and a source confirming the figure says
     * nothing against the sources that rule the record out.
     */
    public static boolean sameQuestion(Finding a, Finding b) { return record(a) == record(b); }

    private static boolean record(Finding f) { return f.rule().startsWith("records."); }

    /** One source outweighs another that disagrees with it; context on the claim naming the policy. */
    public static Finding decided(String rule, Finding low, Finding top) {
        String msg = "Sources differ; decided by " + policy(rule) + ". Followed: " + top.message() + " Outweighed: " + low.message();
        List<String> used = new ArrayList<>(top.used());
        used.addAll(low.used());
        return new Finding(rule, low.claim(), Effect.CONTEXT, FindingKind.CONFLICTING_EVIDENCE, msg, Map.of(), used,
                "sources differ (" + rule.replaceFirst("^resolve\\.", "") + "): " + low.message(), 0, null);
    }

    /** Equally authoritative sources disagree and no policy decides: both figures named, neither counts. */
    public static Finding undecided(String rule, Finding a, Finding b) {
        String msg = "Equally authoritative sources disagree and nothing decides between them (neither is more specific, the statistic's "
                + "own publisher, or a later publication of the same statistic with both dates known). For: " + a.message() + " Against: " + b.message();
        List<String> used = new ArrayList<>(a.used());
        used.addAll(b.used());
        return new Finding(rule, a.claim(), Effect.CONTEXT, FindingKind.CONFLICTING_EVIDENCE, msg, Map.of(), used,
                "sources of equal authority disagree", 0, null);
    }

    /** Arithmetic says two claims cannot both hold; evidence backs the other one. */
    public static Finding tensionContradicts(String rule, Tension t) {
        return new Finding(rule, t.claim(), Effect.CONTRADICTS, FindingKind.REAL_CONTRADICTION,
                t.message() + " Trusted evidence backs the other claim.", t.numbers(), List.of(t.other()), null, 0, null);
    }
}
