package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims read by key: those the store has, in the keys' order, from the graph and from the warm index alike. */
class ClaimsByKeyTest {

    @TempDir Path dir;

    @Test
    void theKeysClaimsInTheirOrderWithoutTheUnknown() {
        List<Claim> all;
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            cg.loadSeed();
            all = cg.store().claims();
        }
        List<String> keys = List.of(all.get(2).key(), all.get(0).key() + "-gone", "no-slash", all.get(0).key());
        List<Claim> want = List.of(all.get(2), all.get(0));
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            assertEquals(want, s.claims(keys), "read from the graph");
            s.claims(); // the index, warm from here on
            assertEquals(want, s.claims(keys), "read from the index");
            assertEquals(List.of(), s.claims(List.of()));
        }
    }
}
