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

    static final String URI = "uri", TEXT = "text", QUOTE = "quote", STATEMENT = "statement", PRINT = "print";
    /** Bump when the analyzers or fields change, so old indexes are rebuilt. */
    private static final String LAYOUT = "claimgraph-text-4";
    private static final String FINGERPRINT = "claimgraph.fingerprint";
    /** The store's change stamp when the index was last found current (see {@link ClaimStore#changeStamp}). */
    private static final String STAMP = "claimgraph.store-stamp";

    private final ClaimStore store;
    private final TextIndexLucene lucene;
    /** Each indexed claim's print as last committed, or null until this process reads them. */
    private Map<String, String> indexed;
    /** How many claims the last refresh indexed again and dropped (for tests). */
    private int lastIndexed, lastDropped;

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
     * Brings the index up to date when the claims differ from those it was last built from: the claims that
     * changed, came or went are indexed again, the rest kept (a write changes a few of many).
     *
     * @return whether any claim was indexed again or dropped
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
            Map<String, String> prints = new java.util.HashMap<>(2 * entries.size());
            MessageDigest md = sha256();
            for (Entry e : entries) prints.put(e.uri(), print(e, md));
            String fingerprint = fingerprint(prints.values());
            IndexWriter w = lucene.getIndexWriter();
            Map<String, String> last = DirectoryReader.listCommits(dir).get(0).getUserData();
            boolean same = fingerprint.equals(last.get(FINGERPRINT));
            lastIndexed = lastDropped = 0;
            if (same && (stamp == null || stamp.equals(last.get(STAMP)))) return false;
            if (!same) {
                // only the claims that changed, came or went: a write changes a few of many
                Map<String, String> had = indexed != null ? indexed : indexed(dir);
                for (Entry e : entries) {
                    String p = prints.get(e.uri());
                    if (p.equals(had.get(e.uri()))) continue;
                    w.updateDocument(new Term(URI, e.uri()), document(e, p));
                    lastIndexed++;
                }
                for (String uri : had.keySet()) {
                    if (prints.containsKey(uri)) continue;
                    w.deleteDocuments(new Term(URI, uri));
                    lastDropped++;
                }
            }
            w.setLiveCommitData((stamp == null ? Map.of(FINGERPRINT, fingerprint) : Map.of(FINGERPRINT, fingerprint, STAMP, stamp)).entrySet());
            w.commit();
            indexed = prints;
            return !same;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the text index: " + e.getMessage(), e);
        }
    }

    /** How many claims the last refresh indexed again, and how many it dropped. */
    int[] lastChanges() { return new int[] {lastIndexed, lastDropped}; }

    /**
     * Every claim's entry. Claims stored from documents are taken from the store's claims, which a warm store
     * holds in memory and a new process reads from the snapshot: reading each quote and statement back from the
     * store's node file took minutes at a million claims. Imported RDF may spell a claim otherwise (several
     * quotes, names outside ClaimGraph's namespaces), so a store holding any is read as triples.
     */
    private List<Entry> read() {
        boolean imported = Txn.calculateRead(store.dataset(), () -> {
            for (var names = store.dataset().listModelNames(); names.hasNext();) {
                if (names.next().getURI().startsWith(CG.GRAPH + "imported/")) return true;
            }
            return false;
        });
        // outside a transaction, where the store may use its snapshot
        List<org.claimgraph.model.Claim> claims = imported ? null : store.claims();
        return Txn.calculateRead(store.dataset(), () -> {
            Model m = store.dataset().getUnionModel();
            List<Entry> out = new ArrayList<>();
            Map<Resource, Set<String>> namesOf = new java.util.HashMap<>();
            if (claims != null) {
                for (org.claimgraph.model.Claim c : claims) {
                    List<Set<String>> sets = new ArrayList<>(3);
                    if (c.subject() != null) sets.add(namesOf.computeIfAbsent(m.createResource(CG.ENTITY + c.subject()), TextIndex::names));
                    if (c.object() != null) sets.add(namesOf.computeIfAbsent(m.createResource(CG.ENTITY + c.object()), TextIndex::names));
                    if (c.metric() != null) sets.add(namesOf.computeIfAbsent(m.createResource(CG.METRIC + c.metric()), TextIndex::names));
                    out.add(new Entry(CG.claim(c.key()), c.quote(), c.statement(), sets));
                }
                return out;
            }
            for (Resource c : m.listSubjectsWithProperty(RDF.type, CG.Claim).toList()) {
                List<Set<String>> sets = new ArrayList<>(3);
                for (Property p : List.of(CG.subject, CG.object, CG.metric)) {
                    for (Statement s : c.listProperties(p).toList()) {
                        if (s.getObject().isResource()) sets.add(namesOf.computeIfAbsent(s.getResource(), TextIndex::names));
                    }
                }
                out.add(new Entry(c.getURI(), text(c, CG.quote), text(c, CG.statement), sets));
            }
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

    /** What a claim's entry indexes, as a print: equal prints, the same document. */
    private static String print(Entry e, MessageDigest md) {
        md.update(String.join("\u0000", e.uri(), e.quote(), e.statement(), String.join("\u0001", e.names())).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }

    /** The layout, the number of claims and the sum of their prints: the same whatever the order, so no sorting. */
    private static String fingerprint(java.util.Collection<String> prints) {
        long high = 0, low = 0;
        for (String p : prints) {
            high += Long.parseUnsignedLong(p.substring(0, 16), 16);
            low += Long.parseUnsignedLong(p.substring(16), 16);
        }
        return LAYOUT + " " + prints.size() + " " + HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }

    /** Each indexed claim's print, read from the index (a claim indexed by an older layout has none). */
    private static Map<String, String> indexed(Directory dir) throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        if (!DirectoryReader.indexExists(dir)) return out;
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            var fields = reader.storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) continue;
                Document d = fields.document(i, Set.of(URI, PRINT));
                out.put(d.get(URI), java.util.Objects.toString(d.get(PRINT), ""));
            }
        }
        return out;
    }

    private static Document document(Entry e, String print) {
        Document d = new Document();
        d.add(new Field(URI, e.uri(), TextIndexLucene.ftIRI));
        d.add(new org.apache.lucene.document.StoredField(PRINT, print));
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
