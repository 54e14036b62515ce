package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journalists' writes over HTTP: token required, validated, checked at once, never lost under concurrency. */
class WriteApiTest {

    static final String TOKEN = "write-token-5678";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir static Path dir;
    static ClaimGraph cg;
    static ClaimServer server;

    @BeforeAll static void start() {
        cg = ClaimGraph.open("tdb2", dir.resolve("store"), null);
        cg.loadSeed();
        cg.check();
        server = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 10_000, 10_000, 20_000, TOKEN));
    }

    @AfterAll static void stop() {
        if (server != null) server.close();
        if (cg != null) cg.close();
    }

    static HttpResponse<String> post(String pathAndQuery, String body, String token) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) b.header("Authorization", "Bearer " + token);
        // a fresh connection each time: a pooled one the server has closed while idle would fail a POST
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String claimDoc(String docId, String claimId, String subject, String value) {
        return "{\"entities\": [{\"id\": \"conc-co\", \"label\": \"Concurrent Co\"}], \"document\": {\"id\": \"" + docId + "\", \"title\": \"T " + docId + "\", \"language\": \"en\", \"publisher\": \"Desk\", "
                + "\"published\": \"2025-10-01\", \"tier\": \"major-press\"}, \"claims\": [{\"id\": \"" + claimId + "\", \"quote\": \"q " + claimId
                + "\", \"statement\": \"Statement " + claimId + ".\", \"claimant\": \"author\", \"subject\": \"" + subject
                + "\", \"metric\": \"revenue\", \"value\": \"" + value + "\", \"unit\": \"USD\", \"period\": \"2031\", \"kind\": \"statistical\"}]}";
    }

    @Test
    void addingEvidenceOverHttpShowsSimilarClaimsThenStoresAndReportsChangedVerdicts() throws Exception {
        String body = """
                {"document": {"id": "http-fortune-h1", "title": "OpenAI's first-half loss", "language": "en", "publisher": "Fortune",
                  "published": "2025-10-01", "tier": "major-press", "url": "https://example.org/fortune-h1"},
                 "claims": [{"id": "net-loss-h1", "quote": "OpenAI's 2025 net loss was $13.5 billion in the first half alone",
                   "statement": "OpenAI's net loss in the first half of 2025 was $13.5 billion.", "claimant": "author",
                   "subject": "openai", "metric": "net-loss", "value": "13.5 billion USD", "period": "2025-H1", "kind": "statistical"}]}""";
        var first = post("/api/claims", body, TOKEN);
        assertEquals(409, first.statusCode(), first.body());
        JsonNode f = JSON.readTree(first.body());
        assertTrue(f.path("similar").toString().contains("ainvest-2025-09-30-openai-h1-2025/net-loss-h1-2025"), first.body());
        var second = post("/api/evidence?force=true&author=desk", body, TOKEN);
        assertEquals(201, second.statusCode(), second.body());
        JsonNode s = JSON.readTree(second.body());
        assertEquals("http-fortune-h1/net-loss-h1", s.path("claims").get(0).path("claim").asText());
        assertTrue(s.path("changed").toString().contains("\"to\":\"SUPPORTED\""), second.body());
    }

    @Test
    void writesNeedTheTokenAndBadBodiesAreRefusedByFieldWithNothingStored() throws Exception {
        long before = cg.store().size();
        assertEquals(401, post("/api/claims", claimDoc("d1", "c1", "oracle", "5 billion"), null).statusCode());
        assertEquals(401, post("/api/claims", claimDoc("d1", "c1", "oracle", "5 billion"), "wrong").statusCode());
        var bad = post("/api/claims", claimDoc("d1", "c1", "Oracel", "5,5 billion"), TOKEN);
        assertEquals(400, bad.statusCode(), bad.body());
        JsonNode b = JSON.readTree(bad.body());
        assertEquals("Bad Request", b.path("title").asText());
        assertEquals("body: claim \"c1\": field \"subject\": unknown entity \"Oracel\" (did you mean \"oracle\"?)",
                b.path("errors").path("claims[0].subject").get(0).asText());
        assertEquals("body: claim \"c1\": field \"value\": \"5,5 billion\" has a comma followed by other than three digits, which is no thousands separator in a document in \"en\": write the decimal with a point, \"5.5 billion\" (or give the document a \"language\" that writes decimal commas, such as \"de\" or \"es\")", b.path("errors").path("claims[0].value").get(0).asText());
        var notJson = post("/api/claims", "{\"document\": ", TOKEN);
        assertEquals(400, notJson.statusCode());
        var unknownParam = post("/api/claims?colour=red", claimDoc("d1", "c1", "oracle", "5 billion"), TOKEN);
        assertEquals(400, unknownParam.statusCode());
        assertEquals(before, cg.store().size());
    }

    @Test
    void concurrentWritersAndReadersLoseNothing() throws Exception {
        int writers = 4, perWriter = 5;
        AtomicInteger acknowledged = new AtomicInteger(), reads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        List<Future<?>> jobs = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int id = w;
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    var r = post("/api/claims?force=true", claimDoc("conc-" + id, "c" + i, "conc-co", (100 + i) + " million"), TOKEN);
                    if (r.statusCode() == 201) acknowledged.incrementAndGet();
                    else throw new AssertionError(r.statusCode() + " " + r.body());
                }
                return null;
            }));
        }
        for (int k = 0; k < 2; k++) {
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    var r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/claims?limit=5")).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) reads.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> j : jobs) j.get(10, TimeUnit.MINUTES);
        pool.shutdown();
        assertEquals(writers * perWriter, acknowledged.get());
        assertEquals(20, reads.get());
        long stored = cg.store().claims().stream().filter(c -> c.docId().startsWith("conc-")).count();
        assertEquals(acknowledged.get(), stored, "every acknowledged claim is in the store");
    }
}
