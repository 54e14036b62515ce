package org.claimgraph.cli;

import static org.claimgraph.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures a user meets with the store itself, each one sentence naming the store and what to do, exit 4
 * (2 for a --data that cannot be a store), no stack trace: another process holds it, it is read-only, the
 * disk is full. Each is the real failure, not a stand-in: a second JVM holding TDB2's lock, an immutable
 * (or, for a user other than root, unwritable) folder, and a journal on /dev/full, which answers every
 * write with "No space left on device".
 */
class StoreFailuresTest {

    @TempDir Path dir;

    Path claims() throws Exception {
        Path f = dir.resolve("c.json");
        Files.writeString(f, "{\"document\": {\"id\": \"store-failure\", \"title\": \"T\", \"language\": \"en\", \"publisher\": \"P\", "
                + "\"published\": \"2025-01-01\", \"tier\": \"secondary\"}, \"claims\": []}");
        return f;
    }

    static void assertOneSentence(CliTest.Run r, int code, String message) {
        assertEquals(code, r.code(), r.err());
        assertEquals(List.of("error: " + message), r.err().lines().toList());
    }

    @Test void aSecondLoadWhileAnotherProcessHoldsTheStore() throws Exception {
        Path store = dir.resolve("store");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                HoldStore.class.getName(), store.toString()).redirectErrorStream(true).start();
        try {
            var lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            for (String l = lines.readLine(); l != null && !l.startsWith("holding "); l = lines.readLine()) {
                // the store's log lines before it is held
            }
            assertTrue(holder.isAlive(), "the other process holds the store");
            assertOneSentence(run("load", "--data", store.toString(), claims().toString()), 4, "the store " + store + " is held by process " + holder.pid()
                    + " (another claimgraph command or server); wait for it to finish or stop it first");
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the other process lets go");
        }
        assertEquals(0, run("load", "--data", store.toString(), claims().toString()).code(), "once it is free, the load goes on");
    }

    @Test void aReadOnlyStore() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, run("load", "--data", store.toString(), claims().toString()).code());
        TDBInternal.expel(TDB2Factory.connectDataset(store.toString()).asDatasetGraph()); // as if that command had ended
        // root writes through permissions, not through the immutable flag (nor does anyone else)
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> lock = root ? List.of("chattr", "-R", "+i", store.toString()) : List.of("chmod", "-R", "a-w", store.toString());
        List<String> unlock = root ? List.of("chattr", "-R", "-i", store.toString()) : List.of("chmod", "-R", "u+w", store.toString());
        assertEquals(0, new ProcessBuilder(lock).inheritIO().start().waitFor(), String.join(" ", lock));
        try {
            assertOneSentence(run("load", "--data", store.toString(), claims().toString()), 4, "the store " + store
                    + " cannot be written (a read-only folder or no permission): use a folder you can write to with --data, or fix its permissions");
        } finally {
            new ProcessBuilder(unlock).inheritIO().start().waitFor();
        }
    }

    @Test void aStorePathThroughAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "a file");
        assertOneSentence(run("load", "--data", file.resolve("store").toString(), claims().toString()), 2,
                "--data: the store " + file.resolve("store") + " cannot be made: " + file + " is a file, not a folder; name a folder with --data");
        assertOneSentence(run("show", "--data", file.toString(), "x/y"), 2,
                "--data: the store " + file + " cannot be opened: it is a file, not a folder; name a folder with --data");
    }

    @Test void aFullDisk() throws Exception {
        // TDB2 writes each commit to its journal first; this one is the device that is always full
        Path store = dir.resolve("store");
        Files.createDirectories(store.resolve("Data-0001"));
        Files.createSymbolicLink(store.resolve("Data-0001/journal.jrnl"), Path.of("/dev/full"));
        assertOneSentence(run("load", "--data", store.toString(), claims().toString()), 4,
                "the disk holding the store " + store + " is full: free some space and run the command again (the write was not stored)");
    }
}
