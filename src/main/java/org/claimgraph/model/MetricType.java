package org.claimgraph.model;

/** How a metric behaves over time, which decides how values for different periods compare. */
public enum MetricType {
    /** Additive over time: a part of the period cannot exceed the whole. */
    FLOW,
    /** A value at a date. */
    LEVEL,
    /** Percent of a whole, 0–100. */
    SHARE,
    /** Percent change over a period. */
    GROWTH,
    /** A promised amount that may run over a term of years. */
    COMMITMENT,
    EVENT_DATE, DURATION, RATIO, STATEMENT
}
