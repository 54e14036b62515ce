package org.claimgraph.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntFunction;

/**
 * Claim documents read on a thread of their own, in order, while the caller stores those already read:
 * reading and validating run on one core beside the store's writing on the other. The reading is the
 * sequential one, so documents, entities and errors come as they would one after another; the first
 * failure is thrown by {@link #next()} where that document would have come, and nothing after it is read.
 */
public final class ReadAhead implements Iterator<ClaimDocument>, AutoCloseable {
    /** Documents read but not yet taken: enough to keep both sides busy, few enough to hold little memory. */
    static final int AHEAD = 64;

    /** What the reading thread hands over: a document, or the failure that ended the reading. */
    private record Item(ClaimDocument document, RuntimeException failure) {}

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private final int count;
    private int taken;
    private boolean failed;

    /** Starts reading documents {@code 0 .. count-1} with {@code read}, one after another. */
    public ReadAhead(int count, IntFunction<ClaimDocument> read) {
        this.count = count;
        this.thread = new Thread(() -> {
            try {
                for (int i = 0; i < count; i++) {
                    Item item;
                    try {
                        item = new Item(read.apply(i), null);
                    } catch (RuntimeException e) {
                        item = new Item(null, e);
                    }
                    queue.put(item);
                    if (item.failure() != null) return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // closed by the caller: stop reading
            }
        }, "claim-documents-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    @Override public boolean hasNext() { return !failed && taken < count; }

    @Override public ClaimDocument next() {
        if (!hasNext()) throw new NoSuchElementException();
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading claim documents", e);
        }
        taken++;
        if (item.failure() != null) {
            failed = true;
            throw item.failure();
        }
        return item.document();
    }

    /** Stops the reading (when the caller gave up early) and waits for its thread. */
    @Override public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
