package org.claimgraph.model;

/**
 * An amount in base units (2400000000, not "24亿") with the interval it really means.
 * low/high are infinite when the qualifier leaves that side open ("more than", "up to").
 */
public record Quantity(double value, String unit, double low, double high, String statedAs, String per) {

    public boolean isRate() { return per != null; }

    public boolean overlaps(Quantity o) { return low <= o.high && o.low <= high; }

    public boolean contains(double x) { return low <= x && x <= high; }
}
