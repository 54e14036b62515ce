package org.claimgraph.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Prov;
import org.claimgraph.store.ClaimStore.Revision;

/**
 * The history graph: a revised or retracted claim's old version kept under its own revision graph,
 * with the activity (who, when, why) that replaced it; nothing is overwritten.
 */
final class History {
    private final ClaimStore store;
    private final Dataset dataset;

    History(ClaimStore store) {
        this.store = store;
        this.dataset = store.dataset();
    }

    static Resource activity(Model m, String what, Instant now, String author, String reason) {
        Resource a = m.createResource(CG.RUN + what + "/" + now.toEpochMilli() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8))
                .addProperty(RDF.type, Prov.Activity)
                .addLiteral(Prov.endedAtTime, m.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime));
        if (author != null) a.addProperty(Prov.wasAssociatedWith, author);
        if (reason != null) a.addProperty(CG.reason, reason, "en");
        return a;
    }


    /** Moves a claim's current triples into a revision graph, linked from the history graph. */
    void archive(Model g, Resource claim, Resource activity, String reason) {
        archive(g, claim, activity, reason, RdfMapping.closure(g, claim));
    }


    /** Archives {@code old} (statements of {@code claim} in {@code g}) and removes them from {@code g}. */
    void archive(Model g, Resource claim, Resource activity, String reason, Model old) {
        Model history = dataset.getNamedModel(CG.GRAPH_HISTORY);
        int n = history.listSubjectsWithProperty(Prov.wasRevisionOf, claim).toList().size() + 1;
        String rev = claim.getURI() + "/revision/" + n;
        // the old version under its own name, so the union graph never sees two versions of one claim
        Model snapshot = ModelFactory.createDefaultModel();
        Resource revision = snapshot.createResource(rev);
        for (Statement st : old.listStatements().toList()) {
            if (st.getSubject().equals(claim)) {
                if (st.getPredicate().equals(RDF.type)) continue;
                snapshot.add(revision, st.getPredicate(), st.getObject());
            } else {
                snapshot.add(st);
            }
        }
        snapshot.add(revision, RDF.type, CG.Revision);
        dataset.addNamedModel(rev, snapshot);
        store.touched.addAll(List.of(rev, CG.GRAPH_HISTORY));
        history.createResource(rev).addProperty(RDF.type, CG.Revision).addProperty(Prov.wasRevisionOf, claim)
                .addProperty(CG.revisionNumber, Integer.toString(n))
                .addProperty(Prov.wasInvalidatedBy, history.createResource(activity.getURI()))
                .addProperty(CG.reason, reason == null ? "no reason given" : reason, "en");
        history.add(activity.getModel());
        g.remove(old);
    }


    List<Revision> revisions(String claimKey) {
        if (claimKey.indexOf('/') <= 0) return List.of(); // not document/claim: no claim has it, as in ClaimStore.claim
        return Txn.calculateRead(dataset, () -> {
            Model h = dataset.getNamedModel(CG.GRAPH_HISTORY);
            List<Revision> out = new ArrayList<>();
            for (Resource rev : h.listSubjectsWithProperty(Prov.wasRevisionOf, h.createResource(CG.claim(claimKey))).toList()) {
                Resource act = rev.getPropertyResourceValue(Prov.wasInvalidatedBy);
                var author = act == null ? null : act.getProperty(Prov.wasAssociatedWith);
                var time = act == null ? null : act.getProperty(Prov.endedAtTime);
                Model old = ModelFactory.createDefaultModel().add(dataset.getNamedModel(rev.getURI()));
                out.add(new Revision(Integer.parseInt(rev.getProperty(CG.revisionNumber).getString()), rev.getProperty(CG.reason).getString(),
                        author == null ? null : author.getString(), time == null ? null : time.getLiteral().getLexicalForm(),
                        RdfMapping.readClaim(old.createResource(rev.getURI()))));
            }
            out.sort(Comparator.comparingInt(Revision::number));
            return out;
        });
    }

    /** See {@link ClaimStore#retract}. */
    void retract(String claimKey, String author, String reason) {
        store.write(() -> {
            String docId = claimKey.substring(0, claimKey.indexOf('/'));
            Model g = dataset.getNamedModel(CG.docGraph(docId));
            Resource r = g.createResource(CG.claim(claimKey));
            if (!g.contains(r, RDF.type, CG.Claim)) throw new IllegalArgumentException("no claim \"" + claimKey + "\" in the store");
            Model activityModel = ModelFactory.createDefaultModel();
            Resource activity = activity(activityModel, "retract", Instant.now(), author, reason);
            archive(g, r, activity, reason);
            dataset.getNamedModel(CG.GRAPH_HISTORY).add(activityModel);
            store.assessmentGraph().remove(claimKey);
            store.touched.addAll(List.of(CG.docGraph(docId), CG.GRAPH_HISTORY, CG.GRAPH_ASSESSMENTS));
            return null;
        }, ix -> ix.remove(claimKey));
        store.push();
    }
}
