package org.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms ClaimGraph writes (http, as the published context maps them). */
public final class Schema {
    private Schema() {}

    public static final String NS = "http://schema.org/";

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource Claim = r("Claim");
    public static final Resource ClaimReview = r("ClaimReview");
    public static final Resource CreativeWork = r("CreativeWork");
    public static final Resource QuantitativeValue = r("QuantitativeValue");
    public static final Resource Rating = r("Rating");

    public static final Property name = p("name");
    public static final Property inLanguage = p("inLanguage");
    public static final Property publisher = p("publisher");
    public static final Property author = p("author");
    public static final Property datePublished = p("datePublished");
    public static final Property url = p("url");
    public static final Property appearance = p("appearance");
    public static final Property value = p("value");
    public static final Property minValue = p("minValue");
    public static final Property maxValue = p("maxValue");
    public static final Property itemReviewed = p("itemReviewed");
    public static final Property reviewRating = p("reviewRating");
    public static final Property ratingValue = p("ratingValue");
    public static final Property alternateName = p("alternateName");
    public static final Property member = p("member");
}
