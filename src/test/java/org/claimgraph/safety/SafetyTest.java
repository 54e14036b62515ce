package org.claimgraph.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.report.MarkdownReport;
import org.claimgraph.report.Report;
import org.claimgraph.store.LocalQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, item by item: each test fails on the code before the fix. */
class SafetyTest {

    @TempDir Path dir;
    ClaimGraph cg;

    @BeforeEach void seed() {
        cg = ClaimGraph.open("mem", null, null);
        cg.loadSeed();
        cg.check();
    }

    @AfterEach void close() { cg.close(); }

    static final String DOC = "{\"id\": \"d\", \"title\": \"t\", \"language\": \"en\", \"publisher\": \"p\", \"published\": \"2025-01-01\", \"tier\": \"secondary\"";

    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** Loads and expects the one refusal message; the store must be as it was. */
    String refused(Path... files) {
        Fingerprint before = Fingerprint.of(cg.store().dataset());
        BadInputException e = assertThrows(BadInputException.class, () -> cg.load(List.of(files), "test"));
        assertEquals(before, Fingerprint.of(cg.store().dataset()), "a refused load changed the store");
        return String.join("\n", e.problems());
    }

    @Test void aTextFileOutsideTheDocumentsFolderIsRefused() throws Exception {
        write("doc/secret.txt", "s");
        write("outside.txt", "outside");
        for (String[] c : new String[][] {
                {"/etc/passwd", "only a file in the document's own folder may be named (a relative path), not an absolute path"},
                {"../outside.txt", "\"..\" may not be used: only files in the document's own folder are read"},
                {"sub", "not a regular file"},
                {"missing.txt", "no such file missing.txt"}}) {
            Files.createDirectories(dir.resolve("doc/sub"));
            Path f = write("doc/c.json", "{\"document\": " + DOC + ", \"textFile\": \"" + c[0] + "\"}, \"claims\": []}");
            assertEquals(f + ": field \"document.textFile\": cannot read \"" + c[0] + "\": " + c[1], refused(f));
        }
        Files.createSymbolicLink(dir.resolve("doc/link.txt"), dir.resolve("outside.txt"));
        Path f = write("doc/c.json", "{\"document\": " + DOC + ", \"textFile\": \"link.txt\"}, \"claims\": []}");
        assertEquals(f + ": field \"document.textFile\": cannot read \"link.txt\": it leads out of the document's own folder", refused(f));
        Files.write(dir.resolve("doc/big.txt"), new byte[5 * 1024 * 1024 + 1]);
        f = write("doc/c.json", "{\"document\": " + DOC + ", \"textFile\": \"big.txt\"}, \"claims\": []}");
        assertEquals(f + ": field \"document.textFile\": cannot read \"big.txt\": larger than the limit of 5 MB", refused(f));
        Files.write(dir.resolve("doc/latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        f = write("doc/c.json", "{\"document\": " + DOC + ", \"textFile\": \"latin1.txt\"}, \"claims\": []}");
        assertEquals(f + ": field \"document.textFile\": cannot read \"latin1.txt\": not valid UTF-8 text", refused(f));
    }

    @Test void rdfMayNotWriteTheProgramsGraphsNorRestateStoredThings() throws Exception {
        String assessment = cg.store().assessments().get(0).claim();
        Path trig = write("over.trig", "<https://w3id.org/claimgraph/graph/assessments> { <https://w3id.org/claimgraph/assessment/" + assessment
                + "> <https://w3id.org/claimgraph/ns#verdict> <https://w3id.org/claimgraph/ns#Supported> . }\n");
        assertEquals(trig + ": the graph <https://w3id.org/claimgraph/graph/assessments> is the program's own (or an existing document's); "
                + "RDF imports may not write it (load the claim documents instead, or restore an export into an empty store)", refused(trig));
        Path ttl = write("more.ttl", "<https://w3id.org/claimgraph/assessment/" + assessment + "> <https://w3id.org/claimgraph/ns#verdict> "
                + "<https://w3id.org/claimgraph/ns#Supported> .\n");
        assertEquals(ttl + ": <https://w3id.org/claimgraph/assessment/" + assessment + "> is already in the store; RDF imports may not add to it "
                + "(revise it with its claim document or add --reason)", refused(ttl));
        Path history = write("h.nq", "<urn:x:a> <urn:x:b> \"c\" <https://w3id.org/claimgraph/graph/history> .\n");
        assertTrue(refused(history).startsWith(history + ": the graph <https://w3id.org/claimgraph/graph/history> is the program's own"));
        // the reports still read
        assertFalse(cg.report(null).documents().isEmpty());
    }

    @Test void markdownLinksCannotCarryMarkup() {
        Report r = cg.report(null);
        assertFalse(MarkdownReport.render(r).contains("<script"));
    }

    @Test void addressesWithMarkupAreRefused() throws Exception {
        Path f = write("u.json", "{\"document\": " + DOC + ", \"url\": \"https://ev.example/\\\"><script>alert(1)</script>\"}, \"claims\": []}");
        assertEquals(f + ": field \"document.url\": \"https://ev.example/\"><script>alert(1)</script>\" is not a valid address: Illegal character in path at character 20",
                refused(f));
        f = write("u.json", "{\"document\": " + DOC + ", \"url\": \"javascript:alert(1)\"}, \"claims\": []}");
        assertEquals(f + ": field \"document.url\": \"javascript:alert(1)\" is not an http(s) address", refused(f));
    }

    @Test void queriesMayNotFetch() {
        for (String[] c : new String[][] {
                {"SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }", "SERVICE <http://127.0.0.1:9/x>"},
                {"SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/x> { ?s ?p ?o } }", "SERVICE SILENT <http://127.0.0.1:9/x>"},
                {"SELECT * WHERE { BIND(<http://127.0.0.1:9/x> AS ?u) SERVICE ?u { ?s ?p ?o } }", "SERVICE ?u"},
                {"SELECT * WHERE { ?a ?b ?c FILTER EXISTS { SERVICE <http://h/> { ?s ?p ?o } } }", "SERVICE <http://h/>"},
                {"SELECT * WHERE { { SELECT * WHERE { SERVICE <http://h/> { ?s ?p ?o } } } }", "SERVICE <http://h/>"},
                {"SELECT * FROM <http://evil.example/data.ttl> WHERE { ?s ?p ?o }", "FROM <http://evil.example/data.ttl>"},
                {"SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM NAMED <file:///etc/passwd>"}}) {
            BadInputException e = assertThrows(BadInputException.class, () -> LocalQuery.prepare(c[0]), c[0]);
            assertEquals("query: this endpoint reads the local store only; refused: " + c[1], e.getMessage());
        }
        assertThrows(BadInputException.class, () -> cg.store().query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", qe -> qe.execSelect().hasNext()));
    }

    @Test void aBacktrackingRegexStopsAtTheDeadline() {
        String q = "SELECT * WHERE { BIND(\"" + "a".repeat(34) + "!\" AS ?x) FILTER(REGEX(?x, \"(.*a){12}$\")) }";
        Query query = LocalQuery.prepare(q);
        long t0 = System.nanoTime();
        assertThrows(QueryCancelledException.class, () -> {
            try (QueryExec qe = QueryExec.dataset(DatasetGraphFactory.create()).query(query)
                    .context(LocalQuery.withDeadline(null, 1, TimeUnit.SECONDS)).build()) {
                qe.select().hasNext();
            }
        });
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "stopped late");
        // and still a regular expression
        Query ok = LocalQuery.prepare("SELECT ?x WHERE { VALUES ?x { \"abc\" \"xyz\" } FILTER(REGEX(?x, \"^A\", \"i\")) BIND(REPLACE(?x, \"b\", \"B\") AS ?y) }");
        try (QueryExec qe = QueryExec.dataset(DatasetGraphFactory.create()).query(ok).context(LocalQuery.withDeadline(null, 1, TimeUnit.SECONDS)).build()) {
            var rows = qe.select().materialize();
            var row = rows.next();
            assertEquals("abc", row.get("x").getLiteralLexicalForm());
            assertFalse(rows.hasNext());
        }
    }

    @Test void reloadingADocumentKeepsWhatOthersAddedAndSaysWhatChanged() throws Exception {
        Path folder = Path.of("data/examples/city-budget");
        List<Path> files = new java.util.ArrayList<>(List.of(folder.resolve("entities.json"), folder.resolve("claims.json")));
        cg.load(files, "test");
        String claims = Files.readString(folder.resolve("claims.json"));
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(claims);
        var first = (com.fasterxml.jackson.databind.node.ObjectNode) node.get("claims").get(0).deepCopy();
        first.put("id", "added-by-a-reporter");
        String added = "{\"document\": {\"id\": \"" + node.get("document").get("id").asText() + "\"}, \"claims\": [" + first + "]}";
        assertTrue(cg.add("added.json", added, f -> "", "a-reporter", null, true, null).stored());
        var again = cg.load(List.of(folder.resolve("claims.json")), "test");
        assertEquals("unchanged riverton-budget-2025: kept 1 claim(s) the file does not name (added-by-a-reporter)", again.outcomes().get(0).describe());
        assertTrue(cg.store().claim("riverton-budget-2025/added-by-a-reporter").isPresent());
        // a changed claim is revised, its earlier version kept in the history
        Path copy = dir.resolve("cb");
        Files.createDirectories(copy);
        Files.copy(folder.resolve("article.en.txt"), copy.resolve("article.en.txt"));
        String changed = claims.replaceFirst("\"statement\": \"[^\"]*\"", "\"statement\": \"A reworded statement.\"");
        String firstId = node.get("claims").get(0).get("id").asText();
        Files.writeString(copy.resolve("claims.json"), changed);
        var third = cg.load(List.of(copy.resolve("claims.json")), "test");
        assertEquals("revised riverton-budget-2025: revised " + firstId + " (earlier versions in the history); kept 1 claim(s) the file does not name (added-by-a-reporter)",
                third.outcomes().get(0).describe());
        assertEquals(1, cg.store().history("riverton-budget-2025/" + firstId).size());
        // other metadata needs a reason
        Files.writeString(copy.resolve("claims.json"), changed.replaceFirst("\"tier\": \"major-press\"", "\"tier\": \"primary\""));
        String msg = refused(copy.resolve("claims.json"));
        assertEquals("document \"riverton-budget-2025\": already stored with other metadata (tier MajorPress → Primary); give a reason (--reason, or reason= over HTTP) to revise it", msg);
        var fourth = cg.load(List.of(copy.resolve("claims.json")), "test", "the desk re-rated the source");
        assertEquals("revised riverton-budget-2025: changed tier MajorPress → Primary; kept 1 claim(s) the file does not name (added-by-a-reporter)", fourth.outcomes().get(0).describe());
    }

    @Test void anEntityDefinedOtherwiseNeedsAReason() throws Exception {
        Path f = write("e.json", "{\"entities\": [{\"id\": \"openai\", \"label\": \"OpenAI\", \"aliases\": [\"Microsoft\"], \"type\": \"organization\"}]}");
        String msg = refused(f);
        assertTrue(msg.startsWith("entity \"openai\": already defined otherwise ("), msg);
        assertTrue(msg.contains("\"Microsoft\""), msg);
        assertTrue(msg.endsWith("); give a reason to redefine it"), msg);
    }

    @Test void aDefinitionThatOnlyAddsToAShippedEntryIsMerged() throws Exception {
        // a newsroom's own file for a country the program ships: another wording of its label, an alias, a Wikidata id
        Path f = write("k.json", "{\"entities\": [{\"id\": \"kenya\", \"label\": \"Republic of Kenya\", \"labelZh\": \"肯尼亚\","
                + " \"aliases\": [\"KE\"], \"type\": \"place\", \"wikidata\": \"Q114\"}]}");
        cg.load(List.of(f), "test");
        var v = cg.vocabulary();
        assertEquals("kenya", v.entityId("Republic of Kenya").orElseThrow());
        assertEquals("kenya", v.entityId("KE").orElseThrow());
        assertEquals("kenya", v.entityId("肯亞").orElseThrow()); // the shipped Traditional name stays
        assertEquals("Kenya", cg.store().gazetteer().getResource(org.claimgraph.vocab.CG.ENTITY + "kenya")
                .listProperties(org.apache.jena.vocabulary.RDFS.label).toList().stream().map(st -> st.getLiteral())
                .filter(l -> l.getLanguage().equals("en")).findFirst().orElseThrow().getString());
    }

    @Test void aDefinitionGivingAShippedEntryAnotherRoleNeedsAReason() throws Exception {
        Path f = write("r.json", "{\"entities\": [{\"id\": \"julien-garran\", \"label\": \"Julien Garran\", \"type\": \"person\", \"role\": \"ceo\"}]}");
        assertTrue(refused(f).startsWith("entity \"julien-garran\": already defined otherwise ("));
    }

    @Test void aRefusedAdditionStoresNothingAtAll() throws Exception {
        Fingerprint before = Fingerprint.of(cg.store().dataset());
        String big = "9".repeat(300);
        String json = "{\"document\": " + DOC + "}, \"entities\": [{\"id\": \"fresh-entity-x\", \"label\": \"Fresh X\", \"type\": \"organization\"}],"
                + " \"claims\": [{\"id\": \"c\", \"quote\": \"q\", \"statement\": \"s\", \"claimant\": \"author\", \"subject\": \"fresh-entity-x\","
                + " \"metric\": \"revenue\", \"value\": \"" + big + "\", \"unit\": \"USD\", \"period\": \"2025\", \"kind\": \"statistical\"}]}";
        BadInputException e = assertThrows(BadInputException.class, () -> cg.add("body", json, f -> "", "t", null, true, null));
        assertEquals("body: claim \"c\": field \"value\": number too large \"" + big.substring(0, 37) + "…\": more than 10^18",
                e.getMessage());
        assertEquals(before, Fingerprint.of(cg.store().dataset()));
        // a rule that throws mid-way (after entities and claims are written) leaves nothing either
        String ok = json.replace(big, "5");
        try (ClaimGraph broken = ClaimGraph.open("mem", null, brokenRules())) {
            broken.loadSeed();
            Fingerprint b0 = Fingerprint.of(broken.store().dataset());
            assertThrows(RuntimeException.class, () -> broken.add("body", ok, f -> "", "t", null, true, null));
            assertEquals(b0, Fingerprint.of(broken.store().dataset()));
            assertTrue(broken.vocabulary().entityId("fresh-entity-x").isEmpty(), "the refused entity stayed in the vocabulary");
        }
    }

    /** A rule folder whose one rule throws while the claims are checked. */
    Path brokenRules() throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("boom.drl"), """
                package org.claimgraph.rules;
                import org.claimgraph.rules.Fact;
                rule "boom"
                when
                    Fact()
                then
                    throw new IllegalStateException("a rule failed");
                end
                """);
        return rules;
    }

