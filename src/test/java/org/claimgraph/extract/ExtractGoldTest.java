package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.ClaimGraph;
import org.claimgraph.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/** The extractor against the hand-annotated gold set (data/extract-gold): the targets of the extraction issue. */
class ExtractGoldTest {

    @Test
    void goldSetScores() throws Exception {
        Vocabulary v = ClaimGraph.shippedVocabulary();
        List<Evaluation.FileScore> scores = new Evaluation(new Extractor(v), v).run(Path.of("data", "extract-gold"));
        String table = Evaluation.table(scores);
        System.out.println(table);
        assertTrue(scores.size() >= 14, table);
        for (String lang : List.of("en", "zh")) {
            List<Evaluation.FileScore> l = scores.stream().filter(s -> s.language().equals(lang)).toList();
            assertTrue(l.size() >= 7, lang + ": " + l.size() + " files");
            assertTrue(ratio(l, Evaluation.FileScore::matched, Evaluation.FileScore::gold) >= 0.85, lang + " recall\n" + table);
            assertTrue(ratio(l, Evaluation.FileScore::matched, Evaluation.FileScore::predicted) >= 0.85, lang + " precision\n" + table);
        }
        assertTrue(ratio(scores, Evaluation.FileScore::matched, Evaluation.FileScore::gold) >= 0.90, "recall\n" + table);
        assertTrue(ratio(scores, Evaluation.FileScore::matched, Evaluation.FileScore::predicted) >= 0.90, "precision\n" + table);
        assertTrue(ratio(scores, Evaluation.FileScore::subjects, Evaluation.FileScore::claims) >= 0.75, "subjects\n" + table);
        assertTrue(ratio(scores, Evaluation.FileScore::periods, Evaluation.FileScore::claims) >= 0.75, "periods\n" + table);
        // the target for subject, metric and period alike
        assertTrue(ratio(scores, Evaluation.FileScore::metrics, Evaluation.FileScore::claims) >= 0.75, "metrics\n" + table);
    }

    private static double ratio(List<Evaluation.FileScore> l, java.util.function.ToIntFunction<Evaluation.FileScore> a,
                                java.util.function.ToIntFunction<Evaluation.FileScore> b) {
        return (double) l.stream().mapToInt(a).sum() / l.stream().mapToInt(b).sum();
    }
}
