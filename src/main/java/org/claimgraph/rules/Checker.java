package org.claimgraph.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.claimgraph.vocab.Vocabulary;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.Metric;
import org.claimgraph.model.MetricType;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.Settings;
import org.claimgraph.model.Verdict;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules over claims in three phases (findings, then conflicts and tensions resolved, then
 * verdicts) and turns what they derived into one assessment per claim.
 */
public final class Checker {

    private final RuleBase rules;
    private final Vocabulary vocabulary;
    private final Settings settings;
    private final int batch;
    private final ScopeTerms terms = new ScopeTerms();

    public Checker(RuleBase rules, Vocabulary vocabulary, Settings settings) {
        this(rules, vocabulary, settings, BATCH);
    }

    Checker(RuleBase rules, Vocabulary vocabulary, Settings settings, int batch) {
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.batch = batch;
    }

    /** Whether this checker runs these rules over this vocabulary (what its caches were made from). */
    public boolean uses(RuleBase rules, Vocabulary vocabulary) { return this.rules == rules && this.vocabulary == vocabulary; }

    /** Assesses every claim, using all of them (and their documents) as the evidence base; in the order of the claims. */
    public List<Assessment> check(Collection<Document> documents, Collection<Claim> claims) {
        Map<String, Assessment> byClaim = new HashMap<>();
        check(documents, claims, part -> part.forEach(a -> byClaim.put(a.claim(), a)));
        List<Assessment> out = new ArrayList<>(claims.size());
        for (Claim c : claims) out.add(byClaim.get(c.key()));
        return out;
    }

