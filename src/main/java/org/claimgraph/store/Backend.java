package org.claimgraph.store;

import java.nio.file.Path;
import java.util.Collection;
import org.apache.jena.query.Dataset;

/**
 * Where the graph lives. The store reads and writes a transactional Jena dataset; a backend opens it and
 * hears which graphs each committed write changed. A new backend is one class here and one line in
 * {@link #open}.
 */
public interface Backend extends AutoCloseable {

    /** The dataset the store reads and writes (TDB2 transactions). */
    Dataset dataset();

    /** How messages name the store: a folder, "memory", an address. */
    String description();

    /** Whether {@link #committed} needs the names of changed graphs (tracking them costs a little on every write). */
    default boolean mirrors() { return false; }

    /** After a write committed: the named graphs it changed, for a backend that keeps a copy elsewhere. */
    default void committed(Collection<String> graphs) {}

    @Override default void close() { dataset().close(); }

    /**
     * A short text that changes whenever a write is committed to the store, even by another process, and
     * stays the same while only reads happen; null when the backend cannot tell (then nothing may rely on it).
     */
    default String changeStamp() { return null; }

    /** The folder a store on disk keeps derived files in (text index, compiled rules, a snapshot of its claims), else null. */
    default Path folder() { return null; }

    /**
     * The backend a store name means: "mem" (in memory), the http(s) address of a dataset on a SPARQL 1.1
     * server (its Graph Store Protocol at address/data, reached with {@code token} if given), or else the
     * TDB2 folder {@code folder}.
     */
    static Backend open(String store, Path folder, String token) {
        if ("mem".equals(store)) return new MemoryBackend();
        if (store != null && store.matches("https?://.*")) return RemoteBackend.open(store, token);
        return Tdb2Backend.open(folder);
    }
}
