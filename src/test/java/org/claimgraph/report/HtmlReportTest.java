package org.claimgraph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @Test
    void seedReportShowsScoreFormulaChartHighlightsAndACardPerClaim() {
        Report r = Seed.report();
        String html = HtmlReport.render(r, Publishing.DEFAULTS);
        Report.Score s = r.documents().get(0).score();
        assertTrue(html.contains("<strong>" + Math.round(s.value() * 100) + "%</strong> <span>= " + s.supported() + " supported / " + s.settled()
                + " settled by evidence (" + s.supported() + " supported + " + s.contradicted() + " contradicted)</span>"), "score with its arithmetic");
        assertTrue(html.contains("<p class=\"noevidence\"><strong>" + s.noEvidence() + "</strong>"), "no evidence found, counted apart");
        assertTrue(html.contains("<p class=\"formula\">" + esc(Report.Score.FORMULA) + "</p>"), "formula printed beside the score");
        assertTrue(html.contains("95% range <strong>" + Math.round(s.low() * 100) + "%–" + Math.round(s.high() * 100) + "%</strong>"));
        assertTrue(html.contains("<figure class=\"chart\"><figcaption>Claims by verdict</figcaption>\n<svg"), "the SVG chart");
        assertTrue(html.contains("<g class=\"bar t-contradicted\"><text x=\"0\" y=\"79\">Contradicted</text>"));

        List<Report.ClaimReport> claims = Seed.claims(r);
        assertTrue(Seed.count(html, "<a class=\"n t-") >= 19, "at least 19 highlighted claims");
        assertEquals(claims.size(), Seed.count(html, "<article class=\"card t-"), "one card per claim");
        Map<Integer, String> spans = Seed.highlighted(html);
        for (Report.ClaimReport cr : claims) {
            int n = cr.number();
            assertTrue(html.contains("id=\"claim-" + n + "\""), "card " + n);
            assertTrue(html.contains("<a class=\"n t-" + View.Tone.of(cr).css + "\" id=\"ref-" + n + "\" href=\"#claim-" + n + "\""), "marker " + n);
            assertEquals(esc(cr.claim().quote()), spans.get(n), "claim " + n + " highlighted at its exact span");
        }
    }

    @Test
    void seedReportIsSelfContained() {
        String html = HtmlReport.render(Seed.report(), Publishing.DEFAULTS);
        assertEquals(1, Seed.count(html, "<script"), "only the JSON-LD block");
        assertTrue(html.contains("<script type=\"application/ld+json\">"));
        for (String external : List.of(" src=", "<link", "@import", "url(", "<iframe", "<img")) {
            assertFalse(html.contains(external), "nothing fetched: " + external);
        }
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), "phone-width layout");
        assertTrue(html.contains("@media (max-width:44rem)"));
    }

    @Test
    void overlappingAndNestedSpansAreAllHighlighted() {
        Report r = Seed.report();
        String html = HtmlReport.render(r, Publishing.DEFAULTS);
        // the seed has one claim nested in another ("超过了美国…总和" holds "美国2024年1.2万亿美元的国防预算")
        assertTrue(html.contains(" o-"), "a segment inside two claims carries the outer claim's colour");
        assertTrue(html.matches("(?s).*data-c=\"\\d+ \\d+\".*"), "a segment lists both claims");
    }

    /** HTML escaping as the templates do it for text and attributes. */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }

    static final String HOSTILE = "<script>alert(1)</script> \"quotes\"&amp;";

    @Test
    void everyTextFromClaimsSourcesAndDocumentsIsEscaped(@TempDir Path dir) throws Exception {
        String text = "Intro. " + HOSTILE + " Acme made 5 billion dollars in 2025.";
        int q1 = text.indexOf(HOSTILE), q2 = text.indexOf("Acme");
        String json = """
                {"document": {"id": "hostile", "title": %1$s, "language": "en", "publisher": %1$s, "author": %1$s,
                  "published": "2025-11", "kind": "article", "tier": "secondary", "url": "https://example.org/a?x=1&y=2", "text": %2$s},
                 "claims": [
                  {"id": "opinion", "quote": %1$s, "start": %3$d, "end": %4$d, "statement": %1$s, "claimant": "author", "kind": "opinion",
                   "note": %1$s},
                  {"id": "revenue", "quote": "Acme made 5 billion dollars in 2025.", "start": %5$d, "end": %6$d, "statement": %1$s,
                   "claimant": "author", "subject": "openai", "metric": "revenue", "value": "5 billion", "unit": "USD", "period": "2025",
                   "kind": "statistical"}]}
                """.formatted(JsonReport.JSON.writeValueAsString(HOSTILE), JsonReport.JSON.writeValueAsString(text),
                q1, q1 + HOSTILE.length(), q2, text.length());
        Path file = dir.resolve("hostile.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        String html;
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.load(List.of(file), "test");
            cg.check();
            html = HtmlReport.render(cg.report("hostile"), new Publishing(HOSTILE, "https://news.example/r.html"));
        }
        // in text, quotes need no escaping; in attributes they are escaped (below: the address)
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; \"quotes\"&amp;amp;";
        assertFalse(html.contains("<script>alert"), "no raw script from the data");
        assertFalse(html.contains("\"quotes\"&amp;<"), "no unescaped ampersand from the data");
        assertEquals(1, Seed.count(html, "<script"));
        assertEquals(1, Seed.count(html, "</script>"), "the JSON-LD cannot be closed by the data");
        assertTrue(html.contains("<title>Credibility report: " + escaped + "</title>"), "title");
        assertTrue(html.contains("<h1 lang=\"en\">" + escaped + "</h1>"), "title");
        assertTrue(html.contains("<p class=\"meta\"><span>" + escaped + "</span> · <span>" + escaped + "</span>"), "publisher and author");
        assertTrue(html.contains("<blockquote lang=\"en\">" + escaped + "</blockquote>"), "quote");
        assertTrue(html.contains("<p class=\"statement\">" + escaped + "</p>"), "statement");
        assertTrue(html.contains("<dt>Note</dt><dd>" + escaped + "</dd>"), "note");
        assertTrue(html.contains("<strong>Credibility report</strong> · " + escaped), "organisation");
        assertTrue(html.contains("href=\"https://example.org/a?x=1&amp;y=2\""), html.substring(html.indexOf("https://example.org"), html.indexOf("https://example.org") + 40));
        assertTrue(html.contains("data-c=\"1\">" + escaped + "</a>"), "article text");
        assertTrue(html.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\\"quotes\\\"\\u0026amp;"), "JSON-LD text");
    }

    @Test
    void onlyHttpAddressesBecomeLinks() {
        assertNull(View.safeUrl("javascript:alert(1)"));
        assertNull(View.safeUrl("data:text/html,<b>"));
        assertEquals("https://example.org/x", View.safeUrl(" https://example.org/x "));
    }

    @Test
    void computedNumbersReadInFull() {
        assertEquals("4,030,000,000,000", View.number(4.0300000000000005E12));
        assertEquals("2.705882353", View.number(46.0 / 17));
        assertEquals("0.1", View.number(0.1));
        assertEquals("∞", View.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void aFigureForOneOfAUnitNamesTheUnitInItsValueLine(@TempDir Path dir) throws Exception {
        String json = """
                {"document": {"id": "fuel-note", "title": "Fuel", "language": "en", "publisher": "A blog", "published": "2024-05-01",
                  "kind": "article", "tier": "anonymous"},
                 "claims": [{"id": "petrol", "quote": "petrol costs $1.90 a litre", "statement": "Petrol costs $1.90 a litre.",
                   "claimant": "author", "subject": "kenya", "metric": "price", "value": "$1.90 a litre", "period": "2024-04",
                   "kind": "statistical"}]}
                """;
        Path file = dir.resolve("fuel.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        String html;
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.load(List.of(file), "test");
            cg.check();
            html = HtmlReport.render(cg.report("fuel-note"), Publishing.DEFAULTS);
        }
        // the unit by its name, not its id ("per L")
        assertTrue(html.contains("<dt>Value</dt><dd>$1.90 = $1.9 per litre (read as"), html.substring(html.indexOf("<dt>Value</dt>")));
    }
}
