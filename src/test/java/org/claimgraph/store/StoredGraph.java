package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.system.Txn;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.ClaimDocumentWriter;
import org.claimgraph.model.Claim;

/** A claim document stored on disk, opened again, exported and checked against the shapes, for round-trip tests. */
final class StoredGraph {
    private StoredGraph() {}

    /** A TDB2 store in dir holding the claim document json, opened again after the load closed it. */
    static ClaimGraph loadedAndReopened(Path dir, String json) throws IOException {
        Path file = Files.writeString(dir.resolve("story.json"), json);
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir.resolve("store"), null)) {
            cg.load(List.of(file), "test");
        }
        return ClaimGraph.open("tdb2", dir.resolve("store"), null);
    }

    /** The claims exported as their first document's claim document, asserted to read back as the same claims. */
    static String exported(ClaimGraph cg, List<Claim> claims) {
        String exported = ClaimDocumentWriter.write(cg.documents().get(0), claims);
        assertEquals(claims, cg.reader().read("exported.json", exported, f -> "").claims(), exported);
        return exported;
    }

    /** A copy of the union of the store's graphs (shapes are checked against the union). */
    static Model union(ClaimGraph cg) {
        return Txn.calculateRead(cg.store().dataset(), () -> ModelFactory.createDefaultModel().add(cg.store().dataset().getUnionModel()));
    }

    /** The messages of the constraints of ontology/shapes.ttl the graph breaks; empty when it conforms. */
    static Set<String> violations(Model m) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        Set<String> messages = new TreeSet<>();
        ShaclValidator.get().validate(shapes, m.getGraph()).getEntries().forEach(e -> messages.add(e.message()));
        return messages;
    }
}
