package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdict log keeps what was committed, nothing else, across openings, a write cut short and a rewrite. */
class VerdictLogTest {

    @TempDir Path dir;

    private static final VerdictLog.Run RUN = new VerdictLog.Run("https://w3id.org/claimgraph/run/check/1", Instant.parse("2026-01-02T03:04:05Z"),
            Instant.parse("2026-01-02T03:04:09Z"), "rules-1", "2 claims");

    private static Assessment assessment(String key, String reason) {
        Finding f = new Finding("evidence", key, Effect.CONTRADICTS, FindingKind.REAL_CONTRADICTION, "The source says 42.",
                Map.of("ratio", 2.7, "nothing", Double.NaN), List.of("doc/e1", "doc/e1"), "an estimate", 3, null);
        Finding g = new Finding("arithmetic", key, Effect.CONTEXT, FindingKind.ROUNDING, "Within rounding.", Map.of(), List.of(), null, 0, null);
        return new Assessment(key, Verdict.CONTRADICTED, reason, List.of("b", "a", "b"), List.of(f, g));
    }

    /** What the graph kept of an assessment: findings by rule and message, each claim used once, finite numbers, no authority. */
    private static Assessment asStored(Assessment a) {
        List<Finding> fs = new ArrayList<>();
        for (Finding f : a.findings()) {
            Map<String, Double> numbers = new java.util.TreeMap<>();
            f.numbers().forEach((k, v) -> { if (Double.isFinite(v)) numbers.put(k, v); });
            fs.add(new Finding(f.rule(), a.claim(), f.effect(), f.kind(), f.message(), numbers,
                    List.copyOf(new java.util.LinkedHashSet<>(f.used())), f.caveat(), 0, null));
        }
        fs.sort(java.util.Comparator.comparing(Finding::rule).thenComparing(Finding::message));
        return new Assessment(a.claim(), a.verdict(), a.reason(), List.copyOf(new java.util.LinkedHashSet<>(a.caveats())), fs);
    }

    private static void commit(VerdictLog log, List<Assessment> put, List<String> remove) {
        VerdictLog.Batch b = log.begin();
        b.run(RUN);
        put.forEach(a -> b.put(a, RUN.iri()));
        remove.forEach(b::remove);
        b.commit();
    }

    @Test
    void whatWasCommittedIsReadBackInTheGraphsFormInAnotherOpening() {
        Assessment a = assessment("doc/c1", "One."), b = assessment("doc/c2", "Two.");
        try (VerdictLog log = VerdictLog.open(dir)) {
            commit(log, List.of(a, b), List.of());
            commit(log, List.of(assessment("doc/c1", "One again.")), List.of("doc/c2"));
        }
        try (VerdictLog log = VerdictLog.open(dir)) {
            assertEquals(asStored(assessment("doc/c1", "One again.")), log.get("doc/c1").assessment());
            assertNull(log.get("doc/c2"), "removed");
            assertEquals(List.of(RUN), log.runs(), "a run recorded again is the same run");
            List<String> seen = new ArrayList<>();
            log.forEach(x -> seen.add(x.assessment().reason()));
            assertEquals(List.of("One again."), seen);
            assertEquals(java.util.Set.of("ratio"), log.numberNames());
        }
    }

    @Test
    void anAbortedBatchLeavesNothing() {
        try (VerdictLog log = VerdictLog.open(dir)) {
            commit(log, List.of(assessment("doc/c1", "Kept.")), List.of());
            VerdictLog.Batch b = log.begin();
            b.put(assessment("doc/c1", "Dropped."), RUN.iri());
            b.put(assessment("doc/c9", "Dropped."), RUN.iri());
            b.abort();
            assertEquals("Kept.", log.get("doc/c1").assessment().reason());
            assertNull(log.get("doc/c9"));
        }
        try (VerdictLog log = VerdictLog.open(dir)) {
            assertEquals("Kept.", log.get("doc/c1").assessment().reason());
            assertEquals(1, log.size());
        }
    }

    @Test
    void aRecordCutShortIsCutOffAndTheRestKept() throws IOException {
        try (VerdictLog log = VerdictLog.open(dir)) {
            commit(log, List.of(assessment("doc/c1", "Whole.")), List.of());
        }
        Path file = dir.resolve(VerdictLog.FILE);
        long whole = Files.size(file);
        // a crash in the middle of the next record: its length and part of its body
        Files.write(file, new byte[] {0, 0, 1, 0, 1, 2, 3, 4, 9, 9}, StandardOpenOption.APPEND);
        try (VerdictLog log = VerdictLog.open(dir)) {
            assertEquals("Whole.", log.get("doc/c1").assessment().reason());
            assertEquals(whole, Files.size(file), "the torn record is cut off");
            commit(log, List.of(assessment("doc/c2", "After.")), List.of());
        }
        try (VerdictLog log = VerdictLog.open(dir)) {
            assertEquals("After.", log.get("doc/c2").assessment().reason());
            assertEquals(2, log.size());
        }
    }

    @Test
    void aFileOfMostlyReplacedRecordsIsRewrittenWithTheSameVerdicts() throws IOException {
        String longReason = "x".repeat(20_000);
        try (VerdictLog log = VerdictLog.open(dir)) {
            commit(log, List.of(assessment("doc/other", "Untouched.")), List.of());
            for (int i = 0; i < 1000; i++) commit(log, List.of(assessment("doc/c1", longReason + i)), List.of());
            assertTrue(Files.size(dir.resolve(VerdictLog.FILE)) < 8_500_000, "rewritten: " + Files.size(dir.resolve(VerdictLog.FILE)));
            assertEquals(longReason + 999, log.get("doc/c1").assessment().reason());
        }
        try (VerdictLog log = VerdictLog.open(dir)) {
            assertEquals(longReason + 999, log.get("doc/c1").assessment().reason());
            assertEquals("Untouched.", log.get("doc/other").assessment().reason());
            assertEquals(RUN, log.get("doc/other").run());
        }
    }

    @Test
    void aStoreWhoseLogIsNotOneSaysWhatToDo() throws IOException {
        Tdb2Backend.open(dir).close();
        Files.write(dir.resolve(VerdictLog.FILE), "not a log".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var e = org.junit.jupiter.api.Assertions.assertThrows(StoreUnavailableException.class, () -> Tdb2Backend.open(dir));
        assertEquals(dir.resolve(VerdictLog.FILE) + " cannot be read as the store's verdicts (not a verdict log of ClaimGraph (its first bytes differ)):"
                + " it holds only what a check makes again, so move it aside and run check", e.getMessage());
        Files.delete(dir.resolve(VerdictLog.FILE));
        Tdb2Backend.open(dir).close(); // the store opens again, its verdicts gone until the next check
    }
}
