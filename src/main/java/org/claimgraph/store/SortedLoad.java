package org.claimgraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Fills the quad indexes of a TDB2 store as Jena's xloader does, but in memory: every new quad's terms go
 * through the node table first, then each index's tuples (the quads it held and the new ones) are sorted
 * and its B+tree written again bottom up in one pass. A loader that inserts quad by quad descends the tree,
 * shifts a leaf and splits pages for every quad in every index; that was some 29 µs of processor time a
 * quad, which two cores cannot make 100,000 quads a second. For stores that hold few quads yet (a new
 * store holds its vocabulary and gazetteer): each index is written whole again.
 */
final class SortedLoad {

    /** Quads in a block of tuples: each block is sorted on its own (on all cores) and the blocks merged into an index. */
    static final int BLOCK = 1 << 19;

    /** Quads a store may hold for a load to write its indexes again (they are read into memory with the new ones). */
    static final int MOST_HELD = 1_000_000;

    /** The order the tuples are read in (TDB2's primary quad order). */
    private static final String PRIMARY = "GSPO";

    private SortedLoad() {}

    /**
     * Loads the quads {@code quads} writes (named graphs only) beside those the store holds, unless it holds
     * more than {@link #MOST_HELD}. An exception while they are written stores none of them (terms already in
     * the node table are unused, not wrong).
     *
     * @return the quads the store holds after (each once), or -1 when it held too many (then {@code quads} is not called)
     */
    static long load(DatasetGraph tdb, Consumer<StreamRDF> quads) { return load(tdb, quads, BLOCK, MOST_HELD); }

    /** The same with blocks of {@code block} quads and another limit on those held (tests merge many small blocks). */
    static long load(DatasetGraph tdb, Consumer<StreamRDF> quads, int block, int mostHeld) {
        DatasetGraphTDB dsg = TDBInternal.getDatasetGraphTDB(tdb);
        NodeTable nodes = dsg.getQuadTable().getNodeTupleTable().getNodeTable();
        Tuples tuples = new Tuples(nodes, block);
        // read once: kept if few enough, else the caller loads another way
        boolean few = org.apache.jena.system.Txn.calculateRead(tdb, () -> {
            var all = dsg.getQuadTable().getNodeTupleTable().findAll();
            for (int n = 0; all.hasNext(); n++) {
                if (n == mostHeld) return false;
                tuples.held(all.next());
            }
            return true;
        });
        if (!few) return -1;
        TransactionCoordinator store = dsg.getTxnSystem().getTxnMgr();
        store.startExclusiveMode();
        try {
            List<long[]> blocks = terms(nodes, tuples, quads);
            String order = PRIMARY;
            long stored = 0;
            for (TupleIndex index : dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                String next = index.getName();
                int[] from = new int[4];
                for (int i = 0; i < 4; i++) from[i] = order.indexOf(next.charAt(i));
                blocks.parallelStream().forEach(b -> reorderAndSort(b, from));
                order = next;
                stored = pack(index, blocks);
            }
            return stored;
        } finally {
            store.finishExclusiveMode();
        }
    }

