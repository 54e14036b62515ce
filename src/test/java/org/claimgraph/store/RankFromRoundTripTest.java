package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Claim;
import org.claimgraph.model.RankFrom;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rank counted from the lowest stays so on disk, in another opening, in an export and in what the shapes allow. */
class RankFromRoundTripTest {

    @TempDir Path dir;

    private static final String DOC = """
            {"document": {"id": "story", "title": "T", "language": "en", "publisher": "P", "published": "2025-03", "tier": "secondary"},
             "claims": [
              {"id": "lowest", "quote": "the lowest rate", "statement": "Japan's rate is the lowest.", "claimant": "author",
               "subject": "Japan", "metric": "unemployment rate", "period": "2024", "rank": 1, "rankFrom": "lowest", "kind": "comparative"},
              {"id": "largest", "quote": "the second largest", "statement": "Japan's rate is the second largest.", "claimant": "author",
               "subject": "Japan", "metric": "unemployment rate", "period": "2024", "rank": 2, "kind": "comparative"}]}""";

    @Test
    void aRankFromTheLowestReadsBackFromDiskAndExport() throws Exception {
        try (ClaimGraph cg = StoredGraph.loadedAndReopened(dir, DOC)) {
            Claim lowest = cg.claim("story/lowest").orElseThrow(), largest = cg.claim("story/largest").orElseThrow();
            assertEquals(RankFrom.LOWEST, lowest.rankFrom());
            assertTrue(lowest.fromLowest());
            assertNull(largest.rankFrom(), "no rankFrom written, none stored: the rank counts from the highest");
            String exported = StoredGraph.exported(cg, List.of(lowest, largest));
            assertEquals(1, exported.split("\"rankFrom\" : \"lowest\"", -1).length - 1, exported);

            var union = StoredGraph.union(cg);
            assertEquals(Set.of(), StoredGraph.violations(union));
            union.listSubjectsWithProperty(CG.rankFrom).next().addProperty(CG.rankFrom, CG.term("sideways"));
            assertEquals(Set.of("A claim may have at most one cg:rankFrom, cg:Highest or cg:Lowest."), StoredGraph.violations(union));
        }
    }
}
