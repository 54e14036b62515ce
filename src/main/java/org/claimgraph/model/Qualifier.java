package org.claimgraph.model;

/** Words that change what a number means or how firm it is. */
public enum Qualifier {
    ABOUT("about"), MORE_THAN("more-than"), AT_LEAST("at-least"), UP_TO("up-to"), LESS_THAN("less-than"), ALMOST("almost"),
    CONSERVATIVE_ESTIMATE("conservative-estimate"), ESTIMATE("estimate"), PROJECTION("projection"),
    NON_BINDING("non-binding"), OPINION("opinion"), PARAPHRASE("paraphrase");

    public final String json;

    Qualifier(String json) { this.json = json; }
}
