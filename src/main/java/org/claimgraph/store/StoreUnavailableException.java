package org.claimgraph.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store cannot be used right now: a remote store down or refusing us, a store folder held by another
 * process, read-only, or on a full disk. Said in one sentence naming the store and what to do.
 */
public final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreUnavailableException(String message) { super(message); }

    private StoreUnavailableException(String message, Throwable cause) { super(message, cause); }

    private static final Pattern LOCK = Pattern.compile("Failed to get a lock: file='([^']+)'(?:: held by process (\\d+))?");

    /**
     * The failure a user can meet that {@code e} stands for (TDB2 lock held, read-only folder, full disk),
     * or null when it is none of these.
     *
     * @param store the store's folder, named when the exception does not name a file
     */
    public static StoreUnavailableException explain(Throwable e, String store) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreUnavailableException s) return s;
            String m = t.getMessage() == null ? "" : t.getMessage();
            Matcher lock = LOCK.matcher(m);
            if (lock.find()) {
                String folder = lock.group(1).replaceFirst("[/\\\\]tdb\\.lock$", "");
                return new StoreUnavailableException("the store " + folder + " is in use by another process"
                        + (lock.group(2) == null ? "" : " (" + lock.group(2) + ")")
                        + ": wait for it to finish (or stop the server using it, or use --store with its address) and run the command again", e);
            }
            String file = t instanceof FileSystemException f && f.getFile() != null ? f.getFile() : store;
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
                return new StoreUnavailableException("the disk holding the store " + file + " is full: free some space and run the command again"
                        + " (the write was not stored)", e);
            }
            if (t instanceof AccessDeniedException || m.contains("Read-only file system") || m.contains("Permission denied")) {
                return new StoreUnavailableException("the store " + file + " cannot be written (a read-only folder or no permission): "
                        + "use a folder you can write to with --data, or fix its permissions", e);
            }
        }
        return null;
    }
}
