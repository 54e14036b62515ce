package org.claimgraph.extract;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
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

    /**
     * English words reduced to their singular (prices → price, deliveries → delivery, the world's →
     * world) and nothing more: verbs keep their form, so "returned" never reads as "returns".
     */
    private static final Analyzer ENGLISH_NAMES = new Analyzer() {
        @Override protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishMinimalStemFilter(new EnglishPossessiveFilter(new LowerCaseFilter(source)));
            return new TokenStreamComponents(source, s);
        }
    };

    /** English words as names are compared: lower case, singular, with their offsets. */
    static List<Token> englishNames(String text) {
        return Terms.of(ENGLISH_NAMES, "n", text).stream().map(t -> new Token(t.start(), t.end(), t.text())).toList();
    }

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
