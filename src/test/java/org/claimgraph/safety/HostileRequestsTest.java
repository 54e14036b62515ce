package org.claimgraph.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ClaimGraph;
import org.claimgraph.server.ClaimServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests rather than hostile documents: methods a resource does not allow (405 with Allow),
 * bodies declared as something other than JSON (415), repeated parameters, absurd LIMIT and OFFSET, and
 * a property path over the whole graph that only the timeout stops. Each gets its exact status, and the
 * store is as it was after every one.
 */
class HostileRequestsTest {

    @TempDir Path dir;

    static final String TOKEN = "requests-token";

    /** One request and what it must get: the status and, for a 405, the Allow header. */
    record Req(String method, String path, String contentType, String body, int status, String allow) {
        @Override public String toString() { return method + " " + HostileCases.abbreviate(path) + (contentType == null ? "" : " (" + contentType + ")"); }
    }

    static String q(String sparql) { return "sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8); }

    static List<Req> requests() {
        String doc = HostileCases.base().toString();
        List<Req> r = new ArrayList<>();
        String write = "GET, HEAD, POST", read = "GET, HEAD";
        for (String m : List.of("PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")) {
            r.add(new Req(m, "api/claims", "application/json", doc, 405, write));
            r.add(new Req(m, "api/evidence", "application/json", doc, 405, write));
            r.add(new Req(m, "api/claims/store-base/b1", null, null, 405, read));
            r.add(new Req(m, "api/documents", null, null, 405, read));
        }
        r.add(new Req("POST", "api/documents", "application/json", doc, 405, read));
        r.add(new Req("POST", "api/claims/store-base/b1", "application/json", doc, 405, read));
        r.add(new Req("GET", "api/extract", null, null, 405, "POST"));
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "application/xml", "multipart/form-data; boundary=x",
                "text/html", "application/json; charset=iso-8859-1", "application/json; charset=utf-16", "image/png")) {
            r.add(new Req("POST", "api/claims?force=true", type, doc, 415, null));
            r.add(new Req("POST", "api/evidence?force=true", type, doc, 415, null));
            r.add(new Req("POST", "api/extract", type, "{\"text\": \"Acme made 5 billion in 2025.\"}", 415, null));
        }
        for (String query : List.of("force=true&force=true", "force=true&force=false", "force=yes", "force=true&colour=red", "force=true&author=a&author=b")) {
            r.add(new Req("POST", "api/claims?" + query, "application/json", doc, 400, null));
        }
        for (String get : List.of("api/search?q=a&q=b", "api/claims?limit=1&limit=2", "api/claims?limit=99999999999999999999", "api/claims?limit=-1",
                "api/search?q=", "api/queries/contradicted?x=1")) {
            r.add(new Req("GET", get, null, null, 400, null));
        }
        String all = "SELECT * WHERE { ?s ?p ?o }";
        r.add(new Req("GET", q("ASK {}") + "&query=" + URLEncoder.encode(all, StandardCharsets.UTF_8), null, null, 400, null));
        for (String tail : List.of(" LIMIT 99999999999999999999", " OFFSET 99999999999999999999", " LIMIT -1", " OFFSET -5")) {
            r.add(new Req("GET", q(all + tail), null, null, 400, null));
        }
        // answered, with no rows: an offset past the end is not an error
        r.add(new Req("GET", q(all + " OFFSET 9223372036854775807"), null, null, 200, null));
        r.add(new Req("POST", "sparql", "application/sparql-update", "DROP ALL", 415, null));
        r.add(new Req("POST", "sparql", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8), 400, null));
        return r;
    }

    @Test void hostileRequestsGetTheirExactStatusAndChangeNothing() throws Exception {
        Path store = dir.resolve("store");
        HostileInputsTest.seedStore(store);
        List<String> failures = new ArrayList<>();
        int refused = 0, crashed = 0, stored = 0;
        List<Req> requests = requests();
        long t0 = System.nanoTime();
        try (ClaimGraph cg = ClaimGraph.open("tdb2", store, null);
             ClaimServer server = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 3_000, 1_000, 20_000, TOKEN))) {
            Fingerprint before = Fingerprint.quick(cg.store().dataset());
            for (Req req : requests) {
                // a client per request: a connection the server closes after refusing one request must not carry the next
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                var b = HttpRequest.newBuilder(URI.create(server.url() + req.path())).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + TOKEN)
                        .method(req.method(), req.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(req.body()));
                if (req.contentType() != null) b.header("Content-Type", req.contentType());
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                String allow = r.headers().firstValue("Allow").orElse(null);
                boolean ok = r.statusCode() == req.status() && (req.allow() == null || req.allow().equals(allow))
                        && !r.body().contains("Exception") && !r.body().contains("\tat ");
                Fingerprint after = Fingerprint.quick(cg.store().dataset());
                boolean changed = !after.equals(before);
                before = after;
                if (ok) refused++;
                if (r.statusCode() >= 500) crashed++;
                if (changed) stored++;
                if (!ok || changed) {
                    failures.add(req + " → " + r.statusCode() + " (expected " + req.status() + ")" + (req.allow() == null ? "" : ", Allow " + allow + " (expected " + req.allow() + ")")
                            + (changed ? ", STORE CHANGED" : "") + ": " + HostileCases.abbreviate(r.body()));
                }
            }
            // the whole graph's closure, twice over: minutes unstopped; the 3 s timeout ends it (a busy machine adds some)
            long t = System.nanoTime();
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                    + q("SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:ex:none>)* ?b . ?c (!<urn:ex:none>)* ?d }"))).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - t) / 1_000_000;
            if (r.statusCode() != 503 || ms > 30_000) failures.add("a property path over the whole graph → " + r.statusCode() + " after " + ms + " ms: " + HostileCases.abbreviate(r.body()));
            else refused++;
        }
        System.out.printf("hostile requests: %d requests in %.1f s; answered as documented: %d; crashed: %d; stored anything: %d%n",
                requests.size() + 1, (System.nanoTime() - t0) / 1e9, refused, crashed, stored);
        assertTrue(failures.isEmpty(), failures.size() + " of " + (requests.size() + 1) + " requests not answered as documented:\n" + String.join("\n", failures));
        assertEquals(0, crashed);
        assertEquals(0, stored);
    }
}
