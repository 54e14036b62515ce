package org.claimgraph.vocab;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/** "Did you mean": the closest known name within a small edit distance. */
public final class Suggest {
    private Suggest() {}

    /** The candidate nearest to {@code input}, or null when none is close enough to help. */
    static String nearest(String input, Collection<String> candidates) {
        String in = input.toLowerCase(Locale.ROOT).trim();
        int allowed = Math.max(1, Math.min(LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE, in.codePointCount(0, in.length()) / 3));
        // one automaton per distance, swaps of neighbours counting as one edit (Lucene's fuzzy matching)
        LevenshteinAutomata lev = new LevenshteinAutomata(in, true);
        List<CharacterRunAutomaton> within = new ArrayList<>();
        for (int d = 0; d <= allowed; d++) within.add(new CharacterRunAutomaton(lev.toAutomaton(d)));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String cl = c.toLowerCase(Locale.ROOT);
            int d = Integer.MAX_VALUE;
            for (int k = 0; k < within.size() && d == Integer.MAX_VALUE; k++) if (within.get(k).run(cl)) d = k;
            // one name inside the other, when it is at least half of it ("Reuters" holds "eu", which helps no one)
            if ((cl.contains(in) || in.contains(cl)) && 2 * Math.min(cl.length(), in.length()) >= Math.max(cl.length(), in.length())) {
                d = Math.min(d, Math.max(1, Math.abs(cl.length() - in.length()) / 2));
            }
            if (d < bestDistance) { bestDistance = d; best = c; }
        }
        return bestDistance <= allowed ? best : null;
    }

    /** " (did you mean "x"?)" or "". */
    public static String hint(String input, Collection<String> candidates) {
        String n = nearest(input, candidates);
        return n == null ? "" : " (did you mean \"" + n + "\"?)";
    }
}