    /** Every new quad's terms as node ids (allocated in one transaction of the node table), after the quads held. */
    private static List<long[]> terms(NodeTable nodes, Tuples tuples, Consumer<StreamRDF> quads) {
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, nodes);
        CoLib.start(coordinator);
        Transaction txn = coordinator.begin(TxnType.WRITE);
        try {
            quads.accept(tuples);
            txn.commit();
            return tuples.blocks();
        } catch (RuntimeException e) {
            txn.abort();
            throw e;
        } finally {
            txn.end();
            CoLib.finish(coordinator);
        }
    }

    /** Writes one index from the sorted blocks, merged and without duplicates; returns the records written. */
    private static long pack(TupleIndex index, List<long[]> blocks) {
        BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        Merged records = new Merged(blocks, factory);
        // in the tree's own transaction, which records its root and block limits: the open store sees the index as written
        CoLib.executeWrite(index, () -> {
            BPlusTreeRewriter.packIntoBPlusTree(records, tree.getParams(), factory,
                    tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(), tree.getRecordsMgr().getBlockMgr());
            // the packed root is written in the first block, where earlier writes may have moved the root from
            var root = tree.getNodeManager().getRead(BPlusTreeParams.RootId, BPlusTreeParams.RootParent);
            tree.newRoot(root);
            tree.getNodeManager().release(root);
        });
        return records.count;
    }

    /** Puts each tuple's columns in the new order ({@code from[i]}: where column i was), then sorts the tuples. */
    static void reorderAndSort(long[] block, int[] from) {
        int n = (int) block[block.length - 1];
        long[] t = new long[4];
        for (int q = 0; q < n; q++) {
            int at = q * 4;
            for (int i = 0; i < 4; i++) t[i] = block[at + from[i]];
            System.arraycopy(t, 0, block, at, 4);
        }
        sort(block, 0, n - 1, new long[4]);
    }

    /** Quicksort of tuples lo..hi (inclusive) by their columns as unsigned numbers (the order of their bytes in a record). */
    private static void sort(long[] a, int lo, int hi, long[] pivot) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            // median of three as the pivot, copied out: swaps move the tuples
            int p = compare(a, lo, a, mid) < 0 ? (compare(a, mid, a, hi) < 0 ? mid : compare(a, lo, a, hi) < 0 ? hi : lo)
                    : (compare(a, lo, a, hi) < 0 ? lo : compare(a, mid, a, hi) < 0 ? hi : mid);
            System.arraycopy(a, p * 4, pivot, 0, 4);
            int i = lo, j = hi;
            while (i <= j) {
                while (compare(a, i, pivot, 0) < 0) i++;
                while (compare(a, j, pivot, 0) > 0) j--;
                if (i <= j) swap(a, i++, j--);
            }
            // the smaller side recursively, the larger in the loop: the stack stays shallow
            if (j - lo < hi - i) {
                sort(a, lo, j, pivot);
                lo = i;
            } else {
                sort(a, i, hi, pivot);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && compare(a, j - 1, a, j) > 0; j--) swap(a, j - 1, j);
        }
    }

    private static int compare(long[] a, int i, long[] b, int j) {
        int x = i * 4, y = j * 4;
        for (int k = 0; k < 4; k++) {
            int c = Long.compareUnsigned(a[x + k], b[y + k]);
            if (c != 0) return c;
        }
        return 0;
    }

    private static void swap(long[] a, int i, int j) {
        int x = i * 4, y = j * 4;
        for (int k = 0; k < 4; k++) {
            long t = a[x + k];
            a[x + k] = a[y + k];
            a[y + k] = t;
        }
    }

    /** A node id as the eight bytes a record holds, read as one number. */
    private static long id(NodeId id, byte[] buf) {
        NodeIdFactory.set(id, buf, 0);
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (buf[i] & 0xFF);
        return v;
    }

    /**
     * The quads' terms made node ids as they come, into blocks of so many tuples (the block's last
     * long says how many it holds). The graph, repeated for a document's every quad, and the few properties
     * are looked up once each.
     */
    private static final class Tuples implements StreamRDF {
        private final NodeTable nodes;
        private final int size;
        private final List<long[]> blocks = new ArrayList<>();
        private final java.util.Map<Node, Long> predicates = new java.util.HashMap<>();
        private final byte[] buf = new byte[8];
        private long[] block;
        private int n;
        private Node lastGraph;
        private long lastGraphId;

        Tuples(NodeTable nodes, int size) {
            this.nodes = nodes;
            this.size = size;
        }

        @Override public void quad(Quad quad) {
            if (quad.isDefaultGraph() || quad.isTriple()) throw new IllegalArgumentException("a sorted load takes named graphs only: " + quad);
            if (block == null || n == size) newBlock();
            if (!quad.getGraph().equals(lastGraph)) {
                lastGraph = quad.getGraph();
                lastGraphId = term(lastGraph);
            }
            int at = n * 4;
            block[at] = lastGraphId;
            block[at + 1] = term(quad.getSubject());
            block[at + 2] = predicates.computeIfAbsent(quad.getPredicate(), this::term);
            block[at + 3] = term(quad.getObject());
            n++;
        }

        /** A quad the store holds, its ids as they are. */
        void held(org.apache.jena.atlas.lib.tuple.Tuple<NodeId> t) {
            if (block == null || n == size) newBlock();
            int at = n * 4;
            for (int i = 0; i < 4; i++) block[at + i] = id(t.get(i), buf);
            n++;
        }

        private long term(Node node) { return id(nodes.getAllocateNodeId(node), buf); }

        private void newBlock() {
            seal();
            block = new long[size * 4 + 1];
            n = 0;
        }

        private void seal() {
            if (block == null) return;
            if (n < size) block = Arrays.copyOf(block, n * 4 + 1);
            block[block.length - 1] = n;
            blocks.add(block);
        }

        List<long[]> blocks() {
            seal();
            block = null;
            return blocks;
        }

        @Override public void triple(Triple triple) { throw new IllegalArgumentException("a sorted load takes named graphs only: " + triple); }
        @Override public void start() { }
        @Override public void base(String base) { }
        @Override public void prefix(String prefix, String iri) { }
        @Override public void finish() { }
    }

    /** The blocks' tuples in order, each once, as records of the index. */
    private static final class Merged implements Iterator<Record> {
        private final RecordFactory factory;
        private final PriorityQueue<int[]> heads; // {block, tuple}
        private final List<long[]> blocks;
        private final long[] last = new long[4];
        private boolean any;
        private Record next;
        long count;

        Merged(List<long[]> blocks, RecordFactory factory) {
            this.blocks = blocks;
            this.factory = factory;
            this.heads = new PriorityQueue<>(Math.max(1, blocks.size()), (x, y) -> compare(blocks.get(x[0]), x[1], blocks.get(y[0]), y[1]));
            for (int b = 0; b < blocks.size(); b++) if (blocks.get(b)[blocks.get(b).length - 1] > 0) heads.add(new int[] {b, 0});
            advance();
        }

        private void advance() {
            next = null;
            while (next == null && !heads.isEmpty()) {
                int[] h = heads.poll();
                long[] b = blocks.get(h[0]);
                int at = h[1] * 4;
                boolean repeat = any && b[at] == last[0] && b[at + 1] == last[1] && b[at + 2] == last[2] && b[at + 3] == last[3];
                if (!repeat) {
                    System.arraycopy(b, at, last, 0, 4);
                    any = true;
                    byte[] key = new byte[32];
                    for (int i = 0; i < 4; i++) {
                        long v = last[i];
                        for (int k = 7; k >= 0; k--) {
                            key[i * 8 + k] = (byte) v;
                            v >>>= 8;
                        }
                    }
                    next = factory.create(key);
                    count++;
                }
                if (++h[1] < b[b.length - 1]) heads.add(h);
            }
        }

        @Override public boolean hasNext() { return next != null; }

        @Override public Record next() {
            if (next == null) throw new NoSuchElementException();
            Record r = next;
            advance();
            return r;
        }
    }
}
