package org.claimgraph.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.ingest.ClaimDocument;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Prov;
import org.claimgraph.store.ClaimStore.Change;
import org.claimgraph.store.ClaimStore.LoadOutcome;

/**
 * Documents into the store: whole when new, revised when already stored (new claims added, changed
 * ones revised with the old version to the history, the others kept); entities into the gazetteer.
 */
final class Loading {
    private final ClaimStore store;
    private final Dataset dataset;
    private final History history;
    private final RdfImport rdfImport;

    Loading(ClaimStore store, History history, RdfImport rdfImport) {
        this.store = store;
        this.dataset = store.dataset();
        this.history = history;
        this.rdfImport = rdfImport;
    }

    /** See {@link ClaimStore#load(List, Map, String, String)}. */
    List<LoadOutcome> load(List<ClaimDocument> docs, Map<String, DatasetGraph> rdf, String author, String reason) {
        List<LoadOutcome> done = store.write(() -> {
            List<String> problems = new ArrayList<>();
            if (!rdf.isEmpty()) rdfImport.importRdf(rdf, problems);
            Instant now = Instant.now();
            List<LoadOutcome> out = new ArrayList<>();
            Model gaz = dataset.getNamedModel(CG.GRAPH_GAZETTEER);
            Model vocab = dataset.getNamedModel(CG.GRAPH_VOCABULARY);
            for (ClaimDocument cd : docs) {
                defineEntities(gaz, cd.entities(), reason, problems);
                if (!cd.definitions().isEmpty()) {
                    // a new definition of a document's own metric or unit replaces the old one
                    cd.definitions().listSubjects().forEach(r -> vocab.removeAll(r, null, null));
                    vocab.add(cd.definitions());
                    store.touched.add(CG.GRAPH_VOCABULARY);
                }
                if (cd.document() == null) continue;
                out.add(storeDocument(cd, author, reason, now, problems));
            }
            if (!problems.isEmpty()) throw new BadInputException(problems);
            store.touched.add(CG.GRAPH_GAZETTEER);
            return out;
        }, rdf.isEmpty() ? ix -> keepInStep(ix, docs) : null); // imported RDF may hold any claims: read them again
        store.push();
        return done;
    }

    /**
     * The index after a load that stored every document: each document and the claims its file names as the
     * file gives them (those already stored alike are the same claims; the others were added or revised), the
     * claims it does not name kept, so a load leaves a snapshot for the next check.
     */
    private static void keepInStep(ClaimIndex ix, List<ClaimDocument> docs) {
        for (ClaimDocument cd : docs) {
            if (cd.document() == null) continue;
            ix.put(cd.document());
            cd.claims().forEach(ix::put);
        }
    }


    /**
     * Adds entities to the gazetteer. One already stored takes what a definition adds to it (aliases, a Wikidata
     * id, a type, a label in another language; a label it names otherwise becomes an alias), so a file that
     * defines a country the program ships still loads; one that would change it (another role, a name of
     * another entity) needs a reason, and the old entry goes to the history.
     */
    void defineEntities(Model gaz, List<org.claimgraph.model.Entity> entities, String reason, List<String> problems) {
        for (org.claimgraph.model.Entity e : entities) {
            Resource r = gaz.createResource(CG.ENTITY + e.id());
            Model fresh = RdfMapping.entities(List.of(e));
            if (!gaz.contains(r, RDF.type, CG.Entity)) { gaz.add(fresh); continue; }
            Model old = RdfMapping.closure(gaz, r);
            if (Versions.canonical(old).isIsomorphicWith(Versions.canonical(fresh))) continue;
            Model added = additions(gaz, old, fresh, r);
            if (added != null) {
                gaz.add(added);
                continue;
            }
            if (reason == null) {
                problems.add("entity \"" + e.id() + "\": already defined otherwise (" + Versions.difference(old, fresh, r) + "); give a reason to redefine it");
                continue;
            }
            gaz.remove(old);
            Model history = dataset.getNamedModel(CG.GRAPH_HISTORY);
            history.add(old.listStatements().toList().stream().map(st -> history.createStatement(
                    history.createResource(r.getURI() + "/revision/" + Instant.now().toEpochMilli()), st.getPredicate(), st.getObject())).toList());
            gaz.add(fresh);
            store.touched.add(CG.GRAPH_HISTORY);
        }
    }


