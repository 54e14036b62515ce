package org.claimgraph.model;

import java.util.List;

/**
 * What a number measures; metrics of one family can be confused with each other (cash burn, net loss).
 * wikidata is the IRI of the Wikidata property for the same measure, or null.
 */
public record Metric(String id, String labelEn, String labelZh, List<String> aliases, MetricType type,
                     String family, String dimension, String wikidata) {

    public Metric {
        aliases = List.copyOf(aliases);
    }
}
