package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's answers, not its times: every planted verdict right by the rules and by both baselines. */
class BenchTest {

    @Test
    void everyPlantedAnswerIsRightByTheRulesAndBothBaselines(@TempDir Path dir) throws Exception {
        StringWriter progress = new StringWriter();
        Map<String, Object> f = Bench.run(dir.resolve("run"), Bench.MIN_CLAIMS, 3, 2, 1, new PrintWriter(progress, true));
        for (String k : List.of("claims", "load_s", "load_triples_per_s", "check_s", "rules_s", "sparql_baseline_s", "hash_join_s", "planted",
                "planted_right", "add_p50_ms", "add_p99_ms", "writers16_per_s", "heap_mb", "rss_mb", "rules_evidence_only_s")) {
            assertTrue(f.containsKey(k), "no " + k + " in " + f.keySet());
        }
        int planted = (int) f.get("planted");
        assertTrue(planted > 300, "only " + planted + " planted answers");
        assertEquals(planted, f.get("planted_right"), progress.toString());
        assertEquals(planted, f.get("sparql_planted_right"));
        int evidence = (int) f.get("hash_join_planted");
        assertTrue(evidence > 100, "only " + evidence + " planted evidence answers");
        assertEquals(evidence, f.get("hash_join_planted_right"));
        assertEquals(evidence, f.get("rules_evidence_only_planted_right"));
        assertEquals(3, f.get("timed_runs"));
        assertEquals(3, f.get("sparql_timed_runs"), "the SPARQL baseline runs once only above 200,000 claims");
        assertTrue((double) f.get("writers16_per_s") > 0, "no write acknowledged: " + f.get("writers16_per_s"));
        assertEquals(0, f.get("recheck_written"), "a check of the unchanged store rewrote verdicts");
        // both parts ran in this JVM: under its one collector
        assertEquals(f.get("batch_gc"), f.get("writes_gc"));
        assertTrue(List.copyOf(f.keySet()).indexOf("add_p99_ms") < List.copyOf(f.keySet()).indexOf("heap_mb"), "memory comes last: " + f.keySet());
        long heap = (long) f.get("heap_mb"), max = (long) f.get("max_heap_mb");
        assertTrue(heap > 0 && heap <= max, "peak heap " + heap + " MB against a maximum of " + max + " MB");
    }

    @Test
    void refusesAFolderThatIsNotItsOwnEarlierRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "a user's file");
        var e = assertThrows(IllegalArgumentException.class, () -> Bench.prepare(dir));
        assertEquals("--data: " + dir + " holds files that are not an earlier benchmark run (no .claimgraph-bench in it); bench writes only into an empty"
                + " folder or its own earlier run", e.getMessage());
        assertTrue(Files.exists(dir.resolve("notes.txt")));
    }
}
