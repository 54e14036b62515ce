package org.claimgraph.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.model.Claim;
import org.claimgraph.model.CompareOp;
import org.claimgraph.model.Document;
import org.claimgraph.model.DocumentKind;
import org.claimgraph.model.Kind;
import org.claimgraph.model.Period;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.RankFrom;
import org.claimgraph.model.Tier;
import org.claimgraph.model.Verdict;

/**
 * The documents, claims and verdict stamps of a TDB2 store as they were at one change stamp, kept in a file
 * in its folder: derived data, like the compiled rules. A process that opens a large store reads them here
 * in seconds instead of turning millions of node ids back into terms; the file counts only while the key it
 * was written under (the store's change stamp and this program) is the current one. A small store's also holds
 * what its vocabulary and gazetteer say about the terms the claims name, so a report need not read TDB2 at all.
 */
final class Snapshot {
    private Snapshot() {}

    static final String FILE = "claims-snapshot";
    private static final String MAGIC = "claimgraph claims snapshot 2";
    private static final int END = 0x5EA1ED;

    /** What a snapshot holds; stamps is null when they were not known when it was written. */
    record Held(List<Document> documents, List<Claim> claims, Map<String, RdfMapping.Stamp> stamps, Labels labels) {}

    /**
     * What the vocabulary and the gazetteer say about each term the claims' labels name (see {@link ClaimStore#about(Set)}):
     * by term, its triples in each graph in the order the graph gave them; the two maps have the same terms.
     */
    record Labels(Map<String, List<org.apache.jena.graph.Triple>> vocabulary, Map<String, List<org.apache.jena.graph.Triple>> gazetteer) {}

