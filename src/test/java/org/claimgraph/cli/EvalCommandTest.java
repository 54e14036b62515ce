package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `eval` over two tiny cases (one the checker agrees with, one it does not) and over broken input. */
class EvalCommandTest {

    @TempDir Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path cases() throws Exception {
        return Path.of(EvalCommandTest.class.getResource("/eval/01-agrees/expected.json").toURI()).getParent().getParent();
    }

    @Test
    void jsonGivesEveryCaseAndTheAgreement() throws Exception {
        Run r = run("eval", cases().toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode d = new ObjectMapper().readTree(r.out());
        assertEquals(2, d.get("cases").size(), r.out());
        JsonNode a = d.get("cases").get(0), b = d.get("cases").get(1);
        assertEquals("01-agrees", a.get("id").asText());
        assertEquals("SUPPORTED", a.get("expected").asText());
        assertEquals("SUPPORTED", a.get("got").asText());
        assertEquals("en", a.get("language").asText());
        // what expected.json already says is not repeated: a set of a thousand cases still passes whole as one argument
        assertEquals(List.of("id", "expected", "got", "language"), fields(a), a.toString());
        assertEquals("02-disagrees", b.get("id").asText());
        assertEquals("UNSUPPORTED", b.get("expected").asText());
        assertEquals("CONTRADICTED", b.get("got").asText(), "$612M against a primary $412.3M");
        assertEquals("zh", b.get("language").asText());
        assertEquals(0.5, d.get("agreement").asDouble(), 1e-9);
        assertEquals(1, d.get("agreed").asInt());
        assertFalse(a.has("reason"), "an agreeing case's reason only when asked for: " + a);
        assertTrue(b.get("reason").asText().contains("412"), "the reason of the disagreement: " + b);
        // one case a line, unindented: a set of hundreds stays small enough to hand to another program whole
        String[] lines = r.out().strip().split("\n");
        assertEquals(4, lines.length, r.out());
        assertTrue(lines[1].startsWith("{\"id\":\"01-agrees\",") && lines[2].startsWith("{\"id\":\"02-disagrees\","), r.out());
    }

    static List<String> fields(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonWithWhyGivesEveryCasesReason() throws Exception {
        Run r = run("eval", cases().toString(), "--format", "json", "--why");
        assertEquals(0, r.code(), r.err());
        JsonNode d = new ObjectMapper().readTree(r.out());
        for (JsonNode c : d.get("cases")) assertFalse(c.path("reason").asText().isBlank(), c.toString());
    }

    @Test
    void textGivesALinePerCaseAndTheAgreement() throws Exception {
        Run r = run("eval", cases().toString(), "--why");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[1].matches("01-agrees\\s+SUPPORTED\\s+SUPPORTED\\s+en\\s+Test Check\\s*"), lines[1]);
        assertTrue(lines[2].matches("02-disagrees\\s+UNSUPPORTED\\s+CONTRADICTED\\s+zh\\s+Other Check\\s*"), lines[2]);
        assertTrue(lines[3].startsWith("    ") && lines[3].contains("412"), "the reason of the disagreement: " + lines[3]);
        assertEquals("agreement: 1 of 2 cases (50.0%)", lines[lines.length - 1].strip());
    }

    @Test
    void aCaseThatFailsToLoadIsAnErrorNotACrash() throws Exception {
        copy(cases(), tmp);
        Path broken = tmp.resolve("03-broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("claim.json"), Files.readString(tmp.resolve("01-agrees/claim.json")).replace("\"revenue\"", "\"revnue\""));
        Files.copy(tmp.resolve("01-agrees/entities.json"), broken.resolve("entities.json"));
        Files.copy(tmp.resolve("01-agrees/expected.json"), broken.resolve("expected.json"));
        Path noClaim = tmp.resolve("04-no-such-claim");
        Files.createDirectories(noClaim);
        Files.writeString(noClaim.resolve("expected.json"), "{\"claim\": \"a/b\", \"verdict\": \"CONTRADICTED\", \"rating\": \"False\","
                + " \"factchecker\": \"X\", \"url\": \"https://x.example\", \"language\": \"es\"}");
        Run r = run("eval", tmp.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode d = new ObjectMapper().readTree(r.out());
        JsonNode c = d.get("cases").get(2), n = d.get("cases").get(3);
        assertEquals("ERROR", c.get("got").asText());
        assertTrue(c.get("error").asText().contains("claim.json") && c.get("error").asText().contains("revnue"), c.toString());
        assertEquals("ERROR", n.get("got").asText());
        assertEquals(noClaim.resolve("expected.json") + ": field \"claim\": no claim \"a/b\" in the case's documents", n.get("error").asText());
        assertEquals(0.25, d.get("agreement").asDouble(), 1e-9);
    }

    @Test
    void aBadExpectedVerdictIsNamed() throws Exception {
        Path c = tmp.resolve("01-x");
        Files.createDirectories(c);
        Files.writeString(c.resolve("expected.json"), "{\"claim\": \"a/b\", \"verdict\": \"TRUE\"}");
        Run r = run("eval", tmp.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(c.resolve("expected.json") + ": field \"verdict\": \"TRUE\" is none of SUPPORTED, UNSUPPORTED, CONTRADICTED",
                new ObjectMapper().readTree(r.out()).get("cases").get(0).get("error").asText());
    }

    @Test
    void badUsageExitsTwo() {
        Run missing = run("eval", tmp.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertEquals("error: eval: no folder " + tmp.resolve("nope"), missing.err().strip());
        Run empty = run("eval", tmp.toString());
        assertEquals(2, empty.code());
        assertEquals("error: eval: no case in " + tmp + " (a case is a subfolder holding an expected.json)", empty.err().strip());
        Run format = run("eval", tmp.toString(), "--format", "xml");
        assertEquals(2, format.code());
        assertEquals("error: --format: unknown format \"xml\" (use text or json)", format.err().strip());
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
