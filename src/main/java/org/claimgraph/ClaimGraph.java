package org.claimgraph;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.claimgraph.ingest.Vocabulary;
import org.claimgraph.model.Assessment;
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
    private final Vocabulary vocabulary;
    private final Settings settings;
    private final Path rulesFolder;
    private final Path textFolder;
    private RuleBase rules;
    private TextIndex text;

    private ClaimGraph(ClaimStore store, Path rulesFolder, Settings settings, Path textFolder) {
        this.store = store;
        this.textFolder = textFolder;
        this.settings = settings;
        this.rulesFolder = rulesFolder;
        Model vocab = turtle(Resources.text("ontology/claimgraph.ttl"), "ontology/claimgraph.ttl");
        Model gazetteer = turtle(Resources.text("ontology/entities.ttl"), "ontology/entities.ttl");
        store.installVocabulary(vocab, gazetteer);
        this.vocabulary = new Vocabulary(vocab, store.gazetteer());
    }

    /**
     * Opens a store: "mem" for a throwaway one in memory, otherwise a TDB2 folder.
     *
     * @param rulesFolder a folder of .drl files to use instead of the shipped rules, or null
     */
    public static ClaimGraph open(String store, Path data, Path rulesFolder) {
        ClaimStore s = "mem".equals(store) ? ClaimStore.inMemory() : ClaimStore.onDisk(data);
        try {
            return new ClaimGraph(s, rulesFolder, Settings.DEFAULTS, "mem".equals(store) ? null : data.resolve("text-index"));
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    public ClaimStore store() { return store; }
    public Vocabulary vocabulary() { return vocabulary; }
    public Settings settings() { return settings; }

    /** The rules, compiled on first use and kept for the life of the process. */
    public synchronized RuleBase rules() {
        if (rules == null) rules = rulesFolder == null ? RuleBase.shipped() : RuleBase.fromFolder(rulesFolder);
        return rules;
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
    public LoadResult load(List<Path> files, String author) {
        List<ClaimDocument> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<DatasetGraph> rdf = new ArrayList<>();
        List<String> rdfNames = new ArrayList<>();
        for (Path f : files) {
            String name = f.toString();
            if (!Files.isRegularFile(f)) { problems.add(name + ": no such file"); continue; }
            String lower = name.toLowerCase(Locale.ROOT);
            try {
                if (lower.endsWith(".json")) {
                    String json = Files.readString(f, StandardCharsets.UTF_8);
                    docs.add(reader().read(name, json, sibling -> readSibling(f, sibling)));
                } else {
                    Lang lang = RDFLanguages.filenameToLang(name);
                    if (lang == null) { problems.add(name + ": unknown file type (use .json claim documents, .ttl, .trig, .nq, .nt or .jsonld)"); continue; }
                    DatasetGraph g = DatasetGraphFactory.createTxnMem();
                    RDFDataMgr.read(g, f.toUri().toString(), lang);
                    rdf.add(g);
                    rdfNames.add(f.getFileName().toString());
                }
            } catch (BadInputException e) {
                problems.addAll(e.problems());
            } catch (RiotException e) {
                problems.add(name + ": " + e.getMessage());
            } catch (IOException e) {
                problems.add(name + ": cannot read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new BadInputException(problems);
        long before = store.size();
        List<ClaimStore.LoadOutcome> outcomes = docs.isEmpty() ? List.of() : store.load(docs, author);
        for (int i = 0; i < rdf.size(); i++) {
            try {
                store.loadRdf(rdf.get(i), CG.GRAPH + "imported/" + rdfNames.get(i));
            } catch (IllegalStateException e) {
                throw new BadInputException(rdfNames.get(i) + ": " + e.getMessage());
            }
        }
        for (ClaimDocument d : docs) d.entities().forEach(vocabulary::addEntity);
        return new LoadResult(docs.stream().filter(d -> d.document() != null).map(d -> d.document().id()).toList(), outcomes,
                docs.stream().mapToInt(d -> d.claims().size()).sum(), store.size() - before);
    }

    private static String readSibling(Path jsonFile, String relative) {
        Path p = jsonFile.toAbsolutePath().getParent().resolve(relative).normalize();
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no such file " + p.getFileName(), e);
        }
    }

    public ClaimDocumentReader reader() { return new ClaimDocumentReader(vocabulary, settings); }

    /** Loads the seed article and its evidence, which travel inside the jar. Returns the article's id first. */
    public List<String> loadSeed() {
        List<ClaimDocument> docs = new ArrayList<>();
        for (String line : Resources.text("data/manifest.txt").split("\n")) {
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#")) continue;
            String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
            Function<String, String> siblings = rel -> Resources.text("data/" + dir + rel);
            docs.add(reader().read("data/" + path, Resources.text("data/" + path), siblings));
        }
        store.load(docs, "claimgraph demo");
        return docs.stream().map(d -> d.document().id()).toList();
    }

    /** Checks every claim in the store and saves the assessments as the latest run. */
    public List<Assessment> check() {
        Instant started = Instant.now();
        RuleBase rb = rules();
        List<Assessment> result = new Checker(rb, vocabulary, settings).check(store.documents(), store.claims());
        store.saveAssessments(result, rb.version(), started);
        return result;
    }

    /** The report of the latest check: one document, or every document when docId is null. */
    public Report report(String docId) {
        return Report.build(store.documents(), store.claims(), store.assessments(), vocabulary, docId);
    }

    @Override public synchronized void close() {
        try {
            if (text != null) text.close();
        } finally {
            store.close();
        }
    }
}
