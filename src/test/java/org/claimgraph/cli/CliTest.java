package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them, against a real TDB2 store in a temporary folder. */
class CliTest {

    @TempDir static Path dir;
    static Path store;
    static Run demo;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void runDemo() {
        store = dir.resolve("store");
        demo = run("demo", "--data", store.toString(), "--out", dir.resolve("report.md").toString());
    }

    @Test
    void showOfAKeyWithoutItsDocumentSaysHowToWriteIt() {
        Run r = run("show", "--data", store.toString(), "nope");
        assertEquals(2, r.code(), r.err());
        assertEquals("error: no claim \"nope\" in the store (write it as document/claim)", r.err().strip());
    }

    @Test
    void showSaysWhatAFigureIsFor() {
        Path s = dir.resolve("prices");
        Run added = run("add", "--data", s.toString(), "--document", "fuel-brief", "--title", "Fuel prices", "--publisher", "A blog",
                "--published", "2024-05-01", "--quote", "petrol costs KES 193 a litre", "--id", "petrol-price", "--subject", "肯亞",
                "--metric", "price", "--value", "KES 193 a litre", "--period", "2024-04");
        assertEquals(0, added.code(), added.err());
        Run shown = run("show", "--data", s.toString(), "fuel-brief/petrol-price");
        assertTrue(shown.out().contains("  subject: kenya, metric: price\n  claimant: author, value: KES 193 a litre, period: 2024-04"), shown.out());
    }

    @Test
    void aNewDocumentsLanguageIsGuessedFromItsTitleAndQuote() {
        Path s = dir.resolve("languages");
        Run zh = run("add", "--data", s.toString(), "--document", "power-brief", "--title", "去年售電量", "--publisher", "某報",
                "--published", "2022-02-08", "--quote", "去年售電量年增4%", "--id", "sales-growth", "--subject", "台灣",
                "--metric", "售電量成長", "--value", "4%", "--period", "2021");
        assertEquals(0, zh.code(), zh.err());
        Run en = run("add", "--data", s.toString(), "--document", "power-brief-en", "--title", "Power sales", "--publisher", "A paper",
                "--published", "2022-02-08", "--quote", "sales rose 4% last year", "--id", "sales-growth", "--subject", "Taiwan",
                "--metric", "electricity sales growth", "--value", "4%", "--period", "2021", "--force");
        assertEquals(0, en.code(), en.err());
        Run q = run("query", "--data", s.toString(), "--format", "csv",
                "PREFIX schema: <http://schema.org/> SELECT ?d ?l WHERE { ?x schema:inLanguage ?l ; schema:name ?d } ORDER BY ?d");
        assertEquals("d,l\nPower sales,en\n去年售電量,zh", q.out().strip().replace("\r", ""), q.err());
    }

    @Test
    void aCommandThatReadsTheStoreNamesAMistypedFolderAndMakesNothingThere() throws Exception {
        Path typo = dir.resolve("stroe");
        for (List<String> args : List.of(List.of("show", "a/b"), List.of("query", "contradicted"), List.of("report"), List.of("search", "oracle"),
                List.of("export"), List.of("check"), List.of("retract", "a/b", "--reason", "wrong"))) {
            List<String> all = new java.util.ArrayList<>(args);
            all.addAll(List.of("--data", typo.toString()));
            Run r = run(all.toArray(String[]::new));
            assertEquals(2, r.code(), args + ": " + r.err());
            assertEquals("error: --data: no store in " + typo + ": load claim documents into it first (claimgraph load --data " + typo
                    + " FILE…), or name the folder the store is in", r.err().strip(), args.toString());
            assertFalse(Files.exists(typo), args.toString());
        }
        // an existing folder without a store is no store either
        Files.createDirectories(typo);
        assertEquals(2, run("show", "a/b", "--data", typo.toString()).code());
        try (var left = Files.list(typo)) { assertEquals(0, left.count()); }
    }

