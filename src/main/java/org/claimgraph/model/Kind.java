package org.claimgraph.model;

/** What sort of assertion a claim is. */
public enum Kind {
    STATISTICAL("statistical"), COMPARATIVE("comparative"), TEMPORAL("temporal"),
    ATTRIBUTION("attribution"), PREDICTION("prediction"), OPINION("opinion");

    public final String json;

    Kind(String json) { this.json = json; }

    /** Opinions and predictions cannot be checked against facts. */
    public boolean checkable() { return this != PREDICTION && this != OPINION; }
}
