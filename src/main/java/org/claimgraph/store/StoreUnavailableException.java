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
     * @param store the store's folder as the user named it, or "" to name the file the exception names
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
            // the folder the user named, else the file the system named
            String file = !store.isEmpty() || !(t instanceof FileSystemException f) || f.getFile() == null ? store : f.getFile();
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
                return new StoreUnavailableException("the disk holding the store " + file + " is full: free some space and run the command again"
                        + " (the write was not stored)", e);
            }
            // EPERM: what an immutable file or folder gives (chattr +i), even to root
            if (t instanceof AccessDeniedException || m.contains("Read-only file system") || m.contains("Permission denied") || m.contains("Operation not permitted")) {
                return new StoreUnavailableException("the store " + file + " cannot be written (a read-only folder or no permission): "
                        + "use a folder you can write to with --data, or fix its permissions", e);
            }
        }
        return null;
    }
}