    @Test void textFieldsRefuseControlCharactersLoneSurrogatesAndWrongTypes() throws Exception {
        Path f = write("t.json", "{\"document\": {\"id\": \"d\", \"title\": \"a\\u0000b\", \"language\": \"en\\\"><x\", \"publisher\": 5,"
                + " \"published\": \"2025\", \"tier\": \"secondary\", \"author\": \"\\ud800x\"}, \"claims\": []} []");
        assertEquals(f + ": not valid JSON at line 1, column 184: Trailing token (of type START_ARRAY) found after value (bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`",
                refused(f).replaceAll("\\s+", " ").replaceFirst("column \\d+", "column 184"));
        f = write("t.json", "{\"document\": {\"id\": \"d\", \"title\": \"a\\u0000b\", \"language\": \"en\\\"><x\", \"publisher\": 5,"
                + " \"published\": \"2025\", \"tier\": \"secondary\", \"author\": \"\\ud800x\"}, \"claims\": []}");
        assertEquals(String.join("\n",
                f + ": field \"document.title\": the control character U+0000 at character 2 is not allowed",
                f + ": field \"document.language\": \"en\"><x\" is not a language tag such as en, zh or zh-Hant",
                f + ": field \"document.publisher\": must be text, not a number",
                f + ": field \"document.author\": a lone surrogate (U+D800) at character 1 is not text"), refused(f));
    }

    @Test void idsCannotChangeAQuery() throws Exception {
        assertEquals(List.of(), cg.store().claimsTouching(java.util.Set.of("x> ?p ?o } UNION { ?c"), java.util.Set.of("m> } UNION { ?c ?p ?o"),
                java.util.Set.of("a/b> } UNION { ?c ?p ?o")));
        Path f = write("i.json", "{\"document\": " + DOC + "}, \"claims\": [{\"id\": \"c\", \"quote\": \"q\", \"statement\": \"s\", \"claimant\": \"author\","
                + " \"kind\": \"comparative\", \"compares\": {\"op\": \"exceeds\", \"left\": \"x> } UNION { ?c ?p ?o\", \"right\": \"c\"}}]}");
        String msg = refused(f);
        assertTrue(msg.contains(f + ": claim \"c\": field \"compares\".left: \"x> } UNION { ?c ?p ?o\" is not a claim id (or document-id/claim-id)"), msg);
    }
}
