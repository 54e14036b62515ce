package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.claimgraph.cli.CliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --json-dir, loaded into an empty store and checked, gives the same claims and verdicts: the entities the documents use travel with them. */
class ExportRoundTripTest {

    @TempDir Path dir;

    /** Every claim by its key, and every verdict by its claim's key. */
    record Contents(Map<String, Claim> claims, Map<String, String> verdicts) {
        static Contents of(Path store) {
            try (ClaimGraph cg = ClaimGraph.open("tdb2", store, null)) {
                Map<String, Claim> claims = new TreeMap<>();
                Map<String, String> verdicts = new TreeMap<>();
                for (Claim c : cg.claims()) {
                    claims.put(c.key(), c);
                    cg.assessment(c.key()).ifPresent(a -> verdicts.put(c.key(), a.verdict().name()));
                }
                return new Contents(claims, verdicts);
            }
        }
    }

    @Test void anExportedFolderLoadsIntoAnEmptyStoreWithTheSameClaimsAndVerdicts() throws Exception {
        // an example whose documents name entities of their own (its entities.json), not only shipped ones
        Path example = Path.of("data/examples/city-budget");
        List<String> load = new ArrayList<>(List.of("load", "--data", dir.resolve("a").toString(), example.resolve("entities.json").toString(),
                example.resolve("claims.json").toString()));
        try (Stream<Path> evidence = Files.list(example.resolve("evidence"))) {
            evidence.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> load.add(p.toString()));
        }
        assertEquals(0, run(load.toArray(String[]::new)).code());
        assertEquals(0, run("check", "--data", dir.resolve("a").toString()).code());
        Contents before = Contents.of(dir.resolve("a"));
        assertTrue(before.verdicts().containsValue("SUPPORTED") && before.verdicts().containsValue("CONTRADICTED"), before.verdicts().toString());

        Path out = dir.resolve("exported");
        CliTest.Run export = run("export", "--data", dir.resolve("a").toString(), "--json-dir", out.toString());
        assertEquals(0, export.code(), export.err());
        int entities = new com.fasterxml.jackson.databind.ObjectMapper().readTree(example.resolve("entities.json").toFile()).get("entities").size();
        assertEquals("wrote 6 claim documents and _gazetteer.json (" + entities + " entities) to " + out + "\n", export.out());

        List<String> again = new ArrayList<>(List.of("load", "--data", dir.resolve("b").toString()));
        try (Stream<Path> files = Files.list(out)) {
            files.sorted().forEach(p -> again.add(p.toString()));
        }
        CliTest.Run reload = run(again.toArray(String[]::new));
        assertEquals(0, reload.code(), reload.err());
        assertEquals(0, run("check", "--data", dir.resolve("b").toString()).code());
        Contents after = Contents.of(dir.resolve("b"));
        assertEquals(before.claims().keySet(), after.claims().keySet());
        assertEquals(before.claims(), after.claims());
        assertEquals(before.verdicts(), after.verdicts());
    }
}
