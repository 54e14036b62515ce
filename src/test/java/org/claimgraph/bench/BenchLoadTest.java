package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.ingest.ClaimDocument;
import org.claimgraph.ingest.ClaimDocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's load reads ahead of the store: it stores what reading everything first stores, and fails as that fails. */
class BenchLoadTest {

    @TempDir Path dir;

    private static Set<Quad> quads(ClaimGraph cg) {
        var ds = cg.store().dataset();
        return Txn.calculateRead(ds, () -> {
            Set<Quad> all = new HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(all::add);
            return all;
        });
    }

    /** The store's graphs copied into memory. */
    private static DatasetGraph copy(ClaimGraph cg) {
        DatasetGraph out = DatasetGraphFactory.create();
        quads(cg).forEach(out::add);
        return out;
    }

    @Test
    void readingAheadStoresTheSameQuadsAsReadingFirst() {
        Workload.Graph g = Workload.generate(Bench.MIN_CLAIMS);
        DatasetGraph ahead, first;
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir.resolve("ahead"), null)) {
            Bench.loadDocuments(cg, g);
            ahead = copy(cg);
            assertEquals(quads(cg).size(), cg.store().size(), "the store's count, from its indexes, is the number of quads");
        }
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir.resolve("first"), null)) {
            ClaimDocumentReader reader = cg.reader();
            List<ClaimDocument> docs = new ArrayList<>();
            for (Workload.Doc d : g.documents()) docs.add(reader.read(d.name(), d.json(), sibling -> ""));
            cg.store().bulkLoad(docs);
            first = copy(cg);
        }
        // blank nodes are named anew in each store: graph by graph, isomorphic
        List<Node> names = new ArrayList<>();
        first.listGraphNodes().forEachRemaining(names::add);
        List<Node> aheadNames = new ArrayList<>();
        ahead.listGraphNodes().forEachRemaining(aheadNames::add);
        assertEquals(new HashSet<>(names), new HashSet<>(aheadNames));
        assertTrue(names.size() > 10, names.size() + " graphs");
        for (Node n : names) {
            assertEquals(first.getGraph(n).size(), ahead.getGraph(n).size(), n.getURI());
            assertTrue(first.getGraph(n).isIsomorphicWith(ahead.getGraph(n)), n.getURI());
        }
    }

    @Test
    void aBadDocumentStopsTheLoadWithItsOwnErrorAndNothingIsStored() {
        Workload.Graph g = Workload.generate(Bench.MIN_CLAIMS);
        List<Workload.Doc> docs = new ArrayList<>(g.documents());
        int bad = docs.size() / 2;
        Workload.Doc broken = new Workload.Doc(docs.get(bad).name(), docs.get(bad).json().substring(0, docs.get(bad).json().length() / 2)); // cut short
        docs.set(bad, broken);
        docs.set(bad + 1, new Workload.Doc(docs.get(bad + 1).name(), "{}")); // a later error is not the one told
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir.resolve("bad"), null)) {
            String expected = assertThrows(BadInputException.class, () -> cg.reader().read(broken.name(), broken.json(), s -> "")).getMessage();
            long before = cg.store().size();
            BadInputException e = assertThrows(BadInputException.class, () -> Bench.loadDocuments(cg, new Workload.Graph(docs, g.planted(), g.claims())));
            assertEquals(expected, e.getMessage());
            assertEquals(before, cg.store().size(), "a failed load stores nothing");
            assertEquals(before, quads(cg).size());
        }
    }
}
