package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimgraph.ClaimGraph;
import org.claimgraph.extract.Extractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/extract over a real server: no token, the CLI's JSON, nothing stored, every bad body refused by field. */
class ExtractApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static ClaimGraph cg;
    static ClaimServer server;

    @BeforeAll static void start() {
        cg = ClaimGraph.open("tdb2", dir.resolve("store"), null);
        cg.loadSeed();
        server = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 10_000, 10_000, 20_000, "a-token"));
    }

    @AfterAll static void stop() {
        if (server != null) server.close();
        if (cg != null) cg.close();
    }

    @Test
    void givesWhatTheCommandGivesAndStoresNothing() throws Exception {
        String text = Files.readString(Path.of("data/ai-trillion-bubble/article.zh.txt"));
        int claimsBefore = cg.claims().size();
        ObjectNode body = JSON.createObjectNode().put("text", text).put("language", "zh").put("published", "2025-11-20");
        HttpResponse<String> r = post(body.toString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode got = JSON.readTree(r.body());
        JsonNode cli = new Extractor(ClaimGraph.shippedVocabulary()).extract(text, "zh", LocalDate.parse("2025-11-20"));
        assertEquals(cli.path("quantities"), got.path("quantities"));
        assertEquals(cli.path("claims").size(), got.path("claims").size());
        assertEquals(claimsBefore, cg.claims().size());
    }

    @Test
    void offsetsCountCodePoints() throws Exception {
        String text = "📈 Exports rose 7% to $2 billion.";
        HttpResponse<String> r = post(JSON.createObjectNode().put("text", text).put("language", "en").toString());
        assertEquals(200, r.statusCode(), r.body());
        StringBuilder spans = new StringBuilder();
        for (JsonNode q : JSON.readTree(r.body()).path("quantities")) spans.append(q.path("start").asInt()).append('-').append(q.path("end").asInt()).append(' ');
        assertEquals("15-17 21-31 ", spans.toString(), r.body());
    }

    @Test
    void badBodiesAre400WithTheField() throws Exception {
        refused(400, "the body is not JSON: send {\"text\": \"…\", \"language\": \"zh\" or \"en\", \"published\": \"2025-11-20\"}", "text=hello");
        refused(400, "the body is not a JSON object: send {\"text\": \"…\", \"language\": \"zh\" or \"en\", \"published\": \"2025-11-20\"}", "[1]");
        refused(400, "text is required: the article as a string", "{\"language\": \"en\"}");
        refused(400, "language must be \"zh\" or \"en\", not \"de\"", "{\"text\": \"Revenue rose 5%.\", \"language\": \"de\"}");
        refused(400, "published must be a date like 2025-11-20, not \"yesterday\"", "{\"text\": \"Revenue rose 5%.\", \"published\": \"yesterday\"}");
        refused(400, "unknown field \"title\" (text, language, published)", "{\"text\": \"Revenue rose 5%.\", \"title\": \"x\"}");
        String big = JSON.createObjectNode().put("text", "7% ".repeat(Extractor.MAX_CHARS / 3 + 10)).toString();
        refused(413, "the text has " + (3 * (Extractor.MAX_CHARS / 3 + 10)) + " characters; at most " + Extractor.MAX_CHARS + " are read", big);
    }

    private static HttpResponse<String> post(String body) throws Exception {
        var req = HttpRequest.newBuilder(URI.create(server.url() + "api/extract")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void refused(int status, String detail, String body) throws Exception {
        HttpResponse<String> r = post(body);
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(detail, JSON.readTree(r.body()).path("detail").asText(), r.body());
    }
}
