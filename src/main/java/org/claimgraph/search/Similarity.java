package org.claimgraph.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two texts are, in any language: Jaccard overlap of word stems (Latin script) and
 * character pairs (Chinese and other scripts without spaces).
 */
public final class Similarity {
    private Similarity() {}

    public static double of(String a, String b) {
        Set<String> x = grams(a), y = grams(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / (x.size() + y.size() - both.size());
    }

    static Set<String> grams(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) return out;
        String t = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int prevHan = -1;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                flush(word, out);
                if (prevHan >= 0) out.add(new String(Character.toChars(prevHan)) + new String(Character.toChars(cp)));
                prevHan = cp;
            } else {
                prevHan = -1;
                if (Character.isLetterOrDigit(cp) || cp == '.') word.appendCodePoint(cp);
                else flush(word, out);
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, Set<String> out) {
        if (word.length() > 2 || (word.length() > 0 && Character.isDigit(word.charAt(0)))) {
            String w = word.toString().replaceAll("\\.$", "");
            // a crude stem: enough that "loses" meets "loss" and "losses"
            out.add(w.length() > 4 ? w.substring(0, 4) : w);
        }
        word.setLength(0);
    }
}
