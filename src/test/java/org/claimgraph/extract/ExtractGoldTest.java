package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.ClaimGraph;
import org.claimgraph.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/** The extractor against the hand-annotated gold set: the targets of the extraction issue. */
class ExtractGoldTest {

    @Test
    void goldSetScores() throws Exception {
        Vocabulary v = ClaimGraph.shippedVocabulary();
        Evaluation e = new Evaluation(new Extractor(v), v);
        List<Evaluation.FileScore> scores = e.run(Path.of("data", "extract-gold"));
        System.out.println(Evaluation.table(scores));
        for (Evaluation.FileScore s : scores) {
            System.out.println(s.file() + " missed " + s.missed());
            System.out.println(s.file() + " extra  " + s.extra());
            s.wrongClaims().forEach(w -> System.out.println("   " + w));
        }
        assertTrue(scores.size() >= 14);
    }
}
