package org.claimgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small file a running server leaves in its store's folder saying where it listens, so another
 * process that finds the store locked can say where to go instead.
 */
public final class ServerFile {

    /** Its name inside the store's folder. */
    public static final String NAME = "server.url";

    private ServerFile() {}

    /** Records that this process serves the store at {@code url}; the file goes when the process ends. */
    public static void write(Path storeFolder, String url) throws IOException {
        Path f = storeFolder.resolve(NAME);
        // written beside it and moved in whole: a command reading it as it appears never finds it empty
        Path part = storeFolder.resolve(NAME + ".part");
        Files.writeString(part, url + "\n" + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        Files.move(part, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        f.toFile().deleteOnExit();
    }

    /** Removes the file if this process wrote it. */
    public static void remove(Path storeFolder) {
        try {
            Path f = storeFolder.resolve(NAME);
            String[] lines = Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8).split("\n") : new String[0];
            if (lines.length >= 2 && lines[1].strip().equals(Long.toString(ProcessHandle.current().pid()))) Files.delete(f);
        } catch (IOException e) {
            // the next server overwrites it; a stale file only adds a hint to an error message
        }
    }

    private static final Pattern PID = Pattern.compile("held by process (\\d+)");

    /** One sentence for a store whose lock another process holds: which process, and what to do. */
    static String heldBy(Path storeFolder, String lockMessage) {
        Matcher m = PID.matcher(lockMessage);
        String pid = m.find() ? m.group(1) : null;
        String url = null;
        try {
            Path f = storeFolder.resolve(NAME);
            if (Files.isRegularFile(f)) {
                String[] lines = Files.readString(f, StandardCharsets.UTF_8).split("\n");
                if (lines.length >= 2 && lines[1].strip().equals(pid)) url = lines[0].strip();
            }
        } catch (IOException e) {
            url = null;
        }
        String who = pid == null ? "another process" : "process " + pid;
        if (url != null) {
            return "the store " + storeFolder + " is held by " + who + ", `claimgraph serve` at " + url
                    + "; ask the server instead (SPARQL: " + url + "sparql, API: " + url + "api/claims) or stop it first";
        }
        return "the store " + storeFolder + " is held by " + who + " (another claimgraph command or server); wait for it to finish or stop it first";
    }
}
