package org.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** NIF core: where a claim's quote sits in its document's text (code-point offsets). */
public final class Nif {
    private Nif() {}

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Property isString = ResourceFactory.createProperty(NS + "isString");
    public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
    public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
}
