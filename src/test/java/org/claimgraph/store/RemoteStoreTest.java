package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store kept in another server process (a second `claimgraph serve` with a token), reached over HTTP. */
class RemoteStoreTest {

    static final String TOKEN = "store-token-42";
    @TempDir static Path dir;
    static Process server;
    static String url;

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) { return s.getLocalPort(); }
    }

    @BeforeAll static void startServerProcess() throws Exception {
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.claimgraph.cli.Main", "serve",
                "--data", dir.resolve("remote").toString(), "--port", Integer.toString(port)).redirectErrorStream(true);
        pb.environment().put("CLAIMGRAPH_TOKEN", TOKEN);
        server = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("ClaimGraph serving")) { /* start-up chatter */ }
        assertTrue(line != null, "the server process did not start");
        url = "http://127.0.0.1:" + port + "/store";
    }

    @AfterAll static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    static Map<String, Verdict> verdicts(Iterable<Assessment> as) {
        Map<String, Verdict> m = new TreeMap<>();
        as.forEach(a -> m.put(a.claim(), a.verdict()));
        return m;
    }

    @Test
    void checkAgainstTheRemoteStoreGivesTheVerdictsOfALocalOne() {
        Map<String, Verdict> local;
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.loadSeed();
            local = verdicts(cg.check());
        }
        try (ClaimGraph cg = ClaimGraph.open(url, null, null, TOKEN)) {
            cg.loadSeed();
            assertEquals(local, verdicts(cg.check()));
        }
        // a second client sees what the first one stored there
        try (ClaimGraph again = ClaimGraph.open(url, null, null, TOKEN)) {
            assertEquals(local, verdicts(again.store().assessments()));
            assertTrue(again.report("ai-trillion-bubble").documents().get(0).claims().size() >= 19);
        }
    }

    @Test
    void aStoreThatIsDownOrRefusesGivesOneClearSentence() throws Exception {
        int closed = freePort();
        var down = assertThrows(StoreUnavailableException.class, () -> ClaimGraph.open("http://127.0.0.1:" + closed + "/store", null, null, TOKEN));
        assertTrue(down.getMessage().startsWith("cannot reach the store at http://127.0.0.1:" + closed + "/store to read the graphs of it"), down.getMessage());
        var refused = assertThrows(StoreUnavailableException.class, () -> ClaimGraph.open(url, null, null, "wrong-token"));
        assertTrue(refused.getMessage().startsWith("the store at " + url + " refused to let us read the graphs of it: HTTP 401"), refused.getMessage());
    }

    @Test
    void rawGraphWritesMustMeetTheShapesAndNameAGraph() throws Exception {
        // a client per request: a connection the server closes after refusing one request must not carry the next
        java.util.function.Supplier<java.net.http.HttpClient> http = java.net.http.HttpClient::newHttpClient;
        String rogue = "https://w3id.org/claimgraph/graph/doc/rogue";
        String claim = "<https://w3id.org/claimgraph/doc/rogue/c1> a <https://w3id.org/claimgraph/ns#Claim> .";
        java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> put = (target, token) -> {
            var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(target)).header("Content-Type", "text/turtle")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(claim));
            if (token != null) b.header("Authorization", "Bearer " + token);
            try {
                return http.get().send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        String data = url + "/data?graph=" + java.net.URLEncoder.encode(rogue, StandardCharsets.UTF_8);
        assertEquals(401, put.apply(data, null).statusCode());
        var refused = put.apply(data, TOKEN);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("does not meet ontology/shapes.ttl"), refused.body());
        assertEquals(400, put.apply(url + "/data", TOKEN).statusCode(), "a write to the default graph");
        var get = http.get().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(data)).header("Authorization", "Bearer " + TOKEN).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(404, get.statusCode(), "the refused graph was stored: " + get.body());
    }
}
