package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.system.Txn;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.ClaimDocumentWriter;
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
        Path file = Files.writeString(dir.resolve("story.json"), DOC);
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir.resolve("store"), null)) {
            cg.load(List.of(file), "test");
        }
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir.resolve("store"), null)) {
            Claim since = cg.claim("story/since").orElseThrow(), onRecord = cg.claim("story/on-record").orElseThrow(),
                    rivals = cg.claim("story/rivals").orElseThrow();
            assertEquals(LocalDate.of(1976, 1, 1), since.rankOver().start());
            assertEquals(LocalDate.of(2024, 12, 31), since.rankOver().end());
            assertEquals("1975年以来", since.rankOver().label());
            assertNull(onRecord.rankOver().start(), "on record: no first day");
            assertNull(rivals.rankOver(), "no window written, none stored: a rank among rivals");
            String exported = ClaimDocumentWriter.write(cg.documents().get(0), List.of(since, onRecord, rivals));
            assertEquals(1, exported.split("\"rankOver\" : \"1975年以来\"", -1).length - 1, exported);
            var again = cg.reader().read("exported.json", exported, f -> "");
            assertEquals(List.of(since, onRecord, rivals), again.claims());

            var union = Txn.calculateRead(cg.store().dataset(), () -> ModelFactory.createDefaultModel().add(cg.store().dataset().getUnionModel()));
            var stored = union.listSubjectsWithProperty(CG.rankOverStart).next();
            assertEquals("1976-01-01", stored.getProperty(CG.rankOverStart).getString());
            Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
            assertTrue(ShaclValidator.get().validate(shapes, union.getGraph()).conforms());
            stored.removeAll(CG.rankOverEnd).addLiteral(CG.rankOverEnd, union.createTypedLiteral("1975-12-31", XSDDatatype.XSDdate));
            stored.addProperty(CG.rankOver, "since 1980");
            Set<String> messages = new TreeSet<>();
            ShaclValidator.get().validate(shapes, union.getGraph()).getEntries().forEach(e -> messages.add(e.message()));
            assertEquals(Set.of("A claim may have at most one cg:rankOver, a plain string.", "cg:rankOverStart must not be after cg:rankOverEnd."), messages);
        }
    }
}
