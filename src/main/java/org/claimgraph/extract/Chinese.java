package org.claimgraph.extract;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/** Traditional to Simplified, one character at a time, so offsets in the two forms are the same. */
final class Chinese {
    private Chinese() {}

    private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
    private static final ConcurrentHashMap<Character, Character> CACHE = new ConcurrentHashMap<>();

    static String simplified(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < 0x2E80 ? c : CACHE.computeIfAbsent(c, Chinese::one));
        }
        return b.toString();
    }

    private static char one(char c) {
        String t;
        synchronized (T2S) { t = T2S.transliterate(String.valueOf(c)); }
        return t.length() == 1 ? t.charAt(0) : c;
    }

    static boolean han(char c) { return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN; }
}
