package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.ClaimDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk load's mapping into a sink hands on the triples a document's model holds. */
class SinkMappingTest {

    @TempDir Path dir;

    @Test
    void aSinkGetsTheTriplesOfTheDocumentsModel() throws Exception {
        Path file = Path.of("data/ai-trillion-bubble/claims.json");
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            ClaimDocument d = cg.reader().read(file.toString(), Files.readString(file), sibling -> {
                try {
                    return Files.readString(file.resolveSibling(sibling));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Model want = RdfMapping.document(d.document(), d.claims(), null);
            List<Triple> handed = new ArrayList<>();
            RdfMapping.document(RdfMapping.sink(handed::add), d.document(), d.claims(), null);
            Model got = ModelFactory.createDefaultModel();
            handed.forEach(got.getGraph()::add);
            assertTrue(want.size() > 500, want.size() + " triples");
            assertEquals(want.size(), got.size());
            assertTrue(want.isIsomorphicWith(got), "the same triples, blank nodes aside");

            Path gazetteer = Path.of("data/factchecks/01-tfc-mainland-spouses-500k/entities.json");
            var named = cg.reader().read(gazetteer.toString(), Files.readString(gazetteer), sibling -> "").entities();
            Model entities = RdfMapping.entities(named);
            List<Triple> entityTriples = new ArrayList<>();
            RdfMapping.entities(RdfMapping.sink(entityTriples::add), named);
            assertEquals(entities.getGraph().find().toSet(), new java.util.HashSet<>(entityTriples));
            assertTrue(entities.size() > 5, entities.size() + " triples");
        }
        Model sink = RdfMapping.sink(t -> { });
        assertEquals("a sink is written, not read", assertThrows(UnsupportedOperationException.class, () -> sink.listStatements().toList()).getMessage());
    }
}
