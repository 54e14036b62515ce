package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimgraph.ClaimGraph;
import org.claimgraph.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/** A refused document leaves none of the entities it brought in the program's vocabulary; a working copy's definitions stay in the copy. */
class WorkingVocabularyTest {

    @Test
    void entitiesOfARefusedDocumentDoNotLinger() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            String json = "{\"entities\": [{\"id\": \"ghost-co\", \"label\": \"Ghost Co\"}], \"document\": {\"id\": \"d\", \"title\": \"T\", "
                    + "\"language\": \"en\", \"publisher\": \"P\", \"published\": \"2025\", \"tier\": \"gold\"}, \"claims\": []}";
            assertThrows(BadInputException.class, () -> cg.add("x.json", json, f -> "", null, null, true, null));
            assertTrue(cg.vocabulary().entityId("ghost-co").isEmpty());
        }
    }

    @Test
    void metricsAWorkingCopyDefinesStayInTheCopy() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            Vocabulary shared = cg.vocabulary();
            Vocabulary copy = shared.copy();
            Model defs = ModelFactory.createDefaultModel();
            RDFParser.fromString("@prefix cg: <https://w3id.org/claimgraph/ns#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . "
                    + "<https://w3id.org/claimgraph/metric/knife-crime-rate> a cg:Metric ; rdfs:label \"knife crime rate\"@en ; "
                    + "cg:metricType cg:Rate ; cg:dimension cg:PerCapita .", Lang.TURTLE).parse(defs);
            assertEquals(List.of(), copy.define(defs, "test", ModelFactory.createDefaultModel()));
            assertTrue(copy.metricId("knife crime rate").isPresent());
            assertTrue(shared.metricId("knife crime rate").isEmpty(), "the shared vocabulary is not changed by its copy");
            assertTrue(shared.copy().metricId("knife crime rate").isEmpty());
            assertTrue(copy.copy().metricId("knife crime rate").isPresent(), "a copy of the copy has it");
        }
    }
}
