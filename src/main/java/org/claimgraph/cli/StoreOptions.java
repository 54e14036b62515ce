package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.ClaimGraph;
import picocli.CommandLine;
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
        if (store.equals("tdb2")) {
            // the nearest part of the path that exists must be a folder: the store is one, or is made in one
            Path p = data.toAbsolutePath();
            while (p != null && !Files.exists(p)) p = p.getParent();
            if (p != null && !Files.isDirectory(p)) {
                throw new IllegalArgumentException("--data: the store " + data + " cannot be " + (p.equals(data.toAbsolutePath()) ? "opened: it is a file" : "made: " + p + " is a file")
                        + ", not a folder; name a folder with --data");
            }
        }
        return ClaimGraph.open(store, data, rules, System.getenv("CLAIMGRAPH_STORE_TOKEN"));
    }

    /**
     * The store for a command that reads what is stored: a TDB2 folder must hold one already, so a
     * mistyped --data is named as such instead of answering from a new, empty store made there.
     */
    ClaimGraph openExisting() {
        if (store.equals("tdb2") && (!Files.exists(data) || Files.isDirectory(data) && !holdsStore(data))) {
            throw new IllegalArgumentException("--data: no store in " + data + ": load claim documents into it first (claimgraph load --data "
                    + data + " FILE…), or name the folder the store is in");
        }
        return open();
    }

    /** Whether a folder holds a TDB2 store (its generation folders, Data-0001 and on). */
    private static boolean holdsStore(Path folder) {
        try (var generations = Files.newDirectoryStream(folder, "Data-*")) {
            return generations.iterator().hasNext();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The store a command names (its --data folder, or its --store address), for messages; "" when it names none. */
    static String named(CommandLine cmd) {
        var spec = cmd.getCommandSpec();
        var address = spec.findOption("--store");
        if (address != null && address.getValue() instanceof String s && s.matches("https?://\\S+")) return s;
        var folder = spec.findOption("--data");
        return folder != null && folder.getValue() != null ? folder.getValue().toString() : "";
    }
}
