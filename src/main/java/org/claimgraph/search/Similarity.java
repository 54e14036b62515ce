package org.claimgraph.search;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two texts are, in any language: the Jaccard overlap of the terms the search index makes
 * of them (smartcn words, stemmed English, and CJK character pairs), so "alike" means what search means.
 */
public final class Similarity {
    private Similarity() {}

    public static double of(String a, String b) {
        Set<String> x = terms(a), y = terms(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / (x.size() + y.size() - both.size());
    }

    static Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) return out;
        for (Analyzers.Span s : Analyzers.spans(Analyzers.BOTH, "text", text)) out.add(s.term());
        return out;
    }
}
