package org.claimgraph.model;

import java.util.List;

/**
 * What a number measures; metrics of one family can be confused with each other (cash burn, net loss).
 * wikidata is the IRI of the Wikidata property for the same measure, or null. changeOf is the metric this one
 * is the change of between two dates (jobs created of employment), numerator and denominator the metrics
 * this one is the quotient of (unemployed over labour force; votes over votes for a vote share), complementOf
 * the share this one is 100% minus (trains late of trains on time; abstention of turnout); null when the metric
 * declares none. maxYearlyChange is the most a stock of this measure moves in a year, as a fraction (0.1: a
 * population gains or loses at most a tenth a year), or null when it declares none.
 */
public record Metric(String id, String labelEn, String labelZh, List<String> aliases, MetricType type,
                     String family, String dimension, String wikidata, String changeOf, String numerator, String denominator,
                     String complementOf, Double maxYearlyChange) {

    public Metric {
        aliases = List.copyOf(aliases);
    }
}
