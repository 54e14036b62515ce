package org.claimgraph.store;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;

/** A TDB2 store in a folder (created when absent). */
final class Tdb2Backend implements Backend {
    private final Dataset dataset;
    private final String folder;

    private Tdb2Backend(Dataset dataset, String folder) {
        this.dataset = dataset;
        this.folder = folder;
    }

    static Tdb2Backend open(Path folder) {
        try {
            return new Tdb2Backend(TDB2Factory.connectDataset(folder.toString()), folder.toString());
        } catch (RuntimeException e) {
            // held by another process: say which, and where its server listens if it is one
            if (e.getMessage() != null && e.getMessage().contains("Failed to get a lock")) throw new StoreUnavailableException(ServerFile.heldBy(folder, e.getMessage()));
            StoreUnavailableException s = StoreUnavailableException.explain(e, folder.toString());
            throw s != null ? s : e;
        }
    }

    @Override public Dataset dataset() { return dataset; }

    @Override public String description() { return folder; }
}
