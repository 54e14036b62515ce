package org.claimgraph.rules;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.claimgraph.model.Metric;
import org.claimgraph.vocab.Terms;

/**
 * The words of a scope as the derived rules match them: English and Spanish words stemmed without stop
 * words, Chinese as overlapping pairs of characters. A part of a whole is told apart by the words of its
 * scope that its metric's names do not already say ("men" in "marriages: men"); it fits a claim when the
 * claim's scope and metric names say every one of them ("share of men", "men among those married").
 */
final class ScopeTerms {

    private static final CharArraySet STOP = stop();
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new StandardTokenizer();
            TokenStream s = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(t)), CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
            return new TokenStreamComponents(t, new PorterStemFilter(new StopFilter(s, STOP)));
        }
    };

    private static CharArraySet stop() {
        CharArraySet s = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        s.addAll(SpanishAnalyzer.getDefaultStopSet());
        for (String w : new String[] {"among", "share", "percentage", "percent", "proportion", "number", "total", "all", "held", "who", "which",
                "whose", "from", "those", "people", "persons", "所有", "其中", "比例", "占比"}) s.add(w);
        return s;
    }

    private final Map<String, Set<String>> metricWords = new ConcurrentHashMap<>();

    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) return out;
        for (Terms.Term t : Terms.of(WORDS, "scope", text)) out.add(t.text());
        return out;
    }

    /** The words of a metric's names (English, Chinese, aliases), once per metric. */
    private Set<String> names(Metric m) {
        if (m == null) return Set.of();
        return metricWords.computeIfAbsent(m.id(), k -> {
            Set<String> w = new LinkedHashSet<>(of(m.labelEn()));
            w.addAll(of(m.labelZh()));
            m.aliases().forEach(a -> w.addAll(of(a)));
            return Set.copyOf(w);
        });
    }

    /** The words of a scope its metric's names do not already say: what tells this part of the measure apart. */
    Set<String> distinct(String scope, Metric m) {
        return distinct.computeIfAbsent(Arrays.asList(scope, m == null ? null : m.id()), k -> {
            Set<String> w = of(scope);
            w.removeAll(names(m));
            return Set.copyOf(w);
        });
    }

    /** The words of a scope and of its metric's names: all a claim says about whom or what it counts. */
    Set<String> described(String scope, Metric m) {
        return described.computeIfAbsent(Arrays.asList(scope, m == null ? null : m.id()), k -> {
            Set<String> w = of(scope);
            w.addAll(names(m));
            return Set.copyOf(w);
        });
    }

    /** Per scope and metric (most claims share both with many others), filled from every core. */
    private final Map<List<String>, Set<String>> distinct = new ConcurrentHashMap<>(), described = new ConcurrentHashMap<>();
}