    @Test
    void addNamesAFileItCannotTake() throws Exception {
        Path missing = dir.resolve("missing.json"), latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        Run none = run("add", "--data", store.toString(), "--file", missing.toString());
        assertEquals(2, none.code(), none.err());
        assertEquals("error: --file: no such file " + missing, none.err().strip());
        Run folder = run("add", "--data", store.toString(), "--file", dir.toString());
        assertEquals("error: --file: " + dir + " is a folder, not a claim document", folder.err().strip());
        Run bytes = run("add", "--data", store.toString(), "--file", latin1.toString());
        assertEquals(2, bytes.code(), bytes.err());
        assertEquals("error: --file: " + latin1 + " is not valid UTF-8 text: save the claim document as UTF-8", bytes.err().strip());
        Path huge = dir.resolve("huge.json");
        try (var f = new java.io.RandomAccessFile(huge.toFile(), "rw")) { f.setLength(org.claimgraph.ingest.InputFiles.MAX_FILE + 1); } // sparse: nothing written
        Run big = run("add", "--data", store.toString(), "--file", huge.toString());
        assertEquals(2, big.code(), big.err());
        assertEquals("error: --file: " + huge + " is larger than the limit of 50 MB", big.err().strip());
    }

    @Test
    void aDeviceOrAFolderNamedAsAFileIsNamedSo() {
        Path device = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "a system with /dev/null");
        String[][] cases = {
                {"error: --file: not a regular file: " + device, "add", "--data", store.toString(), "--file", device.toString()},
                {"error: " + device + ": not a regular file", "load", "--data", store.toString(), device.toString()},
                {"error: " + device + ": not a regular file", "extract", device.toString()},
                {"error: " + dir + ": a folder, not a file", "extract", dir.toString()},
                {"error: --file: not a regular file: " + device, "query", "--data", store.toString(), "--file", device.toString()},
                {"error: --file: " + dir + " is a folder, not a query", "query", "--data", store.toString(), "--file", dir.toString()},
                {"error: --token-file: not a regular file: " + device, "serve", "--data", store.toString(), "--token-file", device.toString()}};
        for (String[] c : cases) {
            Run r = run(java.util.Arrays.copyOfRange(c, 1, c.length));
            assertEquals(2, r.code(), r.err());
            assertEquals(c[0], r.err().strip());
        }
    }

    @Test
    void anOutputIntoAMissingFolderAndAFolderToLoadAreNamed() throws Exception {
        Path out = dir.resolve("no-such-folder").resolve("report.md");
        Run report = run("report", "--data", store.toString(), "--out", out.toString());
        assertEquals(2, report.code(), report.err());
        assertEquals("error: " + out + ": no such file or folder", report.err().strip());
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Run export = run("export", "--data", store.toString(), "--json-dir", file.resolve("docs").toString());
        assertEquals(2, export.code(), export.err());
        assertEquals("error: " + file.resolve("docs") + ": Not a directory", export.err().strip());
        Path folder = dir.resolve("docs");
        Run load = run("load", "--data", store.toString(), folder.toString());
        assertEquals(2, load.code(), load.err());
        assertEquals("error: " + folder + ": no such file", load.err().strip());
        assertTrue(folder.toFile().mkdir());
        Run loadFolder = run("load", "--data", store.toString(), folder.toString());
        assertEquals("error: " + folder + ": a folder, not a file: name the files in it (" + folder.resolve("*.json") + ")", loadFolder.err().strip());
    }

    @Test
    void demoPrintsTheDefiningArithmeticAndWritesTheReport() throws Exception {
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().contains("At a flat $8.5B a year, 2025–2029 (5 years) gives $42.5B, 37% of the $115B total"), demo.out());
        assertTrue(demo.out().contains("averages $23B, 2.7 times the stated rate"), demo.out());
        String md = Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("**Credibility score:**"), md);
        assertTrue(md.contains("CONTRADICTED"), md);
    }

    @Test
    void queryFindsContradictedClaimsWithTheTitleOfTheirEvidence() {
        Run r = run("query", "--data", store.toString(), "--format", "csv",
                "PREFIX cg: <https://w3id.org/claimgraph/ns#> PREFIX schema: <http://schema.org/> "
                        + "SELECT DISTINCT ?quote ?title WHERE { ?a cg:verdict cg:Contradicted ; schema:itemReviewed ?c ; cg:finding ?f . "
                        + "?c cg:quote ?quote . ?f cg:effect cg:Contradicts ; cg:usedClaim ?e . ?e cg:inDocument ?d . ?d schema:name ?title . "
                        + "?c cg:inDocument ?cd . FILTER(?cd != ?d) }");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("quote,title"), r.out());
        assertTrue(r.out().contains("国防预算") && r.out().contains("R48057"), r.out());
    }

    @Test
    void reportJsonListsEveryClaimWithVerdictAndFindings() {
        Run r = run("report", "--data", store.toString(), "--format", "json", "--document", "ai-trillion-bubble");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"verdict\" : \"CONTRADICTED\""), r.out());
        assertTrue(r.out().contains("\"rule\" : \"resolve.tension-against-backed-claim\""), r.out());
        assertTrue(r.out().contains("\"flatTotal\" : 4.25E10"), r.out());
    }

    @Test
    void badUsageGivesExitTwoWithTheReason() {
        Run unknownDoc = run("report", "--data", store.toString(), "--document", "no-such-doc");
        assertEquals(2, unknownDoc.code());
        assertTrue(unknownDoc.err().startsWith("error: no document \"no-such-doc\" in the store; documents: "), unknownDoc.err());
        Run badFormat = run("query", "--data", store.toString(), "--format", "xml", "ASK {}");
        assertEquals(2, badFormat.code());
        assertEquals("error: --format: unknown format \"xml\" (use table, csv or json)\n", badFormat.err());
        Run badQuery = run("query", "--data", store.toString(), "SELECT WHERE {");
        assertEquals(2, badQuery.code());
        assertTrue(badQuery.err().startsWith("error: the query does not parse: "), badQuery.err());
        Run noCommand = run("frobnicate");
        assertEquals(2, noCommand.code());
        Run misspelled = run("reprot");
        assertEquals(2, misspelled.code());
        assertEquals("Unmatched argument at index 0: 'reprot'\nDid you mean: claimgraph report or claimgraph retract?\n", misspelled.err());
    }

    @Test
    void aBadClaimDocumentIsRefusedAndNothingIsStored() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        String before = run("query", "--data", store.toString(), "--format", "csv", count).out();
        Path good = dir.resolve("good.json"), bad = dir.resolve("bad.json");
        String doc = "{\"document\": {\"id\": \"%s\", \"title\": \"T\", \"language\": \"en\", \"publisher\": \"P\", "
                + "\"published\": \"2025\", \"tier\": \"secondary\"}, \"claims\": [{\"id\": \"c\", \"quote\": \"q\", "
                + "\"statement\": \"s\", \"claimant\": \"author\", \"subject\": \"oracle\", \"metric\": \"revenue\", "
                + "\"value\": \"5 billion\", \"unit\": \"%s\", \"kind\": \"statistical\"}]}";
        Files.writeString(good, String.format(doc, "good-doc", "USD"));
        Files.writeString(bad, String.format(doc, "bad-doc", "FURLONG"));
        Run r = run("load", "--data", store.toString(), good.toString(), bad.toString());
        assertEquals(2, r.code());
        assertEquals("error: " + bad + ": claim \"c\": field \"unit\": unknown unit \"FURLONG\" (not in the catalogue: define it under \"units\" beside the claims, or in a file of them loaded first)\n", r.err());
        assertEquals(before, run("query", "--data", store.toString(), "--format", "csv", count).out());
    }

    @Test
    void aGoodDocumentLoadedWithMalformedRdfIsNotStoredEither() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        String before = run("query", "--data", store.toString(), "--format", "csv", count).out();
        Path good = dir.resolve("good2.json"), ttl = dir.resolve("broken.ttl");
        Files.writeString(good, "{\"document\": {\"id\": \"good-two\", \"title\": \"T\", \"language\": \"en\", \"publisher\": \"P\", "
                + "\"published\": \"2025\", \"tier\": \"secondary\"}, \"claims\": []}");
        // a claim without its quote, statement, kind or document
        Files.writeString(ttl, "<https://w3id.org/claimgraph/doc/x/claim/y> a <https://w3id.org/claimgraph/ns#Claim> .\n");
        Run r = run("load", "--data", store.toString(), good.toString(), ttl.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + ttl + ": does not meet ontology/shapes.ttl: https://w3id.org/claimgraph/doc/x/claim/y "), r.err());
        assertEquals(before, run("query", "--data", store.toString(), "--format", "csv", count).out());
    }

    @Test
    void exportThenLoadIntoAnEmptyStoreKeepsEveryQuad() {
        Path trig = dir.resolve("all.trig");
        assertEquals(0, run("export", "--data", store.toString(), "--out", trig.toString()).code());
        Path second = dir.resolve("store2");
        Run load = run("load", "--data", second.toString(), trig.toString());
        assertEquals(0, load.code(), load.err());
        String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        assertEquals(run("query", "--data", store.toString(), "--format", "csv", count).out(),
                run("query", "--data", second.toString(), "--format", "csv", count).out());
    }

    @Test
    void aLoadOfRdfCountsTheClaimsItAdds() {
        Path source = dir.resolve("rdf-source"), trig = dir.resolve("one-claim.trig");
        Run added = run("add", "--data", source.toString(), "--document", "rdf-brief", "--title", "Fuel prices", "--publisher", "A blog",
                "--published", "2024-05-01", "--quote", "petrol costs KES 193 a litre", "--id", "petrol-price", "--subject", "Kenya",
                "--metric", "price", "--value", "KES 193 a litre", "--period", "2024-04");
        assertEquals(0, added.code(), added.err());
        assertEquals(0, run("export", "--data", source.toString(), "--out", trig.toString()).code());
        Run load = run("load", "--data", dir.resolve("rdf-target").toString(), trig.toString());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().matches("loaded 1 claims from 1 file\\(s\\); the store changed by \\d+ quads\\R"), load.out());
    }

    @Test
    void addWithFlagsGivesTheQuoteItsSpanInADocumentWithText() throws Exception {
        Path cb = Path.of("data/examples/city-budget");
        Path s = dir.resolve("cb-store");
        Run load = run("load", "--data", s.toString(), cb.resolve("entities.json").toString(), cb.resolve("claims.json").toString());
        assertEquals(0, load.code(), load.err());
        String text = Files.readString(cb.resolve("article.en.txt"), StandardCharsets.UTF_8);
        String quote = "The city expects $410 million in revenue";
        int start = text.indexOf(quote);
        String[] common = {"add", "--data", s.toString(), "--document", "riverton-budget-2025", "--quote", quote,
                "--subject", "riverton", "--metric", "revenue", "--value", "410 million USD", "--period", "2025", "--force"};
        // the quote is in the text once: that is its span
        Run noSpan = run(java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.stream.Stream.of("--id", "revenue-again")).toArray(String[]::new));
        assertEquals(0, noSpan.code(), noSpan.err());
        Run shown = run("show", "--data", s.toString(), "riverton-budget-2025/revenue-again");
        assertTrue(shown.out().contains(start + "–" + (start + quote.length())) || shown.out().contains(quote), shown.out());
        // one end alone is not enough
        Run oneEnd = run(java.util.stream.Stream.concat(java.util.Arrays.stream(common),
                java.util.stream.Stream.of("--id", "revenue-third", "--start", Integer.toString(start))).toArray(String[]::new));
        assertEquals(2, oneEnd.code(), oneEnd.out());
        assertTrue(oneEnd.err().contains("field \"end\": missing: the document has text, so the quote needs its span (the quote is found at "
                + start + "–" + (start + quote.length()) + ")"), oneEnd.err());
        String[] withSpan = java.util.stream.Stream.concat(java.util.Arrays.stream(common),
                java.util.stream.Stream.of("--id", "revenue-fourth", "--start", Integer.toString(start), "--end", Integer.toString(start + quote.length()))).toArray(String[]::new);
        Run added = run(withSpan);
        assertEquals(0, added.code(), added.err());
        assertTrue(added.out().contains("riverton-budget-2025/revenue-fourth"), added.out());
    }

    @Test
    void addTakesARankOrARecordFromFlagsAndShowPrintsIt() throws Exception {
        Path cb = Path.of("data/examples/city-budget");
        Path s = dir.resolve("rank-store");
        assertEquals(0, run("load", "--data", s.toString(), cb.resolve("entities.json").toString()).code());
        String[] common = {"add", "--data", s.toString(), "--document", "council-notes", "--title", "Council notes", "--publisher", "Riverton Post",
                "--published", "2025-03-01", "--subject", "riverton", "--metric", "revenue", "--value", "410 million USD", "--period", "2024"};
        Run bad = run(java.util.stream.Stream.concat(java.util.Arrays.stream(common),
                java.util.stream.Stream.of("--quote", "a low", "--rank", "0", "--rank-from", "middle")).toArray(String[]::new));
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.err().contains("the add flags: claim \"a-low\": field \"rank\": 0 is less than 1"), bad.err());
        assertTrue(bad.err().contains("field \"rankFrom\": unknown value \"middle\"; one of highest, lowest"), bad.err());
        Run added = run(java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.stream.Stream.of("--quote", "its second lowest revenue since 2015",
                "--id", "revenue-low", "--rank", "2", "--rank-from", "lowest", "--rank-over", "since 2015")).toArray(String[]::new));
        assertEquals(0, added.code(), added.err());
        Run shown = run("show", "--data", s.toString(), "council-notes/revenue-low");
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().contains("  subject: riverton, metric: revenue, rank: 2 from the lowest, over: since 2015\n"), shown.out());
    }

    @Test
    void aCommandLineHoldsTheCommandItNamesElseEvery() {
        var every = Main.commandLine(null).getSubcommands().keySet();
        assertEquals(List.of("show"), List.copyOf(Main.commandLine("show").getSubcommands().keySet()));
        assertEquals(every, Main.commandLine("--version").getSubcommands().keySet());
        assertEquals(every, Main.commandLine("shwo").getSubcommands().keySet());
        assertEquals("claimgraph 0.1.0", Main.commandLine("report").getSubcommands().get("report").getCommandSpec().version()[0]);
    }

    @Test
    void everyCommandPrintsItsHelpWithoutWarnings() {
        var names = Main.commandLine(null).getSubcommands().keySet();
        assertTrue(names.size() >= 12, names.toString());
        // picocli writes its own warnings (a stray % in a description) to System.err itself
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (String name : names) {
                Run r = run(name, "--help");
                assertEquals(0, r.code(), name + ": " + r.err());
                assertTrue(r.out().startsWith("Usage: claimgraph " + name), name + ": " + r.out());
                assertEquals("claimgraph 0.1.0\n", run(name, "-V").out(), name + " -V");
                assertEquals("", r.err(), name + " --help wrote to stderr");
                assertEquals("", warnings.toString(StandardCharsets.UTF_8), name + " --help warned");
            }
        } finally {
            System.setErr(err);
        }
    }
}