    /**
     * What {@code fresh} adds to the stored entry {@code old}, or null when it would change it: another role, or
     * a name (label or alias) that another entity of the gazetteer has.
     */
    private static Model additions(Model gaz, Model old, Model fresh, Resource r) {
        Model out = ModelFactory.createDefaultModel();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Statement st : fresh.listStatements().toList()) {
            if (old.contains(st)) continue;
            var p = st.getPredicate();
            if (p.equals(CG.role) && old.contains(r, CG.role)) return null;
            if (p.equals(RDFS.label) || p.equals(SKOS.altLabel)) {
                String name = st.getString();
                if (known(old, r, name)) continue;
                names.add(name.strip().toLowerCase(java.util.Locale.ROOT));
                // one label a language: a second one is kept as an alias
                String lang = st.getLanguage();
                boolean labelled = p.equals(RDFS.label) && old.listObjectsOfProperty(r, RDFS.label).toList().stream().anyMatch(o -> o.asLiteral().getLanguage().equals(lang));
                out.add(r, labelled ? SKOS.altLabel : p, st.getObject());
                continue;
            }
            out.add(st);
        }
        if (!names.isEmpty()) {
            for (var p : List.of(RDFS.label, SKOS.altLabel)) {
                for (Statement st : gaz.listStatements(null, p, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                    if (!st.getSubject().equals(r) && st.getObject().isLiteral() && names.contains(st.getString().strip().toLowerCase(java.util.Locale.ROOT))) return null;
                }
            }
        }
        return out;
    }

    /** Whether the entry already has this name, as a label or an alias, in any case or language. */
    private static boolean known(Model old, Resource r, String name) {
        for (var p : List.of(RDFS.label, SKOS.altLabel)) {
            for (var o : old.listObjectsOfProperty(r, p).toList()) if (o.isLiteral() && o.asLiteral().getString().equalsIgnoreCase(name.strip())) return true;
        }
        return false;
    }

