package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty store filled by sorting each index answers every pattern as one filled quad by quad does, and stays writable. */
class SortedLoadTest {

    @TempDir Path dir;

    /** Quads over a few graphs: IRIs, blank nodes, strings, inline numbers and dates (their ids' top bit set), some repeated. */
    private static List<Quad> quads() {
        List<Quad> out = new ArrayList<>();
        Node[] preds = {NodeFactory.createURI("http://ex/p"), NodeFactory.createURI("http://ex/q"), NodeFactory.createURI("http://ex/r")};
        for (int i = 0; i < 3000; i++) {
            Node g = NodeFactory.createURI("http://ex/g" + (i % 7));
            Node s = i % 11 == 0 ? NodeFactory.createBlankNode("b" + (i % 13)) : NodeFactory.createURI("http://ex/s" + (i % 97));
            Node o = switch (i % 4) {
                case 0 -> NodeFactory.createLiteralDT(Integer.toString(i % 50 - 25), XSDDatatype.XSDinteger);
                case 1 -> NodeFactory.createLiteralString("value " + (i % 31));
                case 2 -> NodeFactory.createLiteralDT("2025-0" + (1 + i % 9) + "-01", XSDDatatype.XSDdate);
                default -> NodeFactory.createURI("http://ex/s" + (i % 89));
            };
            out.add(Quad.create(g, s, preds[i % 3], o));
        }
        out.addAll(out.subList(0, 500)); // repeats, in other blocks than their first
        return out;
    }

    private static Set<Quad> find(DatasetGraph d, Node g, Node s, Node p, Node o) {
        return Txn.calculateRead(d, () -> {
            Set<Quad> all = new HashSet<>();
            d.find(g, s, p, o).forEachRemaining(all::add);
            return all;
        });
    }

    /** Every pattern of bound and unbound places over a sample of the quads (each index is asked), as the reference answers it. */
    private static void assertSameAnswers(Set<Quad> reference, DatasetGraph store) {
        assertEquals(reference, find(store, Node.ANY, Node.ANY, Node.ANY, Node.ANY));
        List<Quad> sample = new ArrayList<>(reference).subList(0, 40);
        for (Quad q : sample) {
            for (int mask = 1; mask < 16; mask++) {
                Node g = (mask & 8) != 0 ? q.getGraph() : Node.ANY, s = (mask & 4) != 0 ? q.getSubject() : Node.ANY;
                Node p = (mask & 2) != 0 ? q.getPredicate() : Node.ANY, o = (mask & 1) != 0 ? q.getObject() : Node.ANY;
                Set<Quad> want = new HashSet<>();
                for (Quad r : reference) if (r.matches(g, s, p, o)) want.add(r);
                assertEquals(want, find(store, g, s, p, o), "pattern " + mask + " of " + q);
            }
        }
    }

    @Test
    void anEmptyStoreFilledSortedAnswersEveryPatternAndTakesWritesAfter() {
        List<Quad> quads = quads();
        Set<Quad> reference = new HashSet<>(quads);
        Location at = Location.create(dir.resolve("sorted"));
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(at);
        long stored = SortedLoad.load(store, out -> quads.forEach(out::quad), 256, 1000); // a dozen blocks, merged
        assertEquals(reference.size(), stored, "each quad once");
        assertSameAnswers(reference, store);

        // an ordinary transaction after it, then the store read again from its files
        Quad added = Quad.create(NodeFactory.createURI("http://ex/g1"), NodeFactory.createURI("http://ex/new"),
                NodeFactory.createURI("http://ex/p"), NodeFactory.createLiteralString("late"));
        Quad removed = quads.get(7);
        Txn.executeWrite(store, () -> {
            store.add(added);
            store.delete(removed);
        });
        reference.add(added);
        reference.remove(removed);
        assertSameAnswers(reference, store);
        TDBInternal.expel(store);
        assertSameAnswers(reference, DatabaseMgr.connectDatasetGraph(at));
    }

    @Test
    void quadsTheStoreHeldStayBesideTheNewOnes() {
        List<Quad> quads = quads();
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(Location.create(dir.resolve("held")));
        // written and partly deleted in transactions of their own, so each index's root has moved from its first block
        List<Quad> held = quads.subList(0, 1200);
        for (int i = 0; i < held.size(); i += 100) {
            List<Quad> some = held.subList(i, i + 100);
            Txn.executeWrite(store, () -> some.forEach(store::add));
        }
        Txn.executeWrite(store, () -> held.subList(0, 50).forEach(store::delete));
        Set<Quad> reference = new HashSet<>(held.subList(50, held.size()));
        List<Quad> added = quads.subList(1000, quads.size()); // some of them already held
        reference.addAll(added);
        assertEquals(reference.size(), SortedLoad.load(store, out -> added.forEach(out::quad), 256, 1150));
        assertSameAnswers(reference, store);
        TDBInternal.expel(store);
        assertSameAnswers(reference, DatabaseMgr.connectDatasetGraph(Location.create(dir.resolve("held"))));
    }

    @Test
    void aFailureWhileTheQuadsComeStoresNothing() {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(Location.create(dir.resolve("failed")));
        List<Quad> quads = quads();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SortedLoad.load(store, out -> {
            quads.subList(0, 1000).forEach(out::quad);
            throw new IllegalStateException("document 9 is cut short");
        }, 256, 1000));
        assertEquals("document 9 is cut short", e.getMessage());
        assertTrue(find(store, Node.ANY, Node.ANY, Node.ANY, Node.ANY).isEmpty());
        assertEquals(new HashSet<>(quads).size(), SortedLoad.load(store, out -> quads.forEach(out::quad), 256, 0), "still empty, so a second load may sort");
        assertSameAnswers(new HashSet<>(quads), store);
    }

    @Test
    void aStoreHoldingMoreThanTheLimitIsLeftAlone() {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(Location.create(dir.resolve("full")));
        List<Quad> quads = quads();
        Txn.executeWrite(store, () -> quads.subList(0, 101).forEach(store::add));
        assertEquals(-1, SortedLoad.load(store, out -> { throw new AssertionError("quads asked for"); }, 256, 100));
        assertEquals(new HashSet<>(quads.subList(0, 101)), find(store, Node.ANY, Node.ANY, Node.ANY, Node.ANY));
        assertEquals(101, SortedLoad.load(store, out -> { }, 256, 101), "at the limit it sorts");
    }
}
