package org.claimgraph.model;

/**
 * An amount in base units (2400000000, not "24亿") with the interval it really means.
 * low/high are infinite when the qualifier leaves that side open ("more than", "up to").
 * noun is the word a count was written with ("people", "人", "jobs"), or null.
 */
public record Quantity(double value, String unit, double low, double high, String statedAs, String per, String noun) {

    public Quantity(double value, String unit, double low, double high, String statedAs, String per) {
        this(value, unit, low, high, statedAs, per, null);
    }

    /** The same figure written with a noun ("23.4 million people"). */
    public Quantity withNoun(String n) { return new Quantity(value, unit, low, high, statedAs, per, n); }

    public boolean isRate() { return per != null; }

    public boolean overlaps(Quantity o) { return low <= o.high && o.low <= high; }

    public boolean contains(double x) { return low <= x && x <= high; }
}
