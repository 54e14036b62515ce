package org.claimgraph.ingest;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;

/**
 * A document with its claims, read and validated, plus any gazetteer entries and metric or unit
 * definitions (RDF for the vocabulary graph) it brings along; document is null in a file of entities
 * or definitions only.
 */
public record ClaimDocument(Document document, List<Claim> claims, List<Entity> entities, Model definitions) {

    public ClaimDocument {
        claims = List.copyOf(claims);
        entities = List.copyOf(entities);
    }

    public ClaimDocument(Document document, List<Claim> claims, List<Entity> entities) {
        this(document, claims, entities, ModelFactory.createDefaultModel());
    }
}
