package org.claimgraph.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
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

/**
 * The knowledge graph: a TDB2 dataset on disk (or in memory), one named graph per document, one for
 * the gazetteer, one for the vocabulary and one for the latest check's assessments. The default graph
 * is their union. Every write is one transaction: a failed write changes nothing.
 */
public final class ClaimStore implements AutoCloseable {

    private final Backend backend;
    private final Dataset dataset;
    /** Graphs a write changed, for a backend that mirrors them elsewhere after the commit. */
    final java.util.Set<String> touched = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The claims, documents and assessments in memory once something needed them all; null until then or after another process wrote. */
    private ClaimIndex index;
    /** The store's count of write transactions when the index was last in step with it. */
    private long indexStamp = -1;
    private final Loading loading;
    private final RdfImport rdfImport;
    private final History history;
    private final AssessmentGraph assessmentGraph;
    private final ClaimQueries queries;
    /** The snapshot of the claims in a store's folder (see {@link Snapshot}), or null for a store without one. */
    private final Path snapshot;
    /** The key of the snapshot on disk as this process last read or wrote it: the index need not be written again under it. */
    private String snapshotKey;
    /** The labels the snapshot held, and the write stamp they were read at (they count while it is the store's). */
    private Snapshot.Labels labels;
    private long labelsStamp = -1;

    public ClaimStore(Backend backend) {
        this.backend = backend;
        this.dataset = backend.dataset();
        this.snapshot = backend.folder() == null ? null : backend.folder().resolve(Snapshot.FILE);
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.history = new History(this);
        this.rdfImport = new RdfImport(this);
        this.loading = new Loading(this, history, rdfImport);
        this.assessmentGraph = new AssessmentGraph(this);
        this.queries = new ClaimQueries(this);
    }

    /** The store a name means: "mem", an http(s) address of a SPARQL 1.1 dataset, or the TDB2 folder (see {@link Backend#open}). */
    public static ClaimStore open(String store, Path folder, String token) { return new ClaimStore(Backend.open(store, folder, token)); }

    /** A store kept in a SPARQL 1.1 server with the Graph Store Protocol (see {@link RemoteBackend}). */
    public static ClaimStore remote(String url, String token) { return new ClaimStore(RemoteBackend.open(url, token)); }

    /** A TDB2 store in a folder (created when absent). */
    public static ClaimStore onDisk(Path folder) { return new ClaimStore(Tdb2Backend.open(folder)); }

    /** A throwaway store in memory. */
    public static ClaimStore inMemory() { return new ClaimStore(new MemoryBackend()); }

    /** Tells the backend which graphs the last write changed (once the outermost write has committed). */
    void push() {
        if (dataset.isInTransaction()) return; // an enclosing write pushes when it commits
        if (!backend.mirrors()) { touched.clear(); return; }
        java.util.List<String> names = new ArrayList<>(touched);
        touched.clear();
        // what others point at goes first: the vocabulary and entities, then claims, then their verdicts and history
        names.sort(Comparator.comparingInt(ClaimStore::sendOrder).thenComparing(Comparator.naturalOrder()));
        backend.committed(names);
    }

    private static int sendOrder(String graph) {
        if (graph.equals(CG.GRAPH_VOCABULARY)) return 0;
        if (graph.equals(CG.GRAPH_GAZETTEER)) return 1;
        if (graph.equals(CG.GRAPH_ASSESSMENTS)) return 3;
        if (graph.equals(CG.GRAPH_HISTORY) || graph.contains("/revision/")) return 4;
        return 2;
    }

    public String description() { return backend.description(); }

    /** Changes with every committed write, whoever made it, and not otherwise; null when the backend cannot tell (see {@link Backend#changeStamp}). */
    public String changeStamp() { return backend.changeStamp(); }

    /** Whether the backend keeps a copy elsewhere that hears of changed graphs. */
    boolean mirrors() { return backend.mirrors(); }

    /** The dataset under the verdict log's view (see {@link VerdictDataset}): TDB2's own, for what only it can do. */
    private DatasetGraph tdb() {
        DatasetGraph d = dataset.asDatasetGraph();
        return d instanceof VerdictDataset v ? v.tdb() : d;
    }

    AssessmentGraph assessmentGraph() { return assessmentGraph; }

    /** The store's verdict log, or null for a store without a folder (its verdicts are a graph of the dataset). */
    VerdictLog verdictLog() { return backend instanceof Tdb2Backend t ? t.verdicts() : null; }

