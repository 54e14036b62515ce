package org.claimgraph;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.ingest.ClaimDocument;
import org.claimgraph.ingest.ClaimDocumentReader;
import org.claimgraph.ingest.InputFiles;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Vocabulary;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Verdict;
import org.claimgraph.model.Settings;
import org.claimgraph.report.Report;
import org.claimgraph.rules.Checker;
import org.claimgraph.rules.RuleBase;
import org.claimgraph.search.TextIndex;
import org.claimgraph.store.ClaimStore;

/**
 * The application: open a store, load, check, report. The CLI and the server are two faces over it,
 * so orchestration is written once.
 */
public final class ClaimGraph implements AutoCloseable {

    private final ClaimStore store;
    private Vocabulary vocabulary;
    private final Settings settings;
    private final Path rulesFolder;
    private final Path textFolder;
    /** Where compiled rules are kept between processes (beside the text index, in the store's folder), or null. */
    private final Path rulesCache;
    /** What the last check from the command line saw (see {@link LastCheck}), in the store's folder, or null. */
    private final Path lastCheck;
    private RuleBase rules;
    private final Object rulesLock = new Object();
    private Checker checker;
    private TextIndex text;
    /** Made on the first write: its JSON machinery is hundreds of classes a command that only reads never needs. */
    private volatile Writes writes;
    private final Object writesLock = new Object();

    private ClaimGraph(ClaimStore store, Path rulesFolder, Settings settings, Path textFolder) {
        this.store = store;
        this.textFolder = textFolder;
        this.rulesCache = textFolder == null ? null : textFolder.resolveSibling("rules-cache");
        this.lastCheck = textFolder == null ? null : textFolder.resolveSibling(LastCheck.FILE);
        this.settings = settings;
        this.rulesFolder = rulesFolder;
        // the shipped files are parsed only when the store lacks this version of them or a command needs the vocabulary
        List<String> files = new ArrayList<>(Vocabulary.FILES);
        files.add(GAZETTEER);
        store.installVocabulary(Resources.fingerprint(files), () -> ModelFactory.createDefaultModel().add(Shipped.VOCABULARY),
                () -> ModelFactory.createDefaultModel().add(Shipped.GAZETTEER));
    }

    private static final String GAZETTEER = "ontology/entities.ttl";

    /** The shipped vocabulary and gazetteer, parsed once per process when first needed (each store gets a copy). */
    private static final class Shipped {
        static final Model VOCABULARY = Vocabulary.shipped(Resources::text);
        static final Model GAZETTEER = turtle(Resources.text(ClaimGraph.GAZETTEER), ClaimGraph.GAZETTEER);
    }

    /**
     * Opens a store: "mem" for a throwaway one in memory, otherwise a TDB2 folder.
     *
     * @param rulesFolder a folder of .drl files to use instead of the shipped rules, or null
     */
    public static ClaimGraph open(String store, Path data, Path rulesFolder) {
        return open(store, data, rulesFolder, null);
    }

