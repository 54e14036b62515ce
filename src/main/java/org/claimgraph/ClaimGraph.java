package org.claimgraph;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.ingest.ClaimDocument;
import org.claimgraph.ingest.ClaimDocumentReader;
import org.claimgraph.ingest.SiblingFiles;
import org.claimgraph.vocab.Vocabulary;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.MetricType;
import org.claimgraph.model.Verdict;
import org.claimgraph.search.Similarity;
import org.claimgraph.model.Settings;
import org.claimgraph.report.Report;
import org.claimgraph.rules.Checker;
import org.claimgraph.rules.RuleBase;
import org.claimgraph.search.TextIndex;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.vocab.CG;

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
    private RuleBase rules;
    private final Object rulesLock = new Object();
    private TextIndex text;

    private ClaimGraph(ClaimStore store, Path rulesFolder, Settings settings, Path textFolder) {
        this.store = store;
        this.textFolder = textFolder;
        this.rulesCache = textFolder == null ? null : textFolder.resolveSibling("rules-cache");
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
    private synchronized void learn(List<Entity> entities, Model definitions) {
        if (entities.isEmpty() && (definitions == null || definitions.isEmpty())) return;
        Vocabulary next = vocabulary().copy();
        entities.forEach(next::addEntity);
        if (definitions != null) next.addDefinitions(definitions);
        vocabulary = next;
    }

    public Settings settings() { return settings; }

    /** The rules, compiled on first use and kept for the life of the process. */
    public RuleBase rules() {
        synchronized (rulesLock) { // not this object's lock: the vocabulary is read meanwhile
            if (rules == null) rules = rulesFolder == null ? RuleBase.shipped(rulesCache) : RuleBase.fromFolder(rulesFolder, rulesCache);
            return rules;
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

    /** What a load stored. */
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
        List<ClaimDocument> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<DatasetGraph> rdf = new ArrayList<>();
        List<String> rdfNames = new ArrayList<>(), rdfPaths = new ArrayList<>();
        // one working vocabulary for the batch: entities of one file serve the next, and none stays if the load fails
        ClaimDocumentReader batch = reader();
        for (Path f : Json.gazetteerFilesFirst(files)) {
            String name = f.toString();
            if (!Files.isRegularFile(f)) { problems.add(name + ": no such file"); continue; }
            try {
                if (Files.size(f) > MAX_FILE) { problems.add(name + ": larger than the limit of " + MAX_FILE / (1024 * 1024) + " MB"); continue; }
            } catch (IOException e) {
                problems.add(name + ": cannot read: " + e.getMessage());
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            try {
                if (lower.endsWith(".json")) {
                    String json = SiblingFiles.decode(Files.readAllBytes(f));
                    docs.add(batch.read(name, json, sibling -> SiblingFiles.read(f, sibling)));
                } else {
                    Lang lang = RDFLanguages.filenameToLang(name);
                    if (lang == null) { problems.add(name + ": unknown file type (use .json claim documents, .ttl, .trig, .nq, .nt or .jsonld)"); continue; }
                    DatasetGraph g = DatasetGraphFactory.createTxnMem();
                    byte[] bytes = Files.readAllBytes(f);
                    if (RDFLanguages.sameLang(lang, Lang.JSONLD) || lang.getName().startsWith("JSON-LD")) {
                        String remote = remoteContext(Json.MAPPER.readTree(bytes));
                        if (remote != null) { problems.add(name + ": the JSON-LD names a remote context (" + remote + "); nothing is fetched: put the context inline"); continue; }
                    }
                    // read from the bytes, with a base of our own: nothing is fetched or resolved against the file system
                    org.apache.jena.riot.RDFParser.source(new java.io.ByteArrayInputStream(bytes)).lang(lang)
                            .base("https://w3id.org/claimgraph/imported/" + f.getFileName()).parse(g);
                    rdf.add(g);
                    rdfNames.add(f.getFileName().toString());
                    rdfPaths.add(name);
                    // metrics and units it defines serve the claim documents of the same load
                    Model defs = batch.define(name, definitionsIn(g));
                    if (!defs.isEmpty()) docs.add(new ClaimDocument(null, List.of(), List.of(), defs));
                }
            } catch (BadInputException e) {
                problems.addAll(e.problems());
            } catch (RiotException e) {
                problems.add(name + ": " + e.getMessage());
            } catch (IOException e) {
                problems.add(name + ": cannot read: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new BadInputException(problems);
        long before = store.size();
        Map<String, DatasetGraph> byGraph = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rdf.size(); i++) byGraph.put(CG.GRAPH + "imported/" + rdfNames.get(i), rdf.get(i));
        List<ClaimStore.LoadOutcome> outcomes;
        try {
            outcomes = store.load(docs, byGraph, author, reason);
        } catch (IllegalStateException e) {
            throw new BadInputException(String.join(", ", rdfPaths) + ": " + e.getMessage());
        } catch (BadInputException e) {
            throw namingPaths(e, rdfNames, rdfPaths);
        }
        for (ClaimDocument d : docs) {
            learn(d.entities(), d.definitions());
        }
        return new LoadResult(outcomes.stream().map(ClaimStore.LoadOutcome::document).toList(), outcomes,
                docs.stream().mapToInt(d -> d.claims().size()).sum(), store.size() - before);
    }

    /** The store names an RDF file by its graph's name (the file's name): the messages name the path it was given as. */
    private static BadInputException namingPaths(BadInputException e, List<String> names, List<String> paths) {
        if (names.isEmpty()) return e;
        List<BadInputException.Problem> out = new ArrayList<>();
        for (BadInputException.Problem p : e.detailed()) {
            String m = p.message(), all = String.join(", ", names) + ": ";
            if (m.startsWith(all)) m = String.join(", ", paths) + ": " + m.substring(all.length());
            else for (int i = 0; i < names.size(); i++) {
                if (m.startsWith(names.get(i) + ": ")) { m = paths.get(i) + m.substring(names.get(i).length()); break; }
            }
            out.add(new BadInputException.Problem(p.field(), m));
        }
        return new BadInputException(e.kind(), out);
    }

    /** The largest file a load reads. */
    static final long MAX_FILE = 50L * 1024 * 1024;

    /** The first context a JSON-LD document would fetch ("@context": "http…", or "@import"), or null. */
    private static String remoteContext(JsonNode n) {
        if (n == null) return null;
        if (n.isArray()) {
            for (JsonNode x : n) { String r = remoteContext(x); if (r != null) return r; }
            return null;
        }
        if (!n.isObject()) return null;
        for (var e : n.properties()) {
            if (e.getKey().equals("@import")) return "@import " + e.getValue().asText();
            if (e.getKey().equals("@context")) {
                JsonNode c = e.getValue();
                if (c.isTextual()) return c.asText();
                if (c.isArray()) for (JsonNode x : c) if (x.isTextual()) return x.asText();
            }
            String r = remoteContext(e.getValue());
            if (r != null) return r;
        }
        return null;
    }


    /** An RDF file's triples that may define metrics and units: all but an export's copy of the program's vocabulary. */
    private static Model definitionsIn(DatasetGraph g) {
        var all = org.apache.jena.query.DatasetFactory.wrap(g);
        Model m = ModelFactory.createDefaultModel().add(all.getDefaultModel());
        all.listModelNames().forEachRemaining(n -> {
            Model named = all.getNamedModel(n);
            if (!n.getURI().equals(CG.GRAPH_VOCABULARY)) m.add(named);
            else named.listSubjectsWithProperty(CG.definedIn).forEach(r -> m.add(named.listStatements(r, null, (org.apache.jena.rdf.model.RDFNode) null)));
        });
        return m;
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

    /** Checks every claim in the store and saves the assessments as the latest run. */
    public List<Assessment> check() { return checkRun().assessments(); }

    /** A full check's assessments and where its time went: reading the claims, the rules, saving the verdicts. */
    public record CheckRun(List<Assessment> assessments, double readSeconds, double rulesSeconds, double saveSeconds, double rulesCpuSeconds) {}

    /** Checks every claim in the store and saves the assessments as the latest run, timing each step. */
    public CheckRun checkRun() {
        Instant started = Instant.now();
        // the rules load (a second or more in a new process) on another core while the claims are read
        var loading = java.util.concurrent.CompletableFuture.supplyAsync(this::rules);
        long t0 = System.nanoTime();
        List<Document> docs = store.documents();
        List<Claim> claims = store.claims();
        vocabulary();
        long t1 = System.nanoTime();
        RuleBase rb;
        try {
            rb = loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
        double cpu = cpuSeconds();
        List<Assessment> result = new Checker(rb, vocabulary(), settings).check(docs, claims);
        long t2 = System.nanoTime();
        cpu = cpuSeconds() - cpu;
        store.saveAssessments(result, rb.version(), started);
        long t3 = System.nanoTime();
        return new CheckRun(result, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, cpu);
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

    /** Minimum text similarity (0–1) for an existing claim to count as a likely duplicate. */
    static final double DUPLICATE_SIMILARITY = 0.5;

    /**
     * Adds claims (a claim document; its "document" may name only the id of a stored document): validated
     * like a load, matched against the graph, stored, and checked at once, re-checking only what the
     * addition can touch.
     *
     * @param linkTo the key of an existing claim the new one repeats (one claim only), or null
     */
    public AddResult add(String name, String json, Function<String, String> siblings, String author, String reason,
                         boolean force, String linkTo) {
        return commit(() -> addNow(name, json, siblings, author, reason, force, linkTo));
    }

    /** One write waiting for the next group commit, and what became of it. */
    private static final class Pending<T> {
        final java.util.function.Supplier<T> work;
        T result;
        RuntimeException error;
        boolean done;

        Pending(java.util.function.Supplier<T> work) { this.work = work; }

        void run() { result = work.get(); }
    }

    private final java.util.concurrent.ConcurrentLinkedQueue<Pending<?>> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Object commitLock = new Object();

    /**
     * Group commit: writers queue their work; whoever holds the lock runs everything queued so far in one
     * store transaction and commits it once, so concurrent writers share the cost of making a write
     * durable instead of paying it one after another. Nobody returns before the commit that holds their write.
     */
    private <T> T commit(java.util.function.Supplier<T> work) {
        Pending<T> mine = new Pending<>(work);
        pending.add(mine);
        synchronized (commitLock) {
            if (!mine.done) {
                List<Pending<?>> batch = new ArrayList<>();
                for (Pending<?> p; (p = pending.poll()) != null;) batch.add(p);
                commitBatch(batch);
            }
        }
        if (mine.error != null) throw mine.error;
        return mine.result;
    }

    /**
     * Runs a batch in one transaction. A refused writer may have written part of its work before the
     * refusal: the transaction is then aborted and the others run again without it, so a refusal stores
     * nothing and nobody else's write is lost. Any other failure leaves each writer to run alone.
     */
    private void commitBatch(List<Pending<?>> batch) {
        List<Pending<?>> left = new ArrayList<>(batch);
        while (!left.isEmpty()) {
            List<Pending<?>> refused = new ArrayList<>();
            try {
                store.write(() -> {
                    for (Pending<?> p : left) {
                        try {
                            p.run();
                        } catch (BadInputException e) {
                            p.error = e;
                            refused.add(p);
                            throw e;
                        }
                    }
                    return null;
                });
                left.forEach(p -> p.done = true);
                return;
            } catch (RuntimeException e) {
                synchronized (this) { vocabulary = null; } // entities the aborted writers added: read again from the store
                if (!refused.isEmpty()) {
                    refused.forEach(p -> p.done = true);
                    left.removeAll(refused);
                } else if (left.size() > 1) {
                    for (Pending<?> p : List.copyOf(left)) commitBatch(new ArrayList<>(List.of(p)));
                    return;
                } else {
                    left.get(0).error = e;
                    left.get(0).done = true;
                    return;
                }
            }
        }
    }

    private AddResult addNow(String name, String json, Function<String, String> siblings, String author, String reason,
                             boolean force, String linkTo) {
        ClaimDocument cd = reader().read(name, Json.completeDocument(name, json, id -> store.documents(Set.of(id)).stream().findFirst().orElse(null)), siblings);
        if (cd.document() == null) throw new BadInputException(name + ": field \"document\": missing (the document the claims belong to)");
        if (cd.claims().isEmpty()) throw new BadInputException(name + ": field \"claims\": no claim to add");
        Map<String, Claim> existing = new HashMap<>();
        for (Claim c : cd.claims()) store.claim(c.key()).ifPresent(old -> existing.put(old.key(), old));
        for (Claim c : cd.claims()) {
            if (existing.containsKey(c.key()) && reason == null) {
                throw new BadInputException(name + ": claim \"" + c.id() + "\": field \"id\": document " + c.docId()
                        + " already has this claim; give a reason to revise it");
            }
        }
        Map<String, String> repeats = new HashMap<>();
        if (linkTo != null) {
            if (cd.claims().size() != 1) throw new BadInputException(name + ": link: only one claim can be linked at a time");
            if (!linkTo.matches("[a-z0-9][a-z0-9-]{0,79}/[a-z0-9][a-z0-9-]{0,79}")) {
                throw BadInputException.field("link", "link: \"" + org.claimgraph.ingest.Inputs.shorten(linkTo) + "\" is not a claim key (document-id/claim-id)");
            }
            if (store.claim(linkTo).isEmpty()) {
                throw new BadInputException("link: no claim \"" + linkTo + "\" in the store");
            }
            repeats.put(cd.claims().get(0).key(), linkTo);
        }
        List<Similar> similar = similar(cd.claims(), existing.keySet());
        if (!similar.isEmpty() && !force && linkTo == null && reason == null) {
            return new AddResult(false, similar, List.of(), List.of(), List.of(), 0);
        }
        // entities, definitions, claims and the verdicts they change in the batch's one transaction: a refusal anywhere stores nothing
        Vocabulary working = vocabulary().copy();
        cd.entities().forEach(working::addEntity);
        working.addDefinitions(cd.definitions());
        if (!cd.entities().isEmpty() || !cd.definitions().isEmpty()) {
            store.load(List.of(new ClaimDocument(null, List.of(), cd.entities(), cd.definitions())), Map.of(), author, reason);
        }
        List<ClaimStore.Change> changes = store.addClaims(cd.document(), cd.claims(), author, reason, repeats);
        List<Claim> touched = new ArrayList<>(cd.claims());
        touched.addAll(existing.values());
        Recheck r = recheck(touched, working);
        Set<String> newKeys = cd.claims().stream().map(Claim::key).collect(Collectors.toSet());
        List<Assessment> mine = r.assessments().stream().filter(a -> newKeys.contains(a.claim())).toList();
        List<VerdictChange> changed = r.changed().stream().filter(v -> !newKeys.contains(v.claim())).toList();
        // the next writer in the batch sees these entities; an aborted batch reads the vocabulary again
        learn(cd.entities(), cd.definitions());
        return new AddResult(true, similar, changes, mine, changed, r.assessments().size());
    }

    /** Retracts a claim (it moves to the history with the reason) and re-checks what it touched. */
    public List<VerdictChange> retract(String claimKey, String author, String reason) {
        if (reason == null || reason.isBlank()) throw new BadInputException("retract: a reason is required");
        return commit(() -> {
            Claim found = store.claim(claimKey).orElseThrow(() -> new BadInputException("retract: no claim \"" + claimKey + "\" in the store"));
            store.retract(claimKey, author, reason);
            return recheck(List.of(found), vocabulary()).changed();
        });
    }

    private record Recheck(List<Assessment> assessments, List<VerdictChange> changed) {}

    /**
     * Re-checks the claims an addition can touch: those sharing a subject, object or metric with it (the
     * rules join on nothing else), using as evidence every claim that bears on those.
     */
    private Recheck recheck(List<Claim> changed, Vocabulary vocabulary) {
        Set<String> entities = new HashSet<>(), metrics = new HashSet<>(), keys = new HashSet<>();
        for (Claim c : changed) addKeys(c, entities, metrics, keys);
        List<Claim> near = store.claimsTouching(entities, metrics, keys);
        Set<String> e2 = new HashSet<>(entities), m2 = new HashSet<>(metrics), k2 = new HashSet<>(keys), wide = new HashSet<>();
        for (Claim c : near) {
            addKeys(c, e2, m2, k2);
            if (c.rank() != null && c.metric() != null) wide.add(c.metric());
            if (c.between() != null) {
                vocabulary().metrics().stream().filter(m -> m.type() == MetricType.EVENT_DATE).forEach(m -> wide.add(m.id()));
            }
        }
        // the sides of comparisons bring their own evidence
        for (Claim side : store.claimsTouching(Set.of(), Set.of(), k2)) addKeys(side, e2, m2, k2);
        Map<String, Claim> byKey = new HashMap<>();
        for (Claim c : store.claimsTouching(e2, m2, k2)) byKey.put(c.key(), c);
        if (!wide.isEmpty()) for (Claim c : store.claimsOnMetrics(wide)) byKey.put(c.key(), c);
        List<Claim> evidence = new ArrayList<>(byKey.values());
        Set<String> docIds = evidence.stream().map(Claim::docId).collect(Collectors.toSet());
        List<Assessment> all = new Checker(rules(), vocabulary(), settings).check(store.documents(docIds), evidence);
        Set<String> nearKeys = near.stream().map(Claim::key).collect(Collectors.toSet());
        List<Assessment> mine = all.stream().filter(a -> nearKeys.contains(a.claim())).toList();
        Map<String, Assessment> before = store.assessmentsOf(nearKeys);
        store.replaceAssessments(mine, rules().version());
        List<VerdictChange> diff = new ArrayList<>();
        for (Assessment a : mine) {
            Assessment old = before.get(a.claim());
            if (old == null || old.verdict() != a.verdict()) diff.add(new VerdictChange(a.claim(), old == null ? null : old.verdict(), a.verdict(), a.reason()));
        }
        return new Recheck(mine, diff);
    }

    private static void addKeys(Claim c, Set<String> entities, Set<String> metrics, Set<String> keys) {
        if (c.subject() != null) entities.add(c.subject());
        if (c.object() != null) entities.add(c.object());
        if (c.metric() != null) metrics.add(c.metric());
        keys.add(c.key());
        if (c.compares() != null) { keys.add(c.compares().left()); keys.add(c.compares().right()); }
        if (c.between() != null) { entities.add(c.between().from().subject()); entities.add(c.between().to().subject()); }
    }

    /** Existing claims on the same subject, metric and period, or whose words are much alike. */
    private List<Similar> similar(List<Claim> claims, Set<String> revising) {
        List<Similar> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Claim c : claims) {
            if (c.subject() == null) continue;
            List<Claim> candidates = store.claimsTouching(Set.of(c.subject()), Set.of(), Set.of());
            Map<String, Assessment> verdicts = store.assessmentsOf(candidates.stream().map(Claim::key).toList());
            for (Claim o : candidates) {
                if (o.key().equals(c.key()) || revising.contains(o.key()) || !seen.add(o.key())) continue;
                String why = null;
                boolean samePeriod = c.period() == null || o.period() == null || c.period().overlaps(o.period());
                if (Objects.equals(c.metric(), o.metric()) && Objects.equals(c.subject(), o.subject()) && samePeriod
                        && (c.object() == null || o.object() == null || Objects.equals(c.object(), o.object()))) {
                    why = "same subject, metric and period";
                } else {
                    double sim = Math.max(Similarity.of(c.statement(), o.statement()), Similarity.of(c.quote(), o.quote()));
                    if (sim >= DUPLICATE_SIMILARITY) why = "similar wording (" + Math.round(sim * 100) + "%)";
                }
                if (why != null) {
                    Assessment a = verdicts.get(o.key());
                    out.add(new Similar(o, a == null ? null : a.verdict(), why));
                }
            }
        }
        return out;
    }



    /** The JSON handling, apart: Jackson starts slowly, and only commands that read JSON should pay for it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();

        /**
         * RDF files and files that bring gazetteer entries, metrics or units go first, so the claim
         * documents in the same load can name what they define.
         */
        static List<Path> gazetteerFilesFirst(List<Path> files) {
            List<Path> first = new ArrayList<>(), rest = new ArrayList<>();
            for (Path f : files) {
                boolean entitiesOnly = !f.toString().toLowerCase(Locale.ROOT).endsWith(".json");
                if (!entitiesOnly && Files.isRegularFile(f)) {
                    try {
                        JsonNode root = MAPPER.readTree(f.toFile());
                        entitiesOnly = root != null && (root.has("entities") || root.has("metrics") || root.has("units"));
                    } catch (IOException e) {
                        entitiesOnly = false; // the reader reports it with line and column
                    }
                }
                (entitiesOnly ? first : rest).add(f);
            }
            first.addAll(rest);
            return first;
        }

        /** A "document" that gives only the id of a stored document is completed from the store. */
        static String completeDocument(String name, String json, Function<String, Document> stored) {
            try {
                JsonNode root = Json.MAPPER.readTree(json);
                JsonNode d = root == null ? null : root.get("document");
                if (d == null || !d.isObject() || d.size() != 1 || !d.has("id")) return json;
                Document doc = stored.apply(d.get("id").asText());
                if (doc == null) {
                    throw new BadInputException(name + ": field \"document\": no document \"" + d.get("id").asText()
                            + "\" in the store; give its title, language, publisher, published and tier to create it");
                }
                ObjectNode full = Json.MAPPER.createObjectNode().put("id", doc.id()).put("title", doc.title()).put("language", doc.language())
                        .put("publisher", doc.publisher()).put("published", doc.publishedLabel()).put("kind", doc.kind().json)
                        .put("tier", doc.tier().json);
                if (doc.author() != null) full.put("author", doc.author());
                if (doc.url() != null) full.put("url", doc.url());
                if (doc.text() != null) full.put("text", doc.text());
                ((ObjectNode) root).set("document", full);
                return Json.MAPPER.writeValueAsString(root);
            } catch (JsonProcessingException e) {
                return json; // the reader reports it with line and column
            }
        }
}

    /** The report of the latest check: one document, or every document when docId is null. */
    public Report report(String docId) {
        return Report.build(store.documents(), store.claims(), store.assessments(), vocabulary(), docId, store.checkedAt());
    }

    /** The track record of a source (publisher name, or part of it) or of a claimant, across all documents. */
    public Report trackRecord(String source, String claimant) {
        return Report.trackRecord(store.documents(), store.claims(), store.assessments(), vocabulary(), source, claimant, store.checkedAt());
    }

    @Override public synchronized void close() {
        try {
            if (text != null) text.close();
        } finally {
            store.close();
        }
    }
}
