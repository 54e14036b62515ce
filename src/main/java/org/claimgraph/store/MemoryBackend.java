package org.claimgraph.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;

/** A throwaway store in memory (TDB2's in-memory form, with the same transactions as on disk). */
final class MemoryBackend implements Backend {
    private final Dataset dataset = TDB2Factory.createDataset();

    @Override public Dataset dataset() { return dataset; }

    @Override public String description() { return "memory"; }
}
