package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TDB2's node caches are sized from the heap, so a small heap keeps room for the claims it checks. */
class NodeCacheTest {

    private static final long MIB = 1024L * 1024;

    @Test
    void aSmallHeapGetsSmallerCachesALargeOneTdb2sOwn() {
        StoreParams dft = StoreParams.getDftStoreParams();
        StoreParams small = Tdb2Backend.params(400 * MIB);
        assertTrue(small.getNodeId2NodeCacheSize() < dft.getNodeId2NodeCacheSize() / 4, "nodeid2node " + small.getNodeId2NodeCacheSize());
        assertTrue(small.getNode2NodeIdCacheSize() < dft.getNode2NodeIdCacheSize() / 4, "node2nodeid " + small.getNode2NodeIdCacheSize());
        // a tenth of 400 MiB at 200 bytes a term
        assertEquals((int) (400 * MIB / 10 / 200 * 5 / 6), small.getNodeId2NodeCacheSize());

        StoreParams large = Tdb2Backend.params(8192 * MIB);
        assertEquals(dft.getNodeId2NodeCacheSize(), large.getNodeId2NodeCacheSize());
        assertEquals(dft.getNode2NodeIdCacheSize(), large.getNode2NodeIdCacheSize());

        StoreParams tiny = Tdb2Backend.params(16 * MIB);
        assertEquals((Integer) 10_000, tiny.getNode2NodeIdCacheSize(), "never below a floor");
    }

    @Test
    void aStoreOpensWithTheCachesOfItsHeap(@TempDir Path dir) {
        try (Tdb2Backend b = Tdb2Backend.open(dir, 400 * MIB)) {
            StoreParams used = TDBInternal.getDatasetGraphTDB(b.tdb()).getStoreParams();
            StoreParams wanted = Tdb2Backend.params(400 * MIB);
            assertEquals(wanted.getNodeId2NodeCacheSize(), used.getNodeId2NodeCacheSize());
            assertEquals(wanted.getNode2NodeIdCacheSize(), used.getNode2NodeIdCacheSize());
        }
    }
}
