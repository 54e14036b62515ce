package org.claimgraph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The three formats a newsroom reads give one score from one set of counts, and say how it is made. */
class SameCountsTest {

    @Test
    void htmlMarkdownAndJsonGiveTheSameCounts() throws Exception {
        Report r = Seed.report();
        Report.Score s = r.documents().get(0).score();
        assertTrue(s.noEvidence() > 0 && s.settled() > 0, "the seed has settled claims and claims with no evidence found");
        assertEquals(s.supported() + s.contradicted(), s.settled());
        assertEquals((double) s.supported() / s.settled(), s.value(), 1e-9, "no evidence found is no failure: it is not in the denominator");

        JsonNode score = JsonReport.JSON.readTree(JsonReport.render(r)).path("documents").get(0).path("score");
        assertEquals(s.supported(), score.path("supported").asInt());
        assertEquals(s.contradicted(), score.path("contradicted").asInt());
        assertEquals(s.settled(), score.path("settled").asInt());
        assertEquals(s.noEvidence(), score.path("noEvidence").asInt());
        assertEquals(s.notCheckable(), score.path("notCheckable").asInt());

        String md = MarkdownReport.render(r);
        assertTrue(md.contains(s.supported() + " supported of " + s.settled() + " settled by evidence: " + s.supported() + " supported + "
                + s.contradicted() + " contradicted"), md.substring(0, 600));
        assertTrue(md.contains("No evidence found (unsupported), shown apart and not counted as failures: " + s.noEvidence()));

        String html = HtmlReport.render(r, Publishing.DEFAULTS);
        assertTrue(html.contains(s.supported() + " supported / " + s.settled() + " settled by evidence (" + s.supported() + " supported + "
                + s.contradicted() + " contradicted)"));
        assertTrue(html.contains("<p class=\"noevidence\"><strong>" + s.noEvidence() + "</strong>"));
        for (String text : new String[] {md, html, JsonReport.render(r)}) {
            assertTrue(text.contains("never count as failures"), "the formula says no evidence is no failure");
        }
    }

    @Test
    void markdownEscapesUserText() {
        assertEquals("\\*x\\* &lt;script&gt; \\[a\\]\\(javascript:alert\\(1\\)\\) \\# \\|", MarkdownReport.esc("*x* <script> [a](javascript:alert(1)) # |"));
        String md = MarkdownReport.render(Seed.report());
        assertFalse(md.contains("<script"), "no raw markup");
    }
}