    LoadOutcome storeDocument(ClaimDocument cd, String author, String reason, Instant now, List<String> problems) {
        String id = cd.document().id();
        String graph = CG.docGraph(id);
        Model activityModel = ModelFactory.createDefaultModel();
        if (!dataset.containsNamedModel(graph)) {
            Resource activity = activityModel.createResource(CG.RUN + "load/" + id).addProperty(RDF.type, CG.LoadActivity).addProperty(RDF.type, Prov.Activity)
                    .addLiteral(Prov.endedAtTime, activityModel.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime));
            if (author != null) activity.addProperty(Prov.wasAssociatedWith, author);
            Model fresh = RdfMapping.document(cd.document(), cd.claims(), activity);
            fresh.add(activityModel);
            dataset.addNamedModel(graph, fresh);
            store.touched.add(graph);
            return new LoadOutcome(id, LoadOutcome.Change.ADDED, cd.claims().stream().map(Claim::id).toList(), List.of(), List.of(), List.of());
        }
        Model g = dataset.getNamedModel(graph);
        Resource activity = History.activity(activityModel, "load", now, author, reason == null ? "re-loaded from its claim document" : reason);
        // the document's own statements (not its claims')
        Resource docRes = g.createResource(CG.doc(id));
        Model oldDoc = Versions.withoutProvenance(Versions.ownStatements(g, docRes));
        Model newDoc = Versions.withoutProvenance(Versions.ownStatements(RdfMapping.document(cd.document(), List.of(), null), docRes));
        List<String> metadata = new ArrayList<>();
        if (!Versions.canonical(oldDoc).isIsomorphicWith(Versions.canonical(newDoc))) {
            String diff = Versions.difference(oldDoc, newDoc, docRes);
            if (reason == null) {
                problems.add("document \"" + id + "\": already stored with other metadata (" + diff + "); give a reason (--reason, or reason= over HTTP) to revise it");
                return null;
            }
            history.archive(g, docRes, activity, reason, oldDoc);
            g.add(newDoc);
            metadata.add(diff);
        }
        List<String> added = new ArrayList<>(), revised = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Claim c : cd.claims()) {
            named.add(c.id());
            Resource r = g.createResource(CG.claim(c.key()));
            if (!g.contains(r, RDF.type, CG.Claim)) {
                g.add(RdfMapping.claim(c, activity));
                added.add(c.id());
                continue;
            }
            Model old = RdfMapping.closure(g, r);
            List<Statement> links = old.listStatements(r, CG.repeats, (org.apache.jena.rdf.model.RDFNode) null).toList();
            if (Versions.comparable(old).isIsomorphicWith(Versions.comparable(RdfMapping.claim(c, null)))) continue;
            history.archive(g, r, activity, reason == null ? "re-loaded from its claim document" : reason);
            g.add(RdfMapping.claim(c, activity));
            g.add(links);
            revised.add(c.id());
        }
        List<String> kept = new ArrayList<>();
        for (Resource r : g.listSubjectsWithProperty(RDF.type, CG.Claim).toList()) {
            String cid = RdfMapping.claimKey(r);
            cid = cid.substring(cid.indexOf('/') + 1);
            if (!named.contains(cid)) kept.add(cid);
        }
        java.util.Collections.sort(kept);
        boolean changed = !added.isEmpty() || !revised.isEmpty() || !metadata.isEmpty();
        if (changed) {
            g.add(activityModel);
            store.touched.add(graph);
        }
        return new LoadOutcome(id, changed ? LoadOutcome.Change.REVISED : LoadOutcome.Change.UNCHANGED, added, revised, kept, metadata);
    }


    /** See {@link ClaimStore#addClaims}. */
    List<Change> addClaims(Document doc, List<Claim> claims, String author, String reason, java.util.Map<String, String> repeats) {
        List<Change> done = store.write(() -> {
            String graph = CG.docGraph(doc.id());
            Instant now = Instant.now();
            Model activityModel = ModelFactory.createDefaultModel();
            Resource activity = History.activity(activityModel, "add", now, author, reason);
            Model g = dataset.getNamedModel(graph);
            if (!dataset.containsNamedModel(graph)) {
                Model fresh = RdfMapping.document(doc, List.of(), null);
                g.add(fresh);
            } else {
                Resource docRes = g.createResource(CG.doc(doc.id()));
                Model oldDoc = Versions.withoutProvenance(Versions.ownStatements(g, docRes));
                Model newDoc = Versions.withoutProvenance(Versions.ownStatements(RdfMapping.document(doc, List.of(), null), docRes));
                if (!Versions.canonical(oldDoc).isIsomorphicWith(Versions.canonical(newDoc))) {
                    String diff = Versions.difference(oldDoc, newDoc, docRes);
                    if (reason == null) {
                        throw new BadInputException(BadInputException.Kind.CONFLICT, List.of(new BadInputException.Problem("document",
                                "document \"" + doc.id() + "\": already stored with other metadata (" + diff + "); give a reason to revise it, or give only its id")));
                    }
                    history.archive(g, docRes, activity, reason, oldDoc);
                    g.add(newDoc);
                }
            }
            List<Change> out = new ArrayList<>();
            for (Claim c : claims) {
                Resource r = g.createResource(CG.claim(c.key()));
                boolean exists = g.contains(r, RDF.type, CG.Claim);
                if (exists) history.archive(g, r, activity, reason);
                g.add(RdfMapping.claim(c, activity));
                String same = repeats.get(c.key());
                if (same != null) g.add(r, CG.repeats, g.createResource(CG.claim(same)));
                out.add(exists ? Change.REVISED : Change.ADDED);
            }
            g.add(activityModel);
            store.touched.add(graph);
            return out;
        }, ix -> {
            if (ix.document(doc.id()) == null) ix.put(doc);
            claims.forEach(ix::put);
        });
        store.push();
        return done;
    }

    /** See {@link ClaimStore#bulkLoad}. */
    void bulkLoad(java.util.Iterator<ClaimDocument> source) {
        ClaimIndex before = store.index(); // cheap on the empty store this is for
        store.keepIndex(null);
        var gaz = org.apache.jena.graph.NodeFactory.createURI(CG.GRAPH_GAZETTEER);
        store.bulkAdd(out -> {
            while (source.hasNext()) {
                ClaimDocument cd = source.next();
                RdfMapping.entities(RdfMapping.sink(t -> out.quad(Quad.create(gaz, t))), cd.entities());
                if (cd.document() == null) continue;
                var g = org.apache.jena.graph.NodeFactory.createURI(CG.docGraph(cd.document().id()));
                RdfMapping.document(RdfMapping.sink(t -> out.quad(Quad.create(g, t))), cd.document(), cd.claims(), null);
                // into the detached index as it comes (kept only if the load commits), not the parsed document
                before.put(cd.document());
                cd.claims().forEach(before::put);
            }
        });
        store.keepIndex(before);
        if (store.mirrors()) Txn.executeRead(dataset, () -> dataset.listModelNames().forEachRemaining(n -> store.touched.add(n.getURI())));
        store.push();
    }
}
