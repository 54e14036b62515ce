package org.claimgraph.extract;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.claimgraph.vocab.Terms;

/**
 * Words of a text with their offsets, cut by Lucene: smartcn for Chinese, the standard analyzer
 * otherwise. Names and cue words are only accepted where they start and end on word boundaries.
 */
final class Tokens {
    private Tokens() {}

    record Token(int start, int end, String term) {}

    private static final Analyzer CHINESE = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);
    private static final Analyzer OTHER = new StandardAnalyzer(CharArraySet.EMPTY_SET);

    /** The words of text (Chinese is read in its Simplified form, which has the same offsets). */
    static List<Token> of(String text, boolean chinese) {
        return Terms.of(chinese ? CHINESE : OTHER, "t", text).stream().map(t -> new Token(t.start(), t.end(), t.text())).toList();
    }

    /** Start and end offsets of the words, as two boolean maps over the text. */
    static boolean[][] boundaries(String text, boolean chinese) {
        boolean[] starts = new boolean[text.length() + 1], ends = new boolean[text.length() + 1];
        for (Token t : of(text, chinese)) {
            starts[t.start()] = true;
            ends[t.end()] = true;
        }
        return new boolean[][] {starts, ends};
    }
}
