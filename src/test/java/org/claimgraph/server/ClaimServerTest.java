package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a free loopback port over a TDB2 store holding the checked seed. */
class ClaimServerTest {

    static final String TOKEN = "test-token-1234";
    static final String CG = "PREFIX cg: <https://w3id.org/claimgraph/ns#>\n";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path dir;
    static ClaimGraph cg;
    static ClaimServer server, readOnly, strict;

    @BeforeAll static void start() {
        cg = ClaimGraph.open("tdb2", dir.resolve("store"), null);
        cg.loadSeed();
        cg.check();
        server = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 10_000, 10_000, 2_000, TOKEN));
        readOnly = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 10_000, 10_000, 2_000, null));
        strict = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 300, 5, 2_000, null));
    }

    @AfterAll static void stop() {
        for (ClaimServer s : new ClaimServer[] {server, readOnly, strict}) if (s != null) s.close();
        if (cg != null) cg.close();
    }

    // ---- helpers ----

    static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        // a fresh client each time: the server may close a kept-alive connection (after a 413, say), and a pooled one would be reused
        return HttpClient.newHttpClient().send(b.timeout(java.time.Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(ClaimServer s, String pathAndQuery, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(s.url() + pathAndQuery.substring(1))).header("Accept", accept));
    }

    static HttpResponse<String> postForm(ClaimServer s, String path, String form, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(s.url() + path.substring(1))).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static JsonNode select(ClaimServer s, String query) throws Exception {
        HttpResponse<String> r = postForm(s, "/sparql", "query=" + enc(query), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("results").path("bindings");
    }

    static JsonNode api(String pathAndQuery, int status) throws Exception {
        HttpResponse<String> r = get(server, pathAndQuery, "application/json");
        assertEquals(status, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static void assertProblem(JsonNode n, String title, int status, String detail, String errors) throws Exception {
        assertEquals(title, n.path("title").asText(), n.toString());
        assertEquals(status, n.path("status").asInt(), n.toString());
        assertEquals(detail, n.path("detail").asText(), n.toString());
        assertEquals(JSON.readTree(errors), n.path("errors"), n.toString());
    }

    static Set<String> values(JsonNode rows, String field) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(r.path(field).path("value").isMissingNode() ? r.path(field).asText() : r.path(field).path("value").asText()));
        return out;
    }

    static Set<String> contradicted() {
        Set<String> out = new TreeSet<>();
        cg.store().assessments().forEach(a -> { if (a.verdict() == Verdict.CONTRADICTED) out.add(a.claim()); });
        return out;
    }

    // ---- SPARQL ----

    @Test void defaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        JsonNode b = select(server, CG + "SELECT (COUNT(?c) AS ?n) WHERE { ?c a cg:Claim }");
        int n = b.get(0).path("n").path("value").asInt();
        assertEquals(cg.store().claims().size(), n);
        assertTrue(n >= 19, "claims: " + n);
    }

    @Test void getAndDirectPostAndContentNegotiation() throws Exception {
        String q = CG + "SELECT (COUNT(?c) AS ?n) WHERE { ?c a cg:Claim }";
        String expected = Integer.toString(cg.store().claims().size());
        HttpResponse<String> csv = get(server, "/sparql?query=" + enc(q), "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("n\r\n" + expected + "\r\n", csv.body());
        HttpResponse<String> tsv = send(HttpRequest.newBuilder(URI.create(server.url() + "sparql")).header("Accept", "text/tab-separated-values")
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(q)));
        assertEquals(200, tsv.statusCode(), tsv.body());
        assertTrue(tsv.body().startsWith("?n\n" + expected), tsv.body());
        HttpResponse<String> xml = get(server, "/sparql?query=" + enc(q), "application/sparql-results+xml");
        assertTrue(xml.body().contains("<variable name=\"n\"/>"), xml.body());
        HttpResponse<String> ttl = get(server, "/sparql?query=" + enc("CONSTRUCT { ?c a ?t } WHERE { ?c a ?t } LIMIT 3"), "text/turtle");
        assertEquals(200, ttl.statusCode(), ttl.body());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), ttl.headers().toString());
        HttpResponse<String> jsonld = get(server, "/sparql?query=" + enc("DESCRIBE <https://w3id.org/claimgraph/doc/ai-trillion-bubble>"), "application/ld+json");
        assertEquals(200, jsonld.statusCode(), jsonld.body());
        assertTrue(JSON.readTree(jsonld.body()).toString().contains("ai-trillion-bubble"), jsonld.body());
    }

    @Test void textQueryFindsTheChineseNameOverSparql() throws Exception {
        JsonNode b = select(server, "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"甲骨文\" }");
        assertTrue(values(b, "s").contains("https://w3id.org/claimgraph/doc/ai-trillion-bubble/claim/oracle-300b-5-years"), b.toString());
        JsonNode q = select(server, "PREFIX text: <http://jena.apache.org/text#> PREFIX cg: <https://w3id.org/claimgraph/ns#> "
                + "SELECT ?s WHERE { ?s text:query (cg:quote \"甲骨文\") }");
        assertEquals(Set.of("https://w3id.org/claimgraph/doc/ai-trillion-bubble/claim/oracle-300b-5-years"), values(q, "s"));
    }

    @Test void everyContradictedClaimComesWithItsEvidenceTitle() throws Exception {
        JsonNode b = select(server, CG + "PREFIX schema: <http://schema.org/>\n"
                + "SELECT ?c ?title WHERE { ?a schema:itemReviewed ?c ; cg:verdict cg:Contradicted ; cg:finding ?f . "
                + "?f cg:effect cg:Contradicts ; cg:usedClaim ?e . ?e cg:inDocument ?d . ?d schema:name ?title }");
        Set<String> claims = new TreeSet<>();
        values(b, "c").forEach(c -> claims.add(c.replace("https://w3id.org/claimgraph/doc/", "").replace("/claim/", "/")));
        assertEquals(contradicted(), claims);
        assertTrue(values(b, "title").contains("CRS Report R48057 (FY2024 National Defense Authorization Act)"), b.toString());
    }

    @Test void malformedQueryGets400WithLineAndColumn() throws Exception {
        HttpResponse<String> r = postForm(server, "/sparql", "query=" + enc("SELECT * WHERE {\n  ?s ?p }"), "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered \" \"}\" \"} \"\" at line 2, column 9."), r.body());
    }

    @Test void overLongQueryIsRefused() throws Exception {
        String q = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(7_000);
        HttpResponse<String> r = postForm(server, "/sparql", "query=" + enc(q), "application/sparql-results+json");
        assertEquals(413, r.statusCode(), r.body());
        assertProblem(JSON.readTree(r.body()), "Content Too Large", 413, "the query is longer than the limit of 2000 characters", "{}");
        // within the byte budget of the filter, still over the character limit
        HttpResponse<String> r2 = postForm(server, "/sparql", "query=" + enc("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2_500)), "application/sparql-results+json");
        assertEquals(413, r2.statusCode(), r2.body());
        assertTrue(r2.body().contains("the query is 2529 characters long; the limit is 2000"), r2.body());
    }

    @Test void updatesAndGraphWritesAreRefusedAndChangeNothing() throws Exception {
        long before = cg.store().size();
        HttpResponse<String> form = postForm(server, "/sparql", "update=" + enc("DROP ALL"), "*/*");
        assertEquals(400, form.statusCode(), form.body());
        assertEquals("SPARQL Query: No 'query=' parameter\n", form.body());
        HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(server.url() + "sparql"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")));
        assertEquals(415, direct.statusCode(), direct.body());
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.url() + "sparql?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:s> <a:p> <a:o> .")));
        assertEquals(405, put.statusCode(), put.body());
        HttpResponse<String> other = postForm(server, "/update", "update=" + enc("DROP ALL"), "*/*");
        assertEquals(404, other.statusCode(), other.body());
        assertEquals(before, cg.store().size());
    }

    @Test void resultLimitAndTimeout() throws Exception {
        assertEquals(5, select(strict, "SELECT * WHERE { ?s ?p ?o }").size());
        assertEquals(2, select(strict, "SELECT * WHERE { ?s ?p ?o } LIMIT 2").size());
        long t0 = System.nanoTime();
        HttpResponse<String> r = postForm(strict, "/sparql",
                "query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("Query timed out\n", r.body());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "the timeout did not stop the query");
    }

    // ---- API ----

    @Test void claimsFilteredByVerdict() throws Exception {
        JsonNode n = api("/api/claims?verdict=contradicted&limit=500", 200);
        Set<String> ids = new TreeSet<>();
        n.path("items").forEach(i -> { ids.add(i.path("id").asText()); assertEquals("CONTRADICTED", i.path("verdict").asText()); });
        assertEquals(contradicted(), ids);
        assertEquals(ids.size(), n.path("total").asInt());
    }

    @Test void claimsFilteredBySubjectMetricDocumentAndText() throws Exception {
        JsonNode n = api("/api/claims?subject=" + enc("甲骨文") + "&document=wsj-2025-09-10-oracle-openai-300b", 200);
        assertEquals(0, n.path("total").asInt(), n.toString()); // the WSJ claims are about OpenAI, Oracle is their object
        JsonNode m = api("/api/claims?metric=" + enc("net loss") + "&document=ai-trillion-bubble", 200);
        List<String> ids = new ArrayList<>();
        m.path("items").forEach(i -> ids.add(i.path("id").asText()));
        assertEquals(List.of("ai-trillion-bubble/net-loss-8-5b-per-year"), ids);
        JsonNode q = api("/api/claims?q=oracle&document=ai-trillion-bubble", 200);
        assertEquals("ai-trillion-bubble/oracle-300b-5-years", q.path("items").get(0).path("id").asText(), q.toString());
    }

    @Test void claimsPaging() throws Exception {
        JsonNode all = api("/api/claims?limit=500", 200);
        int total = all.path("total").asInt();
        assertEquals(cg.store().claims().size(), total);
        JsonNode page = api("/api/claims?limit=3&offset=4", 200);
        assertEquals(3, page.path("items").size());
        assertEquals(all.path("items").get(4).path("id"), page.path("items").get(0).path("id"));
        assertEquals(0, api("/api/claims?offset=" + total, 200).path("items").size());
    }

    @Test void badClaimParametersAreNamed() throws Exception {
        assertProblem(api("/api/claims?colour=red&verdict=true", 400), "Bad Request", 400, "unknown or repeated parameters: colour",
                "{\"colour\":[\"unknown parameter (allowed: document, limit, metric, offset, q, subject, verdict)\"]}");
        assertProblem(api("/api/claims?verdict=maybe&limit=0&subject=Orcle", 400), "Bad Request", 400, "invalid parameters: verdict, subject, limit",
                "{\"verdict\":[\"unknown verdict \\\"maybe\\\" (use supported, unsupported, contradicted or unchecked)\"],"
                + "\"subject\":[\"no entity \\\"Orcle\\\" in the gazetteer (did you mean \\\"oracle\\\"?)\"],"
                + "\"limit\":[\"must be a whole number from 1 to 500, not \\\"0\\\"\"]}");
        assertProblem(api("/api/claims?verdict=supported&verdict=contradicted", 400), "Bad Request", 400, "unknown or repeated parameters: verdict",
                "{\"verdict\":[\"given 2 times; give it once\"]}");
    }

    @Test void oneClaimWithFindingsEvidenceAndSources() throws Exception {
        JsonNode c = api("/api/claims/ai-trillion-bubble/us-defence-budget-2024", 200);
        assertEquals("CONTRADICTED", c.path("verdict").asText());
        assertEquals("ai-trillion-bubble", c.path("document").path("id").asText());
        assertTrue(c.path("findings").size() > 0, c.toString());
        Set<String> sources = new TreeSet<>();
        c.path("evidence").forEach(e -> sources.add(e.path("source").path("title").asText()));
        assertTrue(sources.contains("CRS Report R48057 (FY2024 National Defense Authorization Act)"), sources.toString());
    }

    @Test void unknownIdsAre404() throws Exception {
        assertProblem(api("/api/claims/ai-trillion-bubble/no-such-claim", 404), "Not Found", 404,
                "no claim \"no-such-claim\" in document \"ai-trillion-bubble\"", "{}");
        assertProblem(api("/api/claims/no-such-doc/x", 404), "Not Found", 404, "no document \"no-such-doc\" in the store", "{}");
        assertProblem(api("/api/documents/no-such-doc/report", 404), "Not Found", 404, "no document \"no-such-doc\" in the store", "{}");
        assertProblem(api("/api/nothing", 404), "Not Found", 404,
                "no such resource: /api/nothing (try /api/claims, /api/documents, /api/search?q=…, /api/queries)", "{}");
        assertProblem(api("/api/queries/nope", 404), "Not Found", 404,
                "no named query \"nope\"; named queries: contradicted, verdicts-by-document, unsourced, claimant-record, source-record, entity-claims", "{}");
    }

    @Test void documentsAndReport() throws Exception {
        JsonNode docs = api("/api/documents", 200);
        Set<String> ids = new TreeSet<>();
        docs.forEach(d -> ids.add(d.path("id").asText()));
        assertEquals(cg.store().documents().size(), ids.size());
        assertTrue(ids.contains("ai-trillion-bubble"));
        JsonNode report = api("/api/documents/ai-trillion-bubble/report", 200);
        assertEquals(1, report.path("documents").size());
        assertEquals("ai-trillion-bubble", report.path("documents").get(0).path("id").asText());
        assertProblem(api("/api/documents?x=1", 400), "Bad Request", 400, "unknown or repeated parameters: x",
                "{\"x\":[\"unknown parameter: this resource takes none\"]}");
    }

    @Test void searchChineseEnglishAliasAndTypo() throws Exception {
        JsonNode oracle = api("/api/search?q=oracle", 200);
        assertTrue(hits(oracle).contains("ai-trillion-bubble/oracle-300b-5-years"), oracle.toString());
        JsonNode zh = api("/api/search?q=" + enc("甲骨文"), 200);
        assertEquals("ai-trillion-bubble/oracle-300b-5-years", zh.path("hits").get(0).path("claim").asText(), zh.toString());
        assertEquals("OpenAI与«甲骨文»(Oracle)签下了一份5年3000亿美元的协议", zh.path("hits").get(0).path("quote").asText());
        JsonNode loss = api("/api/search?q=" + enc("亏损") + "&limit=20", 200);
        assertTrue(hits(loss).contains("ai-trillion-bubble/net-loss-8-5b-per-year"), loss.toString());
        assertTrue(hits(loss).contains("windowscentral-2025-10-openai-quarterly-loss/net-loss-q3-2025"), loss.toString());
        JsonNode typo = api("/api/search?q=Orcale", 200);
        assertTrue(hits(typo).contains("ai-trillion-bubble/oracle-300b-5-years"), typo.toString());
        assertTrue(typo.path("hits").get(0).path("fuzzy").asBoolean());
        assertProblem(api("/api/search", 400), "Bad Request", 400, "missing q", "{\"q\":[\"required: the text to search for\"]}");
        assertProblem(api("/api/search?q=x&limit=1000", 400), "Bad Request", 400, "invalid limit",
                "{\"limit\":[\"must be a whole number from 1 to 100, not \\\"1000\\\"\"]}");
    }

    static List<String> hits(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.path("hits").forEach(h -> out.add(h.path("claim").asText()));
        return out;
    }

    @Test void namedQueries() throws Exception {
        JsonNode list = api("/api/queries", 200);
        assertEquals(6, list.size());
        JsonNode c = api("/api/queries/contradicted", 200);
        assertEquals(contradicted(), values(c.path("rows"), "claim"));
        assertTrue(values(c.path("rows"), "evidenceTitle").contains("CRS Report R48057 (FY2024 National Defense Authorization Act)"));
        JsonNode e = api("/api/queries/entity-claims?entity=" + enc("甲骨文"), 200);
        assertEquals(List.of("document", "role", "claim", "verdict", "quote"), JSON.convertValue(e.path("columns"), List.class));
        assertTrue(values(e.path("rows"), "claim").contains("ai-trillion-bubble/oracle-300b-5-years"), e.toString());
        assertProblem(api("/api/queries/entity-claims", 400), "Bad Request", 400,
                "query entity-claims: entity: required: an entity id or name (its id, a label or an alias, in any language the gazetteer has)",
                "{\"entity\":[\"required: an entity id or name (its id, a label or an alias, in any language the gazetteer has)\"]}");
        assertProblem(api("/api/queries/contradicted?entity=x", 400), "Bad Request", 400,
                "query contradicted: entity: unknown parameter: contradicted takes none",
                "{\"entity\":[\"unknown parameter: contradicted takes none\"]}");
        JsonNode v = api("/api/queries/verdicts-by-document", 200);
        assertTrue(v.path("rows").size() >= 3, v.toString());
    }

    // ---- writes ----

    @Test void writesNeedTheToken() throws Exception {
        long before = cg.store().size();
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(server.url() + "api/claims")).POST(HttpRequest.BodyPublishers.ofString("{}"));
        HttpResponse<String> none = send(post);
        assertEquals(401, none.statusCode());
        assertEquals("Bearer realm=\"claimgraph\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertProblem(JSON.readTree(none.body()), "Unauthorized", 401, "a write needs the header \"Authorization: Bearer <token>\"", "{}");
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(server.url() + "api/claims")).header("Authorization", "Bearer nope")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(JSON.readTree(wrong.body()), "Unauthorized", 401, "the bearer token is not valid", "{}");
        HttpResponse<String> right = send(HttpRequest.newBuilder(URI.create(server.url() + "api/claims")).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        // with the token, an empty object reaches validation and is refused there
        assertEquals(400, right.statusCode(), right.body());
        assertEquals("body: not a claim document: it needs \"document\" and \"claims\" (or \"entities\", \"metrics\", \"units\" alone); it has no fields",
                JSON.readTree(right.body()).path("detail").asText());
        HttpResponse<String> elsewhere = send(HttpRequest.newBuilder(URI.create(server.url() + "api/documents")).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(JSON.readTree(elsewhere.body()), "Method Not Allowed", 405,
                "POST /api/documents is not a write endpoint of this server (POST /api/claims or /api/evidence)", "{}");
        HttpResponse<String> ro = send(HttpRequest.newBuilder(URI.create(readOnly.url() + "api/claims")).header("Authorization", "Bearer " + TOKEN)
                .DELETE());
        assertProblem(JSON.readTree(ro.body()), "Forbidden", 403,
                "this server is read-only: start it with a token (CLAIMGRAPH_TOKEN or --token-file) to allow writes", "{}");
        assertEquals(before, cg.store().size());
    }

    @Test void boundToLoopback() {
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
        assertTrue(server.port() > 0);
    }
}
