package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract and eval-extract as a user runs them: the seed article's figures, the claim draft, and every refusal. */
class ExtractCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SEED = "data/ai-trillion-bubble/article.zh.txt";
    @TempDir Path dir;

    @Test
    void seedArticleFiguresWithSpansValuesAndUnits() throws Exception {
        CliTest.Run r = CliTest.run("extract", SEED, "--lang", "zh", "--published", "2025-11-20");
        assertEquals(0, r.code(), r.err());
        JsonNode d = JSON.readTree(r.out());
        String text = Files.readString(Path.of(SEED));
        assertEquals("zh", d.path("language").asText());
        List<String> seen = new ArrayList<>();
        for (JsonNode q : d.path("quantities")) {
            assertEquals(q.path("text").asText(), text.substring(q.path("start").asInt(), q.path("end").asInt()));
            seen.add(q.path("text").asText() + "=" + q.path("value").asDouble() + " " + q.path("unit").asText());
        }
        for (String want : List.of("1150亿美元=1.15E11 USD", "1.3万亿美元=1.3E12 USD", "85亿美元=8.5E9 USD", "34%=34.0 percent", "6吉瓦=6.0 GW",
                "1400英亩=1400.0 acre", "4500平方英尺=4500.0 ft2", "14天=14.0 days")) {
            assertTrue(seen.contains(want), want + " not in " + seen);
        }
        assertTrue(seen.stream().noneMatch(s -> s.startsWith("500=") || s.startsWith("401k")), "names are no figures: " + seen);
        JsonNode burn = null;
        for (JsonNode c : d.path("claims")) if (c.path("value").asText().equals("1150亿")) burn = c;
        assertEquals("openai", burn.path("subject").asText(), burn.toString());
        assertEquals("cash-burn", burn.path("metric").asText(), burn.toString());
        assertEquals("USD", burn.path("unit").asText());
        assertTrue(burn.path("todo").toString().contains("statement"), burn.toString());
    }

    @Test
    void offsetsCountCodePointsAfterCharactersOutsideTheBasicPlane() throws Exception {
        // 𠮷 and the emoji are one code point each but two Java chars: offsets are Python's
        Path f = dir.resolve("emoji.txt");
        String text = "🚀 Acme said revenue rose 12% to $3.4 billion in 2024.\n𠮷野家的营收增长了两倍半，达到85亿元。\n";
        Files.writeString(f, text);
        for (String lang : List.of("en", "zh")) {
            CliTest.Run r = CliTest.run("extract", f.toString(), "--lang", lang, "--published", "2025-02-01");
            assertEquals(0, r.code(), r.err());
            JsonNode d = JSON.readTree(r.out());
            int[] cps = text.codePoints().toArray();
            List<String> seen = new ArrayList<>();
            for (JsonNode q : d.path("quantities")) {
                int s = q.path("start").asInt(), e = q.path("end").asInt();
                assertEquals(q.path("text").asText(), new String(cps, s, e - s), q.toString());
                seen.add(s + "-" + e + " " + q.path("text").asText());
            }
            assertTrue(seen.contains("25-28 12%") && seen.contains("32-44 $3.4 billion"), seen.toString());
            if (lang.equals("zh")) {
                JsonNode times = null;
                for (JsonNode q : d.path("quantities")) if (q.path("text").asText().equals("两倍半")) times = q;
                assertEquals("63-66 2.5 times", times.path("start").asInt() + "-" + times.path("end").asInt() + " " + times.path("value").asDouble()
                        + " " + times.path("unit").asText(), seen.toString());
            }
            for (JsonNode c : d.path("claims")) {
                int s = c.path("start").asInt(), e = c.path("end").asInt();
                assertEquals(c.path("quote").asText(), new String(cps, s, e - s), c.toString());
            }
        }
    }

    @Test
    void claimsFormatIsAWholeDocumentDraftWithTodos() throws Exception {
        Path f = dir.resolve("story.txt");
        Files.writeString(f, "Acme results\nAcme Corp said revenue rose 12% to $3.4 billion in 2024, according to its annual report.\n");
        CliTest.Run r = CliTest.run("extract", f.toString(), "--format", "claims", "--published", "2025-02-01", "--title", "Acme results");
        assertEquals(0, r.code(), r.err());
        JsonNode d = JSON.readTree(r.out());
        assertEquals("story", d.path("document").path("id").asText());
        assertEquals("Acme results", d.path("document").path("title").asText());
        assertEquals("en", d.path("document").path("language").asText());
        assertEquals("[\"publisher\",\"tier\"]", d.path("document").path("todo").toString());
        assertEquals(2, d.path("claims").size(), r.out());
        JsonNode money = d.path("claims").get(1);
        assertEquals("3.4 billion", money.path("value").asText());
        assertEquals("USD", money.path("unit").asText());
        assertEquals("revenue", money.path("metric").asText());
        assertEquals("2024", money.path("period").asText());
        assertTrue(!money.has("why") && !money.has("quantity"), money.toString());
    }

    @Test
    void badInputIsRefusedWithTheReason() throws Exception {
        assertRefused("error: nope.txt: no such file", "extract", "nope.txt");
        assertRefused("error: --lang: \"fr\" is not zh or en", "extract", SEED, "--lang", "fr");
        assertRefused("error: --published: \"20 Nov\" is not a date like 2025-11-20", "extract", SEED, "--published", "20 Nov");
        assertRefused("error: --format: unknown format \"xml\" (use json or claims)", "extract", SEED, "--format", "xml");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', '1', '2', '%'});
        assertRefused("error: " + latin1 + ": not UTF-8 text", "extract", latin1.toString());
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "  \n");
        assertRefused("error: the text is empty", "extract", empty.toString());
        assertRefused("error: " + dir.resolve("none") + " is not a folder", "eval-extract", dir.resolve("none").toString());
        assertRefused("error: " + dir + " holds no *.gold.json file", "eval-extract", dir.toString());
    }

    private static void assertRefused(String message, String... args) {
        CliTest.Run r = CliTest.run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(message, r.err().strip());
    }

    @Test
    void helpDescribesEveryOption() {
        CliTest.Run r = CliTest.run("extract", "--help");
        assertEquals(0, r.code());
        for (String o : List.of("--lang", "--published", "--title", "--format", "FILE")) assertTrue(r.out().contains(o), r.out());
        // what happens without a date, and who is recorded without --author, is said
        assertTrue(r.out().replaceAll("\\s+", " ").contains("(default: none; their periods stay in todo)"), r.out());
        for (String command : List.of("load", "add", "retract")) {
            String help = CliTest.run(command, "--help").out().replaceAll("\\s+", " ");
            assertTrue(help.contains("--author=NAME") && help.contains("default: no one is recorded"), help);
        }
        String add = CliTest.run("add", "--help").out().replaceAll("\\s+", " ");
        assertTrue(add.contains("social-post, research (default: article)"), add);
        // a total unless a rate or what the figure is for is written, and a unit a count needs not, are said
        assertTrue(add.contains("e.g. year (default: none, a total, unless --value writes its rate: \"$2.4 billion a year\")"), add);
        assertTrue(add.contains("kWh (default: none, unless --value writes it: \"$80 a barrel\")"), add);
        assertTrue(add.contains("GW, 人 … (default: none, which a count, a magnitude or an index needs not)"), add);
        // which flags a claim without --file needs, a document's unknown date, and where a scope comes from unless given
        assertTrue(add.contains("a new one with --title …); required unless --file") && add.contains("the document's words; required unless --file"), add);
        assertTrue(add.contains("2025-11 or 2025 (default: unknown, and its relative periods, such as last year, are refused)"), add);
        assertTrue(add.contains("(default: none, or the words around the metric's name: \"maize production\", \"age of first-time buyers\")"), add);
        assertTrue(add.contains("(exclusive); give it with --start, or neither"), add);
        // serve without a token file, and the names a named query's parameters take, are said
        assertTrue(CliTest.run("serve", "--help").out().replaceAll("\\s+", " ").contains("(default: the CLAIMGRAPH_TOKEN variable; with neither, the server is read-only)"));
        assertTrue(CliTest.run("query", "--help").out().replaceAll("\\s+", " ").contains("repeatable: entity=… (entity-claims), claimant=… (claimant-record), publisher=… (source-record)"));
    }

    @Test
    void evalExtractPrintsTheTableOfTheGoldSet() {
        CliTest.Run r = CliTest.run("eval-extract", "data/extract-gold");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("file "), r.out());
        assertTrue(r.out().contains("11-tsmc-2024-results"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("total en")) && r.out().lines().anyMatch(l -> l.startsWith("total zh")), r.out());
    }

    @Test
    void evalExtractDetailsListEveryClaimFieldThatDisagreesWithTheGold() throws Exception {
        String text = "France's exports rose 3% in 2025, to $700 billion. Its car plant opened on 3 March 2025.";
        Files.writeString(dir.resolve("a.txt"), text);
        // the gold gives the growth to Germany, the level to 2024, and takes the opening date for a claim the drafter makes none of
        Files.writeString(dir.resolve("a.gold.json"), "{\"file\": \"a.txt\", \"language\": \"en\", \"published\": \"2026-01-10\", \"quantities\": ["
                + "{\"start\": 22, \"end\": 24, \"text\": \"3%\", \"value\": 3, \"unit\": \"percent\","
                + " \"claim\": {\"subject\": \"Germany\", \"metric\": \"exports growth\", \"period\": \"2025\"}},"
                + "{\"start\": 37, \"end\": 49, \"text\": \"$700 billion\", \"value\": 7e11, \"unit\": \"USD\","
                + " \"claim\": {\"subject\": \"France\", \"metric\": \"exports\", \"period\": \"2024\"}},"
                + "{\"start\": 75, \"end\": 87, \"text\": \"3 March 2025\", \"value\": \"2025-03-03\", \"unit\": \"date\","
                + " \"claim\": {\"subject\": \"France\", \"metric\": \"opening date\", \"period\": \"2025\"}}]}");
        CliTest.Run r = CliTest.run("eval-extract", dir.toString(), "--details");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("a claim 3%@22: subject: gold Germany, drafted france",
                "a claim $700 billion@37: period: gold 2024, drafted 2025",
                "a claim 3 March 2025@75: no claim drafted (gold: subject France, metric opening date, period 2025)"),
                r.out().lines().filter(l -> l.startsWith("a claim ")).toList(), r.out());
        // without --details the table alone
        assertTrue(CliTest.run("eval-extract", dir.toString()).out().lines().noneMatch(l -> l.startsWith("a claim ")));
    }
}
