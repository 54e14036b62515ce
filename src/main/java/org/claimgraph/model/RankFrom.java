package org.claimgraph.model;

/** Which end a claimed rank counts from: "the second largest" from the highest value, "the lowest" from the lowest. */
public enum RankFrom {
    HIGHEST("highest"), LOWEST("lowest");

    public final String json;

    RankFrom(String json) { this.json = json; }
}
