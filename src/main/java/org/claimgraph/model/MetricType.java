package org.claimgraph.model;

/** How a metric behaves over time, which decides how values for different periods compare. */
public enum MetricType {
    /** Additive over time: a part of the period cannot exceed the whole. */
    FLOW,
    /** A value at a date. */
    LEVEL,
    /** A level of countable things at a date (people, jobs, schools). */
    COUNT,
    /** Percent of a whole, 0–100. */
    SHARE,
    /** A rate per head or per 1,000 people, an interest or tax rate, or a percent that may exceed 100. */
    RATE,
    /** Percent change over a period. */
    GROWTH,
    /** Absolute change over a period (jobs added); covers its period like a flow. */
    CHANGE,
    /** A position in a ranking, 1 first. */
    RANK,
    /** A promised amount that may run over a term of years. */
    COMMITMENT,
    EVENT_DATE, DURATION, RATIO, STATEMENT
}
