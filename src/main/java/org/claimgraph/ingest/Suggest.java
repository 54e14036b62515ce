package org.claimgraph.ingest;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean": the closest known name within a small edit distance. */
final class Suggest {
    private Suggest() {}

    /** The candidate nearest to {@code input}, or null when none is close enough to help. */
    static String nearest(String input, Collection<String> candidates) {
        String in = input.toLowerCase(Locale.ROOT).trim();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String cl = c.toLowerCase(Locale.ROOT);
            int d = distance(in, cl);
            if (cl.contains(in) || in.contains(cl)) d = Math.min(d, Math.max(1, Math.abs(cl.length() - in.length()) / 2));
            if (d < bestDistance) { bestDistance = d; best = c; }
        }
        int allowed = Math.max(1, Math.min(3, in.codePointCount(0, in.length()) / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** " (did you mean "x"?)" or "". */
    static String hint(String input, Collection<String> candidates) {
        String n = nearest(input, candidates);
        return n == null ? "" : " (did you mean \"" + n + "\"?)";
    }

    static int distance(String a, String b) {
        int[] ca = a.codePoints().toArray(), cb = b.codePoints().toArray();
        int[] prev = new int[cb.length + 1], cur = new int[cb.length + 1];
        for (int j = 0; j <= cb.length; j++) prev[j] = j;
        for (int i = 1; i <= ca.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= cb.length; j++) {
                int cost = ca[i - 1] == cb[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[cb.length];
    }
}
