package org.claimgraph.cli;

import java.nio.file.Path;
import org.claimgraph.ClaimGraph;
import picocli.CommandLine.Option;

/** The options every command shares: where the store is and which rules to use. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "the store's folder (default: ${DEFAULT-VALUE})", defaultValue = "claimgraph-data")
    Path data;

    @Option(names = "--store", paramLabel = "KIND", description = "tdb2 (default: a TDB2 store in --data), mem (throwaway, in memory), "
            + "or the http(s) address of a dataset on a SPARQL 1.1 server (its graph store at ADDRESS/data; bearer token from CLAIMGRAPH_STORE_TOKEN)",
            defaultValue = "tdb2")
    String store;

    @Option(names = "--rules", paramLabel = "DIR", description = "a folder of .drl rules to use instead of the shipped ones")
    Path rules;

    ClaimGraph open() {
        if (!store.equals("tdb2") && !store.equals("mem") && !store.matches("https?://\\S+")) {
            throw new IllegalArgumentException("--store: unknown store \"" + store + "\" (use tdb2, mem or an http(s) address)");
        }
        return ClaimGraph.open(store, data, rules, System.getenv("CLAIMGRAPH_STORE_TOKEN"));
    }
}
