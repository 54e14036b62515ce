package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.BadInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 over HTTP: the public endpoint never fetches, bodies are limited while read, refusals are problems by field. */
class SafetyServerTest {
    static final String TOKEN = "safety-token-1234";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path dir;
    static ClaimGraph cg;
    static ClaimServer server;
    static HttpServer listener;
    static final AtomicInteger fetched = new AtomicInteger();

    @BeforeAll static void start() throws Exception {
        cg = ClaimGraph.open("tdb2", dir.resolve("store"), null);
        cg.loadSeed();
        cg.check();
        server = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 3_000, 10_000, 20_000, TOKEN));
        listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", x -> {
            fetched.incrementAndGet();
            byte[] b = "secret".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        listener.start();
    }

    @AfterAll static void stop() {
        if (listener != null) listener.stop(0);
        if (server != null) server.close();
        if (cg != null) cg.close();
    }

    static HttpResponse<String> query(String q) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "sparql")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, byte[] body, String token) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test void serviceFromAndVariablesAreRefusedBeforeAnythingIsFetched() throws Exception {
        String at = "http://127.0.0.1:" + listener.getAddress().getPort() + "/leak";
        for (String q : new String[] {
                "SELECT * WHERE { SERVICE <" + at + "> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE SILENT <" + at + "> { ?s ?p ?o } }",
                "SELECT * WHERE { BIND(<" + at + "> AS ?u) SERVICE ?u { ?s ?p ?o } }",
                "ASK { FILTER NOT EXISTS { SERVICE <" + at + "> { ?s ?p ?o } } }",
                "SELECT * FROM <" + at + "> WHERE { ?s ?p ?o }"}) {
            HttpResponse<String> r = query(q);
            assertEquals(400, r.statusCode(), q + " → " + r.body());
            assertTrue(r.body().contains("this endpoint reads the local store only; refused: "), r.body());
            assertFalse(r.body().contains("secret"));
        }
        assertEquals(0, fetched.get(), "the endpoint fetched a URL");
    }

    @Test void aBacktrackingRegexIsStoppedByTheTimeout() throws Exception {
        long t0 = System.nanoTime();
        // unstopped, this runs for many minutes; stopped, it ends soon after the 3 s timeout (a busy machine adds some)
        HttpResponse<String> r = query("SELECT * WHERE { BIND(\"" + "a".repeat(40) + "!\" AS ?x) FILTER(REGEX(?x, \"(.*a){14}$\")) }");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 30_000, "ran " + ms + " ms past a 3 s timeout");
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
    }

    @Test void aChunkedBodyIsRefusedOnceOverTheLimitNotReadInFull() throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(server.url() + "sparql").toURL().openConnection();
        c.setDoOutput(true);
        c.setRequestMethod("POST");
        c.setRequestProperty("Content-Type", "application/sparql-query");
        c.setChunkedStreamingMode(64 * 1024);
        long t0 = System.nanoTime();
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        long sent = 0;
        try (OutputStream out = c.getOutputStream()) {
            for (int i = 0; i < 3200; i++) { // up to 200 MB
                out.write(chunk);
                sent += chunk.length;
            }
        } catch (java.io.IOException e) {
            // the server answered and closed: the rest was never read
        }
        assertEquals(413, c.getResponseCode());
        assertTrue(sent < 50L * 1024 * 1024, "the server read " + sent + " bytes before refusing");
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L);
        // within the limit, a chunked query still runs
        HttpURLConnection ok = (HttpURLConnection) URI.create(server.url() + "sparql").toURL().openConnection();
        ok.setDoOutput(true);
        ok.setRequestMethod("POST");
        ok.setRequestProperty("Content-Type", "application/sparql-query");
        ok.setRequestProperty("Accept", "application/sparql-results+json");
        ok.setChunkedStreamingMode(16);
        try (OutputStream out = ok.getOutputStream()) { out.write("ASK { ?s ?p ?o }".getBytes(StandardCharsets.UTF_8)); }
        assertEquals(200, ok.getResponseCode());
        try (InputStream in = ok.getInputStream()) { assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("true")); }
    }

    static final String DOC = "{\"document\": {\"id\": \"big-number\", \"title\": \"t\", \"language\": \"en\", \"publisher\": \"p\", \"published\": \"2025-01-01\","
            + " \"kind\": \"article\", \"tier\": \"secondary\"}, \"entities\": [{\"id\": \"fresh-entity-x\", \"label\": \"Fresh X\", \"type\": \"organization\"}],"
            + " \"claims\": [{\"id\": \"c\", \"quote\": \"q\", \"statement\": \"s\", \"claimant\": \"author\", \"subject\": \"fresh-entity-x\", \"metric\": \"revenue\","
            + " \"value\": \"VALUE\", \"unit\": \"USD\", \"period\": \"2025\", \"kind\": \"statistical\"}]}";

    @Test void refusedBodiesAreProblemsByFieldAndStoreNothing() throws Exception {
        long before = cg.store().size();
        String big = "9".repeat(300);
        HttpResponse<String> r = post("/api/claims?force=true", DOC.replace("VALUE", big).getBytes(StandardCharsets.UTF_8), TOKEN);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        JsonNode p = JSON.readTree(r.body());
        assertEquals("about:blank", p.path("type").asText());
        assertEquals("body: claim \"c\": field \"value\": number too large \"" + big.substring(0, 37) + "…\": more than 10^18",
                p.path("errors").path("claims[0].value").get(0).asText());
        // invalid UTF-8 is refused, not turned into U+FFFD
        byte[] latin = DOC.replace("VALUE", "5").replace("\"t\"", "\"caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1);
        r = post("/api/claims?force=true", latin, TOKEN);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("the body is not valid UTF-8: send the claim document as UTF-8 text", JSON.readTree(r.body()).path("detail").asText());
        // a language tag that is no tag
        r = post("/api/claims?force=true", DOC.replace("VALUE", "5").replace("\"en\"", "\"en_US%s\"").getBytes(StandardCharsets.UTF_8), TOKEN);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("body: field \"document.language\": \"en_US%s\" is not a language tag such as en, zh or zh-Hant",
                JSON.readTree(r.body()).path("errors").path("document.language").get(0).asText());
        assertEquals(before, cg.store().size());
        // a stored document's metadata needs a reason: 409 naming the difference
        assertEquals(201, post("/api/claims?force=true", DOC.replace("VALUE", "5").getBytes(StandardCharsets.UTF_8), TOKEN).statusCode());
        long stored = cg.store().size();
        r = post("/api/claims?force=true", DOC.replace("VALUE", "6").replace("\"secondary\"", "\"primary\"").replace("\"id\": \"c\"", "\"id\": \"c2\"")
                .getBytes(StandardCharsets.UTF_8), TOKEN);
        assertEquals(409, r.statusCode(), r.body());
        assertEquals("document \"big-number\": already stored with other metadata (tier Secondary → Primary); give a reason to revise it, or give only its id",
                JSON.readTree(r.body()).path("detail").asText());
        assertEquals(stored, cg.store().size());
    }

    @Test void illegalArgumentsAreBadRequestsAndOtherErrorsNameNoInternals() {
        ApiException a = Problems.of(new IllegalArgumentException("--x: must be positive"));
        assertEquals(400, a.status);
        assertEquals("--x: must be positive", a.getMessage());
        ApiException b = Problems.of(BadInputException.field("claims[2].value", "bad"));
        assertEquals(400, b.status);
        assertEquals(java.util.Map.of("claims[2].value", java.util.List.of("bad")), b.errors);
        assertNull(Problems.of(new IllegalStateException("internal detail")));
    }

    @Test void tokenGuessingIsLoggedAndThrottledPerClient() throws Exception {
        byte[] body = DOC.replace("VALUE", "5").getBytes(StandardCharsets.UTF_8);
        // a server of its own, so the other tests' client is not throttled
        try (ClaimServer own = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 3_000, 10_000, 20_000, TOKEN))) {
            URI uri = URI.create(own.url() + "api/claims");
            java.util.function.Function<String, HttpResponse<String>> send = token -> {
                try {
                    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            for (int i = 0; i < TokenGuard.MAX_FAILURES; i++) assertEquals(401, send.apply("guess-" + i).statusCode());
            HttpResponse<String> r = send.apply("guess-x");
            assertEquals(429, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Retry-After").isPresent());
            assertTrue(JSON.readTree(r.body()).path("detail").asText().startsWith("too many failed token attempts from this address; try again in "));
            // even the right token waits: guessing cannot go on
            assertEquals(429, send.apply(TOKEN).statusCode());
        }
    }
}
