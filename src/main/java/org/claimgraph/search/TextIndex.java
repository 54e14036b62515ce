package org.claimgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.vocab.CG;

/**
 * The full-text index of claims: one Lucene document per claim with its quote, statement and the
 * names (labels and aliases, every language) of its subject, object and metric, so an English name
 * finds a claim quoted in Chinese and a Chinese metric name finds claims written in English. The index
 * is derived data: it is rebuilt from the store whenever the claims it was built from have changed.
 * SPARQL reaches it through jena-text ({@code ?c text:query "…"}, see {@link #queryContext}), the CLI and
 * the API through {@link #search}.
 */
public final class TextIndex implements AutoCloseable {

    static final String URI = "uri", TEXT = "text", QUOTE = "quote", STATEMENT = "statement";
    /** Bump when the analyzers or fields change, so old indexes are rebuilt. */
    private static final String LAYOUT = "claimgraph-text-3";
    private static final String FINGERPRINT = "claimgraph.fingerprint";
    /** The store's change stamp when the index was last found current (see {@link ClaimStore#changeStamp}). */
    private static final String STAMP = "claimgraph.store-stamp";

    private final ClaimStore store;
    private final TextIndexLucene lucene;

    private TextIndex(ClaimStore store, Directory dir) {
        this.store = store;
        EntityDefinition def = new EntityDefinition(URI, TEXT);
        def.setAnalyzer(TEXT, Analyzers.BOTH);
        def.set(QUOTE, CG.quote.asNode());
        def.setAnalyzer(QUOTE, Analyzers.WORDS);
        def.set(STATEMENT, CG.statement.asNode());
        def.setAnalyzer(STATEMENT, Analyzers.WORDS);
        TextIndexConfig config = new TextIndexConfig(def);
        // the primary field has no predicate, so jena-text analyses it with the default analyzer
        config.setAnalyzer(Analyzers.BOTH);
        this.lucene = new TextIndexLucene(dir, config);
    }

