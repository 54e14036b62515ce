package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void aGoldSubjectMayHoldPartOfTheMeasuresName(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String text = "2025年国家铁路旅客发送量为42.8亿人次。";
        java.nio.file.Files.writeString(dir.resolve("a.txt"), text);
        int start = text.indexOf("42.8");
        String claim = "{\"file\": \"a.txt\", \"language\": \"zh\", \"published\": \"2025-01-17\", \"quantities\": [{\"start\": %d, \"end\": %d, "
                + "\"text\": \"42.8亿人次\", \"value\": 4280000000, \"unit\": \"count\", \"claim\": {\"subject\": \"国家铁路\", \"metric\": \"%s\", \"period\": \"2025\"}}]}";
        Vocabulary v = ClaimGraph.shippedVocabulary();
        // the drafted measure is rail passengers: 国家铁路 + 旅客发送量 names it; 国家铁路 + 货运量 does not
        java.nio.file.Files.writeString(dir.resolve("a.gold.json"), String.format(claim, start, start + 7, "旅客发送量"));
        assertEquals(1, new Evaluation(new Extractor(v), v).run(dir).get(0).metrics());
        java.nio.file.Files.writeString(dir.resolve("a.gold.json"), String.format(claim, start, start + 7, "货运量"));
        assertEquals(0, new Evaluation(new Extractor(v), v).run(dir).get(0).metrics());
    }

    private static double ratio(List<Evaluation.FileScore> l, java.util.function.ToIntFunction<Evaluation.FileScore> a,
                                java.util.function.ToIntFunction<Evaluation.FileScore> b) {
        return (double) l.stream().mapToInt(a).sum() / l.stream().mapToInt(b).sum();
    }
}
