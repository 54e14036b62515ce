package org.claimgraph.cli;

import java.nio.file.Path;
import org.claimgraph.ClaimGraph;

/** Another process that holds a store, as a running command would: opens it, says so, and keeps it until its input closes. */
final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws Exception {
        try (ClaimGraph cg = ClaimGraph.open("tdb2", Path.of(args[0]), null)) {
            System.out.println("holding " + cg.storeDescription());
            System.out.flush();
            while (System.in.read() >= 0) {
                // until the test closes our input
            }
        }
    }
}
