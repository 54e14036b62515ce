package org.claimgraph.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.claimgraph.model.CompareOp;
import org.claimgraph.model.Document;
import org.claimgraph.model.DocumentKind;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Finding;
import org.claimgraph.model.Kind;
import org.claimgraph.model.Period;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.RankFrom;
import org.claimgraph.model.Tier;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Nif;
import org.claimgraph.vocab.Prov;
import org.claimgraph.vocab.Schema;

/** The one place where the model is written as RDF and read back, every read cardinality-checked. */
final class RdfMapping {
    private RdfMapping() {}

    // ---- writing ----

    static Model document(Document d, List<Claim> claims, Resource activity) {
        return document(ModelFactory.createDefaultModel(), d, claims, activity);
    }

    /** The document's and its claims' triples written into {@code m} (a {@link #sink} when they are only passed on). */
    static Model document(Model m, Document d, List<Claim> claims, Resource activity) {
        Resource doc = m.createResource(CG.doc(d.id()))
                .addProperty(RDF.type, CG.Document).addProperty(RDF.type, Schema.CreativeWork).addProperty(RDF.type, Nif.Context)
                .addProperty(CG.docId, d.id()).addProperty(Schema.name, d.title())
                .addProperty(Schema.inLanguage, d.language()).addProperty(Schema.publisher, d.publisher())
                .addProperty(CG.documentKind, CG.term(d.kind().json)).addProperty(CG.tier, CG.term(d.tier().json));
        if (d.published() != null) doc.addProperty(Schema.datePublished, dateLiteral(m, d.published().label()));
        if (d.author() != null) doc.addProperty(Schema.author, d.author());
        if (d.url() != null) doc.addProperty(Schema.url, m.createResource(d.url()));
        if (d.text() != null) doc.addProperty(Nif.isString, d.text());
        for (Claim c : claims) claim(m, c, activity);
        return m;
    }

    private static Literal dateLiteral(Model m, String label) {
        if (label.matches("\\d{4}")) return m.createTypedLiteral(label, XSDDatatype.XSDgYear);
        if (label.matches("\\d{4}-\\d{2}")) return m.createTypedLiteral(label, XSDDatatype.XSDgYearMonth);
        return m.createTypedLiteral(label, XSDDatatype.XSDdate);
    }

    /** One claim's triples, as {@link #document} writes them. */
    static Model claim(Claim c, Resource activity) {
        Model m = ModelFactory.createDefaultModel();
        claim(m, c, activity);
        return m;
    }

