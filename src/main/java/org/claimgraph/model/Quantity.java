package org.claimgraph.model;

/**
 * An amount in base units (2400000000, not "24亿") with the interval it really means.
 * low/high are infinite when the qualifier leaves that side open ("more than", "up to").
 * per is the time unit of a rate ("a year"); basis the unit of something else the amount is for ("$80 a
 * barrel", "每公斤25元"), or null; noun is the word a count was written with ("people", "人", "jobs"), or null.
 */
public record Quantity(double value, String unit, double low, double high, String statedAs, String per, String noun, String basis) {

    public Quantity(double value, String unit, double low, double high, String statedAs, String per) {
        this(value, unit, low, high, statedAs, per, null, null);
    }

    public Quantity(double value, String unit, double low, double high, String statedAs, String per, String noun) {
        this(value, unit, low, high, statedAs, per, noun, null);
    }

    /** The same figure written with a noun ("23.4 million people"). */
    public Quantity withNoun(String n) { return new Quantity(value, unit, low, high, statedAs, per, n, basis); }

    /** The same figure for one of a unit ("a barrel"). */
    public Quantity withBasis(String b) { return new Quantity(value, unit, low, high, statedAs, per, noun, b); }

    public boolean isRate() { return per != null; }

    public boolean overlaps(Quantity o) { return low <= o.high && o.low <= high; }

    public boolean contains(double x) { return low <= x && x <= high; }
}
