package org.claimgraph.search;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How alike two texts are, in any language: the Jaccard overlap of the terms the search index makes
 * of them (smartcn words, stemmed English, and CJK character pairs), so "alike" means what search means.
 */
public final class Similarity {
    private Similarity() {}

    /** Texts compared lately, and their terms: an add compares its claim with every stored one on its subject, add after add. */
    private static final int RECENT = 20_000;

    private static final Map<String, Set<String>> recent = new LinkedHashMap<>(2 * RECENT, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) { return size() > RECENT; }
    };

    public static double of(String a, String b) {
        Set<String> x = terms(a), y = terms(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        Set<String> small = x.size() <= y.size() ? x : y, large = small == x ? y : x;
        int both = 0;
        for (String t : small) if (large.contains(t)) both++;
        return (double) both / (x.size() + y.size() - both);
    }

    static Set<String> terms(String text) {
        if (text == null) return Set.of();
        synchronized (recent) {
            Set<String> known = recent.get(text);
            if (known != null) return known;
        }
        Set<String> out = new HashSet<>();
        for (Analyzers.Span s : Analyzers.spans(Analyzers.BOTH, "text", text)) out.add(s.term());
        Set<String> kept = Set.copyOf(out);
        synchronized (recent) {
            recent.put(text, kept);
        }
        return kept;
    }
}
