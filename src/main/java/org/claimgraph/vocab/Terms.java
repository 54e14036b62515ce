package org.claimgraph.vocab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The terms a Lucene analyzer cuts a text into, with their offsets: shared by extraction and search. */
public final class Terms {
    private Terms() {}

    /** A term and where it sits in the text. */
    public record Term(String text, int start, int end) {}

    public static List<Term> of(Analyzer analyzer, String field, String text) {
        List<Term> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(new Term(t.toString(), o.startOffset(), o.endOffset()));
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