    /**
     * Assesses every claim like {@link #check(Collection, Collection)}, handing the assessments to {@code each}
     * a batch at a time, on this thread, as the batches finish: a full check need not hold them all. Sessions
     * run at most a few batches ahead of {@code each}, so a slow consumer holds back the rules, not the heap.
     * What {@code each} throws stops the check and is thrown as it was.
     */
    public void check(Collection<Document> documents, Collection<Claim> claims, Consumer<List<Assessment>> each) {
        java.util.ArrayDeque<Partitions.Batch<Link>> batches = new java.util.ArrayDeque<>(batches(documents, claims));
        if (batches.size() <= 1) {
            each.accept(run(batches.isEmpty() ? new Partitions.Batch<>(List.of(), List.of()) : batches.poll()));
            return;
        }
        // groups no rule joins across, checked side by side: the same findings as one session over everything
        java.util.ArrayDeque<java.util.concurrent.Future<List<Assessment>>> running = new java.util.ArrayDeque<>();
        try {
            while (!batches.isEmpty() || !running.isEmpty()) {
                while (!batches.isEmpty() && running.size() < AHEAD) {
                    Partitions.Batch<Link> b = batches.poll(); // a batch leaves the queue when it starts: its facts go once it is done
                    running.add(POOL.submit(() -> run(b)));
                }
                each.accept(running.poll().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the check was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            running.forEach(p -> p.cancel(true)); // after a failure the rest are not wanted; done ones ignore it
        }
    }

    /**
     * The claims in batches of groups no rule joins across, as links: each batch's facts are made by the
     * session that checks it, so they die young (made all at once, a million of them outlived many
     * collections, and the collector marked them again and again while the rules ran).
     */
    private List<Partitions.Batch<Link>> batches(Collection<Document> documents, Collection<Claim> claims) {
        Map<String, Document> docs = new HashMap<>();
        documents.forEach(d -> docs.put(d.id(), d));
        Map<ScopeGroup, Object> scopes = scopes(claims);
        List<Link> links = (claims.size() < PARALLEL_FACTS ? claims.stream() : claims.parallelStream())
                .map(c -> link(c, docs.get(c.docId()), scopes)).toList();
        for (Link l : links) {
            Claim c = l.claim();
            if (l.doc() == null) throw new IllegalStateException("claim " + c.key() + " names document " + c.docId() + ", which is not in the store");
        }
        return Partitions.of(links, batch);
    }

    /** Batches in sessions or waiting to be taken: enough to keep every core busy while one batch is handed over. */
    private static final int AHEAD = 2 * Runtime.getRuntime().availableProcessors() + 1;

    /**
     * The threads sessions run on, one per core, shared by every check of the process: an add's few batches
     * would otherwise pay for starting threads.
     */
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "claimgraph-check");
                t.setDaemon(true);
                return t;
            });

    /** Facts per rule session: small sessions keep the working memory (and the heap) small. */
    static final int BATCH = 125;

    /** One session: the batch's own claims are assessed, its evidence from elsewhere only read. */
    private List<Assessment> run(Partitions.Batch<Link> b) {
        List<Fact> own = new ArrayList<>(b.own().size());
        LastAnswer last = new LastAnswer();
        for (Link l : b.own()) own.add(fact(l, last));
        List<Fact> all = new ArrayList<>(own);
        for (Link l : b.evidence()) all.add(fact(l, last));
        Context ctx = new Context(vocabulary, settings);
        KieSession s = rules.newSession();
        try {
            s.setGlobal("ctx", ctx);
            s.insert(settings); // conditions read the tolerances from this fact, not from the global
            for (Fact f : all) {
                ctx.add(f); // before the rules fire: they look claims up by key
                s.insert(f);
            }
            s.fireAllRules();
            for (String phase : PHASES) {
                var group = s.getAgenda().getAgendaGroup(phase);
                if (group == null) continue; // a folder of rules without this phase's: nothing to fire
                group.setFocus();
                s.fireAllRules();
            }
            return assessments(own, s);
        } finally {
            s.dispose();
        }
    }

    /** The groups fired after the findings, in order: conflicts resolved, then verdicts. */
    private static final List<String> PHASES = List.of("resolve", "verdict");

    /** Per subject: a subject's claims are many. */
    private final Map<String, java.util.Optional<String>> currencies = new ConcurrentHashMap<>();

    /** Fewer claims than this are made facts on one thread: an add's few are not worth the hand-over. */
    static final int PARALLEL_FACTS = 2_000;

    /** What the facts take from a metric's entry in the vocabulary, and a claim without scope from its names. */
    private record MetricFacts(Metric metric, String changeBase, String[] quotient, String complement, Set<String> distinct, Set<String> described) {}

    /** Per metric: a metric's claims are many. */
    private final Map<String, MetricFacts> metrics = new ConcurrentHashMap<>();

    private MetricFacts metricFacts(String id) {
        Metric m = vocabulary.metric(id);
        if (m == null) return new MetricFacts(null, null, null, null, terms.distinct(null, null), terms.described(null, null));
        return new MetricFacts(m, vocabulary.changeBase(m.id()), vocabulary.quotientOf(m.id()), vocabulary.complementOf(m.id()),
                terms.distinct(null, m), terms.described(null, m));
    }

    /**
     * A claim as the groups are made from it: what links it to others, and what making its fact needs
     * besides the claim (its document, whether its scope is its document's sole one, its figure as compared,
     * its metric's entry). The figure is the claim's own unless it was converted, so holding it costs little.
     * The key is made once here: the groups and the fact both ask for it.
     */
    record Link(String key, Claim claim, Document doc, boolean sole, org.claimgraph.model.Quantity value, MetricFacts mf) implements Partitions.Linked {
        public String id() { return claim.id(); }
        public String docId() { return claim.docId(); }
        public String subject() { return claim.subject(); }
        public String object() { return claim.object(); }
        public String metric() { return claim.metric(); }
        public String metricType() { return mf == null || mf.metric() == null ? null : mf.metric().type().name(); }
        public String family() { return mf == null || mf.metric() == null ? null : mf.metric().family(); }
        public Integer rank() { return claim.rank(); }
        public org.claimgraph.model.Period getRankOver() { return claim.rankOver(); }
        public Claim.Gap getGap() { return claim.between(); }
        public String compareOp() { return claim.compares() == null ? null : claim.compares().op().json; }
        public String compareLeft() { return claim.compares() == null ? null : claim.compares().left(); }
        public String compareRight() { return claim.compares() == null ? null : claim.compares().right(); }
        public String changeOf() { return mf == null || mf.metric() == null ? null : mf.changeBase(); }
        public String numerator() { return mf == null || mf.metric() == null || mf.quotient() == null ? null : mf.quotient()[0]; }
        public String complementOf() { return mf == null || mf.metric() == null ? null : mf.complement(); }
        public String unit() { return value == null ? null : value.basis() == null ? value.unit() : value.unit() + "/" + value.basis(); }
        public boolean isMoney() { return Calc.currency(unit()) != null; }
    }

    Link link(Claim c, Document d, Map<ScopeGroup, Object> scopes) {
        MetricFacts mf = c.metric() == null ? null : cached(metrics, c.metric(), this::metricFacts);
        return new Link(c.key(), c, d, scopes.get(scopeGroup(c)) != MIXED, comparable(c, mf == null ? null : mf.metric()), mf);
    }

    /** The figure as compared: in base units (MW and GW in watts, weekly rates per year, prices per cubic metre), a multiple's growth as a percent. */
    private org.claimgraph.model.Quantity comparable(Claim c, Metric m) {
        // a figure for one of something meets only figures for one of the same (the unit says what for)
        var v = c.value() == null ? null : vocabulary.comparable(c.value(),
                m != null && (m.type() == MetricType.CHANGE || m.type() == MetricType.GROWTH));
        return v != null && m != null && m.type() == MetricType.GROWTH && "times".equals(v.unit()) ? growthOfMultiple(v) : v;
    }

    Fact fact(Claim c, Document d, Map<ScopeGroup, Object> scopes) {
        return fact(link(c, d, scopes), new LastAnswer());
    }

    private Fact fact(Link l, LastAnswer last) {
        Claim c = l.claim();
        Document d = l.doc();
        MetricFacts mf = l.mf();
        Metric m = mf == null ? null : mf.metric();
        Set<String> qs = c.qualifiers().isEmpty() ? Set.of() : new HashSet<>(); // most claims have none
        for (Qualifier q : c.qualifiers()) qs.add(q.json);
        var v = l.value(); // shown as stated, compared as converted
        var p = c.period();
        var cmp = c.compares();
        var b = v == null ? null : Bounds.interval(v.value(), v.low(), v.high(), qs,
                m != null && (m.type() == MetricType.CHANGE || m.type() == MetricType.GROWTH));
        String scope = scopeKey(c);
        boolean sole = l.sole();
        var claimant = vocabulary.entity(c.claimant());
        String[] q = m == null ? null : mf.quotient();
        boolean scoped = scope != null;
        return new Fact(l.key(), c.docId(), c.kind().json, c.claimant(), claimant == null ? null : claimant.role(),
                c.subject(), c.object(), c.metric(), m == null ? null : m.type().name(), m == null ? null : m.family(),
                l.unit(), v == null ? null : v.per(),
                v == null ? Double.NaN : v.value(), b == null ? Double.NaN : b.low(), b == null ? Double.NaN : b.high(),
                p == null ? null : p.start(), p == null ? null : p.end(), c.termYears(), c.rank(), qs, d.tier().rank,
                d.published() == null ? null : d.published().start(), cmp == null ? null : cmp.op().json, cmp == null ? null : cmp.left(),
                cmp == null ? null : cmp.right(), c, d, b != null && b.lowOpen(), b != null && b.highOpen(), scope, sole,
                publishes(d.publisher(), c.subject(), last),
                cached(currencies, String.valueOf(c.subject()), k -> java.util.Optional.ofNullable(currencyOf(c.subject()))).orElse(null), m == null ? null : mf.changeBase(),
                q == null ? null : q[0], q == null ? null : q[1], scoped || mf == null ? terms.distinct(c.scope(), m) : mf.distinct(),
                scoped || mf == null ? terms.described(c.scope(), m) : mf.described(), m == null ? null : mf.complement(),
                m == null ? null : m.maxYearlyChange());
    }

    /** A growth written as a multiple ("doubled": 2×) as the percent change it means (+100%), its interval with it. */
    static org.claimgraph.model.Quantity growthOfMultiple(org.claimgraph.model.Quantity q) {
        java.util.function.DoubleUnaryOperator pct = x -> Double.isInfinite(x) ? x : (x - 1) * 100;
        return new org.claimgraph.model.Quantity(pct.applyAsDouble(q.value()), "percent", pct.applyAsDouble(q.low()), pct.applyAsDouble(q.high()),
                q.statedAs(), q.per(), q.noun());
    }

    /**
     * A document's claims on one subject and metric. Its equals and hashCode are written out: the record's own,
     * called from deep in a parallel stream, were not inlined and took a fifth of making the groups.
     */
    record ScopeGroup(String docId, String subject, String metric) {
        @Override public boolean equals(Object o) {
            return o instanceof ScopeGroup g && Objects.equals(docId, g.docId) && Objects.equals(subject, g.subject) && Objects.equals(metric, g.metric);
        }

        @Override public int hashCode() { return (Objects.hashCode(docId) * 31 + Objects.hashCode(subject)) * 31 + Objects.hashCode(metric); }
    }

    /** Stands for two scopes or more in {@link #scopes}; "" for none (a scope's key is never blank). */
    private static final Object MIXED = new Object();

    /**
     * The scope each document states for a subject and metric, or MIXED when it states more than one (no
     * scope counts as one): a claim is its document's sole one when there is one.
     */
    Map<ScopeGroup, Object> scopes(Collection<Claim> claims) {
        boolean parallel = claims.size() >= PARALLEL_FACTS;
        Map<ScopeGroup, Object> out = parallel ? new ConcurrentHashMap<>(2 * claims.size()) : new HashMap<>(2 * claims.size());
        // MIXED whatever the order the scopes come in
        Consumer<Claim> each = c -> {
            String k = scopeKey(c);
            out.merge(scopeGroup(c), k == null ? "" : k, (a, b) -> a.equals(b) ? a : MIXED);
        };
        if (parallel) claims.parallelStream().forEach(each);
        else claims.forEach(each);
        return out;
    }

    /**
     * A claim's scope as compared ({@link Scopes#key}), or null when it says nothing its metric's names do not
     * ("GP visits" for a metric also called "share of GP visits bulk-billed"): such a scope restates the
     * measure, so the figure is the measure's whole, not a part of it.
     */
    String scopeKey(Claim c) {
        String k = Scopes.key(c.scope());
        if (k == null || c.metric() == null) return k;
        Metric m = vocabulary.metric(c.metric());
        return m == null || !terms.distinct(c.scope(), m).isEmpty() ? k : null;
    }

    private static ScopeGroup scopeGroup(Claim c) {
        return new ScopeGroup(c.docId(), c.subject(), c.metric());
    }

    /** The ISO 4217 code an entity stands for (its id, label or an alias is the code), else null. */
    String currencyOf(String subject) {
        if (subject == null) return null;
        if (Calc.currency(subject) != null) return Calc.currency(subject);
        var e = vocabulary.entity(subject);
        if (e == null) return null;
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.label());
        for (String n : names) if (Calc.currency(n) != null) return Calc.currency(n);
        return null;
    }

    /**
     * The pair {@link #publishes} was asked last in a batch, and its answer: a batch's claims come subject by
     * subject and document by document, so most ask again what the claim before asked. Compared as the same
     * strings, not equal ones: a document's claims share its publisher's, and a snapshot's claims a subject's (two
     * copies only cost a repeat). Before the first, both are null, whose answer is false.
     */
    private static final class LastAnswer {
        private String publisher, subject;
        private boolean answer;
    }

    private boolean publishes(String publisher, String subject, LastAnswer last) {
        if (publisher != last.publisher || subject != last.subject) {
            last.publisher = publisher;
            last.subject = subject;
            last.answer = publishes(publisher, subject);
        }
        return last.answer;
    }

    /**
     * Whether a publisher's name is the subject's label or one of its aliases (as a whole word or more). Not
     * remembered by pair: a million claims make nearly a million pairs, and the search of a subject's few names is quick.
     */
    boolean publishes(String publisher, String subject) {
        if (publisher == null || subject == null) return false;
        List<Name> names = cached(this.names, subject, this::names);
        if (names.isEmpty()) return false;
        String p = cached(lowerCase, publisher, x -> x.toLowerCase(java.util.Locale.ROOT));
        for (Name k : names) {
            if (k.han() ? p.contains(k.text()) : containsWord(p, k.text())) return true;
        }
        return false;
    }

    /** A shared cache's entry: looked up first, as computeIfAbsent locks its bin even when the entry is there. */
    private static <K, V> V cached(Map<K, V> cache, K key, java.util.function.Function<K, V> make) {
        V v = cache.get(key);
        return v != null ? v : cache.computeIfAbsent(key, make);
    }

    /** A name in lower case, and whether it is written in Chinese characters (matched anywhere, not as a word). */
    private record Name(String text, boolean han) {}

    /** Publishers' names in lower case: a document's many claims share one. */
    private final Map<String, String> lowerCase = new ConcurrentHashMap<>();

    /** A subject's names, two characters or more: its labels and aliases. */
    private final Map<String, List<Name>> names = new ConcurrentHashMap<>();

    private List<Name> names(String subject) {
        var e = vocabulary.entity(subject);
        if (e == null) return List.of();
        List<String> all = new ArrayList<>(e.aliases());
        for (String n : new String[] {e.labelEn(), e.labelZh()}) if (n != null) all.add(n);
        List<Name> out = new ArrayList<>();
        for (String n : all) {
            String k = n.toLowerCase(java.util.Locale.ROOT).strip();
            if (k.length() >= 2) out.add(new Name(k, k.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)));
        }
        return out;
    }

    /** Whether {@code word} occurs in {@code text} with no letter or digit on either side. */
    static boolean containsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !wordChar(text.codePointBefore(i))) && (end == text.length() || !wordChar(text.codePointAt(end)))) return true;
        }
        return false;
    }

    /** A letter or a number, of any script. */
    private static boolean wordChar(int cp) {
        int t = Character.getType(cp);
        return Character.isLetter(cp) || t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** The reason of a claim no finding tells anything about. */
    private static final String NO_SOURCE = "No trusted source was found on the same subject, measure and period.";

    private static List<Assessment> assessments(List<Fact> facts, KieSession s) {
        Map<String, List<Finding>> findings = new HashMap<>();
        Set<Finding> overruled = new HashSet<>();
        Map<String, Decision> decisions = new HashMap<>();
        for (Object o : s.getObjects()) {
            if (o instanceof Finding f) findings.computeIfAbsent(f.claim(), k -> new ArrayList<>()).add(f);
            else if (o instanceof Overruled ov) overruled.add(ov.finding());
            else if (o instanceof Decision d) decisions.put(d.claim(), d);
        }
        List<Assessment> out = new ArrayList<>();
        for (Fact f : facts) {
            List<Finding> raw = findings.getOrDefault(f.key(), List.of());
            Decision d = decisions.get(f.key());
            Verdict verdict = d == null ? Verdict.UNSUPPORTED : d.verdict();
            if (raw.isEmpty()) { // most claims: nothing to order or tell
                out.add(new Assessment(f.key(), verdict, NO_SOURCE, List.of(), List.of()));
                continue;
            }
            List<Finding> fs = new ArrayList<>(raw.size() > 1 ? new LinkedHashSet<>(raw) : raw);
            // whether each finding is overruled, asked once: a finding's hash walks all its fields
            Map<Finding, Boolean> over = new java.util.IdentityHashMap<>();
            for (Finding x : fs) over.put(x, !overruled.isEmpty() && overruled.contains(x));
            // reader's order: decisive arithmetic first, then evidence by authority, then context
            fs.sort(Comparator.<Finding>comparingInt(x -> x.effect() == Effect.CONTEXT ? 1 : 0)
                    .thenComparingInt(x -> over.get(x) ? 1 : 0)
                    .thenComparingInt(Finding::authorityTier)
                    .thenComparing(Finding::rule).thenComparing(Finding::message)
                    // the same sentence from two claims of one source: by the claims used, so every check orders them alike
                    .thenComparing(x -> String.join(" ", x.used())));
            Effect decisive = d == null ? null : d.decidedBy();
            List<String> reasons = new ArrayList<>();
            // two claims of one source giving the same figure say the same sentence: once is enough
            for (Finding x : fs) if (decisive != null && x.effect() == decisive && !over.get(x) && !reasons.contains(x.message())) reasons.add(x.message());
            if (reasons.isEmpty()) {
                fs.stream().filter(x -> x.effect() == Effect.CONTEXT).findFirst().ifPresent(x -> reasons.add(x.message()));
            }
            if (reasons.isEmpty()) reasons.add(NO_SOURCE);
            Set<String> caveats = new LinkedHashSet<>();
            for (Finding x : fs) if (x.caveat() != null && (x.effect() == Effect.CONTEXT || !over.get(x))) caveats.add(x.caveat());
            out.add(new Assessment(f.key(), verdict, String.join(" ", reasons), new ArrayList<>(caveats), fs));
        }
        return out;
    }
}
