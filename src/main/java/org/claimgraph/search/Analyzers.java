package org.claimgraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.claimgraph.vocab.Terms;

/**
 * The two ways text is cut into terms. Smartcn segments Chinese words and stems English; CJK bigrams
 * find what smartcn segments differently inside a sentence. Every value is indexed both ways.
 */
final class Analyzers {
    private Analyzers() {}

    static final Analyzer WORDS = new SmartChineseAnalyzer();
    static final Analyzer BIGRAMS = new CJKAnalyzer();

    /** The terms of both analyzers in text order, with their offsets: the "text" field is indexed and queried with it. */
    static final Analyzer BOTH = new Analyzer() {
        @Override protected TokenStreamComponents createComponents(String field) {
            return new TokenStreamComponents(new BothTokenizer(field));
        }
    };

    /** Reads the whole value (claims are short), then replays the terms of both analyzers. */
    private static final class BothTokenizer extends Tokenizer {
        private final String field;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private List<Span> terms = List.of();
        private int next, length;

        BothTokenizer(String field) { this.field = field; }

        @Override public void reset() throws IOException {
            super.reset();
            StringBuilder b = new StringBuilder();
            char[] buf = new char[1024];
            for (int n; (n = input.read(buf)) > 0;) b.append(buf, 0, n);
            terms = new ArrayList<>(spans(WORDS, field, b.toString()));
            terms.addAll(spans(BIGRAMS, field, b.toString()));
            terms.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
            length = b.length();
            next = 0;
        }

        @Override public boolean incrementToken() {
            if (next >= terms.size()) return false;
            clearAttributes();
            Span s = terms.get(next++);
            term.setEmpty().append(s.term());
            offset.setOffset(correctOffset(s.start()), correctOffset(s.end()));
            return true;
        }

        @Override public void end() throws IOException {
            super.end();
            offset.setOffset(correctOffset(length), correctOffset(length));
        }
    }

    /** A term with where it sits in the text. */
    record Span(String term, int start, int end) {}

    static List<Span> spans(Analyzer a, String field, String text) {
        return Terms.of(a, field, text).stream().map(t -> new Span(t.text(), t.start(), t.end())).toList();
    }
}
