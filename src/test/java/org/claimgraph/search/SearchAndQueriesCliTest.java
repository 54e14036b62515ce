package org.claimgraph.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.ClaimGraph;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.cli.Main;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search and named queries from the command line, over a TDB2 store holding the checked seed. */
class SearchAndQueriesCliTest {

    @TempDir static Path dir;
    static String data;

    @BeforeAll static void seed() {
        data = dir.resolve("store").toString();
        try (ClaimGraph cg = ClaimGraph.open("tdb2", Path.of(data), null)) {
            cg.loadSeed();
            cg.check();
        }
    }

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test void searchFindsChineseEnglishAliasesAndTypos() {
        Run zh = run("search", "甲骨文", "--data", data, "--limit", "1");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("ai-trillion-bubble/oracle-300b-5-years"), zh.out());
        assertTrue(zh.out().contains("OpenAI与«甲骨文»(Oracle)"), zh.out());
        Run typo = run("search", "Orcale", "--data", data, "--format", "json");
        assertEquals(0, typo.code(), typo.err());
        assertTrue(typo.out().contains("\"claim\" : \"ai-trillion-bubble/oracle-300b-5-years\""), typo.out());
        assertTrue(typo.out().contains("\"fuzzy\" : true"), typo.out());
        Run none = run("search", "zzzzqqq", "--data", data);
        assertEquals("no claim matches \"zzzzqqq\"\n", none.out());
    }

    @Test void searchRefusesBadOptions() {
        Run r = run("search", "x", "--data", data, "--limit", "0");
        assertEquals(2, r.code());
        assertEquals("error: --limit: must be between 1 and 1000, not 0\n", r.err());
        Run f = run("search", "x", "--data", data, "--format", "xml");
        assertEquals(2, f.code());
        assertEquals("error: --format: unknown format \"xml\" (use table or json)\n", f.err());
    }

    @Test void indexIsRebuiltOnlyWhenClaimsChange() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            TextIndex ti = cg.textIndex();
            assertTrue(ti.search("甲骨文", 5).isEmpty());
            cg.loadSeed();
            assertTrue(ti.refresh(), "new claims must rebuild the index");
            assertFalse(ti.refresh(), "unchanged claims must not");
            assertEquals("ai-trillion-bubble/oracle-300b-5-years", cg.search("甲骨文", 1).get(0).claim());
        }
    }

    @Test void aWriteIndexesAgainOnlyTheClaimsItChanged(@TempDir Path tmp) {
        try (ClaimGraph cg = ClaimGraph.open("tdb2", tmp.resolve("store"), null)) {
            cg.loadSeed();
            TextIndex ti = cg.textIndex();
            int claims = cg.claims().size();
            assertArrayEquals(new int[] {claims, 0}, ti.lastChanges(), "a new index holds every claim");
            cg.retract("ai-trillion-bubble/oracle-300b-5-years", "editor", "test");
            assertTrue(ti.refresh());
            assertArrayEquals(new int[] {0, 1}, ti.lastChanges(), "a retraction drops its claim and nothing else");
            assertTrue(cg.search("甲骨文", 100).stream().noneMatch(h -> h.claim().equals("ai-trillion-bubble/oracle-300b-5-years")));
            cg.store().write(() -> {
                var gazetteer = cg.store().dataset().getNamedModel(CG.GRAPH_GAZETTEER);
                gazetteer.add(gazetteer.createResource(CG.ENTITY + "oracle"), SKOS.altLabel, "Zyxwvut");
                return null;
            });
            assertTrue(ti.refresh());
            long naming = cg.claims().stream().filter(c -> "oracle".equals(c.subject()) || "oracle".equals(c.object())).count();
            assertArrayEquals(new int[] {(int) naming, 0}, ti.lastChanges(), "a new alias indexes again the claims naming the entity");
            assertEquals(naming, cg.search("Zyxwvut", 100).size());
        }
    }

    @Test void claimsImportedAsRdfAreIndexedFromTheirTriples(@TempDir Path tmp) throws Exception {
        // one document's graph of an export, loaded as Turtle: an imported graph, read as triples, not from the claims
        Path trig = tmp.resolve("all.trig"), doc = tmp.resolve("article.ttl");
        assertEquals(0, run("export", "--data", data, "--out", trig.toString()).code());
        var graph = org.apache.jena.riot.RDFDataMgr.loadDataset(trig.toString()).getNamedModel(CG.docGraph("ai-trillion-bubble"));
        try (var out = java.nio.file.Files.newOutputStream(doc)) { org.apache.jena.riot.RDFDataMgr.write(out, graph, org.apache.jena.riot.Lang.TURTLE); }
        String imported = tmp.resolve("imported").toString();
        assertEquals(0, run("load", "--data", imported, doc.toString()).code());
        Run zh = run("search", "甲骨文", "--data", imported, "--limit", "1");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("ai-trillion-bubble/oracle-300b-5-years"), zh.out());
        assertTrue(zh.out().contains("OpenAI与«甲骨文»(Oracle)"), zh.out());
    }

    @Test void anIndexIsTrustedUntilTheStoreIsWrittenAgain(@TempDir Path tmp) {
        Path folder = tmp.resolve("store");
        String stamp;
        try (ClaimGraph cg = ClaimGraph.open("tdb2", folder, null)) {
            cg.loadSeed();
            stamp = cg.store().changeStamp();
            assertNotNull(stamp);
            cg.claims();
            assertEquals("ai-trillion-bubble/oracle-300b-5-years", cg.search("甲骨文", 1).get(0).claim());
            assertEquals(stamp, cg.store().changeStamp(), "reads and searches write nothing to the store");
        }
        try (ClaimGraph cg = ClaimGraph.open("tdb2", folder, null)) {
            assertEquals(stamp, cg.store().changeStamp(), "opening the store again is no write");
            TextIndex ti = cg.textIndex();
            assertFalse(ti.refresh());
            assertTrue(cg.search("Zyxwvut", 5).isEmpty());
            // a write that bypasses the application still moves the stamp, and the index follows it
            cg.store().write(() -> {
                var gazetteer = cg.store().dataset().getNamedModel(CG.GRAPH_GAZETTEER);
                gazetteer.add(gazetteer.createResource(CG.ENTITY + "oracle"), SKOS.altLabel, "Zyxwvut");
                return null;
            });
            assertNotEquals(stamp, cg.store().changeStamp());
            assertTrue(ti.refresh(), "a new alias changes what the index holds");
            assertFalse(ti.refresh());
            // every claim naming the entity carries its names, not only the first read (the names are read once an entity)
            long naming = cg.claims().stream().filter(c -> "oracle".equals(c.subject()) || "oracle".equals(c.object())).count();
            assertTrue(naming > 1, "the seed names Oracle in several claims");
            assertEquals(naming, cg.search("Zyxwvut", 100).size());
        }
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            assertNull(cg.store().changeStamp(), "a store in memory cannot tell");
        }
    }

    @Test void namedQueriesRunByName() {
        Run c = run("query", "contradicted", "--data", data, "--format", "csv");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().startsWith("claim,quote,evidenceTitle,evidenceQuote"), c.out());
        assertTrue(c.out().contains("ai-trillion-bubble/us-defence-budget-2024"), c.out());
        Run e = run("query", "entity-claims", "--param", "entity=Oracle", "--data", data);
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("ai-trillion-bubble/oracle-300b-5-years"), e.out());
        Run r = run("query", "claimant-record", "--param", "claimant=analysts", "--data", data, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("verdict,claim,quote"), r.out());
        for (String name : List.of("verdicts-by-document", "unsourced")) assertEquals(0, run("query", name, "--data", data).code(), name);
        Run s = run("query", "source-record", "--param", "publisher=reuters", "--data", data, "--format", "csv");
        assertTrue(s.out().contains("Reuters"), s.out());
    }

    @Test void namedQueryErrorsNameTheProblem() {
        Run unknown = run("query", "nope", "--data", data);
        assertEquals(2, unknown.code());
        assertEquals("error: no named query \"nope\"; named queries: contradicted, verdicts-by-document, unsourced, claimant-record, "
                + "source-record, entity-claims\n", unknown.err());
        Run bad = run("query", "entity-claims", "--param", "entity=Orcle", "--data", data);
        assertEquals(2, bad.code());
        assertEquals("error: query entity-claims: entity: no entity \"Orcle\" in the gazetteer (did you mean \"oracle\"?)\n", bad.err());
        Run extra = run("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--param", "a=b", "--data", data);
        assertEquals(2, extra.code());
        assertEquals("error: --param: only named queries take parameters\n", extra.err());
    }
}