    /** The underlying dataset, for the SPARQL server and the text index. */
    public Dataset dataset() { return dataset; }

    /** How many write transactions the store has begun: a change means the index may be out of step. */
    private long writeStamp() {
        return org.apache.jena.tdb2.sys.TDBInternal.getTransactionCoordinator(tdb()).countBeginWrite();
    }

    /** The index, read from the snapshot or the graph when there is none or someone else wrote since. */
    synchronized ClaimIndex index() {
        if (index == null || indexStamp != writeStamp()) {
            if (fromSnapshot(false) == null) {
                long stamp = writeStamp();
                Contents read = Txn.calculateRead(dataset, this::readContents);
                index = new ClaimIndex(read.documents(), read.claims(), this::readStamps);
                indexStamp = stamp;
            }
        }
        return index;
    }

    /**
     * The index as the store's snapshot holds it, when there is one under the store's current key (and with the
     * verdicts' stamps, if {@code withStamps}); else null. Never inside a transaction, which may have written.
     */
    private ClaimIndex fromSnapshot(boolean withStamps) {
        if (snapshot == null || dataset.isInTransaction()) return null;
        long stamp = writeStamp();
        String key = snapshotKey();
        Snapshot.Held held = Snapshot.read(snapshot, key);
        if (held == null || withStamps && held.stamps() == null) return null;
        Map<String, RdfMapping.Stamp> stamps = held.stamps();
        index = new ClaimIndex(held.documents(), held.claims(), stamps != null ? () -> stamps : this::readStamps);
        indexStamp = stamp;
        labels = held.labels();
        labelsStamp = stamp;
        snapshotKey = key;
        return index;
    }

    /**
     * The index a write keeps in step: the warm one, else a current snapshot's (with stamps: the write may
     * consult them), so a write leaves a snapshot too; null when neither is there.
     */
    private ClaimIndex indexForWrite() {
        ClaimIndex ix = warmIndex();
        return ix != null ? ix : fromSnapshot(true);
    }

    private Map<String, RdfMapping.Stamp> readStamps() {
        Map<String, RdfMapping.Stamp> stamps = new HashMap<>();
        Txn.executeRead(dataset, () -> assessmentGraph.forEach(a -> stamps.put(a.claim(), RdfMapping.Stamp.of(a))));
        return stamps;
    }

    /** The store's change stamp and this program's build: a snapshot under another key may not say what the store holds. */
    private String snapshotKey() {
        String stamp = changeStamp(), program = Program.identity();
        return stamp == null || program == null ? null : stamp + " " + program;
    }

    /**
     * Writes the index as the snapshot when it is in step with the store and the snapshot on disk is not
     * already this state: the next process to open a large store then reads it in seconds.
     */
    synchronized void keepSnapshot() {
        ClaimIndex ix = warmIndex();
        if (snapshot == null || ix == null) return;
        String key = snapshotKey();
        if (key == null || key.equals(snapshotKey)) return;
        Snapshot.write(snapshot, key, ix.documents(), ix.claims(), ix.knownStamps(), labelsOf(ix.claims()));
        snapshotKey = key;
    }

    /** The index if it is in step with the store, else null (a one-off read is cheaper than building it). */
    synchronized ClaimIndex warmIndex() {
        return index != null && indexStamp == writeStamp() ? index : null;
    }

    /**
     * The warm index, else the one a current snapshot holds when that is small: a small store's snapshot is read
     * whole sooner than the graph gives up a few claims or documents (the graph's readers, run once in a
     * process, were most of a one-document report's time). Null otherwise: then a one-off read is cheaper.
     */
    synchronized ClaimIndex handyIndex() {
        ClaimIndex ix = warmIndex();
        if (ix != null || snapshot == null) return ix;
        try {
            return java.nio.file.Files.size(snapshot) <= SMALL_SNAPSHOT ? fromSnapshot(false) : null;
        } catch (java.io.IOException e) {
            return null; // no snapshot: read the graph
        }
    }

    /** A snapshot of at most this many bytes (some 1,500 claims) is read whole to answer for a few claims. */
    static final long SMALL_SNAPSHOT = 1L << 20;

