package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir static Path dir;
    static String data;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void seed() {
        data = dir.resolve("store").toString();
        assertEquals(0, run("demo", "--data", data, "--out", dir.resolve("demo.md").toString()).code());
    }

    @Test
    void writesTheHtmlReportToAFile() throws Exception {
        Path file = dir.resolve("seed.html");
        Run r = run("report", "--data", data, "--document", "ai-trillion-bubble", "--format", "html", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("\"url\" : \"seed.html#claim-1\""), "claim URLs default to the output file's name");
        assertTrue(html.contains("<article class=\"card t-contradicted\" id=\"claim-1\">"));
    }

    @Test
    void writesClaimReviewsWithTheOrganisationAndAddress() {
        Run r = run("report", "--data", data, "--document", "ai-trillion-bubble", "--format", "claimreview", "--org", "Example Newsroom",
                "--base-url", "https://news.example/ai.html");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\n  \"@context\" : \"https://schema.org\",\n  \"@graph\" : [ {"));
        assertTrue(r.out().contains("\"url\" : \"https://news.example/ai.html#claim-1\""));
        assertTrue(r.out().contains("\"author\" : {\n      \"@type\" : \"Organization\",\n      \"name\" : \"Example Newsroom\"\n    }"));
    }

    @Test
    void withoutADocumentTheHtmlHoldsEveryDocument() {
        Run r = run("report", "--data", data, "--format", "html");
        assertEquals(0, r.code(), r.err());
        int docs = r.out().split("<article class=\"doc\"", -1).length - 1;
        assertTrue(docs > 30, "the article and its evidence: " + docs);
        assertTrue(r.out().contains("<nav class=\"toc\"><h2>Documents (" + docs + ")</h2>"), "a table of contents");
        assertTrue(r.out().contains("id=\"doc-ai-trillion-bubble\""));
        assertTrue(r.out().contains("id=\"doc-reuters-2025-09-06-openai-burn\""));
    }

    @Test
    void badOptionsAreNamed() {
        Run r = run("report", "--data", data, "--format", "pdf");
        assertEquals(2, r.code());
        assertEquals("error: --format: unknown format \"pdf\" (use html, md, json or claimreview)\n", r.err().replace("\r\n", "\n"));
        r = run("report", "--data", data, "--format", "claimreview", "--base-url", "https://x.example/r.html#top");
        assertEquals(2, r.code());
        assertEquals("error: --base-url: \"https://x.example/r.html#top\" has a fragment (#…); give the page's address, \"#claim-N\" is added per claim\n",
                r.err().replace("\r\n", "\n"));
        r = run("report", "--data", data, "--format", "html", "--org", "");
        assertEquals(2, r.code());
        assertEquals("error: --org: the organisation's name is empty\n", r.err().replace("\r\n", "\n"));
    }
}
