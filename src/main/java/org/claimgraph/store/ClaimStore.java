package org.claimgraph.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.ingest.ClaimDocument;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Prov;

/**
 * The knowledge graph: a TDB2 dataset on disk (or in memory), one named graph per document, one for
 * the gazetteer, one for the vocabulary and one for the latest check's assessments. The default graph
 * is their union. Every write is one transaction: a failed write changes nothing.
 */
public final class ClaimStore implements AutoCloseable {

    private final Dataset dataset;
    private final String description;
    /** A SPARQL 1.1 server holding the graph, mirrored here; null for a local store. */
    private final RemoteStore remote;
    /** Graphs a write changed, to send to the remote store after it commits. */
    private final java.util.Set<String> touched = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The claims, documents and assessments in memory once something needed them all; null until then or after another process wrote. */
    private ClaimIndex index;
    /** The store's count of write transactions when the index was last in step with it. */
    private long indexStamp = -1;

    private ClaimStore(Dataset dataset, String description, RemoteStore remote) {
        this.dataset = dataset;
        this.description = description;
        this.remote = remote;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    private ClaimStore(Dataset dataset, String description) { this(dataset, description, null); }

    /**
     * A store kept in any SPARQL 1.1 server with the Graph Store Protocol (Fuseki, GraphDB, Virtuoso …):
     * its graphs are read once into memory here, every query runs on that copy, and every graph a
     * write changes is sent back (PUT) when the write commits.
     *
     * @param url   the dataset's address; its graph store is url + "/data"
     * @param token a bearer token for the server, or null
     */
    public static ClaimStore remote(String url, String token) {
        RemoteStore r = new RemoteStore(url, token);
        Dataset mirror = TDB2Factory.createDataset();
        DatasetGraph all = r.fetch();
        Txn.executeWrite(mirror, () -> all.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) mirror.asDatasetGraph().add(q);
        }));
        return new ClaimStore(mirror, url, r);
    }

    /** Sends the graphs the last write changed to the remote store; nothing for a local one. */
    private void push() {
        if (dataset.isInTransaction()) return; // an enclosing write pushes when it commits
        if (remote == null) { touched.clear(); return; }
        java.util.List<String> names = new ArrayList<>(touched);
        touched.clear();
        for (String g : names) {
            Model copy = Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(g)));
            remote.put(g, copy.getGraph());
        }
    }

    /** A TDB2 store in a folder (created when absent). */
    public static ClaimStore onDisk(Path folder) {
        try {
            return new ClaimStore(TDB2Factory.connectDataset(folder.toString()), folder.toString());
        } catch (RuntimeException e) {
            // held by another process: say which, and where its server listens if it is one
            if (e.getMessage() != null && e.getMessage().contains("Failed to get a lock")) throw new StoreUnavailableException(ServerFile.heldBy(folder, e.getMessage()));
            StoreUnavailableException s = StoreUnavailableException.explain(e, folder.toString());
            throw s != null ? s : e;
        }
    }

    /** A throwaway store in memory. */
    public static ClaimStore inMemory() {
        return new ClaimStore(TDB2Factory.createDataset(), "memory");
    }

    public String description() { return description; }

    /** The underlying dataset, for the SPARQL server and the text index. */
    public Dataset dataset() { return dataset; }

    /** How many write transactions the store has begun: a change means the index may be out of step. */
    private long writeStamp() {
        return org.apache.jena.tdb2.sys.TDBInternal.getTransactionCoordinator(dataset.asDatasetGraph()).countBeginWrite();
    }

    /** The index, read from the graph when there is none or someone else wrote since. */
    private synchronized ClaimIndex index() {
        if (index == null || indexStamp != writeStamp()) {
            long stamp = writeStamp();
            List<Document> docs = Txn.calculateRead(dataset, () -> readAll(RdfMapping::readDocument, CG.Document));
            List<Claim> cs = Txn.calculateRead(dataset, () -> readAll(RdfMapping::readClaim, CG.Claim));
            List<Assessment> as = Txn.calculateRead(dataset, () -> readAll(RdfMapping::readAssessment, CG.Assessment));
            index = new ClaimIndex(docs, cs, as);
            indexStamp = stamp;
        }
        return index;
    }

    /** The index if it is in step with the store, else null (a one-off read is cheaper than building it). */
    private synchronized ClaimIndex warmIndex() {
        return index != null && indexStamp == writeStamp() ? index : null;
    }

    /**
     * Runs one of our writes: the index, if it was in step before, is brought up to date with {@code update}
     * (null: dropped, to be read again when next needed).
     */
    private synchronized <T> T write(java.util.function.Supplier<T> work, java.util.function.Consumer<ClaimIndex> update) {
        boolean fresh = warmIndex() != null;
        try {
            T out = Txn.calculateWrite(dataset, work::get);
            if (fresh && update != null) {
                update.accept(index);
                indexStamp = writeStamp();
            } else {
                index = null;
            }
            return out;
        } catch (RuntimeException e) {
            index = null;
            throw e;
        }
    }

    /**
     * Runs several writes as one transaction, committed (made durable) once at the end: all of them are
     * stored, or (when {@code work} throws) none. The store's other write methods join it.
     */
    public synchronized <T> T write(java.util.function.Supplier<T> work) {
        boolean fresh = warmIndex() != null;
        try {
            T out = Txn.calculateWrite(dataset, () -> {
                if (fresh) indexStamp = writeStamp(); // our own transaction: the writes inside keep the index
                return work.get();
            });
            if (index != null && fresh) indexStamp = writeStamp();
            return out;
        } catch (RuntimeException e) {
            index = null;
            throw e;
        } finally {
            push();
        }
    }

    /**
     * Writes the vocabulary and gazetteer graphs when the store lacks this version of them, replacing the
     * program's vocabulary (keeping the metrics and units documents defined) and adding to the gazetteer.
     */
    public void installVocabulary(String version, java.util.function.Supplier<Model> vocabulary, java.util.function.Supplier<Model> gazetteer) {
        // most opens find this version installed: one lookup instead of parsing and comparing the graphs
        Resource graph = ResourceFactory.createResource(CG.GRAPH_VOCABULARY);
        Literal stamp = ResourceFactory.createStringLiteral(version);
        boolean current = Txn.calculateRead(dataset, () -> dataset.getNamedModel(CG.GRAPH_VOCABULARY).contains(graph, OWL.versionInfo, stamp));
        if (current) return;
        Model vocab = Txn.calculateRead(dataset, () -> {
            Model stored = dataset.getNamedModel(CG.GRAPH_VOCABULARY);
            Model m = ModelFactory.createDefaultModel().add(vocabulary.get()).add(graph, OWL.versionInfo, stamp);
            for (Resource r : stored.listSubjectsWithProperty(CG.definedIn).toList()) m.add(stored.listStatements(r, null, (RDFNode) null));
            return m;
        });
        Model gaz = gazetteer.get();
        write(() -> {
            dataset.replaceNamedModel(CG.GRAPH_VOCABULARY, vocab);
            dataset.getNamedModel(CG.GRAPH_GAZETTEER).add(gaz);
            return null;
        }, ix -> { });
        touched.addAll(List.of(CG.GRAPH_VOCABULARY, CG.GRAPH_GAZETTEER));
        push();
    }

    /** The vocabulary graph as stored (the program's, plus the metrics and units documents defined). */
    public Model vocabulary() {
        return Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(CG.GRAPH_VOCABULARY)));
    }

    /** The gazetteer graph as stored (shipped entries plus those documents brought). */
    public Model gazetteer() {
        return Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(CG.GRAPH_GAZETTEER)));
    }

    /**
     * What a load did to one document: added whole, revised (claims added or revised, metadata changed)
     * or unchanged; claims in the store that the file does not name are kept, never deleted.
     */
    public record LoadOutcome(String document, Change change, List<String> added, List<String> revised, List<String> kept,
                              List<String> metadata) {
        public enum Change { ADDED, REVISED, UNCHANGED }

        /** One line: "revised doc: added a, b; revised c; kept 1 claim the file does not name (d)". */
        public String describe() {
            StringBuilder b = new StringBuilder(change.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(document);
            List<String> parts = new ArrayList<>();
            if (change != Change.ADDED && !added.isEmpty()) parts.add("added " + String.join(", ", added));
            if (!revised.isEmpty()) parts.add("revised " + String.join(", ", revised) + " (earlier versions in the history)");
            if (!metadata.isEmpty()) parts.add("changed " + String.join(", ", metadata));
            if (!kept.isEmpty()) parts.add("kept " + kept.size() + " claim(s) the file does not name (" + String.join(", ", kept) + ")");
            if (!parts.isEmpty()) b.append(": ").append(String.join("; ", parts));
            return b.toString();
        }
    }

    /** Stores documents with their claims in one transaction (see {@link #load(List, Map, String, String)}). */
    public List<LoadOutcome> load(List<ClaimDocument> docs, String author) {
        return load(docs, Map.of(), author, null);
    }

    /** The graphs only the program writes: an RDF import may not name them (except to restore an export into an empty store). */
    private static boolean programGraph(String g) {
        return g.equals(CG.GRAPH_ASSESSMENTS) || g.equals(CG.GRAPH_HISTORY) || g.equals(CG.GRAPH_GAZETTEER) || g.equals(CG.GRAPH_VOCABULARY)
                || (g.startsWith(CG.DOC) && g.contains("/revision/"));
    }

    /** Whether the store holds nothing but the installed vocabulary and gazetteer. */
    private boolean fresh() {
        for (Iterator<Resource> it = dataset.listModelNames(); it.hasNext();) {
            String g = it.next().getURI();
            if (!g.equals(CG.GRAPH_VOCABULARY) && !g.equals(CG.GRAPH_GAZETTEER)) return false;
        }
        return true;
    }

    /**
     * Stores claim documents and RDF datasets (by the graph their default-graph triples go to) in one
     * transaction: when any part is refused, nothing is stored. RDF may not write the program's own graphs
     * nor say anything about what the store already holds, unless it restores an export into an empty
     * store; it must meet ontology/shapes.ttl. A document already stored is revised, never replaced: new
     * claims are added, changed ones revised (the old version to the history), the others kept; changed
     * metadata, or an entity defined otherwise than stored, needs a reason.
     *
     * @param reason why earlier versions are revised, or null (then only claims may be revised)
     * @throws BadInputException naming every refused graph, statement, field or entity
     */
    public List<LoadOutcome> load(List<ClaimDocument> docs, Map<String, DatasetGraph> rdf, String author, String reason) {
        List<LoadOutcome> done = write(() -> {
            List<String> problems = new ArrayList<>();
            if (!rdf.isEmpty()) importRdf(rdf, problems);
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
                    touched.add(CG.GRAPH_VOCABULARY);
                }
                if (cd.document() == null) continue;
                out.add(storeDocument(cd, author, reason, now, problems));
            }
            if (!problems.isEmpty()) throw new BadInputException(problems);
            touched.add(CG.GRAPH_GAZETTEER);
            return out;
        }, null);
        push();
        return done;
    }

    private void importRdf(Map<String, DatasetGraph> rdf, List<String> problems) {
        boolean restore = fresh();
        Model imported = ModelFactory.createDefaultModel();
        rdf.forEach((graph, parsed) -> {
            java.util.Set<String> named = new java.util.TreeSet<>(), known = new java.util.TreeSet<>();
            for (Iterator<Quad> it = parsed.find(); it.hasNext();) {
                Quad q = it.next();
                if (q.isDefaultGraph() || !q.getGraph().isURI()) continue;
                String g = q.getGraph().getURI();
                if (g.equals(CG.GRAPH_VOCABULARY) && restore) continue;
                if (!restore && (programGraph(g) || (g.startsWith(CG.GRAPH + "doc/") && dataset.containsNamedModel(g)))) named.add(g);
            }
            if (!restore && named.isEmpty()) {
                var definitions = parsed.getUnionGraph();
                for (Iterator<Quad> it = parsed.find(); it.hasNext() && known.size() < 5;) {
                    var subject = it.next().getSubject();
                    // metrics and units are defined (and redefined) through the reader
                    if (definitions.contains(subject, RDF.type.asNode(), CG.Metric.asNode()) || definitions.contains(subject, RDF.type.asNode(), CG.Unit.asNode())) continue;
                    if (subject.isURI() && subject.getURI().startsWith("https://w3id.org/claimgraph/")
                            && dataset.asDatasetGraph().getUnionGraph().contains(subject, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)) {
                        known.add(subject.getURI());
                    }
                }
            }
            for (String g : named) {
                problems.add(graph.substring(graph.lastIndexOf('/') + 1) + ": the graph <" + g + "> is the program's own (or an existing document's); "
                        + "RDF imports may not write it (load the claim documents instead, or restore an export into an empty store)");
            }
            for (String k : known) {
                problems.add(graph.substring(graph.lastIndexOf('/') + 1) + ": <" + k + "> is already in the store; RDF imports may not add to it "
                        + "(revise it with its claim document or add --reason)");
            }
            if (named.isEmpty() && known.isEmpty()) addQuads(parsed, graph, imported);
        });
        if (!problems.isEmpty()) return;
        // metrics and units an import defines are checked by the reader, like the catalogue's
        for (Resource type : List.of(CG.Metric, CG.Unit)) {
            for (Resource r : imported.listSubjectsWithProperty(RDF.type, type).toList()) imported.removeAll(r, null, null);
        }
        imported.add(dataset.getNamedModel(CG.GRAPH_VOCABULARY)).add(dataset.getNamedModel(CG.GRAPH_GAZETTEER));
        var report = org.apache.jena.shacl.ShaclValidator.get().validate(Shapes.get(), imported.getGraph());
        if (!report.conforms()) {
            var entries = new ArrayList<>(report.getEntries());
            for (var e : entries.subList(0, Math.min(5, entries.size()))) {
                problems.add(String.join(", ", rdf.keySet().stream().map(g -> g.substring(g.lastIndexOf('/') + 1)).toList())
                        + ": does not meet ontology/shapes.ttl: " + e.focusNode() + " " + e.message());
            }
            if (entries.size() > 5) problems.add("… and " + (entries.size() - 5) + " more violations of ontology/shapes.ttl");
            return;
        }
        readAll(RdfMapping::readClaim, CG.Claim);
        readAll(RdfMapping::readDocument, CG.Document);
    }

    /** Adds entities to the gazetteer; one stored with other labels, aliases or type needs a reason (the old entry goes to the history). */
    private void defineEntities(Model gaz, List<org.claimgraph.model.Entity> entities, String reason, List<String> problems) {
        for (org.claimgraph.model.Entity e : entities) {
            Resource r = gaz.createResource(CG.ENTITY + e.id());
            Model fresh = RdfMapping.entities(List.of(e));
            if (!gaz.contains(r, RDF.type, CG.Entity)) { gaz.add(fresh); continue; }
            Model old = RdfMapping.closure(gaz, r);
            if (canonical(old).isIsomorphicWith(canonical(fresh))) continue;
            if (reason == null) {
                problems.add("entity \"" + e.id() + "\": already defined otherwise (" + difference(old, fresh, r) + "); give a reason to redefine it");
                continue;
            }
            gaz.remove(old);
            Model history = dataset.getNamedModel(CG.GRAPH_HISTORY);
            history.add(old.listStatements().toList().stream().map(st -> history.createStatement(
                    history.createResource(r.getURI() + "/revision/" + Instant.now().toEpochMilli()), st.getPredicate(), st.getObject())).toList());
            gaz.add(fresh);
            touched.add(CG.GRAPH_HISTORY);
        }
    }

    /** The properties whose values differ between two versions of a resource, e.g. "label \"A\" → \"B\"". */
    private static String difference(Model old, Model now, Resource r) {
        List<String> out = new ArrayList<>();
        java.util.Set<org.apache.jena.rdf.model.Property> props = new java.util.LinkedHashSet<>();
        old.listStatements(r, null, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> props.add(st.getPredicate()));
        now.listStatements(r, null, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> props.add(st.getPredicate()));
        for (var p : props) {
            var a = values(old, r, p);
            var b = values(now, r, p);
            if (!a.equals(b)) out.add(p.getLocalName() + " " + (a.isEmpty() ? "none" : String.join(" | ", a)) + " → " + (b.isEmpty() ? "none" : String.join(" | ", b)));
        }
        return out.isEmpty() ? "nested values differ" : String.join("; ", out);
    }

    private static java.util.SortedSet<String> values(Model m, Resource r, org.apache.jena.rdf.model.Property p) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        m.listObjectsOfProperty(r, p).forEachRemaining(o -> {
            String v = o.isLiteral() ? "\"" + o.asLiteral().getLexicalForm() + "\"" : o.isURIResource() ? o.asResource().getLocalName() : "…";
            out.add(v.length() > 60 ? v.substring(0, 57) + "…\"" : v);
        });
        return out;
    }

    private LoadOutcome storeDocument(ClaimDocument cd, String author, String reason, Instant now, List<String> problems) {
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
            touched.add(graph);
            return new LoadOutcome(id, LoadOutcome.Change.ADDED, cd.claims().stream().map(Claim::id).toList(), List.of(), List.of(), List.of());
        }
        Model g = dataset.getNamedModel(graph);
        Resource activity = activity(activityModel, "load", now, author, reason == null ? "re-loaded from its claim document" : reason);
        // the document's own statements (not its claims')
        Resource docRes = g.createResource(CG.doc(id));
        Model oldDoc = withoutProvenance(ownStatements(g, docRes));
        Model newDoc = withoutProvenance(ownStatements(RdfMapping.document(cd.document(), List.of(), null), docRes));
        List<String> metadata = new ArrayList<>();
        if (!canonical(oldDoc).isIsomorphicWith(canonical(newDoc))) {
            String diff = difference(oldDoc, newDoc, docRes);
            if (reason == null) {
                problems.add("document \"" + id + "\": already stored with other metadata (" + diff + "); give a reason (--reason, or reason= over HTTP) to revise it");
                return null;
            }
            archive(g, docRes, activity, reason, oldDoc);
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
            if (comparable(old).isIsomorphicWith(comparable(RdfMapping.claim(c, null)))) continue;
            archive(g, r, activity, reason == null ? "re-loaded from its claim document" : reason);
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
            touched.add(graph);
        }
        return new LoadOutcome(id, changed ? LoadOutcome.Change.REVISED : LoadOutcome.Change.UNCHANGED, added, revised, kept, metadata);
    }

    /** A resource's statements with its blank nodes, but not its claims'. */
    private static Model ownStatements(Model m, Resource r) { return RdfMapping.closure(m, r); }

    /** A claim as compared on reload: without provenance and repeat links, which the file does not carry. */
    private static Model comparable(Model claim) {
        Model m = withoutProvenance(claim);
        m.removeAll(null, CG.repeats, null);
        return canonical(m);
    }

    /** Literals by value: the store writes "5.0" for a decimal written "5". */
    private static Model canonical(Model m) {
        Model out = ModelFactory.createDefaultModel();
        m.getGraph().find().forEachRemaining(t -> out.getGraph().add(t.getSubject(), t.getPredicate(), byValue(t.getObject())));
        return out;
    }

    private static org.apache.jena.graph.Node byValue(org.apache.jena.graph.Node n) {
        if (!n.isLiteral() || !(n.getLiteralValue() instanceof Number)) return n;
        try {
            return org.apache.jena.graph.NodeFactory.createLiteralDT(
                    new java.math.BigDecimal(n.getLiteralLexicalForm().strip()).stripTrailingZeros().toPlainString(), n.getLiteralDatatype());
        } catch (NumberFormatException e) {
            return n; // not a decimal form (NaN, INF): compared as written
        }
    }

    /**
     * Loads many new documents at once through TDB2's bulk loader, many times faster than
     * transactional adds; for filling an empty store (benchmarks, migrations), not for updates.
     */
    public synchronized void bulkLoad(List<ClaimDocument> docs) {
        ClaimIndex before = index(); // cheap on the empty store this is for
        index = null;
        var gaz = org.apache.jena.graph.NodeFactory.createURI(CG.GRAPH_GAZETTEER);
        bulkAdd(out -> {
            for (ClaimDocument cd : docs) {
                RdfMapping.entities(cd.entities()).getGraph().find().forEachRemaining(t -> out.quad(Quad.create(gaz, t)));
                if (cd.document() == null) continue;
                var g = org.apache.jena.graph.NodeFactory.createURI(CG.docGraph(cd.document().id()));
                RdfMapping.document(cd.document(), cd.claims(), null).getGraph().find().forEachRemaining(t -> out.quad(Quad.create(g, t)));
            }
        });
        for (ClaimDocument cd : docs) {
            if (cd.document() == null) continue;
            before.put(cd.document());
            cd.claims().forEach(before::put);
        }
        index = before;
        indexStamp = writeStamp();
        if (remote != null) Txn.executeRead(dataset, () -> dataset.listModelNames().forEachRemaining(n -> touched.add(n.getURI())));
        push();
    }

    /** At least this many new assessments go in through the bulk loader. */
    static final int BULK_ASSESSMENTS = 5_000;

    /** Quads in through TDB2's bulk loader (its own transaction: all or nothing). */
    private void bulkAdd(java.util.function.Consumer<org.apache.jena.riot.system.StreamRDF> quads) {
        var loader = org.apache.jena.tdb2.loader.LoaderFactory.phasedLoader(dataset.asDatasetGraph(), (fmt, args) -> { });
        loader.startBulk();
        try {
            quads.accept(loader.stream());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    private static Model withoutProvenance(Model m) {
        Model copy = ModelFactory.createDefaultModel().add(m);
        copy.removeAll(null, Prov.wasGeneratedBy, null);
        copy.listSubjectsWithProperty(RDF.type, CG.LoadActivity).toList().forEach(r -> copy.removeAll(r, null, null));
        return copy;
    }

    /** Adds parsed quads inside the caller's write transaction; triples outside a named graph go to {@code defaultGraph}. */
    private int addQuads(DatasetGraph parsed, String defaultGraph, Model copy) {
        int n = 0;
        for (Iterator<Quad> it = parsed.find(); it.hasNext();) {
            Quad q = it.next();
            // the program installs its own vocabulary: a copy in an export would only duplicate its blank nodes;
            // what documents defined is kept
            if (q.getGraph().isURI() && q.getGraph().getURI().equals(CG.GRAPH_VOCABULARY)
                    && !parsed.contains(q.getGraph(), q.getSubject(), CG.definedIn.asNode(), org.apache.jena.graph.Node.ANY)) continue;
            var g = q.isDefaultGraph() ? org.apache.jena.graph.NodeFactory.createURI(defaultGraph) : q.getGraph();
            dataset.asDatasetGraph().add(g, q.getSubject(), q.getPredicate(), q.getObject());
            copy.getGraph().add(q.getSubject(), q.getPredicate(), q.getObject());
            touched.add(g.getURI());
            n++;
        }
        return n;
    }

    /** What an addition did to one claim. */
    public enum Change { ADDED, REVISED, RETRACTED }

    /**
     * Adds or revises claims of one document in one transaction. A claim id already in the document is
     * a revision: the old version moves to the history graph with the reason, never overwritten. A new
     * document is written whole.
     */
    public List<Change> addClaims(Document doc, List<Claim> claims, String author, String reason, java.util.Map<String, String> repeats) {
        List<Change> done = write(() -> {
            String graph = CG.docGraph(doc.id());
            Instant now = Instant.now();
            Model activityModel = ModelFactory.createDefaultModel();
            Resource activity = activity(activityModel, "add", now, author, reason);
            Model g = dataset.getNamedModel(graph);
            if (!dataset.containsNamedModel(graph)) {
                Model fresh = RdfMapping.document(doc, List.of(), null);
                g.add(fresh);
            } else {
                Resource docRes = g.createResource(CG.doc(doc.id()));
                Model oldDoc = withoutProvenance(ownStatements(g, docRes));
                Model newDoc = withoutProvenance(ownStatements(RdfMapping.document(doc, List.of(), null), docRes));
                if (!canonical(oldDoc).isIsomorphicWith(canonical(newDoc))) {
                    String diff = difference(oldDoc, newDoc, docRes);
                    if (reason == null) {
                        throw new BadInputException(BadInputException.Kind.CONFLICT, List.of(new BadInputException.Problem("document",
                                "document \"" + doc.id() + "\": already stored with other metadata (" + diff + "); give a reason to revise it, or give only its id")));
                    }
                    archive(g, docRes, activity, reason, oldDoc);
                    g.add(newDoc);
                }
            }
            List<Change> out = new ArrayList<>();
            for (Claim c : claims) {
                Resource r = g.createResource(CG.claim(c.key()));
                boolean exists = g.contains(r, RDF.type, CG.Claim);
                if (exists) archive(g, r, activity, reason);
                g.add(RdfMapping.claim(c, activity));
                String same = repeats.get(c.key());
                if (same != null) g.add(r, CG.repeats, g.createResource(CG.claim(same)));
                out.add(exists ? Change.REVISED : Change.ADDED);
            }
            g.add(activityModel);
            touched.add(graph);
            return out;
        }, ix -> {
            if (ix.document(doc.id()) == null) ix.put(doc);
            claims.forEach(ix::put);
        });
        push();
        return done;
    }

    /** Retracts a claim: it leaves its document's graph for the history graph, with the reason. */
    public void retract(String claimKey, String author, String reason) {
        write(() -> {
            String docId = claimKey.substring(0, claimKey.indexOf('/'));
            Model g = dataset.getNamedModel(CG.docGraph(docId));
            Resource r = g.createResource(CG.claim(claimKey));
            if (!g.contains(r, RDF.type, CG.Claim)) throw new IllegalArgumentException("no claim \"" + claimKey + "\" in the store");
            Model activityModel = ModelFactory.createDefaultModel();
            Resource activity = activity(activityModel, "retract", Instant.now(), author, reason);
            archive(g, r, activity, reason);
            dataset.getNamedModel(CG.GRAPH_HISTORY).add(activityModel);
            Model a = dataset.getNamedModel(CG.GRAPH_ASSESSMENTS);
            Resource as = a.createResource(CG.assessment(claimKey));
            a.remove(RdfMapping.closure(a, as));
            touched.addAll(List.of(CG.docGraph(docId), CG.GRAPH_HISTORY, CG.GRAPH_ASSESSMENTS));
            return null;
        }, ix -> ix.remove(claimKey));
        push();
    }

    private static Resource activity(Model m, String what, Instant now, String author, String reason) {
        Resource a = m.createResource(CG.RUN + what + "/" + now.toEpochMilli() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8))
                .addProperty(RDF.type, Prov.Activity)
                .addLiteral(Prov.endedAtTime, m.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime));
        if (author != null) a.addProperty(Prov.wasAssociatedWith, author);
        if (reason != null) a.addProperty(CG.reason, reason, "en");
        return a;
    }

    /** Moves a claim's current triples into a revision graph, linked from the history graph. */
    private void archive(Model g, Resource claim, Resource activity, String reason) {
        archive(g, claim, activity, reason, RdfMapping.closure(g, claim));
    }

    /** Archives {@code old} (statements of {@code claim} in {@code g}) and removes them from {@code g}. */
    private void archive(Model g, Resource claim, Resource activity, String reason, Model old) {
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
        touched.addAll(List.of(rev, CG.GRAPH_HISTORY));
        history.createResource(rev).addProperty(RDF.type, CG.Revision).addProperty(Prov.wasRevisionOf, claim)
                .addProperty(CG.revisionNumber, Integer.toString(n))
                .addProperty(Prov.wasInvalidatedBy, history.createResource(activity.getURI()))
                .addProperty(CG.reason, reason == null ? "no reason given" : reason, "en");
        history.add(activity.getModel());
        g.remove(old);
    }

    /**
     * The claims an addition can touch: those about the given entities (as subject or object), the
     * ranking claims on the given metrics, the claims with the given keys and the comparisons naming them.
     */
    public List<Claim> claimsTouching(java.util.Set<String> entities, java.util.Set<String> rankMetrics, java.util.Set<String> keys) {
        ClaimIndex ix = warmIndex();
        if (ix != null) synchronized (this) { return ix.touching(entities, rankMetrics, keys); }
        return claimsWhere(entities, rankMetrics, true, keys);
    }

    /** Every claim on the given metrics (a ranking's rivals, the dates a gap is computed from). */
    public List<Claim> claimsOnMetrics(java.util.Set<String> metrics) {
        ClaimIndex ix = warmIndex();
        if (ix != null) synchronized (this) { return ix.onMetrics(metrics); }
        return claimsWhere(java.util.Set.of(), metrics, false, java.util.Set.of());
    }

    private List<Claim> claimsWhere(java.util.Set<String> entities, java.util.Set<String> metrics, boolean rankedOnly, java.util.Set<String> keys) {
        return Txn.calculateRead(dataset, () -> {
            // built from nodes, never from text: no id can change the query
            Var c = Var.alloc("c"), x = Var.alloc("x"), m = Var.alloc("m"), k = Var.alloc("k"), cmp = Var.alloc("cmp"), side = Var.alloc("side");
            ElementUnion union = new ElementUnion();
            if (!entities.isEmpty()) {
                List<Node> vals = entities.stream().map(e -> NodeFactory.createURI(CG.ENTITY + e)).toList();
                union.addElement(part(x, vals, Triple.create(c, CG.subject.asNode(), x)));
                union.addElement(part(x, vals, Triple.create(c, CG.object.asNode(), x)));
            }
            if (!metrics.isEmpty()) {
                List<Node> vals = metrics.stream().map(e -> NodeFactory.createURI(CG.METRIC + e)).toList();
                union.addElement(rankedOnly ? part(m, vals, Triple.create(c, CG.metric.asNode(), m), Triple.create(c, CG.rank.asNode(), Var.alloc("rank")))
                        : part(m, vals, Triple.create(c, CG.metric.asNode(), m)));
            }
            if (!keys.isEmpty()) {
                List<Node> vals = keys.stream().map(e -> NodeFactory.createURI(CG.claim(e))).toList();
                union.addElement(part(c, vals));
                // comparisons that name these claims as a side
                union.addElement(part(k, vals, Triple.create(c, CG.compares.asNode(), cmp), Triple.create(cmp, side, k)));
            }
            if (union.getElements().isEmpty()) return List.<Claim>of();
            Query q = new Query();
            q.setQuerySelectType();
            q.setDistinct(true);
            q.addResultVar(c);
            // no type test here: joined with every claim in the store it costs seconds; readOne keeps only current claims
            q.setQueryPattern(union);
            List<String> found = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    Resource r = row.getResource("c");
                    if (r.isURIResource() && r.getURI().startsWith(CG.DOC)) found.add(RdfMapping.claimKey(r)); // not a gap's event node
                });
            }
            List<Claim> out = new ArrayList<>();
            for (String key : found) readOne(key).ifPresent(out::add);
            return out;
        });
    }

    /** { VALUES ?var { values } triples } */
    private static org.apache.jena.sparql.syntax.Element part(Var var, List<Node> values, Triple... triples) {
        ElementGroup g = new ElementGroup();
        ElementData data = new ElementData();
        data.add(var);
        for (Node v : values) data.add(org.apache.jena.sparql.engine.binding.BindingFactory.binding(var, v));
        g.addElement(data);
        if (triples.length > 0) {
            ElementPathBlock block = new ElementPathBlock();
            for (Triple t : triples) block.addTriple(t);
            g.addElement(block);
        }
        return g;
    }

    /** One claim by its key (document/claim), if the store has it. */
    public java.util.Optional<Claim> claim(String key) {
        if (key.indexOf('/') <= 0) return java.util.Optional.empty();
        ClaimIndex ix = warmIndex();
        if (ix != null) synchronized (this) { return java.util.Optional.ofNullable(ix.claim(key)); }
        return Txn.calculateRead(dataset, () -> readOne(key));
    }

    /** A claim read from its document's graph (inside a read transaction): its statements and blank nodes only. */
    private java.util.Optional<Claim> readOne(String key) {
        Model g = dataset.getNamedModel(CG.docGraph(key.substring(0, key.indexOf('/'))));
        Resource r = g.createResource(CG.claim(key));
        if (!g.contains(r, RDF.type, CG.Claim)) return java.util.Optional.empty();
        return java.util.Optional.of(RdfMapping.readClaim(ModelFactory.createDefaultModel().add(RdfMapping.closure(g, r)).createResource(r.getURI())));
    }

    /** Documents by id. */
    public List<Document> documents(java.util.Set<String> ids) {
        ClaimIndex ix = warmIndex();
        if (ix != null) synchronized (this) { return ids.stream().map(ix::document).filter(java.util.Objects::nonNull).toList(); }
        return Txn.calculateRead(dataset, () -> {
            Model union = dataset.getUnionModel();
            List<Document> out = new ArrayList<>();
            for (String id : ids) {
                Resource d = union.createResource(CG.doc(id));
                if (union.contains(d, RDF.type, CG.Document)) out.add(RdfMapping.readDocument(d));
            }
            return out;
        });
    }

    /** Replaces the assessments of some claims, leaving the rest of the latest run as it is. */
    public void replaceAssessments(List<Assessment> assessments, String ruleSetVersion) {
        ClaimIndex ix = warmIndex();
        List<Assessment> changed;
        synchronized (this) {
            changed = ix == null ? assessments : assessments.stream().filter(x -> !x.equals(ix.assessment(x.claim()))).toList();
        }
        if (changed.isEmpty()) return;
        write(() -> {
            Model a = dataset.getNamedModel(CG.GRAPH_ASSESSMENTS);
            Model m = ModelFactory.createDefaultModel();
            Instant now = Instant.now();
            Resource run = m.createResource(CG.RUN + "recheck/" + now.toEpochMilli() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8))
                    .addProperty(RDF.type, CG.CheckRun).addProperty(RDF.type, Prov.Activity)
                    .addLiteral(Prov.startedAtTime, m.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime))
                    .addLiteral(Prov.endedAtTime, m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime))
                    .addProperty(CG.ruleSetVersion, ruleSetVersion).addProperty(CG.dataVersion, "incremental");
            for (Assessment x : changed) a.remove(RdfMapping.closure(a, a.createResource(CG.assessment(x.claim()))));
            m.add(RdfMapping.assessments(changed, run));
            a.add(m);
            return null;
        }, after -> changed.forEach(after::putAssessment));
        touched.add(CG.GRAPH_ASSESSMENTS);
        push();
    }

    /** The latest assessments of some claims. */
    public java.util.Map<String, Assessment> assessmentsOf(java.util.Collection<String> claimKeys) {
        ClaimIndex ix = warmIndex();
        if (ix != null) synchronized (this) {
            java.util.Map<String, Assessment> out = new java.util.HashMap<>();
            for (String k : claimKeys) if (ix.assessment(k) != null) out.put(k, ix.assessment(k));
            return out;
        }
        return Txn.calculateRead(dataset, () -> {
            Model a = dataset.getNamedModel(CG.GRAPH_ASSESSMENTS);
            java.util.Map<String, Assessment> out = new java.util.HashMap<>();
            for (String k : claimKeys) {
                Resource r = a.createResource(CG.assessment(k));
                if (a.contains(r, RDF.type, CG.Assessment)) out.put(k, RdfMapping.readAssessment(r));
            }
            return out;
        });
    }

    /** A claim's earlier versions, oldest first: revision graph IRI, reason, author, time. */
    public record Revision(int number, String reason, String author, String time, Claim claim) {}

    public List<Revision> history(String claimKey) {
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

    public synchronized List<Document> documents() {
        List<Document> out = new ArrayList<>(index().documents());
        out.sort(Comparator.comparing(Document::id));
        return out;
    }

    public synchronized List<Claim> claims() {
        List<Claim> out = new ArrayList<>(index().claims());
        out.sort(Comparator.comparing(Claim::docId).thenComparing(c -> c.start() == null ? Integer.MAX_VALUE : c.start()).thenComparing(Claim::id));
        return out;
    }

    public synchronized List<Assessment> assessments() {
        return new ArrayList<>(index().assessments());
    }

    /** When the latest check run ended, or null when nothing was checked yet. */
    public Instant checkedAt() {
        return Txn.calculateRead(dataset, () -> {
            Model m = dataset.getNamedModel(CG.GRAPH_ASSESSMENTS);
            Instant last = null;
            for (Resource run : m.listSubjectsWithProperty(RDF.type, CG.CheckRun).toList()) {
                var ended = run.getProperty(Prov.endedAtTime);
                if (ended == null) continue;
                Instant t = Instant.parse(ended.getString());
                if (last == null || t.isAfter(last)) last = t;
            }
            return last;
        });
    }

    /**
     * Reads every node of a type from the document and imported graphs. Each graph is copied to memory
     * in one scan first: reading node by node through TDB2's union graph is many times slower.
     */
    private <T> List<T> readAll(Function<Resource, T> reader, Resource type) {
        List<T> out = new ArrayList<>();
        for (Iterator<org.apache.jena.rdf.model.Resource> names = dataset.listModelNames(); names.hasNext();) {
            String g = names.next().getURI();
            if (!g.startsWith(CG.GRAPH + "doc/") && !g.startsWith(CG.GRAPH + "imported/") && !g.equals(CG.GRAPH_ASSESSMENTS)) continue;
            Model m = dataset.getNamedModel(g);
            if (!m.contains(null, RDF.type, type)) continue;
            Model copy = ModelFactory.createDefaultModel().add(m);
            for (Resource r : copy.listSubjectsWithProperty(RDF.type, type).toList()) {
                try {
                    out.add(reader.apply(r));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("malformed " + type.getLocalName() + " " + r + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** Replaces the assessments graph with a check run's results. */
    public void saveAssessments(List<Assessment> assessments, String ruleSetVersion, Instant started) {
        // only what changed is written: most of a re-check's verdicts are the ones already stored
        List<Assessment> changed = new ArrayList<>();
        List<String> gone = new ArrayList<>(), replaced = new ArrayList<>();
        int claimCount;
        synchronized (this) {
            ClaimIndex ix = index();
            java.util.Set<String> now = new java.util.HashSet<>();
            for (Assessment x : assessments) {
                now.add(x.claim());
                Assessment old = ix.assessment(x.claim());
                if (x.equals(old)) continue;
                changed.add(x);
                if (old != null) replaced.add(x.claim());
            }
            for (Assessment old : ix.assessments()) if (!now.contains(old.claim())) gone.add(old.claim());
            claimCount = ix.claims().size();
        }
        Model m = ModelFactory.createDefaultModel();
        boolean bulk = changed.size() >= BULK_ASSESSMENTS;
        write(() -> {
            Model a = dataset.getNamedModel(CG.GRAPH_ASSESSMENTS);
            for (String k : replaced) a.remove(RdfMapping.closure(a, a.createResource(CG.assessment(k))));
            for (String k : gone) a.remove(RdfMapping.closure(a, a.createResource(CG.assessment(k))));
            Resource run = m.createResource(CG.RUN + "check/" + started.toEpochMilli())
                    .addProperty(RDF.type, CG.CheckRun).addProperty(RDF.type, Prov.Activity)
                    .addLiteral(Prov.startedAtTime, m.createTypedLiteral(started.toString(), XSDDatatype.XSDdateTime))
                    .addLiteral(Prov.endedAtTime, m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime))
                    .addProperty(CG.ruleSetVersion, ruleSetVersion)
                    .addProperty(CG.dataVersion, claimCount + " claims");
            m.add(RdfMapping.assessments(changed, run));
            if (!bulk) a.add(m);
            return null;
        }, after -> {
            gone.forEach(after::removeAssessment);
            changed.forEach(after::putAssessment);
        });
        // many new verdicts (a first check, new rules): TDB2's bulk loader writes them many times faster than a transaction
        if (bulk) {
            ClaimIndex before = warmIndex();
            var g = org.apache.jena.graph.NodeFactory.createURI(CG.GRAPH_ASSESSMENTS);
            bulkAdd(out -> m.getGraph().find().forEachRemaining(t -> out.quad(Quad.create(g, t))));
            if (before != null) {
                index = before;
                indexStamp = writeStamp();
            }
        }
        touched.add(CG.GRAPH_ASSESSMENTS);
        push();
    }

    /** Runs a SPARQL query in a read transaction, handing the execution to {@code use}. */
    public <T> T query(String sparql, Function<QueryExecution, T> use) {
        return query(LocalQuery.prepare(sparql), use);
    }

    /** Runs a parsed query (checked like any query from outside) in a read transaction. */
    public <T> T query(Query parsed, Function<QueryExecution, T> use) {
        Query q = LocalQuery.prepare(parsed);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                return use.apply(qe);
            }
        });
    }

    /** Counts every quad in every named graph. */
    public long size() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    /** Writes every named graph as TriG. */
    public void exportTrig(OutputStream out) {
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, Lang.TRIG));
    }

    @Override public void close() { dataset.close(); }
}
