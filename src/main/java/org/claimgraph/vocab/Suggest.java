package org.claimgraph.vocab;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean": the closest known name within a small edit distance. */
public final class Suggest {
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
    public static String hint(String input, Collection<String> candidates) {
        String n = nearest(input, candidates);
        return n == null ? "" : " (did you mean \"" + n + "\"?)";
    }

    /** Edits between two strings, a swap of neighbours counting as one (optimal string alignment). */
    static int distance(String a, String b) {
        int[] ca = a.codePoints().toArray(), cb = b.codePoints().toArray();
        int[][] d = new int[ca.length + 1][cb.length + 1];
        for (int i = 0; i <= ca.length; i++) d[i][0] = i;
        for (int j = 0; j <= cb.length; j++) d[0][j] = j;
        for (int i = 1; i <= ca.length; i++) {
            for (int j = 1; j <= cb.length; j++) {
                int cost = ca[i - 1] == cb[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && ca[i - 1] == cb[j - 2] && ca[i - 2] == cb[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        return d[ca.length][cb.length];
    }
}
