package org.claimgraph.store;

/** A remote store that cannot be reached or refuses us: said in one sentence naming the store. */
public final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreUnavailableException(String message) { super(message); }
}
