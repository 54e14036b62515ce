package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        // the drafted measure is rail passengers: 国家铁路 + 旅客发送量 names it; 国家铁路 + 货运量 does not
        assertEquals(1, metricsRight(dir, text, "42.8亿人次", 4.28e9, "count", "国家铁路", "旅客发送量"));
        assertEquals(0, metricsRight(dir, text, "42.8亿人次", 4.28e9, "count", "国家铁路", "货运量"));
    }

    @Test
    void aFallRateInTheGoldWordsIsAMovementOfTheMeasure(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String text = "2025年该市电影总票房为12.5亿元，比上年下降8.4%。";
        // the drafted growth of the box office is what 电影总票房降幅 names; 电影总票房 alone is the level
        assertEquals(1, metricsRight(dir, text, "8.4%", 8.4, "percent", "该市", "电影总票房降幅"));
        assertEquals(0, metricsRight(dir, text, "8.4%", 8.4, "percent", "该市", "电影总票房"));
    }

    @Test
    void aRiseOrFallInTheMeasuresUnitInTheGoldWordsIsAChange(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String text = "2025年该市外汇储备为3.2万亿美元，比上年增加115亿美元。";
        // 外汇储备增加 names the drafted change of the reserves, as 外汇储备增加额 would; 外汇储备 alone is the level
        assertEquals(1, metricsRight(dir, text, "115亿美元", 1.15e10, "USD", "该市", "外汇储备增加"));
        assertEquals(0, metricsRight(dir, text, "115亿美元", 1.15e10, "USD", "该市", "外汇储备"));
    }

    @Test
    void aNameAndItsInitialsAreOneSubject() {
        assertTrue(Evaluation.initialsOf("IAG", "International Airlines Group"));
        assertTrue(Evaluation.initialsOf("NBS", "National Bureau of Statistics"));
        assertFalse(Evaluation.initialsOf("IAG", "International Airlines Group Holdings"));
        assertFalse(Evaluation.initialsOf("Iag", "International Airlines Group"));
        assertFalse(Evaluation.initialsOf("I", "Iberia"));
    }

    /** How many drafted metrics the scorer counts right against a one-figure gold file of the 2025 text given. */
    private static int metricsRight(Path dir, String text, String figure, double value, String unit, String subject, String metric) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("a.txt"), text);
        int start = text.indexOf(figure);
        String gold = String.format(java.util.Locale.ROOT, "{\"file\": \"a.txt\", \"language\": \"zh\", \"published\": \"2026-01-05\", \"quantities\": "
                + "[{\"start\": %d, \"end\": %d, \"text\": \"%s\", \"value\": %s, \"unit\": \"%s\", "
                + "\"claim\": {\"subject\": \"%s\", \"metric\": \"%s\", \"period\": \"2025\"}}]}",
                start, start + figure.length(), figure, value, unit, subject, metric);
        java.nio.file.Files.writeString(dir.resolve("a.gold.json"), gold);
        Vocabulary v = ClaimGraph.shippedVocabulary();
        return new Evaluation(new Extractor(v), v).run(dir).get(0).metrics();
    }

    private static double ratio(List<Evaluation.FileScore> l, java.util.function.ToIntFunction<Evaluation.FileScore> a,
                                java.util.function.ToIntFunction<Evaluation.FileScore> b) {
        return (double) l.stream().mapToInt(a).sum() / l.stream().mapToInt(b).sum();
    }
}
