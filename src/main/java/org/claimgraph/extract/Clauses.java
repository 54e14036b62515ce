package org.claimgraph.extract;

import java.util.List;

/** The sentence and the clause a position of the text is in: where the drafter looks for a figure's names. */
final class Clauses {
    private final String text;
    private final List<int[]> sentences;

    Clauses(String text, List<int[]> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    int[] sentenceOf(int pos) {
        for (int[] s : sentences) if (pos >= s[0] && pos < s[1]) return s;
        return new int[] {0, text.length()};
    }

    int[] clauseOf(int pos, int[] sentence) {
        int s = pos, e = pos;
        while (s > sentence[0] && !clauseBreak(s - 1)) s--;
        while (e < sentence[1] && !clauseBreak(e)) e++;
        return new int[] {s, e};
    }

    private boolean clauseBreak(int i) {
        char c = text.charAt(i);
        // 2:00:35, 3:26.73: a colon between digits is a time's
        if (c == ':' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) return false;
        if ("，；;：:、".indexOf(c) >= 0) return c != '、';
        return c == ',' && (i + 1 >= text.length() || text.charAt(i + 1) == ' ' || !Character.isDigit(text.charAt(i + 1)));
    }
}