    /** A resource's statements and those of the blank nodes it owns: what a claim is in its graph. */
    static Model closure(Model m, Resource r) {
        Model out = ModelFactory.createDefaultModel();
        java.util.Deque<Resource> todo = new java.util.ArrayDeque<>(List.of(r));
        java.util.Set<Resource> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Resource x = todo.pop();
            if (!seen.add(x)) continue;
            for (Statement s : m.listStatements(x, null, (RDFNode) null).toList()) {
                out.add(s);
                if (s.getObject().isAnon()) todo.push(s.getObject().asResource());
            }
        }
        return out;
    }

    private static void claim(Model m, Claim c, Resource activity) {
        Resource r = m.createResource(CG.claim(c.key()))
                .addProperty(RDF.type, CG.Claim).addProperty(RDF.type, Schema.Claim)
                .addProperty(CG.claimId, c.id()).addProperty(CG.inDocument, m.createResource(CG.doc(c.docId())))
                .addProperty(Schema.appearance, m.createResource(CG.doc(c.docId())))
                .addProperty(CG.quote, c.quote(), c.quoteLang()).addProperty(CG.statement, c.statement(), "en")
                .addProperty(CG.claimant, claimant(m, c.claimant())).addProperty(CG.kind, CG.term(c.kind().json));
        if (activity != null) r.addProperty(Prov.wasGeneratedBy, activity);
        if (c.start() != null) {
            r.addLiteral(Nif.beginIndex, m.createTypedLiteral(c.start().toString(), XSDDatatype.XSDnonNegativeInteger))
             .addLiteral(Nif.endIndex, m.createTypedLiteral(c.end().toString(), XSDDatatype.XSDnonNegativeInteger))
             .addProperty(Nif.referenceContext, m.createResource(CG.doc(c.docId())));
        }
        if (c.subject() != null) r.addProperty(CG.subject, m.createResource(CG.ENTITY + c.subject()));
        if (c.object() != null) r.addProperty(CG.object, m.createResource(CG.ENTITY + c.object()));
        if (c.metric() != null) r.addProperty(CG.metric, m.createResource(CG.METRIC + c.metric()));
        if (c.value() != null) r.addProperty(CG.value, quantity(m, c.value()));
        if (c.period() != null) {
            Period p = c.period();
            if (p.start() != null) r.addLiteral(CG.periodStart, m.createTypedLiteral(p.start().toString(), XSDDatatype.XSDdate));
            if (p.end() != null) r.addLiteral(CG.periodEnd, m.createTypedLiteral(p.end().toString(), XSDDatatype.XSDdate));
            r.addProperty(CG.periodLabel, p.label());
        }
        if (c.termYears() != null) r.addLiteral(CG.termYears, decimal(m, c.termYears()));
        if (c.rank() != null) r.addLiteral(CG.rank, m.createTypedLiteral(c.rank().toString(), XSDDatatype.XSDinteger));
        if (c.rankFrom() != null) r.addProperty(CG.rankFrom, CG.term(c.rankFrom().json));
        if (c.rankOver() != null) {
            Period w = c.rankOver();
            if (w.start() != null) r.addLiteral(CG.rankOverStart, m.createTypedLiteral(w.start().toString(), XSDDatatype.XSDdate));
            r.addLiteral(CG.rankOverEnd, m.createTypedLiteral(w.end().toString(), XSDDatatype.XSDdate));
            r.addProperty(CG.rankOver, w.label());
        }
        for (Qualifier q : c.qualifiers()) r.addProperty(CG.qualifier, CG.term(q.json));
        if (c.said() != null) r.addProperty(CG.said, c.said());
        if (c.scope() != null) r.addProperty(CG.scope, c.scope());
        if (c.note() != null) r.addProperty(CG.note, c.note());
        if (c.compares() != null) {
            Claim.Comparison k = c.compares();
            Resource b = m.createResource().addProperty(CG.operator, CG.term(k.op().json))
                    .addProperty(CG.left, m.createResource(CG.claim(k.left()))).addProperty(CG.right, m.createResource(CG.claim(k.right())));
            if (k.factor() != null) b.addLiteral(CG.factor, decimal(m, k.factor()));
            r.addProperty(CG.compares, b);
        }
        if (c.between() != null) {
            r.addProperty(CG.gapFrom, event(m, c.between().from()));
            if (!c.between().toClaimDate()) r.addProperty(CG.gapTo, event(m, c.between().to())); // absent: up to the claim's own date
        }
    }

    private static Resource claimant(Model m, String claimant) {
        return org.claimgraph.vocab.Vocabulary.CLAIMANT_GROUPS.contains(claimant) ? CG.term(claimant) : m.createResource(CG.ENTITY + claimant);
    }

    private static Resource event(Model m, Claim.EventRef e) {
        Resource b = m.createResource().addProperty(CG.subject, m.createResource(CG.ENTITY + e.subject()))
                .addProperty(CG.metric, m.createResource(CG.METRIC + e.metric()));
        if (e.object() != null) b.addProperty(CG.object, m.createResource(CG.ENTITY + e.object()));
        return b;
    }

    private static Resource quantity(Model m, Quantity q) {
        Resource b = m.createResource().addProperty(RDF.type, CG.Quantity).addProperty(RDF.type, Schema.QuantitativeValue)
                .addLiteral(Schema.value, decimal(m, q.value())).addProperty(CG.unit, m.createResource(CG.UNIT + q.unit()))
                .addProperty(CG.statedAs, q.statedAs());
        if (Double.isFinite(q.low())) b.addLiteral(Schema.minValue, decimal(m, q.low()));
        if (Double.isFinite(q.high())) b.addLiteral(Schema.maxValue, decimal(m, q.high()));
        if (q.per() != null) b.addProperty(CG.per, m.createResource(CG.UNIT + q.per()));
        if (q.basis() != null) b.addProperty(CG.basis, m.createResource(CG.UNIT + q.basis()));
        if (q.noun() != null) b.addProperty(CG.noun, q.noun());
        return b;
    }

    static Literal decimal(Model m, double v) {
        return m.createTypedLiteral(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Model entities(List<Entity> entities) { return entities(ModelFactory.createDefaultModel(), entities); }

    static Model entities(Model m, List<Entity> entities) {
        for (Entity e : entities) {
            Resource r = m.createResource(CG.ENTITY + e.id()).addProperty(RDF.type, CG.Entity)
                    .addProperty(RDF.type, m.createResource(typeIri(e.type())))
                    .addProperty(RDFS.label, e.labelEn(), "en");
            if (e.labelZh() != null) r.addProperty(RDFS.label, e.labelZh(), "zh");
            for (String a : e.aliases()) r.addProperty(SKOS.altLabel, a);
            if (e.role() != null) r.addProperty(CG.role, e.role());
            for (String s : e.sameAs()) r.addProperty(OWL.sameAs, m.createResource(s));
            if (e.southernHemisphere()) r.addLiteral(CG.southernHemisphere, true);
        }
        return m;
    }

    private static String typeIri(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "person" -> Schema.NS + "Person";
            case "place" -> Schema.NS + "Place";
            case "index" -> CG.NS + "Index";
            case "topic" -> CG.NS + "Topic";
            case "group" -> CG.NS + "Group";
            default -> Schema.NS + "Organization";
        };
    }

    /**
     * A model that holds nothing and hands each triple written into it to {@code out}, repeats included:
     * a bulk load passes millions on, and an indexed model per document was a tenth of its time.
     */
    static Model sink(Consumer<Triple> out) {
        return ModelFactory.createModelForGraph(new org.apache.jena.graph.impl.GraphBase() {
            @Override public void performAdd(Triple t) { out.accept(t); }

            @Override protected org.apache.jena.util.iterator.ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                throw new UnsupportedOperationException("a sink is written, not read");
            }
        });
    }

    /**
     * The assessments as triples, handed one at a time to {@code out}: no model in between, since a full
     * check writes millions of them.
     */
    static void assessments(List<Assessment> assessments, Node run, Consumer<Triple> out) {
        assessments(assessments, run, new java.util.HashSet<>(), out);
    }

    /** The same, the names of numbers in {@code declared} already declared (a check writes in many parts). */
    static void assessments(List<Assessment> assessments, Node run, Set<String> declared, Consumer<Triple> out) {
        assessments(assessments, run, declared, (a, i) -> NodeFactory.createBlankNode(), out);
    }

    /** The same, each finding's node made by {@code findingNode} from its assessment and place. */
    static void assessments(List<Assessment> assessments, Node run, Set<String> declared,
                            java.util.function.BiFunction<Assessment, Integer, Node> findingNode, Consumer<Triple> out) {
        Node type = RDF.type.asNode();
        for (Assessment a : assessments) {
            int place = 0;
            Node r = NodeFactory.createURI(CG.assessment(a.claim()));
            out.accept(Triple.create(r, type, CG.Assessment.asNode()));
            out.accept(Triple.create(r, type, Schema.ClaimReview.asNode()));
            out.accept(Triple.create(r, Schema.itemReviewed.asNode(), NodeFactory.createURI(CG.claim(a.claim()))));
            out.accept(Triple.create(r, CG.verdict.asNode(), CG.term(a.verdict().name()).asNode()));
            out.accept(Triple.create(r, CG.reason.asNode(), NodeFactory.createLiteralLang(a.reason(), "en")));
            out.accept(Triple.create(r, Prov.wasGeneratedBy.asNode(), run));
            for (String cv : new java.util.LinkedHashSet<>(a.caveats())) out.accept(Triple.create(r, CG.caveat.asNode(), NodeFactory.createLiteralLang(cv, "en")));
            for (Finding f : a.findings()) {
                Node fr = findingNode.apply(a, place++);
                out.accept(Triple.create(fr, type, CG.Finding.asNode()));
                out.accept(Triple.create(fr, CG.rule.asNode(), NodeFactory.createLiteralString(f.rule())));
                out.accept(Triple.create(fr, CG.effect.asNode(), CG.term(f.effect().name()).asNode()));
                out.accept(Triple.create(fr, CG.findingKind.asNode(), CG.term(f.kind().name()).asNode()));
                out.accept(Triple.create(fr, CG.message.asNode(), NodeFactory.createLiteralLang(f.message(), "en")));
                if (f.caveat() != null) out.accept(Triple.create(fr, CG.caveat.asNode(), NodeFactory.createLiteralLang(f.caveat(), "en")));
                for (String u : new java.util.LinkedHashSet<>(f.used())) out.accept(Triple.create(fr, CG.usedClaim.asNode(), NodeFactory.createURI(CG.claim(u))));
                f.numbers().forEach((k, v) -> {
                    if (!Double.isFinite(v)) return;
                    // one triple a number (a blank node of four made most of a check's writes)
                    Node p = NodeFactory.createURI(numberProperty(k));
                    if (declared.add(k)) out.accept(Triple.create(p, RDFS.subPropertyOf.asNode(), CG.number.asNode()));
                    out.accept(Triple.create(fr, p,
                            NodeFactory.createLiteralDT(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal)));
                });
                out.accept(Triple.create(r, CG.finding.asNode(), fr));
            }
        }
    }

    /**
     * Whether two assessments would be stored as the same triples: what the store does not keep (an
     * evidence finding's authority, numbers that are not finite, the order of caveats, findings and used
     * claims) does not count, so one read back from the store equals the one a check just made.
     */
    static boolean sameStored(Assessment a, Assessment b) {
        return b != null && (a.equals(b) || storedForm(a).equals(storedForm(b))); // equal in memory: equal stored, without building both forms
    }

    /**
     * What the index keeps of a stored assessment once it lets the assessments go: the verdict, and a
     * 128-bit print of the stored form (equal prints: stored as the same triples, as {@link #sameStored}).
     */
    record Stamp(org.claimgraph.model.Verdict verdict, long print, long print2) {
        static Stamp of(Assessment a) {
            long[] h = {0xcbf29ce484222325L, 0x9E3779B97F4A7C15L};
            mix(h, storedForm(a));
            return new Stamp(a.verdict(), h[0], h[1]);
        }

        boolean same(Assessment a) { return equals(of(a)); }

        /** Each string with its length and each collection with its size, so no two forms run together. */
        private static void mix(long[] h, Object o) {
            if (o instanceof java.util.Collection<?> c) {
                add(h, 0x10000 + c.size());
                for (Object x : c) mix(h, x);
            } else if (o instanceof java.util.Map<?, ?> m) {
                add(h, 0x20000 + m.size());
                m.forEach((k, v) -> { mix(h, k); mix(h, v); });
            } else {
                String t = String.valueOf(o);
                add(h, 0x30000 + t.length());
                for (int i = 0; i < t.length(); i++) add(h, t.charAt(i));
            }
        }

        private static void add(long[] h, int x) {
            h[0] = (h[0] ^ x) * 0x100000001B3L; // FNV-1a
            h[1] = Long.rotateLeft(h[1] ^ x, 23) * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
        }
    }

    private static List<Object> storedForm(Assessment a) {
        List<String> findings = new ArrayList<>();
        for (Finding f : a.findings()) {
            java.util.Map<String, String> numbers = new java.util.TreeMap<>();
            f.numbers().forEach((k, v) -> { if (Double.isFinite(v)) numbers.put(k, BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()); });
            findings.add(List.of(f.rule(), f.effect(), f.kind(), f.message(), numbers, new java.util.TreeSet<>(f.used()),
                    java.util.Objects.toString(f.caveat(), "")).toString());
        }
        findings.sort(null);
        return List.of(a.claim(), a.verdict(), a.reason(), new java.util.TreeSet<>(a.caveats()), findings);
    }

    /** The property a computed number is stated with: cgn: and its name, percent-encoded where an IRI needs it. */
    static String numberProperty(String name) {
        return CG.NUMBER + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- reading ----

    static Document readDocument(Resource d) {
        String id = string(d, CG.docId, true);
        RDFNode pub = one(d, Schema.datePublished, false); // none: the date is unknown
        Statement url = d.getProperty(Schema.url);
        return new Document(id, string(d, Schema.name, true), string(d, Schema.inLanguage, true), string(d, Schema.publisher, true),
                string(d, Schema.author, false), pub == null ? null : org.claimgraph.vocab.Periods.parse(pub.asLiteral().getLexicalForm()),
                url == null ? null : url.getObject().isResource() ? url.getResource().getURI() : url.getString(),
                enumOf(DocumentKind.values(), local(one(d, CG.documentKind, true)), d, CG.documentKind),
                enumOf(Tier.values(), local(one(d, CG.tier, true)), d, CG.tier), string(d, Nif.isString, false));
    }

    static Claim readClaim(Resource r) {
        return readClaim(r, Shared.NONE);
    }

    /**
     * One copy of each value a store's claims repeat (ids of documents, entities, measures and units, claim ids,
     * scopes, periods), kept for one read of many claims: a million claims name some thousands, and each
     * value read anew was most of the heap the claims took.
     */
    static final class Shared {
        static final Shared NONE = new Shared(null);
        private final Map<Object, Object> seen;

        private Shared(Map<Object, Object> seen) { this.seen = seen; }

        static Shared forOneRead() { return new Shared(new java.util.HashMap<>()); }

        @SuppressWarnings("unchecked")
        <T> T of(T x) {
            if (x == null || seen == null) return x;
            Object had = seen.putIfAbsent(x, x);
            return had == null ? x : (T) had;
        }
    }

    /** A claim, its repeated values taken from {@code shared}. */
    static Claim readClaim(Resource r, Shared shared) {
        Resource doc = one(r, CG.inDocument, true).asResource();
        String docId = shared.of(doc.getURI().substring(CG.DOC.length()));
        Literal quote = one(r, CG.quote, true).asLiteral();
        Set<Qualifier> qs = EnumSet.noneOf(Qualifier.class);
        for (Statement s : r.listProperties(CG.qualifier).toList()) qs.add(enumOf(Qualifier.values(), local(s.getObject()), r, CG.qualifier));
        Period period = null;
        Statement ps = r.getProperty(CG.periodLabel);
        if (ps != null) period = storedPeriod(r, ps.getString());
        Claim.Comparison cmp = null;
        RDFNode k = one(r, CG.compares, false);
        if (k != null) {
            Resource kr = k.asResource();
            RDFNode f = one(kr, CG.factor, false);
            cmp = new Claim.Comparison(enumOf(CompareOp.values(), local(one(kr, CG.operator, true)), kr, CG.operator),
                    claimKey(one(kr, CG.left, true).asResource()), claimKey(one(kr, CG.right, true).asResource()),
                    f == null ? null : f.asLiteral().getDouble());
        }
        Claim.Gap gap = null;
        RDFNode from = one(r, CG.gapFrom, false), to = one(r, CG.gapTo, false);
        if (from != null) gap = new Claim.Gap(event(from.asResource()), to == null ? null : event(to.asResource()));
        RDFNode term = one(r, CG.termYears, false), rank = one(r, CG.rank, false), rankFrom = one(r, CG.rankFrom, false);
        RDFNode begin = one(r, Nif.beginIndex, false), end = one(r, Nif.endIndex, false);
        return new Claim(docId, shared.of(string(r, CG.claimId, true)), quote.getString(), quote.getLanguage().isEmpty() ? null : shared.of(quote.getLanguage()),
                begin == null ? null : begin.asLiteral().getInt(), end == null ? null : end.asLiteral().getInt(),
                string(r, CG.statement, true), shared.of(local(one(r, CG.claimant, true))), shared.of(idOf(r, CG.subject)), shared.of(idOf(r, CG.object)),
                shared.of(idOf(r, CG.metric)), readQuantity(r, shared), shared.of(period), term == null ? null : term.asLiteral().getDouble(),
                rank == null ? null : rank.asLiteral().getInt(),
                rankFrom == null ? null : enumOf(RankFrom.values(), local(rankFrom), r, CG.rankFrom), rankOver(r, period), qs,
                enumOf(Kind.values(), local(one(r, CG.kind, true)), r, CG.kind),
                string(r, CG.said, false), shared.of(string(r, CG.scope, false)), string(r, CG.note, false), cmp, gap);
    }

    private static Claim.EventRef event(Resource e) {
        return new Claim.EventRef(idOf(e, CG.subject), idOf(e, CG.object), idOf(e, CG.metric));
    }

    private static Quantity readQuantity(Resource r, Shared shared) {
        RDFNode n = one(r, CG.value, false);
        if (n == null) return null;
        Resource q = n.asResource();
        RDFNode lo = one(q, Schema.minValue, false), hi = one(q, Schema.maxValue, false), per = one(q, CG.per, false), basis = one(q, CG.basis, false);
        return new Quantity(one(q, Schema.value, true).asLiteral().getDouble(), shared.of(local(one(q, CG.unit, true))),
                lo == null ? Double.NEGATIVE_INFINITY : lo.asLiteral().getDouble(),
                hi == null ? Double.POSITIVE_INFINITY : hi.asLiteral().getDouble(),
                string(q, CG.statedAs, true), per == null ? null : shared.of(local(per)), shared.of(string(q, CG.noun, false)),
                basis == null ? null : shared.of(local(basis)));
    }

    static String claimKey(Resource claim) {
        String rest = claim.getURI().substring(CG.DOC.length());
        return rest.replace("/claim/", "/");
    }

    private static String idOf(Resource r, Property p) {
        RDFNode n = one(r, p, false);
        return n == null ? null : local(n);
    }

    /** The local part of an IRI in one of ClaimGraph's namespaces, as the JSON spells it. */
    static String local(RDFNode n) {
        String u = n.asResource().getURI();
        int i = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        String l = u.substring(i + 1);
        if (u.startsWith(CG.NS)) return l.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return l;
    }

    private static <E extends Enum<E>> E enumOf(E[] values, String json, Resource where, Property p) {
        for (E e : values) if (e.name().replace('_', '-').equalsIgnoreCase(json)) return e;
        throw new IllegalStateException(where + " has an unknown " + p.getLocalName() + " \"" + json + "\"");
    }

    /** A claim's period from its stored bounds (relative and fiscal forms need no re-reading), else from its label. */
    /** A record's window as stored: its dates, or read again from its label against the claim's period when they are absent. */
    private static Period rankOver(Resource r, Period period) {
        RDFNode label = one(r, CG.rankOver, false);
        if (label == null) return null;
        RDFNode start = one(r, CG.rankOverStart, false), end = one(r, CG.rankOverEnd, false);
        String text = label.asLiteral().getString();
        if (end == null) return org.claimgraph.vocab.RecordWindows.parse(text, period);
        return new Period(start == null ? null : java.time.LocalDate.parse(start.asLiteral().getLexicalForm()),
                java.time.LocalDate.parse(end.asLiteral().getLexicalForm()), text);
    }

    private static Period storedPeriod(Resource r, String label) {
        RDFNode start = one(r, CG.periodStart, false), end = one(r, CG.periodEnd, false);
        if (start == null && end == null) return org.claimgraph.vocab.Periods.parse(label);
        return new Period(start == null ? null : java.time.LocalDate.parse(start.asLiteral().getLexicalForm()),
                end == null ? null : java.time.LocalDate.parse(end.asLiteral().getLexicalForm()), label);
    }

    private static RDFNode one(Resource r, Property p, boolean required) {
        List<Statement> ss = r.listProperties(p).toList();
        if (ss.size() > 1) throw new IllegalStateException(r + " has " + ss.size() + " values of " + p + ", expected at most one");
        if (ss.isEmpty()) {
            if (required) throw new IllegalStateException(r + " has no " + p);
            return null;
        }
        return ss.get(0).getObject();
    }

    private static String string(Resource r, Property p, boolean required) {
        RDFNode n = one(r, p, required);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getString() : n.asResource().getURI();
    }

    static Assessment readAssessment(Resource a) {
        String claim = claimKey(one(a, Schema.itemReviewed, true).asResource());
        List<String> caveats = new ArrayList<>();
        a.listProperties(CG.caveat).forEach(s -> caveats.add(s.getString()));
        List<Finding> findings = new ArrayList<>();
        for (Statement s : a.listProperties(CG.finding).toList()) {
            Resource f = s.getResource();
            java.util.Map<String, Double> numbers = new java.util.TreeMap<>(); // by name: the store keeps no order
            for (Statement n : f.listProperties().toList()) {
                String p = n.getPredicate().getURI();
                if (!p.startsWith(CG.NUMBER)) continue;
                String name = java.net.URLDecoder.decode(p.substring(CG.NUMBER.length()), java.nio.charset.StandardCharsets.UTF_8);
                if (numbers.put(name, n.getLiteral().getDouble()) != null) throw new IllegalStateException(f + " has more than one value of " + p);
            }
            List<String> used = new ArrayList<>();
            f.listProperties(CG.usedClaim).forEach(u -> used.add(claimKey(u.getResource())));
            findings.add(new Finding(string(f, CG.rule, true), claim,
                    enumOf(org.claimgraph.model.Effect.values(), local(one(f, CG.effect, true)), f, CG.effect),
                    enumOf(org.claimgraph.model.FindingKind.values(), local(one(f, CG.findingKind, true)), f, CG.findingKind),
                    string(f, CG.message, true), numbers, used, string(f, CG.caveat, false), 0, null));
        }
        findings.sort(java.util.Comparator.comparing(Finding::rule).thenComparing(Finding::message));
        return new Assessment(claim, enumOf(org.claimgraph.model.Verdict.values(), local(one(a, CG.verdict, true)), a, CG.verdict),
                string(a, CG.reason, true), caveats, findings);
    }
}