    /**
     * Runs one of our writes: the index, if it was in step before, is brought up to date with {@code update}
     * (null: dropped, to be read again when next needed).
     */
    synchronized <T> T write(java.util.function.Supplier<T> work, java.util.function.Consumer<ClaimIndex> update) {
        boolean fresh = (update != null ? indexForWrite() : warmIndex()) != null;
        if (fresh) index.stamps(); // as stored before this write, which may consult them
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
        boolean fresh = indexForWrite() != null;
        if (fresh) index.stamps();
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

    /** What one graph says about some resources (given by IRI): their statements, copied to memory. */
    public Model about(String graph, java.util.Collection<String> resources) {
        return Txn.calculateRead(dataset, () -> {
            Model stored = dataset.getNamedModel(graph);
            org.apache.jena.graph.Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            for (String r : resources) statements(stored, r).forEach(out::add);
            return ModelFactory.createModelForGraph(out);
        });
    }

    /** What the vocabulary and the gazetteer say about some terms. */
    public record About(Model vocabulary, Model gazetteer) {}

    /**
     * What the vocabulary and the gazetteer say about these terms (IRIs), as {@link #about(String, java.util.Collection)}
     * gives it: from the snapshot read when it holds them all and nothing was written since, else from the graphs (a
     * process's first reads of TDB2 took some 80 ms of a small report's start).
     */
    public About about(java.util.Set<String> terms) {
        Snapshot.Labels held;
        synchronized (this) {
            held = labels != null && labelsStamp == writeStamp() ? labels : null;
        }
        if (held == null || !held.vocabulary().keySet().containsAll(terms)) {
            return new About(about(CG.GRAPH_VOCABULARY, terms), about(CG.GRAPH_GAZETTEER, terms));
        }
        return new About(model(held.vocabulary(), terms), model(held.gazetteer(), terms));
    }

    /** The terms' triples in a model, added term by term as {@link #about(String, java.util.Collection)} adds them. */
    private static Model model(Map<String, List<org.apache.jena.graph.Triple>> byTerm, java.util.Set<String> terms) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (String t : terms) byTerm.get(t).forEach(g::add);
        return ModelFactory.createModelForGraph(g);
    }

    /** What the snapshot holds of the labels: each term's triples in the vocabulary and the gazetteer, in the graphs' order; null for too many. */
    private Snapshot.Labels labelsOf(java.util.Collection<Claim> claims) {
        java.util.Set<String> terms = labelTerms(claims);
        if (terms.size() > FEW_TERMS) return null;
        try {
            return labelsNow(terms);
        } catch (RuntimeException e) {
            return null; // a snapshot without them is only a slower report, never a failed close
        }
    }

    private Snapshot.Labels labelsNow(java.util.Set<String> terms) {
        return Txn.calculateRead(dataset, () -> {
            Snapshot.Labels out = new Snapshot.Labels(new HashMap<>(), new HashMap<>());
            Model vocabulary = dataset.getNamedModel(CG.GRAPH_VOCABULARY), gazetteer = dataset.getNamedModel(CG.GRAPH_GAZETTEER);
            for (String t : terms) {
                out.vocabulary().put(t, statements(vocabulary, t));
                out.gazetteer().put(t, statements(gazetteer, t));
            }
            return out;
        });
    }

    /** A resource's statements in a stored graph, as triples in the order the graph gives them. */
    private static List<org.apache.jena.graph.Triple> statements(Model stored, String resource) {
        return stored.listStatements(stored.createResource(resource), null, (RDFNode) null).mapWith(Statement::asTriple).toList();
    }

    /** Above this many terms, reading the whole vocabulary is cheaper than looking each one up (and no snapshot keeps them). */
    public static final int FEW_TERMS = 2_000;

    /**
     * The terms the claims' labels name: claimants (not groups), subjects, measures and the units figures are per.
     * It stops past {@link #FEW_TERMS} (then only "too many" counts): a million claims need not all be looked at.
     */
    public static java.util.Set<String> labelTerms(java.util.Collection<Claim> claims) {
        java.util.Set<String> terms = new java.util.HashSet<>();
        for (Claim c : claims) {
            if (terms.size() > FEW_TERMS) break;
            if (c.claimant() != null && !org.claimgraph.vocab.Vocabulary.CLAIMANT_GROUPS.contains(c.claimant())) terms.add(CG.ENTITY + c.claimant());
            if (c.subject() != null) terms.add(CG.ENTITY + c.subject());
            if (c.metric() != null) terms.add(CG.METRIC + c.metric());
            if (c.value() != null && c.value().basis() != null) terms.add(CG.UNIT + c.value().basis());
        }
        return terms;
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
        return loading.load(docs, rdf, author, reason);
    }

