package org.claimgraph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Track records of a source and of a claimant across every document. */
class TrackRecordTest {

    static ClaimGraph cg;

    @BeforeAll static void seed() {
        cg = ClaimGraph.open("mem", null, null);
        cg.loadSeed();
        cg.check();
    }

    @AfterAll static void close() { cg.close(); }

    @Test
    void aClaimantsRecordGathersTheirClaimsFromEveryDocument() {
        var r = cg.trackRecord(null, "Sam Altman").documents().get(0);
        assertEquals("Track record: Sam Altman", r.document().title());
        assertTrue(r.claims().stream().map(c -> c.claim().docId()).distinct().count() > 1, "claims from several documents");
        assertTrue(r.claims().stream().allMatch(c -> c.claim().claimant().equals("sam-altman")));
        int counted = r.counts().values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(counted <= r.claims().size(), "repeats count once");
        assertTrue(r.score().settled() > 0 && r.score().low() <= r.score().value() && r.score().value() <= r.score().high());
    }

    @Test
    void aSourcesRecordTakesEveryDocumentOfThePublisher() {
        var r = cg.trackRecord("reuters", null).documents().get(0);
        assertTrue(r.claims().stream().allMatch(c -> c.claim().docId().contains("reuters")), "only Reuters documents here");
        assertTrue(r.counts().get(Verdict.SUPPORTED) >= 1);
        String md = MarkdownReport.render(cg.trackRecord("reuters", null));
        assertTrue(md.startsWith("# Track record: reuters"), md);
    }

    @Test
    void unknownSourcesAndClaimantsAreRefusedWithASuggestion() {
        assertEquals("--claimant: unknown claimant \"Sam Altmn\" (did you mean \"sam altman\"?)",
                assertThrows(IllegalArgumentException.class, () -> cg.trackRecord(null, "Sam Altmn")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> cg.trackRecord("Daily Planet", null)).getMessage()
                .startsWith("--source: no document's publisher contains \"Daily Planet\"; publishers: "));
    }
}