    /** Opens (or creates) the index in a folder, or in memory when folder is null. */
    public static TextIndex open(ClaimStore store, Path folder) {
        TextQuery.init(); // text:query in SPARQL; the runnable jar does not start it for every command
        try {
            return new TextIndex(store, folder == null ? new ByteBuffersDirectory() : FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * A copy of a query context in which {@code text:query} uses this index. (Not a jena-text dataset:
     * that would enlist the index in the TDB2 store's transactions for the life of the process.)
     */
    public Context queryContext(Context base) {
        Context c = base == null ? new Context() : base.copy();
        c.set(TextQuery.textIndex, lucene);
        return c;
    }

    /**
     * One claim's indexed content. The names are those of its subject, object and measure, each set read
     * once and shared by every claim naming that entity: a set a claim held 17 names on average, some 1.8 GB at a
     * million claims.
     */
    private record Entry(String uri, String quote, String statement, List<Set<String>> nameSets) {
        /** The names, each once, sorted. */
        Set<String> names() {
            Set<String> all = new TreeSet<>();
            nameSets.forEach(all::addAll);
            return all;
        }
    }

    /**
     * Rebuilds the index when the claims differ from those it was built from.
     *
     * @return whether it was rebuilt
     */
    public synchronized boolean refresh() {
        // taken before reading: a write after it shows as another stamp next time
        String changes = store.changeStamp();
        String stamp = changes == null ? null : LAYOUT + " " + changes;
        try {
            Directory dir = lucene.getDirectory();
            // nothing written to the store since the index was last found current: the claims need no reading
            if (stamp != null && DirectoryReader.indexExists(dir) && stamp.equals(DirectoryReader.listCommits(dir).get(0).getUserData().get(STAMP))) {
                return false;
            }
            List<Entry> entries = read();
            String fingerprint = fingerprint(entries);
            IndexWriter w = lucene.getIndexWriter();
            Map<String, String> last = DirectoryReader.listCommits(dir).get(0).getUserData();
            boolean same = fingerprint.equals(last.get(FINGERPRINT));
            if (same && (stamp == null || stamp.equals(last.get(STAMP)))) return false;
            if (!same) {
                w.deleteAll();
                for (Entry e : entries) w.addDocument(document(e));
            }
            w.setLiveCommitData((stamp == null ? Map.of(FINGERPRINT, fingerprint) : Map.of(FINGERPRINT, fingerprint, STAMP, stamp)).entrySet());
            w.commit();
            return !same;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the text index: " + e.getMessage(), e);
        }
    }

    private List<Entry> read() {
        return Txn.calculateRead(store.dataset(), () -> {
            Model m = store.dataset().getUnionModel();
            List<Entry> out = new ArrayList<>();
            Map<Resource, Set<String>> namesOf = new java.util.HashMap<>();
            for (Resource c : m.listSubjectsWithProperty(RDF.type, CG.Claim).toList()) {
                List<Set<String>> sets = new ArrayList<>(3);
                for (Property p : List.of(CG.subject, CG.object, CG.metric)) {
                    for (Statement s : c.listProperties(p).toList()) {
                        if (s.getObject().isResource()) sets.add(namesOf.computeIfAbsent(s.getResource(), TextIndex::names));
                    }
                }
                out.add(new Entry(c.getURI(), text(c, CG.quote), text(c, CG.statement), sets));
            }
            out.sort(java.util.Comparator.comparing(Entry::uri));
            return out;
        });
    }

    /** An entity's labels and aliases, every language. */
    private static Set<String> names(Resource entity) {
        Set<String> names = new TreeSet<>();
        for (Property l : List.of(RDFS.label, SKOS.altLabel)) entity.listProperties(l).forEach(n -> names.add(n.getString()));
        return names;
    }

    private static String text(Resource r, Property p) {
        StringBuilder b = new StringBuilder();
        r.listProperties(p).forEach(s -> {
            RDFNode n = s.getObject();
            if (n.isLiteral()) b.append(b.isEmpty() ? "" : "\n").append(n.asLiteral().getString());
        });
        return b.toString();
    }

    private static String fingerprint(List<Entry> entries) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(LAYOUT.getBytes(StandardCharsets.UTF_8));
            for (Entry e : entries) {
                md.update(String.join("\u0000", e.uri(), e.quote(), e.statement(), String.join("\u0001", e.names()), "\u0002")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document document(Entry e) {
        Document d = new Document();
        d.add(new Field(URI, e.uri(), TextIndexLucene.ftIRI));
        d.add(new TextField(TEXT, e.quote() + "\n" + e.statement(), Field.Store.YES));
        for (String n : e.names()) d.add(new TextField(TEXT, n, Field.Store.NO));
        d.add(new TextField(QUOTE, e.quote(), Field.Store.YES));
        d.add(new TextField(STATEMENT, e.statement(), Field.Store.YES));
        return d;
    }

    /** A claim found by a search: its key (document/claim), score and quote and statement with the matches marked «so». */
    public record Hit(String claim, double score, String quote, String statement, boolean fuzzy) {}

    /**
     * Searches quotes, statements and entity names; when nothing matches, retries each English word
     * allowing typos.
     */
    public List<Hit> search(String text, int limit) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("the search text is empty");
        try (DirectoryReader reader = DirectoryReader.open(lucene.getDirectory())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query exact = new QueryParser(TEXT, Analyzers.BOTH).parse(QueryParser.escape(text));
            ScoreDoc[] docs = searcher.search(exact, limit).scoreDocs;
            Query used = exact;
            boolean fuzzy = false;
            if (docs.length == 0) {
                Query f = fuzzy(text);
                if (f != null) {
                    docs = searcher.search(f, limit).scoreDocs;
                    used = f;
                    fuzzy = true;
                }
            }
            Set<String> terms = new HashSet<>();
            searcher.rewrite(used).visit(collect(terms));
            List<Hit> out = new ArrayList<>();
            for (ScoreDoc sd : docs) {
                Document d = searcher.storedFields().document(sd.doc);
                String uri = d.get(URI);
                out.add(new Hit(uri.substring(CG.DOC.length()).replace("/claim/", "/"), sd.score,
                        mark(d.get(QUOTE), terms), mark(d.get(STATEMENT), terms), fuzzy));
            }
            return out;
        } catch (ParseException e) {
            throw new IllegalArgumentException("the search text does not parse: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index: " + e.getMessage(), e);
        }
    }

    private static QueryVisitor collect(Set<String> terms) {
        return QueryVisitor.termCollector(new HashSet<Term>() {
            private static final long serialVersionUID = 1L;
            @Override public boolean add(Term t) {
                if (t.field().equals(TEXT)) terms.add(t.text());
                return super.add(t);
            }
        });
    }

    /** Each English word of four letters or more, allowing one typo (two for longer words). */
    private static Query fuzzy(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (Analyzers.Span s : Analyzers.spans(Analyzers.BOTH, TEXT, text)) {
            if (!s.term().matches("[a-z]{4,}")) continue;
            b.add(new FuzzyQuery(new Term(TEXT, s.term()), s.term().length() >= 6 ? 2 : 1), BooleanClause.Occur.SHOULD);
            n++;
        }
        return n == 0 ? null : b.build();
    }

    /** Marks every stretch of text whose terms the query matched. */
    static String mark(String text, Set<String> terms) {
        if (text == null) return null;
        boolean[] hit = new boolean[text.length()];
        for (Analyzers.Span s : Analyzers.spans(Analyzers.BOTH, TEXT, text)) {
            if (terms.contains(s.term())) for (int i = s.start(); i < s.end() && i < hit.length; i++) hit[i] = true;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (hit[i] && (i == 0 || !hit[i - 1])) b.append('«');
            b.append(text.charAt(i));
            if (hit[i] && (i == text.length() - 1 || !hit[i + 1])) b.append('»');
        }
        return b.toString();
    }

    @Override public void close() { lucene.close(); }
}