    /**
     * Adds or revises claims of one document in one transaction. A claim id already in the document is
     * a revision: the old version moves to the history graph with the reason, never overwritten. A new
     * document is written whole.
     */
    public List<Change> addClaims(Document doc, List<Claim> claims, String author, String reason, java.util.Map<String, String> repeats) {
        return loading.addClaims(doc, claims, author, reason, repeats);
    }

    /** A claim's earlier versions, oldest first. */
    public List<Revision> history(String claimKey) { return history.revisions(claimKey); }

    /** Replaces the assessments of some claims, leaving the rest of the latest run as it is. */
    public void replaceAssessments(List<Assessment> assessments, String ruleSetVersion) { assessmentGraph.replace(assessments, ruleSetVersion); }

    /** The latest verdicts of some claims (those checked). */
    public java.util.Map<String, org.claimgraph.model.Verdict> verdictsOf(java.util.Collection<String> claimKeys) { return assessmentGraph.verdicts(claimKeys); }

    /** The latest assessments of some claims. */
    public java.util.Map<String, Assessment> assessmentsOf(java.util.Collection<String> claimKeys) { return assessmentGraph.of(claimKeys); }

    /** When the latest check run ended, or null when nothing was checked yet. */
    public Instant checkedAt() { return assessmentGraph.checkedAt(); }

    /** Replaces the assessments graph with a check run's results (writing only what changed). */
    public void saveAssessments(List<Assessment> assessments, String ruleSetVersion, Instant started) {
        assessmentGraph.save(assessments, ruleSetVersion, started);
    }

    /** What saving a check did: the assessments it was given, those it wrote (the rest were stored already), the time it spent writing them as they came. */
    public record Saved(int assessed, int written, double writeSeconds) {}

    /**
     * Saves a check's results like {@link #saveAssessments(List, String, Instant)} while the check makes them:
     * {@code check} hands them to the sink it is given, a part at a time, and each part is written as it
     * comes, in one write transaction committed when {@code check} returns; when it throws, nothing is.
     */
    public Saved saveAssessments(String ruleSetVersion, Instant started, java.util.function.Consumer<java.util.function.Consumer<List<Assessment>>> check) {
        return assessmentGraph.save(ruleSetVersion, started, check);
    }

    /** Documents by id. */
    public List<Document> documents(java.util.Set<String> ids) { return queries.documents(ids); }

    /** Documents by id as last committed: a reader that must not wait for a running write (which may change them). */
    public List<Document> committedDocuments(java.util.Set<String> ids) { return queries.committedDocuments(ids); }

    /** Retracts a claim: it leaves its document's graph for the history graph, with the reason. */
    public void retract(String claimKey, String author, String reason) { history.retract(claimKey, author, reason); }

    /**
     * Loads many new documents at once through TDB2's bulk loader, many times faster than
     * transactional adds; for filling an empty store (benchmarks), not for updates: a crash halfway can
     * leave the store unusable (an exception leaves it as it was).
     */
    public synchronized void bulkLoad(List<ClaimDocument> docs) { loading.bulkLoad(docs.iterator()); }

    /**
     * Loads like {@link #bulkLoad(List)} documents another thread may still be reading: each is stored as
     * it comes, and an exception {@code docs} throws aborts the load (nothing of it is stored) and is rethrown.
     */
    public synchronized void bulkLoad(java.util.Iterator<ClaimDocument> docs) { loading.bulkLoad(docs); }

