package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Claim;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record's window stays the same on disk, in another opening, in an export read back and in what the shapes allow. */
class RankOverRoundTripTest {

    @TempDir Path dir;

    private static final String DOC = """
            {"document": {"id": "story", "title": "T", "language": "zh", "publisher": "P", "published": "2025-03", "tier": "secondary"},
             "claims": [
              {"id": "since", "quote": "失业率为1975年以来最低", "statement": "Japan's 2024 rate is the lowest since 1975.", "claimant": "author",
               "subject": "Japan", "metric": "unemployment rate", "period": "2024年", "rank": 1, "rankFrom": "lowest", "rankOver": "1975年以来",
               "kind": "statistical"},
              {"id": "on-record", "quote": "the hottest year on record", "statement": "2024 was Japan's hottest year on record.", "claimant": "author",
               "subject": "Japan", "metric": "temperature", "period": "2024", "rank": 1, "rankOver": "on record", "kind": "statistical"},
              {"id": "rivals", "quote": "the second largest", "statement": "Japan's rate is the second largest.", "claimant": "author",
               "subject": "Japan", "metric": "unemployment rate", "period": "2024", "rank": 2, "kind": "comparative"}]}""";

    @Test
    void aRecordsWindowReadsBackFromDiskAndExport() throws Exception {
        try (ClaimGraph cg = StoredGraph.loadedAndReopened(dir, DOC)) {
            Claim since = cg.claim("story/since").orElseThrow(), onRecord = cg.claim("story/on-record").orElseThrow(),
                    rivals = cg.claim("story/rivals").orElseThrow();
            assertEquals(LocalDate.of(1976, 1, 1), since.rankOver().start());
            assertEquals(LocalDate.of(2024, 12, 31), since.rankOver().end());
            assertEquals("1975年以来", since.rankOver().label());
            assertNull(onRecord.rankOver().start(), "on record: no first day");
            assertNull(rivals.rankOver(), "no window written, none stored: a rank among rivals");
            String exported = StoredGraph.exported(cg, List.of(since, onRecord, rivals));
            assertEquals(1, exported.split("\"rankOver\" : \"1975年以来\"", -1).length - 1, exported);

            var union = StoredGraph.union(cg);
            var stored = union.listSubjectsWithProperty(CG.rankOverStart).next();
            assertEquals("1976-01-01", stored.getProperty(CG.rankOverStart).getString());
            assertEquals(Set.of(), StoredGraph.violations(union));
            stored.removeAll(CG.rankOverEnd).addLiteral(CG.rankOverEnd, union.createTypedLiteral("1975-12-31", XSDDatatype.XSDdate));
            stored.addProperty(CG.rankOver, "since 1980");
            assertEquals(Set.of("A claim may have at most one cg:rankOver, a plain string.", "cg:rankOverStart must not be after cg:rankOverEnd."),
                    StoredGraph.violations(union));
        }
    }
}
