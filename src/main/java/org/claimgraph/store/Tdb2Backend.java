package org.claimgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;

/** A TDB2 store in a folder (created when absent). */
final class Tdb2Backend implements Backend {
    private final Dataset dataset;
    private final VerdictLog verdicts;
    private final String folder;
    private final Path path;

    private Tdb2Backend(org.apache.jena.sparql.core.DatasetGraph tdb, Path folder) {
        try {
            this.verdicts = VerdictLog.open(folder);
        } catch (RuntimeException e) {
            tdb.close(); // free the folder's lock
            if (e instanceof java.io.UncheckedIOException u && u.getCause() instanceof IOException && !Files.isDirectory(folder.resolve(VerdictLog.FILE))) {
                throw new StoreUnavailableException(folder.resolve(VerdictLog.FILE) + " cannot be read as the store's verdicts ("
                        + u.getCause().getMessage() + "): it holds only what a check makes again, so move it aside and run check");
            }
            throw e;
        }
        this.dataset = DatasetFactory.wrap(new VerdictDataset(tdb, verdicts));
        this.folder = folder.toString();
        this.path = folder;
    }

    static Tdb2Backend open(Path folder) { return open(folder, Runtime.getRuntime().maxMemory()); }

    /** Opens it with node caches sized for a heap of {@code maxHeap} bytes. */
    static Tdb2Backend open(Path folder, long maxHeap) {
        try {
            return new Tdb2Backend(DatabaseMgr.connectDatasetGraph(Location.create(folder), params(maxHeap)), folder);
        } catch (RuntimeException e) {
            // held by another process: say which, and where its server listens if it is one
            if (e.getMessage() != null && e.getMessage().contains("Failed to get a lock")) throw new StoreUnavailableException(ServerFile.heldBy(folder, e.getMessage()));
            StoreUnavailableException s = StoreUnavailableException.explain(e, folder.toString());
            throw s != null ? s : e;
        }
    }

    /**
     * TDB2's node caches hold up to 1,200,000 terms whatever the heap (some 250 MB): in a small heap they
     * crowd out the claims being checked, so they get about a tenth of the heap, never more than TDB2's own sizes.
     */
    static StoreParams params(long maxHeap) {
        StoreParams dft = StoreParams.getDftStoreParams();
        long entries = maxHeap / 10 / BYTES_PER_CACHED_NODE;
        int toNode = (int) Math.max(MIN_CACHE, Math.min(dft.getNodeId2NodeCacheSize(), entries * 5 / 6));
        int toId = (int) Math.max(MIN_CACHE, Math.min(dft.getNode2NodeIdCacheSize(), entries / 6));
        return StoreParams.builder("heap-sized caches", dft).nodeId2NodeCacheSize(toNode).node2NodeIdCacheSize(toId).build();
    }

    /** A cached term with its id, label, string and the cache's own entry, as measured in a heap histogram. */
    private static final long BYTES_PER_CACHED_NODE = 200;
    private static final long MIN_CACHE = 10_000;

    @Override public Dataset dataset() { return dataset; }

    /** TDB2's dataset itself, under the verdict log's view. */
    org.apache.jena.sparql.core.DatasetGraph tdb() { return ((VerdictDataset) dataset.asDatasetGraph()).tdb(); }

    /** The log of the store's verdicts (see {@link VerdictLog}). */
    VerdictLog verdicts() { return verdicts; }

    @Override public void close() {
        try {
            dataset.close();
        } finally {
            verdicts.close();
        }
    }

    @Override public String description() { return folder; }

    @Override public Path folder() { return path; }

    /**
     * The state files TDB2 rewrites at every commit (each index's root and block limits, the node table's
     * length) of the current Data-NNNN folder, with that folder's identity: TDB2 never writes a block in
     * place, so any committed change moves a limit. Null while a journal waits to be replayed.
     */
    @Override public String changeStamp() {
        try (var dirs = Files.list(path)) {
            Path data = dirs.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p))
                    .max(Comparator.comparing(p -> p.getFileName().toString())).orElse(null);
            if (data == null) return null;
            Path journal = data.resolve("journal.jrnl");
            if (Files.exists(journal) && Files.size(journal) > 0) return null;
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((data.getFileName() + " " + Files.readAttributes(data, BasicFileAttributes.class).fileKey()).getBytes(StandardCharsets.UTF_8));
            try (var files = Files.list(data)) {
                for (Path f : files.filter(f -> f.getFileName().toString().matches(".*\\.(bpt|bdf)")).sorted().toList()) {
                    sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(f));
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32) + " " + verdicts.stamp();
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }
}
