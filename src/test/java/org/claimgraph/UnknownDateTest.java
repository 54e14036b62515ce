package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Verdict;
import org.claimgraph.report.ClaimReviewJson;
import org.claimgraph.report.HtmlReport;
import org.claimgraph.report.JsonReport;
import org.claimgraph.report.MarkdownReport;
import org.claimgraph.report.Publishing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document whose publication date is unknown loads, is stored without a date, reads back, is
 * checked and reported; figures written with Traditional magnitudes and bounds read right.
 */
class UnknownDateTest {

    static final String SOURCE = """
            {"document": {"id": "lakeside-accounts-2023", "title": "Lakeside annual accounts 2023", "language": "en",
              "publisher": "Lakeside Holdings", "published": "2024-03-01", "kind": "filing", "tier": "primary"},
             "entities": [{"id": "lakeside", "label": "Lakeside Holdings", "aliases": ["湖畔控股"], "type": "organization"}],
             "claims": [{"id": "revenue-2023", "quote": "Revenue: $23.4 billion", "statement": "Lakeside's revenue was $23.4 billion in 2023.",
               "claimant": "author", "subject": "lakeside", "metric": "revenue", "value": "$23.4 billion", "period": "2023", "kind": "statistical"}]}
            """;
    static final String ARTICLE = """
            {"document": {"id": "lakeside-blog", "title": "湖畔控股的營收", "language": "zh-Hant", "publisher": "A blog",
              "published": null, "kind": "article", "tier": "anonymous"},
             "claims": [
              {"id": "match", "quote": "營收234億美元", "statement": "營收234億美元。", "claimant": "author", "subject": "湖畔控股",
               "metric": "revenue", "value": "234億", "unit": "USD", "period": "2023", "kind": "statistical"},
              {"id": "bound", "quote": "營收超過250億美元", "statement": "營收超過250億美元。", "claimant": "author", "subject": "湖畔控股",
               "metric": "revenue", "value": "超過250億", "unit": "USD", "period": "2023", "kind": "statistical"},
              {"id": "odd", "quote": "兩年營收400多億美元", "statement": "兩年營收400多億美元。", "claimant": "author", "subject": "湖畔控股",
               "metric": "revenue", "value": "400多億", "unit": "USD", "period": "2023-2024", "kind": "statistical"}]}
            """;

    @Test
    void anUndatedDocumentLoadsChecksAndReports(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("source.json"), SOURCE), b = Files.writeString(dir.resolve("blog.json"), ARTICLE);
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir.resolve("store"), null)) {
            cg.load(List.of(a, b), "test");
            var doc = cg.store().documents(java.util.Set.of("lakeside-blog")).get(0);
            assertNull(doc.published(), "stored without a date, read back as unknown");
            assertEquals("date unknown", doc.date());
            Map<String, Verdict> verdicts = cg.check().stream().collect(Collectors.toMap(Assessment::claim, Assessment::verdict));
            assertEquals(Verdict.SUPPORTED, verdicts.get("lakeside-blog/match"));
            assertEquals(Verdict.CONTRADICTED, verdicts.get("lakeside-blog/bound"));
            assertEquals(Verdict.UNSUPPORTED, verdicts.get("lakeside-blog/odd"));
            var report = cg.report("lakeside-blog");
            assertTrue(MarkdownReport.render(report).contains("A blog, date unknown"));
            assertTrue(HtmlReport.render(report, Publishing.DEFAULTS).contains("date unknown"));
            String json = JsonReport.render(report);
            assertTrue(json.matches("(?s).*\"published\"\\s*:\\s*null.*"));
            var index = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("claims");
            Map<String, String> listed = new java.util.TreeMap<>();
            index.forEach(i -> listed.put(i.path("id").asText(), i.path("verdict").asText()));
            assertEquals(Map.of("lakeside-blog/match", "SUPPORTED", "lakeside-blog/bound", "CONTRADICTED", "lakeside-blog/odd", "UNSUPPORTED"),
                    listed, "the top-level index lists every claim with its verdict");
            assertFalse(ClaimReviewJson.render(report, Publishing.DEFAULTS).matches("(?s).*\"datePublished\"\\s*:\\s*null.*"));
        }
    }
}
