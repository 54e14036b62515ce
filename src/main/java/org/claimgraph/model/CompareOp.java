package org.claimgraph.model;

/** The relation a comparative claim asserts between two other claims' values. */
public enum CompareOp {
    EXCEEDS("exceeds"), LESS_THAN("less-than"), EQUALS("equals"), TIMES("times");

    public final String json;

    CompareOp(String json) { this.json = json; }
}
