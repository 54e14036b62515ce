package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The English example stories of data/examples: every claim gets the verdict its expected.json names. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("data", "examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> examples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            List<String> names = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertFalse(names.isEmpty(), "no examples in " + EXAMPLES.toAbsolutePath());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyClaimGetsItsExpectedVerdict(String name) throws IOException {
        Path dir = EXAMPLES.resolve(name);
        List<Path> files = new ArrayList<>(List.of(dir.resolve("entities.json"), dir.resolve("claims.json")));
        try (Stream<Path> s = Files.list(dir.resolve("evidence"))) {
            files.addAll(s.filter(p -> p.toString().endsWith(".json")).sorted().toList());
        }
        String docId = JSON.readTree(dir.resolve("claims.json").toFile()).path("document").path("id").asText();
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());

        try (ClaimGraph g = ClaimGraph.open("mem", null, null)) {
            g.load(files, "test");
            Map<String, Assessment> got = new TreeMap<>();
            for (Assessment a : g.check()) if (a.claim().startsWith(docId + "/")) got.put(a.claim().substring(docId.length() + 1), a);

            Map<String, String> want = new TreeMap<>();
            expected.properties().forEach(e -> { if (!e.getKey().equals("why")) want.put(e.getKey(), e.getValue().asText()); });
            assertEquals(want.keySet(), got.keySet(), name + ": expected.json and claims.json list different claims");

            List<String> wrong = new ArrayList<>();
            for (var e : want.entrySet()) {
                Assessment a = got.get(e.getKey());
                if (a.verdict().name().equals(e.getValue())) continue;
                StringBuilder b = new StringBuilder(e.getKey() + ": expected " + e.getValue() + " (" + expected.path("why").path(e.getKey()).asText()
                        + "), got " + a.verdict() + "\n  reason: " + a.reason() + "\n  caveats: " + a.caveats());
                for (Finding f : a.findings()) {
                    b.append("\n  - ").append(f.rule()).append(' ').append(f.effect()).append(' ').append(f.kind()).append(": ").append(f.message());
                }
                wrong.add(b.toString());
            }
            if (!wrong.isEmpty()) fail(name + ": " + wrong.size() + " of " + want.size() + " verdicts differ\n" + String.join("\n", wrong));
        }
    }
}
