package org.claimgraph.ingest;

import java.util.List;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;

/** A document with its claims, read and validated, plus any gazetteer entries it brings along; document is null in a file of entities only. */
public record ClaimDocument(Document document, List<Claim> claims, List<Entity> entities) {

    public ClaimDocument {
        claims = List.copyOf(claims);
        entities = List.copyOf(entities);
    }
}
