package org.claimgraph.model;

/** How far a source is trusted as evidence; lower rank is more authoritative. */
public enum Tier {
    PRIMARY("primary", 1), MAJOR_PRESS("major-press", 2), SECONDARY("secondary", 3), ANONYMOUS("anonymous", 4);

    public final String json;
    public final int rank;

    Tier(String json, int rank) { this.json = json; this.rank = rank; }

    /** Anonymous sources never count as evidence. */
    public boolean trusted() { return this != ANONYMOUS; }
}
