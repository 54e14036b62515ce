package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
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
        Path file = Files.writeString(dir.resolve("story.json"), DOC);
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir.resolve("store"), null)) {
            cg.load(List.of(file), "test");
        }
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir.resolve("store"), null)) {
            Claim since = cg.claim("story/since").orElseThrow(), after = cg.claim("story/after").orElseThrow();
            assertEquals(new Claim.Gap(new Claim.EventRef("oracle", null, "announcement-date"), null), since.between());
            assertFalse(after.between().toClaimDate(), "a gap with a later event keeps it");
            String exported = ClaimDocumentWriter.write(cg.documents().get(0), List.of(since, after));
            assertEquals(1, exported.split("\"to\" :", -1).length - 1, exported);
            var again = cg.reader().read("exported.json", exported, f -> "");
            assertEquals(List.of(since, after), again.claims());

            var union = Txn.calculateRead(cg.store().dataset(), () -> ModelFactory.createDefaultModel().add(cg.store().dataset().getUnionModel()));
            Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
            assertTrue(ShaclValidator.get().validate(shapes, union.getGraph()).conforms());
            // a later event without an earlier one is refused
            Resource s = union.createResource(CG.claim("story/since"));
            Resource event = s.getPropertyResourceValue(CG.gapFrom);
            union.removeAll(s, CG.gapFrom, null).add(s, CG.gapTo, event);
            Set<String> messages = new TreeSet<>();
            ShaclValidator.get().validate(shapes, union.getGraph()).getEntries().forEach(e -> messages.add(e.message()));
            assertEquals(Set.of("A cg:gapTo needs a cg:gapFrom (a cg:gapFrom alone runs up to the claim's own date)."), messages);
        }
    }
}
