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
    public static String hint(String input, Collection<String> candidates) { return hint(input, candidates, null); }

    /**
     * The same for a name a document may define under {@code kind} ("entities", "metrics", "units"): when the
     * nearest is a part of the name (Manchester City, 最高气温), it more likely names another thing, so the hint
     * also says how to define it.
     */
    public static String hint(String input, Collection<String> candidates, String kind) {
        String n = nearest(input, candidates);
        if (n == null) return "";
        return " (did you mean \"" + n + "\"?" + (kind != null && widens(input, n) ? " if it is another, " + defineUnder(kind) : "") + ")";
    }

    /** Whether a name is likely a slip for a known one: one is near it and is not a part of it. */
    static boolean slip(String input, Collection<String> candidates) {
        String n = nearest(input, candidates);
        return n != null && !widens(input, n);
    }

    /** Where a document defines what the gazetteer or the catalogue lacks. */
    public static String defineUnder(String kind) {
        return "define it under \"" + kind + "\" beside the claims, or in a file of them loaded first";
    }

    /** Whether {@code known} is a proper part of {@code input}: whole words of it, or any part in Chinese. */
    private static boolean widens(String input, String known) {
        String in = input.strip().toLowerCase(Locale.ROOT), k = known.strip().toLowerCase(Locale.ROOT);
        int at = in.indexOf(k), end = at + k.length();
        if (at < 0 || k.isEmpty() || in.length() <= k.length()) return false;
        if (Character.UnicodeScript.of(k.codePointAt(0)) == Character.UnicodeScript.HAN) return true;
        return (at == 0 || !Character.isLetterOrDigit(in.charAt(at - 1))) && (end == in.length() || !Character.isLetterOrDigit(in.charAt(end)));
    }
}
