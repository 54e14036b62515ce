package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.model.Verdict;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assessments read back from the store are the ones the check saved, computed numbers included. */
class AssessmentRoundTripTest {

    @TempDir Path dir;

    @Test
    void aCheckReadsBackFromDiskInAnotherOpening() {
        List<Assessment> saved;
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            cg.loadSeed();
            saved = cg.check();
        }
        assertFalse(saved.stream().allMatch(a -> a.findings().stream().allMatch(f -> f.numbers().isEmpty())), "the seed's findings compute numbers");
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            Map<String, Assessment> back = new HashMap<>();
            cg.store().assessments().forEach(a -> back.put(a.claim(), a));
            assertEquals(saved.size(), back.size());
            for (Assessment a : saved) assertTrue(RdfMapping.sameStored(a, back.get(a.claim())), "read back as saved: " + a.claim());
            assertTrue(saved.stream().anyMatch(a -> !a.equals(back.get(a.claim()))), "what the store does not keep (authority) is not read back");
            cg.store().saveAssessments(saved, "again", java.time.Instant.now());
            long rewritten = cg.store().query("PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX cg: <https://w3id.org/claimgraph/ns#> "
                    + "SELECT (COUNT(*) AS ?n) WHERE { ?a prov:wasGeneratedBy ?run . ?run cg:ruleSetVersion \"again\" }",
                    q -> q.execSelect().next().getLiteral("n").getLong());
            assertEquals(0, rewritten, "a check that changes nothing writes no verdict again");
        }
    }

    @Test
    void numberNamesAnIriCannotHoldAsTheyAreRoundTrip() {
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("flatTotal", 1.3e12);
        numbers.put("share of total/ç #1", 0.25);
        numbers.put("skipped", Double.NaN); // not a number: not stored
        Finding f = new Finding("derived.rate", "doc/c1", Effect.CONTRADICTS, FindingKind.REAL_CONTRADICTION, "The rate does not add up.",
                numbers, List.of("doc/c2"), null, 0, null);
        Assessment a = new Assessment("doc/c1", Verdict.CONTRADICTED, "The rate does not add up.", List.of(), List.of(f));
        Model m = ModelFactory.createDefaultModel();
        RdfMapping.assessments(List.of(a), NodeFactory.createURI(CG.RUN + "test"), m.getGraph()::add);
        Assessment back = RdfMapping.readAssessment(m.createResource(CG.assessment("doc/c1")));
        assertEquals(Map.of("flatTotal", 1.3e12, "share of total/ç #1", 0.25), back.findings().get(0).numbers());
        assertEquals(List.of("flatTotal", "share of total/ç #1"), List.copyOf(back.findings().get(0).numbers().keySet()), "by name");
        assertEquals(13 + 2 + 2, m.size(), "one triple a number, and one declaring each name a cg:number");
    }
}
