package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims read from the store together hold one copy of each value they repeat: most of the heap a large store's claims took. */
class SharedValuesTest {

    @TempDir Path dir;

    @Test
    void claimsReadTogetherShareEachRepeatedValue() {
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            cg.loadSeed();
        }
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            Map<Object, Object> first = new HashMap<>();
            int repeated = 0;
            for (Claim c : cg.store().contents().claims()) {
                List<Object> values = new ArrayList<>(Arrays.asList(c.docId(), c.id(), c.claimant(), c.subject(), c.metric(), c.period()));
                if (c.value() != null) values.add(c.value().unit());
                for (Object v : values) {
                    if (v == null) continue;
                    Object had = first.putIfAbsent(v, v);
                    if (had == null) continue;
                    assertSame(had, v, "read twice: " + v);
                    repeated++;
                }
            }
            assertTrue(repeated > 200, "values the seed's claims repeat: " + repeated);
        }
    }
}
