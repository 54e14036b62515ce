package org.claimgraph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A synthetic document with 500 claims, some nested, with characters outside the BMP so code points and chars differ. */
class LongDocumentTest {

    static final int SENTENCES = 400;

    @Test
    void fiveHundredClaimsAllHighlightedAndCarded(@TempDir Path dir) throws Exception {
        ObjectNode root = JsonReport.JSON.createObjectNode();
        ObjectNode doc = root.putObject("document").put("id", "long").put("title", "A long document").put("language", "en")
                .put("publisher", "Synthetic Press").put("published", "2025-11").put("kind", "article").put("tier", "secondary");
        ArrayNode claims = root.putArray("claims");
        StringBuilder text = new StringBuilder();
        int cp = 0;
        for (int i = 0; i < SENTENCES; i++) {
            String lead = "\uD835\uDD38 " + i + ": ";                        // 𝔸, two chars but one code point
            String inner = "Acme earned " + (i + 1) + " billion dollars in " + (1900 + i);
            String sentence = "Claim " + i + " says " + inner + ".";
            text.append(lead);
            cp += lead.codePointCount(0, lead.length());
            int start = cp, end = start + sentence.codePointCount(0, sentence.length());
            claims.addObject().put("id", "s" + i).put("quote", sentence).put("start", start).put("end", end)
                    .put("statement", "Sentence " + i + " as an opinion.").put("claimant", "author").put("kind", "opinion");
            if (i % 4 == 0) {
                int innerStart = start + sentence.indexOf(inner);
                claims.addObject().put("id", "n" + i).put("quote", inner).put("start", innerStart).put("end", innerStart + inner.length())
                        .put("statement", "Acme's revenue was $" + (i + 1) + "B in " + (1900 + i) + ".").put("claimant", "author")
                        .put("subject", "openai").put("metric", "revenue").put("value", (i + 1) + " billion").put("unit", "USD")
                        .put("period", Integer.toString(1900 + i)).put("kind", "statistical");
            }
            text.append(sentence).append(i % 10 == 9 ? "\n\n" : " ");
            cp = text.codePointCount(0, text.length());
        }
        doc.put("text", text.toString());
        assertEquals(500, claims.size());
        Path file = dir.resolve("long.json");
        Files.writeString(file, JsonReport.JSON.writeValueAsString(root), StandardCharsets.UTF_8);

        Report r;
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.load(List.of(file), "test");
            assertEquals(500, cg.check().size());
            r = cg.report("long");
        }
        String html = HtmlReport.render(r, Publishing.DEFAULTS);
        List<Report.ClaimReport> all = Seed.claims(r);
        assertEquals(500, all.size());
        assertEquals(500, Seed.count(html, "<article class=\"card t-"), "a card per claim");
        assertEquals(500, Seed.count(html, "<a class=\"n t-"), "a marker per claim");
        Map<Integer, String> spans = Seed.highlighted(html);
        for (Report.ClaimReport cr : all) {
            int n = cr.number();
            assertTrue(html.contains("<article class=\"card t-" + View.Tone.of(cr).css + "\" id=\"claim-" + n + "\">"), "card " + n);
            assertTrue(html.contains(" id=\"ref-" + n + "\" href=\"#claim-" + n + "\""), "marker " + n);
            assertEquals(cr.claim().quote(), spans.get(n), "claim " + n + " (" + cr.claim().id() + ") at its exact span");
        }
        assertEquals(100, Seed.count(html, " o-opinion\""), "each nested claim's segment shows its outer claim");
        assertEquals(100, Seed.count(ClaimReviewJson.render(r, Publishing.DEFAULTS), "\"@type\" : \"ClaimReview\""), "a review per checkable claim");
    }
}