    /**
     * Quads in: into a store of few quads each index sorted and written in one pass ({@link SortedLoad}), else
     * through TDB2's parallel bulk loader (an index a thread). An exception aborts either (nothing stored),
     * but neither is safe against a crash halfway, which an empty store filled by a benchmark can afford.
     */
    void bulkAdd(java.util.function.Consumer<org.apache.jena.riot.system.StreamRDF> quads) {
        if (SortedLoad.load(tdb(), quads) >= 0) return;
        var loader = org.apache.jena.tdb2.loader.LoaderFactory.parallelLoader(tdb(), (fmt, args) -> { });
        loader.startBulk();
        try {
            quads.accept(loader.stream());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /** What an addition did to one claim. */
    public enum Change { ADDED, REVISED, RETRACTED }

    /**
     * The claims an addition can touch: those about the given entities (as subject or object), the
     * ranking claims on the given metrics, the claims with the given keys and the comparisons naming them.
     */
    public List<Claim> claimsTouching(java.util.Set<String> entities, java.util.Set<String> rankMetrics, java.util.Set<String> keys) {
        ClaimIndex ix = warmIndex();
        if (ix != null) synchronized (this) { return ix.touching(entities, rankMetrics, keys); }
        return queries.claimsWhere(entities, rankMetrics, true, keys);
    }

    /** Every claim on the given metrics (a ranking's rivals, the dates a gap is computed from). */
    public List<Claim> claimsOnMetrics(java.util.Set<String> metrics) {
        ClaimIndex ix = warmIndex();
        if (ix != null) synchronized (this) { return ix.onMetrics(metrics); }
        return queries.claimsWhere(java.util.Set.of(), metrics, false, java.util.Set.of());
    }

    /** One claim by its key (document/claim), if the store has it. */
    public java.util.Optional<Claim> claim(String key) {
        if (key.indexOf('/') <= 0) return java.util.Optional.empty();
        ClaimIndex ix = handyIndex();
        if (ix != null) synchronized (this) { return java.util.Optional.ofNullable(ix.claim(key)); }
        return Txn.calculateRead(dataset, () -> queries.readOne(key));
    }

    /** The claims of these keys the store has, in the keys' order: from the index when it is warm, else read in one transaction. */
    public List<Claim> claims(java.util.Collection<String> keys) {
        List<String> wanted = keys.stream().filter(k -> k.indexOf('/') > 0).toList();
        ClaimIndex ix = handyIndex();
        if (ix != null) synchronized (this) {
            return wanted.stream().map(ix::claim).filter(java.util.Objects::nonNull).toList();
        }
        return Txn.calculateRead(dataset, () -> wanted.stream().map(queries::readOne).flatMap(java.util.Optional::stream).toList());
    }

    /** A claim's earlier versions, oldest first: revision graph IRI, reason, author, time. */
    public record Revision(int number, String reason, String author, String time, Claim claim) {}

    public synchronized List<Document> documents() {
        List<Document> out = new ArrayList<>(index().documents());
        out.sort(DOCUMENT_ORDER);
        return out;
    }

    public synchronized List<Claim> claims() {
        List<Claim> out = new ArrayList<>(index().claims());
        out.sort(CLAIM_ORDER);
        return out;
    }

    /**
     * The claims of one document, in the order of {@link #claims()}: the index's when it is in step, else its graph
     * read alone (a report on one document need not read every claim); a document only imported as RDF is looked for
     * among all the claims.
     */
    public synchronized List<Claim> claimsOf(String docId) {
        ClaimIndex ix = handyIndex();
        List<Claim> out = ix != null ? null : Txn.calculateRead(dataset, () -> {
            String g = CG.docGraph(docId);
            if (!dataset.containsNamedModel(g)) return null;
            List<Claim> cs = new ArrayList<>();
            readGraph(ModelFactory.createDefaultModel().add(dataset.getNamedModel(g)), RdfMapping::readClaim, CG.Claim, cs);
            return cs;
        });
        if (out == null) out = new ArrayList<>(index().claims().stream().filter(c -> c.docId().equals(docId)).toList());
        out.sort(CLAIM_ORDER);
        return out;
    }

    private static final Comparator<Document> DOCUMENT_ORDER = Comparator.comparing(Document::id);
    private static final Comparator<Claim> CLAIM_ORDER = Comparator.comparing(Claim::docId)
            .thenComparing(c -> c.start() == null ? Integer.MAX_VALUE : c.start()).thenComparing(Claim::id);

    /** Every document and claim, in the order of {@link #documents()} and {@link #claims()}. */
    public record Contents(List<Document> documents, List<Claim> claims) {}

    /**
     * The documents and claims a full check reads: the index's. A store without a folder reads them from the graph
     * without building it; one with a folder builds it (from its snapshot when current), to leave a snapshot behind.
     */
    public synchronized Contents contents() {
        ClaimIndex ix = warmIndex();
        if (ix == null && snapshot != null) ix = index(); // a store with a folder keeps its index, to leave a snapshot
        Contents read = ix != null ? null : Txn.calculateRead(dataset, this::readContents);
        List<Document> docs = new ArrayList<>(ix != null ? ix.documents() : read.documents());
        List<Claim> cs = new ArrayList<>(ix != null ? ix.claims() : read.claims());
        docs.sort(DOCUMENT_ORDER);
        cs.sort(CLAIM_ORDER);
        return new Contents(docs, cs);
    }

    public synchronized List<Assessment> assessments() {
        List<Assessment> out = new ArrayList<>();
        Txn.executeRead(dataset, () -> assessmentGraph.forEach(out::add));
        return out;
    }

    /** Whether claims and documents are read from a graph: a document's, an imported file's, or the assessments. */
    private static boolean holdsClaims(String graph) {
        return graph.startsWith(CG.GRAPH + "doc/") || graph.startsWith(CG.GRAPH + "imported/") || graph.equals(CG.GRAPH_ASSESSMENTS);
    }

    /**
     * How many claims a load of RDF datasets adds: the cg:Claim nodes of the graphs claims are read from (triples outside
     * a named graph go to an imported one), as an import may not add to what the store already holds.
     */
    public static int claimsIn(java.util.Collection<DatasetGraph> rdf) {
        java.util.Set<org.apache.jena.graph.Node> claims = new java.util.HashSet<>();
        for (DatasetGraph d : rdf) {
            d.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, RDF.type.asNode(), CG.Claim.asNode()).forEachRemaining(q -> {
                if (q.isDefaultGraph() || q.getGraph().isURI() && holdsClaims(q.getGraph().getURI())) claims.add(q.getSubject());
            });
        }
        return claims.size();
    }

    /** Every document and claim in the document and imported graphs, unsorted; each graph is copied to memory in one scan. */
    Contents readContents() {
        List<Document> docs = new ArrayList<>();
        List<Claim> cs = new ArrayList<>();
        RdfMapping.Shared shared = RdfMapping.Shared.forOneRead();
        for (Iterator<org.apache.jena.rdf.model.Resource> names = dataset.listModelNames(); names.hasNext();) {
            String g = names.next().getURI();
            if (!holdsClaims(g)) continue;
            Model m = dataset.getNamedModel(g);
            boolean hasDocs = m.contains(null, RDF.type, CG.Document), hasClaims = m.contains(null, RDF.type, CG.Claim);
            if (!hasDocs && !hasClaims) continue;
            Model copy = ModelFactory.createDefaultModel().add(m);
            if (hasDocs) readGraph(copy, RdfMapping::readDocument, CG.Document, docs);
            if (hasClaims) readGraph(copy, r -> RdfMapping.readClaim(r, shared), CG.Claim, cs);
        }
        return new Contents(docs, cs);
    }

    /** Every node of a type in one graph, which should be a copy in memory: reading node by node through TDB2 is many times slower. */
    private static <T> void readGraph(Model graph, Function<Resource, T> reader, Resource type, List<T> out) {
        for (Resource r : graph.listSubjectsWithProperty(RDF.type, type).toList()) {
            try {
                out.add(reader.apply(r));
            } catch (RuntimeException e) {
                throw new IllegalStateException("malformed " + type.getLocalName() + " " + r + ": " + e.getMessage(), e);
            }
        }
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

    /**
     * What is wrong with a graph another process writes through the Graph Store Protocol (see
     * {@link RdfImport#problemsOfGraphWrite}); empty when it may be written.
     *
     * @param replace true for a PUT (the graph replaces the stored one), false for a POST (it is added)
     */
    public List<String> problemsOfGraphWrite(String graphName, org.apache.jena.graph.Graph incoming, boolean replace) {
        return rdfImport.problemsOfGraphWrite(graphName, incoming, replace);
    }

    /** Counts every quad in every graph; in TDB2 by its indexes' records, without reading a node (a load's own count took a quarter of its time). */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = tdb();
            if (!org.apache.jena.tdb2.sys.TDBInternal.isTDB2(dsg)) return dsg.stream().count();
            var tdb = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(dsg);
            return tdb.getTripleTable().getNodeTupleTable().size() + tdb.getQuadTable().getNodeTupleTable().size();
        });
    }

    /** Writes every named graph as TriG. */
    public void exportTrig(OutputStream out) {
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, Lang.TRIG));
    }

    /** Keeps an index known to be in step after a write that bypassed {@link #write} (the bulk loader); null drops it. */
    synchronized void keepIndex(ClaimIndex ix) {
        index = ix;
        indexStamp = writeStamp();
    }

    @Override public void close() {
        try {
            keepSnapshot();
        } finally {
            backend.close();
        }
    }
}