    /**
     * Opens a store: "mem", a TDB2 folder, or the http(s) address of a dataset on a SPARQL 1.1 server
     * (with its Graph Store Protocol at address/data), reached with the bearer token if one is given.
     */
    public static ClaimGraph open(String store, Path data, Path rulesFolder, String storeToken) {
        boolean remote = store != null && store.matches("https?://.*");
        ClaimStore s = ClaimStore.open(store, data, storeToken);
        try {
            return new ClaimGraph(s, rulesFolder, Settings.DEFAULTS, "mem".equals(store) || remote ? null : data.resolve("text-index"));
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** The shipped vocabulary and gazetteer, without a store: what extraction needs. */
    public static Vocabulary shippedVocabulary() {
        return new Vocabulary(Vocabulary.shipped(Resources::text), turtle(Resources.text("ontology/entities.ttl"), "ontology/entities.ttl"));
    }


    /** The store itself, for tests and tools; the CLI, the API and the pages use the methods below. */
    public ClaimStore store() { return store; }

    /** Where the graph lives, for messages ("./claimgraph-data", "memory", a URL). */
    public String storeDescription() { return store.description(); }

    /** A SPARQL query over the union of all graphs, read in one read transaction. */
    public <T> T query(String sparql, Function<org.apache.jena.query.QueryExecution, T> use) { return store.query(sparql, use); }

    /** The same for a query built or bound in code (named queries): never through text. */
    public <T> T query(org.apache.jena.query.Query query, Function<org.apache.jena.query.QueryExecution, T> use) { return store.query(query, use); }

    /** One claim by its key (document/claim), if stored and not retracted. */
    public java.util.Optional<Claim> claim(String key) { return store.claim(key); }

    /** The revisions and retractions of a claim, oldest first. */
    public List<ClaimStore.Revision> history(String claimKey) { return store.history(claimKey); }

    /** The latest assessment of a claim, if it was checked. */
    public java.util.Optional<Assessment> assessment(String claimKey) {
        return java.util.Optional.ofNullable(store.assessmentsOf(java.util.Set.of(claimKey)).get(claimKey));
    }

    public List<Document> documents() { return store.documents(); }
    public List<Claim> claims() { return store.claims(); }

    /**
     * What is wrong with one graph another process writes straight into the store (the store endpoint's
     * Graph Store Protocol): the shapes, as for a load's RDF. Empty when it may be written.
     */
    public List<String> problemsOfGraphWrite(String graph, org.apache.jena.graph.Graph incoming, boolean replace) {
        return store.problemsOfGraphWrite(graph, incoming, replace);
    }

    /** Every named graph as TriG. */
    public void exportTrig(java.io.OutputStream out) { store.exportTrig(out); }

    /** The metrics, units and entities, read on first use (commands that only read the graph never need them). */
    public synchronized Vocabulary vocabulary() {
        if (vocabulary == null) vocabulary = new Vocabulary(store.vocabulary(), store.gazetteer());
        return vocabulary;
    }

    /**
     * Adds entities and definitions to the vocabulary as a new copy: other threads go on reading the one
     * they hold, which nobody changes.
     */
    synchronized void learn(List<Entity> entities, Model definitions) {
        if (entities.isEmpty() && (definitions == null || definitions.isEmpty())) return;
        Vocabulary next = vocabulary().copy();
        entities.forEach(next::addEntity);
        if (definitions != null) next.addDefinitions(definitions);
        vocabulary = next;
    }

    /** Drops the vocabulary, to be read again from the store (after an aborted write added entities to it). */
    synchronized void forgetVocabulary() { vocabulary = null; }

    public Settings settings() { return settings; }

    /** The rules, compiled on first use and kept for the life of the process. */
    public RuleBase rules() {
        synchronized (rulesLock) { // not this object's lock: the vocabulary is read meanwhile
            if (rules == null) rules = rulesFolder == null ? RuleBase.shipped(rulesCache) : RuleBase.fromFolder(rulesFolder, rulesCache);
            return rules;
        }
    }

    /**
     * A checker of the current rules and vocabulary, kept while neither changes: what it remembers of
     * subjects' names, metrics and scopes stays warm from one add to the next.
     */
    Checker checker() {
        RuleBase rb = rules();
        Vocabulary v = vocabulary();
        synchronized (rulesLock) {
            if (checker == null || !checker.uses(rb, v)) checker = new Checker(rb, v, settings);
            return checker;
        }
    }

    /** The full-text index, brought up to date with the store (rebuilt when the claims changed since it was built). */
    public synchronized TextIndex textIndex() {
        if (text == null) text = TextIndex.open(store, textFolder);
        text.refresh();
        return text;
    }

    /** Ranked claims matching a text, Chinese or English, with the matches marked. */
    public List<TextIndex.Hit> search(String query, int limit) {
        return textIndex().search(query, limit);
    }

    private static Model turtle(String text, String name) {
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFDataMgr.read(m, new StringReader(text), null, Lang.TURTLE);
        } catch (RiotException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
        return m;
    }

    /** What a load stored: {@code claims} those of its claim documents and of its RDF. */
    public record LoadResult(List<String> documents, List<ClaimStore.LoadOutcome> outcomes, int claims, long quads) {}

    /**
     * Loads claim documents (.json) and RDF (.ttl, .trig, .nq, .nt, .jsonld). Every file is read and
     * validated first; one bad file and nothing is stored.
     */
    public LoadResult load(List<Path> files, String author) { return load(files, author, null); }

    /**
     * Loads like {@link #load(List, String)}; {@code reason} allows revising a stored document's metadata
     * or an entity's definition (the old versions go to the history).
     */
    public LoadResult load(List<Path> files, String author, String reason) {
        InputFiles.Batch batch = InputFiles.read(files, reader());
        long before = store.size();
        List<ClaimStore.LoadOutcome> outcomes;
        try {
            outcomes = store.load(batch.documents(), batch.rdf(), author, reason);
        } catch (IllegalStateException e) {
            throw batch.refused(e);
        } catch (BadInputException e) {
            throw batch.namingPaths(e);
        }
        for (ClaimDocument d : batch.documents()) learn(d.entities(), d.definitions());
        return new LoadResult(outcomes.stream().map(ClaimStore.LoadOutcome::document).toList(), outcomes,
                batch.documents().stream().mapToInt(d -> d.claims().size()).sum() + ClaimStore.claimsIn(batch.rdf().values()), store.size() - before);
    }



    /** A reader over a copy of the vocabulary, so a refused input leaves no entity behind. */
    public ClaimDocumentReader reader() { return new ClaimDocumentReader(vocabulary().copy(), settings); }

    /** Loads the seed article and its evidence, which travel inside the jar. Returns the article's id first. */
    public List<String> loadSeed() {
        List<ClaimDocument> docs = new ArrayList<>();
        ClaimDocumentReader batch = reader();
        for (String line : Resources.text("data/manifest.txt").split("\n")) {
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#")) continue;
            String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
            Function<String, String> siblings = rel -> Resources.text("data/" + dir + rel);
            docs.add(batch.read("data/" + path, Resources.text("data/" + path), siblings));
        }
        store.load(docs, "claimgraph demo");
        for (ClaimDocument d : docs) learn(d.entities(), null);
        return docs.stream().map(d -> d.document().id()).toList();
    }

    /** Checks every claim in the store and saves the assessments as the latest run; all of them, in the order of the claims. */
    public List<Assessment> check() {
        List<Claim> claims = new ArrayList<>();
        java.util.Map<String, Assessment> byClaim = new java.util.HashMap<>();
        run(claims::addAll, a -> byClaim.put(a.claim(), a));
        List<Assessment> out = new ArrayList<>(claims.size());
        for (Claim c : claims) out.add(byClaim.get(c.key()));
        return out;
    }

    /**
     * A check's size, the version of the rules that gave its verdicts, and whether they were only confirmed:
     * read from the store because nothing could have changed them.
     */
    public record Checked(int claims, String rulesVersion, boolean confirmed) {
        /** What to tell the user when the verdicts were only confirmed, else null. */
        public String note() {
            return confirmed ? "nothing was written to the store since its last check with these rules: the verdicts it holds are "
                    + "confirmed, not computed again (any change runs the rules)" : null;
        }
    }

    /**
     * The check of the command line, one process at a time on its store. When nothing was written to the
     * store since the last such check and the program, rules and settings are the same, the rules (seconds
     * to load) would give the verdicts the store holds: those are read and confirmed instead. Any change,
     * or anything that cannot be told, and every claim is checked and saved as by {@link #check()}.
     * Each assessment goes to {@code each} in the order of the claims (a check then holds them all until it ends).
     */
    public Checked checkOrConfirm(java.util.function.Consumer<Assessment> each) {
        return checkUnlessConfirmed(seen -> confirm(seen, each), () -> {
            List<Assessment> all = check();
            all.forEach(each);
            return all.size();
        });
    }

    /**
     * The same when only each claim's verdict is wanted (to count them): a confirmation reads them from what the
     * store keeps of each verdict in memory, not the stored assessments (minutes at a million claims).
     */
    public Checked checkOrConfirmVerdicts(java.util.function.BiConsumer<String, org.claimgraph.model.Verdict> each) {
        return checkUnlessConfirmed(seen -> confirmVerdicts(seen, each), () -> checkRun(a -> each.accept(a.claim(), a.verdict())).claims());
    }

    private Checked checkUnlessConfirmed(java.util.function.Function<LastCheck.Seen, Checked> confirm, java.util.function.IntSupplier check) {
        String key = lastCheck == null ? null : LastCheck.key(store.changeStamp(), rulesFolder, settings);
        LastCheck.Seen seen = LastCheck.read(lastCheck, key);
        if (seen != null) {
            Checked confirmed = confirm.apply(seen);
            if (confirmed != null) return confirmed;
        }
        int claims = check.getAsInt();
        String version = rules().version();
        if (lastCheck != null) LastCheck.write(lastCheck, LastCheck.key(store.changeStamp(), rulesFolder, settings), version, claims);
        return new Checked(claims, version, false);
    }

    /** The claims, when the store holds a verdict for each of them and no other and as many as the last check saw; else null. */
    private List<Claim> confirmable(LastCheck.Seen seen) {
        List<Claim> claims = store.contents().claims();
        long stored = store.query("SELECT (COUNT(?a) AS ?n) WHERE { GRAPH <" + org.claimgraph.vocab.CG.GRAPH_ASSESSMENTS + "> { ?a a <"
                + org.claimgraph.vocab.CG.Assessment.getURI() + "> } }", q -> q.execSelect().next().getLiteral("n").getLong());
        return claims.size() == seen.claims() && stored == claims.size() ? claims : null;
    }

    private Checked confirmVerdicts(LastCheck.Seen seen, java.util.function.BiConsumer<String, org.claimgraph.model.Verdict> each) {
        List<Claim> claims = confirmable(seen);
        if (claims == null) return null;
        java.util.Map<String, org.claimgraph.model.Verdict> verdicts = store.verdictsOf(claims.stream().map(Claim::key).toList());
        if (verdicts.size() < claims.size()) return null;
        for (Claim c : claims) each.accept(c.key(), verdicts.get(c.key()));
        return new Checked(claims.size(), seen.rulesVersion(), true);
    }

    /**
     * The stored verdicts handed to {@code each} in the order of the claims when there is one for every claim and
     * no other (else null, and nothing handed on), read a part at a time and held until all are known to be there.
     */
    private Checked confirm(LastCheck.Seen seen, java.util.function.Consumer<Assessment> each) {
        List<Claim> claims = confirmable(seen);
        if (claims == null) return null;
        List<Assessment> all = new ArrayList<>();
        for (int i = 0; i < claims.size(); i += CONFIRM_PART) {
            List<String> keys = claims.subList(i, Math.min(claims.size(), i + CONFIRM_PART)).stream().map(Claim::key).toList();
            java.util.Map<String, Assessment> part = store.assessmentsOf(keys);
            if (part.size() < keys.size()) return null;
            for (String k : keys) all.add(part.get(k));
        }
        all.forEach(each);
        return new Checked(claims.size(), seen.rulesVersion(), true);
    }

    /** Stored verdicts read at a time when confirming. */
    private static final int CONFIRM_PART = 10_000;

    /**
     * A full check: how many claims it assessed and how many verdicts it wrote (the others were stored
     * already), and where its time went: reading the claims, the rules (less the writing they waited
     * for), saving the verdicts (writing as the rules went, and the commit).
     */
    public record CheckRun(int claims, int written, double readSeconds, double rulesSeconds, double saveSeconds) {}

    /** Checks every claim in the store and saves the assessments as the latest run, timing each step; none is held. */
    public CheckRun checkRun() { return checkRun(a -> { }); }

    /** The same, each assessment handed to {@code each} as it is made (in no particular order). */
    public CheckRun checkRun(java.util.function.Consumer<Assessment> each) { return run(claims -> { }, each); }

    private CheckRun run(java.util.function.Consumer<List<Claim>> claimsRead, java.util.function.Consumer<Assessment> each) {
        Instant started = Instant.now();
        // the rules load (a second or more in a new process) on another core while the claims are read
        var loading = java.util.concurrent.CompletableFuture.supplyAsync(this::rules);
        long t0 = System.nanoTime();
        ClaimStore.Contents contents = store.contents();
        claimsRead.accept(contents.claims());
        vocabulary();
        long t1 = System.nanoTime();
        RuleBase rb = join(loading);
        long[] rulesEnd = new long[1];
        // each part of the verdicts is written as it comes, in one transaction: the whole list is never held
        ClaimStore.Saved saved = store.saveAssessments(rb.version(), started, sink -> {
            new Checker(rb, vocabulary(), settings).check(contents.documents(), contents.claims(), part -> {
                sink.accept(part);
                part.forEach(each);
            });
            rulesEnd[0] = System.nanoTime();
        });
        long t3 = System.nanoTime();
        double rules = (rulesEnd[0] - t1) / 1e9 - saved.writeSeconds();
        return new CheckRun(saved.assessed(), saved.written(), (t1 - t0) / 1e9, rules, (t3 - t1) / 1e9 - rules);
    }

    /** The processor time this process has used, all threads (on a shared machine, what a step itself cost). */
    public static double cpuSeconds() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** An existing claim much like a new one, with its verdict and why it matched. */
    public record Similar(Claim claim, Verdict verdict, String why) {}

    /** A claim whose verdict an addition changed. */
    public record VerdictChange(String claim, Verdict from, Verdict to, String reason) {}

    /**
     * What an addition did: stored or stopped (likely duplicates and neither force nor link), the similar
     * claims found, the new claims' assessments and every other verdict it changed.
     */
    public record AddResult(boolean stored, List<Similar> similar, List<ClaimStore.Change> changes, List<Assessment> assessments,
                            List<VerdictChange> changed, int rechecked) {}

    /**
     * Adds claims (a claim document; its "document" may name only the id of a stored document): validated
     * like a load, matched against the graph, stored, and checked at once, re-checking only what the
     * addition can touch.
     *
     * @param linkTo the key of an existing claim the new one repeats (one claim only), or null
     */
    public AddResult add(String name, String json, Function<String, String> siblings, String author, String reason,
                         boolean force, String linkTo) {
        return writes().add(name, json, siblings, author, reason, force, linkTo);
    }

    /** Retracts a claim (it moves to the history with the reason) and re-checks what it touched. */
    public List<VerdictChange> retract(String claimKey, String author, String reason) { return writes().retract(claimKey, author, reason); }

    private Writes writes() {
        Writes w = writes;
        if (w != null) return w;
        synchronized (writesLock) {
            if (writes == null) writes = new Writes(this, store);
            return writes;
        }
    }



    /** The report of the latest check: one document, or every document when docId is null. */
    public Report report(String docId) {
        if (docId == null) {
            List<Claim> claims = store.claims();
            return Report.build(store.documents(), claims, store.assessments(), labelsOf(claims), null, store.checkedAt());
        }
        // one document: its claims, their verdicts and the evidence they cite, not the whole store
        if (store.documents(Set.of(docId)).isEmpty()) throw Report.noSuchDocument(docId, store.documents().stream().map(Document::id).toList());
        List<Claim> claims = new ArrayList<>(store.claimsOf(docId));
        java.util.Map<String, Assessment> assessed = store.assessmentsOf(claims.stream().map(Claim::key).toList());
        Set<String> own = new java.util.HashSet<>(), used = new java.util.TreeSet<>();
        claims.forEach(c -> own.add(c.key()));
        assessed.values().forEach(a -> a.findings().forEach(f -> used.addAll(f.used())));
        used.removeAll(own);
        if (!used.isEmpty()) {
            for (Claim c : store.claims(used)) if (own.add(c.key())) claims.add(c);
        }
        Set<String> docIds = new java.util.TreeSet<>();
        claims.forEach(c -> docIds.add(c.docId()));
        List<Document> docs = new ArrayList<>(store.documents(docIds));
        docs.sort(java.util.Comparator.comparing(Document::id));
        return Report.build(docs, claims, new ArrayList<>(assessed.values()), labelsOf(claims), docId, store.checkedAt());
    }

    /** The track record of a source (publisher name, or part of it) or of a claimant, across all documents. */
    public Report trackRecord(String source, String claimant) {
        if (claimant == null) {
            List<Claim> claims = store.claims();
            return Report.trackRecord(store.documents(), claims, store.assessments(), labelsOf(claims), source, null, store.checkedAt());
        }
        var vocab = vocabularySoon(); // a claimant is looked up by any of its names
        return Report.trackRecord(store.documents(), store.claims(), store.assessments(), join(vocab), null, claimant, store.checkedAt());
    }

    /**
     * A vocabulary holding what these claims' labels need (claimants, subjects, measures, bases), read by
     * a lookup each rather than the whole catalogue and gazetteer, which is most of a small report's time;
     * the whole vocabulary when it is read already or the terms are many.
     */
    private Vocabulary labelsOf(List<Claim> claims) {
        synchronized (this) {
            if (vocabulary != null) return vocabulary;
        }
        Set<String> terms = ClaimStore.labelTerms(claims);
        if (terms.size() > ClaimStore.FEW_TERMS) return vocabulary();
        ClaimStore.About about = store.about(terms);
        return new Vocabulary(about.vocabulary(), about.gazetteer());
    }

    /** The vocabulary: at hand once read, else read on another core while the caller reads the claims and verdicts. */
    private java.util.concurrent.CompletableFuture<Vocabulary> vocabularySoon() {
        synchronized (this) {
            if (vocabulary != null) return java.util.concurrent.CompletableFuture.completedFuture(vocabulary);
        }
        return java.util.concurrent.CompletableFuture.supplyAsync(this::vocabulary);
    }

    /** What another thread computed, its failure thrown as it was. */
    private static <T> T join(java.util.concurrent.CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    @Override public synchronized void close() {
        try {
            if (text != null) text.close();
        } finally {
            store.close();
        }
    }
}
