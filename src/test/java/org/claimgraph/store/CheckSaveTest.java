package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Assessment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A full check's verdicts are saved as the check makes them, in one transaction: only those that differ
 * from the stored ones are written, and a check that fails midway leaves the stored ones as they were.
 */
class CheckSaveTest {

    @TempDir Path dir;
    private List<Assessment> saved;

    @BeforeEach
    void checkTheSeed() {
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            cg.loadSeed();
            saved = cg.check();
        }
        assertTrue(saved.size() > 50, "the seed and its evidence: " + saved.size());
    }

    /** The assessments with the reasons of every {@code step}-th one changed, as a new rule's wording would. */
    private List<Assessment> reworded(int step) {
        List<Assessment> out = new ArrayList<>(saved);
        for (int i = 0; i < out.size(); i += step) {
            Assessment a = out.get(i);
            out.set(i, new Assessment(a.claim(), a.verdict(), "Reworded " + i + ".", a.caveats(), a.findings()));
        }
        return out;
    }

    private static long writtenBy(ClaimStore s, String rules) {
        return s.query("PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX cg: <https://w3id.org/claimgraph/ns#> "
                + "SELECT (COUNT(*) AS ?n) WHERE { ?a a cg:Assessment ; prov:wasGeneratedBy ?run . ?run cg:ruleSetVersion \"" + rules + "\" }",
                q -> q.execSelect().next().getLiteral("n").getLong());
    }

    private static Map<String, Assessment> stored(ClaimStore s) {
        Map<String, Assessment> out = new HashMap<>();
        s.assessments().forEach(a -> out.put(a.claim(), a));
        return out;
    }

    private static void assertStoredAre(List<Assessment> want, ClaimStore s) {
        Map<String, Assessment> back = stored(s);
        assertEquals(want.size(), back.size());
        for (Assessment a : want) assertTrue(RdfMapping.sameStored(a, back.get(a.claim())), "stored: " + a.claim() + " " + back.get(a.claim()));
    }

    @ParameterizedTest(name = "index in memory: {0}")
    @ValueSource(booleans = {false, true})
    void aCheckThatChangesSomeVerdictsWritesOnlyThoseAsTheyCome(boolean warm) {
        List<Assessment> next = reworded(20);
        int changed = (saved.size() + 19) / 20;
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            ClaimStore s = cg.store();
            if (warm) assertEquals(saved.size(), s.assessments().size(), "the index read, verdicts and all");
            List<Integer> storedWhenHandedOn = new ArrayList<>();
            ClaimStore.Saved r = s.saveAssessments("partly", Instant.now().plusSeconds(1), sink -> {
                for (int i = 0; i < next.size(); i += 10) {
                    sink.accept(next.subList(i, Math.min(next.size(), i + 10)));
                    storedWhenHandedOn.add(i);
                }
            });
            assertEquals(saved.size(), r.assessed());
            assertEquals(changed, r.written());
            assertEquals((next.size() + 9) / 10, storedWhenHandedOn.size(), "handed on in parts");
            assertEquals(changed, writtenBy(s, "partly"), "the unchanged verdicts are not written again");
            assertStoredAre(next, s);
        }
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            assertStoredAre(next, cg.store());
        }
    }

    @ParameterizedTest(name = "index in memory: {0}")
    @ValueSource(booleans = {false, true})
    void aCheckThatFailsMidwayLeavesTheStoredVerdictsAsTheyWere(boolean warm) {
        List<Assessment> next = reworded(1);
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            ClaimStore s = cg.store();
            if (warm) s.assessments();
            Instant checked = s.checkedAt();
            var e = assertThrows(IllegalStateException.class, () -> s.saveAssessments("failed", Instant.now().plusSeconds(1), sink -> {
                sink.accept(next.subList(0, 30));
                throw new IllegalStateException("a session failed");
            }));
            assertEquals("a session failed", e.getMessage());
            assertEquals(0, writtenBy(s, "failed"));
            assertEquals(checked, s.checkedAt(), "no run recorded");
            assertStoredAre(saved, s);
        }
    }

    @Test
    void aFullCheckThatStopsMidwayKeepsTheVerdictsItWouldHaveReplaced() {
        List<Assessment> next = reworded(1);
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            cg.store().saveAssessments(next, "reworded", Instant.now().plusSeconds(1));
            int[] seen = {0};
            var e = assertThrows(IllegalStateException.class, () -> cg.checkRun(a -> {
                if (++seen[0] == 40) throw new IllegalStateException("stopped at the 40th verdict");
            }));
            assertEquals("stopped at the 40th verdict", e.getMessage());
            assertStoredAre(next, cg.store());
            assertEquals(0, writtenBy(cg.store(), cg.rules().version()), "the stopped check wrote nothing");
            ClaimGraph.CheckRun run = cg.checkRun();
            assertEquals(saved.size(), run.claims());
            assertEquals(saved.size(), run.written(), "every reworded verdict is put right");
            assertStoredAre(saved, cg.store());
        }
    }

    @Test
    void afterAFullCheckTheIndexKeepsStampsThatTellWhichVerdictsChanged() {
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            ClaimStore s = cg.store();
            s.claims(); // the index in memory, verdicts and all
            assertEquals(0, cg.checkRun().written());
            Map<String, org.claimgraph.model.Verdict> verdicts = new HashMap<>();
            saved.forEach(a -> verdicts.put(a.claim(), a.verdict()));
            assertEquals(verdicts, s.verdictsOf(verdicts.keySet()));
            assertStoredAre(saved, s);
            Assessment a = saved.get(2);
            s.replaceAssessments(List.of(saved.get(0), saved.get(1), new Assessment(a.claim(), a.verdict(), "Reworded.", a.caveats(), a.findings())), "one");
            assertEquals(1, writtenBy(s, "one"), "the two unchanged ones are told by their stamps");
            assertEquals("Reworded.", cg.assessment(a.claim()).orElseThrow().reason());
        }
    }

    @Test
    void verdictsOfClaimsNoLongerCheckedGo() {
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            ClaimStore s = cg.store();
            List<Assessment> fewer = saved.subList(5, saved.size());
            ClaimStore.Saved r = s.saveAssessments("fewer", Instant.now().plusSeconds(1), sink -> sink.accept(fewer));
            assertEquals(0, r.written());
            assertStoredAre(fewer, s);
            assertFalse(stored(s).containsKey(saved.get(0).claim()));
        }
    }
}
