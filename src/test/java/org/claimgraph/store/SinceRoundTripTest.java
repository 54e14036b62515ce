package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Claim;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A time since an event (a gap without a later event) stays so on disk, in an export and in what the shapes allow. */
class SinceRoundTripTest {

    @TempDir Path dir;

    private static final String DOC = """
            {"document": {"id": "story", "title": "T", "language": "en", "publisher": "P", "published": "2025-11-03", "tier": "secondary"},
             "claims": [
              {"id": "since", "quote": "50 days since the deal", "statement": "It is 50 days since Oracle announced the deal.", "claimant": "author",
               "subject": "Oracle", "metric": "days-between", "value": "50", "unit": "day",
               "between": {"from": {"subject": "Oracle", "metric": "announcement date"}}, "kind": "temporal"},
              {"id": "after", "quote": "14 days after", "statement": "Microsoft announced 14 days after Oracle.", "claimant": "author",
               "subject": "Microsoft", "metric": "days-between", "value": "14", "unit": "day",
               "between": {"from": {"subject": "Oracle", "metric": "announcement date"}, "to": {"subject": "Microsoft", "metric": "announcement date"}},
               "kind": "temporal"}]}""";

    @Test
    void aTimeSinceReadsBackFromDiskAndExportWithoutALaterEvent() throws Exception {
        try (ClaimGraph cg = StoredGraph.loadedAndReopened(dir, DOC)) {
            Claim since = cg.claim("story/since").orElseThrow(), after = cg.claim("story/after").orElseThrow();
            assertEquals(new Claim.Gap(new Claim.EventRef("oracle", null, "announcement-date"), null), since.between());
            assertFalse(after.between().toClaimDate(), "a gap with a later event keeps it");
            String exported = StoredGraph.exported(cg, List.of(since, after));
            assertEquals(1, exported.split("\"to\" :", -1).length - 1, exported);

            var union = StoredGraph.union(cg);
            assertEquals(Set.of(), StoredGraph.violations(union));
            // a later event without an earlier one is refused
            Resource s = union.createResource(CG.claim("story/since"));
            Resource event = s.getPropertyResourceValue(CG.gapFrom);
            union.removeAll(s, CG.gapFrom, null).add(s, CG.gapTo, event);
            assertEquals(Set.of("A cg:gapTo needs a cg:gapFrom (a cg:gapFrom alone runs up to the claim's own date)."), StoredGraph.violations(union));
        }
    }
}