    /** The snapshot written under {@code key}, or null: none, another key, or damaged (then the store is read). */
    static Held read(Path file, String key) {
        if (key == null || !Files.isRegularFile(file)) return null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(key)) return null;
            Reader r = new Reader(in);
            int nd = in.readInt();
            List<Document> docs = new ArrayList<>(nd);
            for (int i = 0; i < nd; i++) docs.add(r.document());
            int nc = in.readInt();
            List<Claim> claims = new ArrayList<>(nc);
            for (int i = 0; i < nc; i++) claims.add(r.claim());
            int ns = in.readInt();
            Map<String, RdfMapping.Stamp> stamps = ns < 0 ? null : new HashMap<>(Math.max(16, ns * 4 / 3 + 1));
            for (int i = 0; i < ns; i++) stamps.put(r.raw(), new RdfMapping.Stamp(Verdict.values()[in.readByte()], in.readLong(), in.readLong()));
            int nt = in.readInt();
            Labels labels = null;
            if (nt >= 0) {
                labels = new Labels(new HashMap<>(), new HashMap<>());
                for (int i = 0; i < nt; i++) {
                    String term = r.shared();
                    labels.vocabulary().put(term, r.triples());
                    labels.gazetteer().put(term, r.triples());
                }
            }
            return in.readInt() == END ? new Held(docs, claims, stamps, labels) : null;
        } catch (IOException | RuntimeException e) {
            return null; // a damaged or older file is only a slower start
        }
    }

    /** Writes one beside the file and moves it in place, so a reader never sees half of it; a folder that refuses it is left alone. */
    static void write(Path file, String key, Collection<Document> documents, Collection<Claim> claims, Map<String, RdfMapping.Stamp> stamps) {
        write(file, key, documents, claims, stamps, null);
    }

    /** The same with the labels' triples (null: none kept). */
    static void write(Path file, String key, Collection<Document> documents, Collection<Claim> claims, Map<String, RdfMapping.Stamp> stamps,
                      Labels labels) {
        if (key == null) return;
        // one name, so a write cut short (a server stopped mid-way) leaves one file the next write replaces
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeUTF(MAGIC);
                out.writeUTF(key);
                Writer w = new Writer(out);
                out.writeInt(documents.size());
                for (Document d : documents) w.document(d);
                out.writeInt(claims.size());
                for (Claim c : claims) w.claim(c);
                out.writeInt(stamps == null ? -1 : stamps.size());
                if (stamps != null) {
                    for (var e : stamps.entrySet()) {
                        w.raw(e.getKey());
                        out.writeByte(e.getValue().verdict().ordinal());
                        out.writeLong(e.getValue().print());
                        out.writeLong(e.getValue().print2());
                    }
                }
                out.writeInt(labels == null ? -1 : labels.vocabulary().size());
                if (labels != null) {
                    for (var e : labels.vocabulary().entrySet()) {
                        w.shared(e.getKey());
                        w.triples(e.getValue());
                        w.triples(labels.gazetteer().get(e.getKey()));
                    }
                }
                out.writeInt(END);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(file); // a stale one must not outlive a failed attempt
            } catch (IOException ignored) {
                // nothing more to do: the key keeps a stale file from counting
            }
        }
    }

    /** Writes records; a value claims repeat (ids, units, scopes, periods) goes once and is named by number after. */
    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();
        private final Map<Period, Integer> periods = new HashMap<>();

        Writer(DataOutputStream out) { this.out = out; }

        void document(Document d) throws IOException {
            shared(d.id());
            raw(d.title());
            shared(d.language());
            shared(d.publisher());
            shared(d.author());
            period(d.published());
            raw(d.url());
            out.writeByte(d.kind().ordinal());
            out.writeByte(d.tier().ordinal());
            raw(d.text());
        }

        void claim(Claim c) throws IOException {
            shared(c.docId());
            shared(c.id());
            raw(c.quote());
            shared(c.quoteLang());
            integer(c.start());
            integer(c.end());
            raw(c.statement());
            shared(c.claimant());
            shared(c.subject());
            shared(c.object());
            shared(c.metric());
            quantity(c.value());
            period(c.period());
            decimal(c.termYears());
            integer(c.rank());
            out.writeByte(c.rankFrom() == null ? -1 : c.rankFrom().ordinal());
            period(c.rankOver());
            out.writeByte(c.qualifiers().size());
            for (Qualifier q : c.qualifiers()) out.writeByte(q.ordinal());
            out.writeByte(c.kind().ordinal());
            raw(c.said());
            shared(c.scope());
            raw(c.note());
            Claim.Comparison k = c.compares();
            out.writeBoolean(k != null);
            if (k != null) {
                out.writeByte(k.op().ordinal());
                raw(k.left());
                raw(k.right());
                decimal(k.factor());
            }
            Claim.Gap g = c.between();
            out.writeByte(g == null ? 0 : g.to() == null ? 1 : 2);
            if (g != null) {
                event(g.from());
                if (g.to() != null) event(g.to());
            }
        }

        private void quantity(Quantity q) throws IOException {
            out.writeBoolean(q != null);
            if (q == null) return;
            out.writeDouble(q.value());
            shared(q.unit());
            out.writeDouble(q.low());
            out.writeDouble(q.high());
            raw(q.statedAs());
            shared(q.per());
            shared(q.noun());
            shared(q.basis());
        }

        private void event(Claim.EventRef e) throws IOException {
            shared(e.subject());
            shared(e.object());
            shared(e.metric());
        }

        private void period(Period p) throws IOException {
            if (p == null) {
                out.writeInt(-1);
                return;
            }
            Integer seen = periods.get(p);
            if (seen != null) {
                out.writeInt(seen);
                return;
            }
            out.writeInt(-2);
            periods.put(p, periods.size());
            out.writeLong(p.start() == null ? Long.MIN_VALUE : p.start().toEpochDay());
            out.writeLong(p.end() == null ? Long.MIN_VALUE : p.end().toEpochDay());
            shared(p.label());
        }

        void triples(List<org.apache.jena.graph.Triple> ts) throws IOException {
            out.writeInt(ts.size());
            for (var t : ts) {
                node(t.getSubject());
                node(t.getPredicate());
                node(t.getObject());
            }
        }

        /** A term: an IRI, a blank node by its label, or a literal with its datatype or language. */
        private void node(org.apache.jena.graph.Node n) throws IOException {
            if (n.isURI()) {
                out.writeByte(0);
                shared(n.getURI());
            } else if (n.isBlank()) {
                out.writeByte(1);
                shared(n.getBlankNodeLabel());
            } else if (n.isLiteral()) {
                out.writeByte(2);
                raw(n.getLiteralLexicalForm());
                shared(n.getLiteralLanguage());
                shared(n.getLiteralDatatypeURI());
            } else {
                throw new IOException("not a stored term: " + n); // a triple of a graph holds none other
            }
        }

        private void shared(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer seen = strings.get(s);
            if (seen != null) {
                out.writeInt(seen);
                return;
            }
            out.writeInt(-2);
            strings.put(s, strings.size());
            raw(s);
        }

        void raw(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        private void integer(Integer i) throws IOException {
            out.writeBoolean(i != null);
            if (i != null) out.writeInt(i);
        }

        private void decimal(Double d) throws IOException {
            out.writeBoolean(d != null);
            if (d != null) out.writeDouble(d);
        }
    }

    /** Reads what {@link Writer} wrote, each repeated value one object again. */
    private static final class Reader {
        private final DataInputStream in;
        private final List<String> strings = new ArrayList<>();
        private final List<Period> periods = new ArrayList<>();

        Reader(DataInputStream in) { this.in = in; }

        Document document() throws IOException {
            return new Document(shared(), raw(), shared(), shared(), shared(), period(), raw(),
                    DocumentKind.values()[in.readByte()], Tier.values()[in.readByte()], raw());
        }

        Claim claim() throws IOException {
            String docId = shared(), id = shared(), quote = raw(), lang = shared();
            Integer start = integer(), end = integer();
            String statement = raw(), claimant = shared(), subject = shared(), object = shared(), metric = shared();
            Quantity value = quantity();
            Period period = period();
            Double term = decimal();
            Integer rank = integer();
            byte from = in.readByte();
            Period over = period();
            Set<Qualifier> qs = EnumSet.noneOf(Qualifier.class);
            for (int n = in.readByte(); n > 0; n--) qs.add(Qualifier.values()[in.readByte()]);
            Kind kind = Kind.values()[in.readByte()];
            String said = raw(), scope = shared(), note = raw();
            Claim.Comparison k = null;
            if (in.readBoolean()) k = new Claim.Comparison(CompareOp.values()[in.readByte()], raw(), raw(), decimal());
            Claim.Gap gap = null;
            byte g = in.readByte();
            if (g > 0) {
                Claim.EventRef e = event();
                gap = new Claim.Gap(e, g == 2 ? event() : null);
            }
            return new Claim(docId, id, quote, lang, start, end, statement, claimant, subject, object, metric, value, period, term, rank,
                    from < 0 ? null : RankFrom.values()[from], over, qs, kind, said, scope, note, k, gap);
        }

        private Quantity quantity() throws IOException {
            if (!in.readBoolean()) return null;
            return new Quantity(in.readDouble(), shared(), in.readDouble(), in.readDouble(), raw(), shared(), shared(), shared());
        }

        private Claim.EventRef event() throws IOException { return new Claim.EventRef(shared(), shared(), shared()); }

        private Period period() throws IOException {
            int n = in.readInt();
            if (n == -1) return null;
            if (n >= 0) return periods.get(n);
            long s = in.readLong(), e = in.readLong();
            Period p = new Period(s == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(s), e == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(e), shared());
            periods.add(p);
            return p;
        }

        List<org.apache.jena.graph.Triple> triples() throws IOException {
            int n = in.readInt();
            List<org.apache.jena.graph.Triple> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(org.apache.jena.graph.Triple.create(node(), node(), node()));
            return out;
        }

        private org.apache.jena.graph.Node node() throws IOException {
            return switch (in.readByte()) {
                case 0 -> org.apache.jena.graph.NodeFactory.createURI(shared());
                case 1 -> org.apache.jena.graph.NodeFactory.createBlankNode(shared());
                case 2 -> {
                    String lexical = raw(), lang = shared(), datatype = shared();
                    yield lang != null && !lang.isEmpty() ? org.apache.jena.graph.NodeFactory.createLiteralLang(lexical, lang)
                            : org.apache.jena.graph.NodeFactory.createLiteralDT(lexical, org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(datatype));
                }
                default -> throw new IOException("not a term");
            };
        }

        private String shared() throws IOException {
            int n = in.readInt();
            if (n == -1) return null;
            if (n >= 0) return strings.get(n);
            String s = raw();
            strings.add(s);
            return s;
        }

        String raw() throws IOException {
            int n = in.readInt();
            if (n < 0) return null;
            return new String(in.readNBytes(n), StandardCharsets.UTF_8);
        }

        private Integer integer() throws IOException { return in.readBoolean() ? in.readInt() : null; }

        private Double decimal() throws IOException { return in.readBoolean() ? in.readDouble() : null; }
    }
}
