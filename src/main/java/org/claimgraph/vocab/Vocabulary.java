package org.claimgraph.vocab;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.io.StringReader;
import java.util.function.Function;
import javax.measure.UnitConverter;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metric;
import org.claimgraph.model.MetricType;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Unit;
import org.claimgraph.vocab.CG;

/**
 * The names ClaimGraph knows: metrics, units and gazetteer entities, each findable by id, label or alias
 * in any language, with a "did you mean" for near misses.
 */
public final class Vocabulary {

    /** Claimants that are not entities: the document's own voice and unnamed groups. */
    /** The vocabulary the program ships, read together: the ontology and the metric catalogue. */
    public static final List<String> FILES = List.of("ontology/claimgraph.ttl", "ontology/metrics.ttl", "ontology/units.ttl");

    /** The unit rates are converted to before they are compared: a weekly figure becomes a yearly one. */
    public static final String RATE_BASE = "year";

    /**
     * The vocabulary the program ships: its files (read with {@code read}, e.g. from the jar) and a unit
     * for every ISO 4217 currency.
     */
    public static Model shipped(Function<String, String> read) {
        Model m = ModelFactory.createDefaultModel();
        for (String f : FILES) {
            try {
                RDFDataMgr.read(m, new StringReader(read.apply(f)), null, Lang.TURTLE);
            } catch (RiotException e) {
                throw new IllegalStateException(f + ": " + e.getMessage(), e);
            }
        }
        return m.add(Units.currencies(m));
    }

    /** {@link #shipped} read from a source folder (the project's root). */
    public static Model shipped(java.nio.file.Path root) {
        return shipped(f -> {
            try {
                return java.nio.file.Files.readString(root.resolve(f));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    public static final List<String> CLAIMANT_GROUPS = List.of("author", "analysts", "experts", "company-documents", "unnamed");

    Map<String, Metric> metrics = new LinkedHashMap<>();
    Map<String, Unit> units = new LinkedHashMap<>();
    private Map<String, Entity> entities = new LinkedHashMap<>();
    Map<String, String> metricNames = new LinkedHashMap<>();
    Map<String, String> unitNames = new LinkedHashMap<>();
    private Map<String, String> entityNames = new LinkedHashMap<>();
    /** Office → the place it publishes figures of, from the gazetteer files only (never changed after). */
    private final Map<String, String> speaksFor;
    /** Places of the gazetteer (or defined beside claims) south of the equator (cg:southernHemisphere), whose seasons are the southern ones. */
    private java.util.Set<String> southern;
    /**
     * Whether the entity maps are shared with a copy: a newsroom's gazetteer grows to many thousands of
     * entries, and every addition reads through a working copy, so they are copied on first change only.
     */
    private boolean entitiesShared;
    /** Whether the metrics, units and their conversions are shared with a copy: most readings define none, so they too are copied on first change. */
    private boolean definitionsShared;
    final Set<String> dimensions = new LinkedHashSet<>();
    private final Map<String, String> baseOf = new LinkedHashMap<>();
    /** Metrics and units that documents defined (cg:definedIn), which a later definition may replace. */
    Set<String> defined = new java.util.HashSet<>();
    private Map<String, javax.measure.Unit<?>> indriya = new LinkedHashMap<>();
    /** Units that convert to their dimension's base unit, with the converter Indriya gives. */
    private Map<String, Conversion> conversions = new LinkedHashMap<>();

    /** Reads metrics and units from the vocabulary and entities from the gazetteer. */
    public Vocabulary(Model vocabulary, Model gazetteer) {
        speaksFor = new java.util.HashMap<>();
        southern = new java.util.HashSet<>();
        for (Resource r : vocabulary.listSubjectsWithProperty(RDF.type, CG.Dimension).toList()) dimensions.add(localName(r));
        for (Statement s : vocabulary.listStatements(null, CG.baseUnit, (RDFNode) null).toList()) {
            baseOf.put(localName(s.getSubject()), local(s.getResource(), CG.UNIT));
        }
        for (Resource r : vocabulary.listSubjectsWithProperty(RDF.type, CG.Metric).toList()) {
            Metric m = metricFrom(r);
            metrics.put(m.id(), m);
            index(metricNames, m.id(), m.labelEn(), m.labelZh(), m.aliases());
            if (r.hasProperty(CG.definedIn)) defined.add(m.id());
        }
        for (Resource r : vocabulary.listSubjectsWithProperty(RDF.type, CG.Unit).toList()) {
            Unit u = unitFrom(r);
            units.put(u.id(), u);
            index(unitNames, u.id(), u.labelEn(), u.labelZh(), u.aliases());
            if (r.hasProperty(CG.definedIn)) defined.add(u.id());
        }
        conversions(vocabulary);
        twins(vocabulary);
        for (Resource r : gazetteer.listSubjectsWithProperty(RDF.type, CG.Entity).toList()) {
            addEntity(entityFrom(r));
            Statement place = r.getProperty(CG.speaksFor);
            if (place != null && place.getObject().isURIResource()) speaksFor.put(local(r, CG.ENTITY), local(place.getResource(), CG.ENTITY));
        }
    }

    /**
     * Checks the metrics and units a claim document, gazetteer file or Turtle file defines, as the
     * catalogue's are (see {@link DefinitionCheck}). Returns the problems; when there are none, the
     * definitions (with their defaults and cg:definedIn {@code source}) are added to {@code into} and
     * this vocabulary can use them at once.
     */
    public List<String> define(Model m, String source, Model into) { return new DefinitionCheck(this).define(m, source, into, false); }

    /**
     * The same for a claim document's definitions, where one that is a metric or unit of this vocabulary
     * (its id or names, and the same kind) is taken as that one, its other names added (see {@link DefinitionCheck}).
     */
    public List<String> defineOrMatch(Model m, String source, Model into) { return new DefinitionCheck(this).define(m, source, into, true); }

    /** Whether an Indriya notation is the size of a unit this vocabulary converts. */
    boolean sameSize(String unit, String notation) {
        javax.measure.Unit<?> known = indriya.get(unit);
        if (known == null) return false;
        try {
            return Math.abs(Units.converter(Units.parse(notation), known, notation).convert(1.0) - 1) < 1e-9;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Names documents gave a metric or unit this vocabulary has: a term owl:sameAs it, or its own resource
     * named again without a definition. Each is indexed as that term's unless another term has it.
     */
    private void twins(Model m) {
        for (Resource r : m.listSubjects().toList()) {
            if (!r.isURIResource() || r.hasProperty(RDF.type)) continue;
            Statement same = r.getProperty(OWL.sameAs);
            Resource target = same != null && same.getObject().isURIResource() ? same.getResource() : r;
            String uri = target.getURI(), ns = uri.startsWith(CG.METRIC) ? CG.METRIC : uri.startsWith(CG.UNIT) ? CG.UNIT : null;
            if (ns == null || !r.getURI().startsWith(ns)) continue;
            boolean metric = ns.equals(CG.METRIC);
            Map<String, String> names = metric ? metricNames : unitNames;
            String id = uri.substring(ns.length()), own = r.getURI().substring(ns.length());
            if (!(metric ? metrics : units).containsKey(id)) continue;
            names.putIfAbsent(norm(own), id);
            for (Statement s : r.listProperties(SKOS.altLabel).toList()) names.putIfAbsent(norm(s.getString()), id);
        }
    }

    /** An enumeration member's JSON spelling: PerCapita → per-capita, NoDimension → none. */
    static String jsonName(String local) {
        return local.equals("NoDimension") ? "none" : local.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Adds metrics and units already checked by {@link #define} (e.g. after they were stored). */
    public void addDefinitions(Model defs) {
        if (defs.isEmpty()) return; // most additions define nothing: the conversions stay as they are
        ownDefinitions();
        for (Resource r : defs.listSubjectsWithProperty(RDF.type, CG.Unit).toList()) {
            Unit u = unitFrom(r);
            units.put(u.id(), u);
            index(unitNames, u.id(), u.labelEn(), u.labelZh(), u.aliases());
            defined.add(u.id());
        }
        for (Resource r : defs.listSubjectsWithProperty(RDF.type, CG.Metric).toList()) {
            Metric m = metricFrom(r);
            metrics.put(m.id(), m);
            index(metricNames, m.id(), m.labelEn(), m.labelZh(), m.aliases());
            defined.add(m.id());
        }
        conversions(defs);
        twins(defs);
    }

    /** The dimensions metrics and units may have, by their JSON names (currency, count, per-capita, …, none). */
    public List<String> dimensionNames() { return dimensions.stream().map(Vocabulary::jsonName).toList(); }

    private static Metric metricFrom(Resource r) {
        Statement wd = r.getProperty(CG.wikidataProperty);
        return new Metric(local(r, CG.METRIC), label(r, "en"), label(r, "zh"), aliases(r),
                MetricType.valueOf(upperSnake(localName(one(r, CG.metricType).asResource()))),
                one(r, CG.family).asLiteral().getString(), localName(one(r, CG.dimension).asResource()),
                wd == null ? null : wd.getResource().getURI(), related(r, CG.changeOf), related(r, CG.numerator), related(r, CG.denominator),
                related(r, CG.complementOf), r.hasProperty(CG.maxYearlyChange) ? r.getProperty(CG.maxYearlyChange).getDouble() : null);
    }

    /** The id of the metric a relation (cg:changeOf, cg:numerator, cg:denominator, cg:complementOf) names, or null. */
    static String related(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isURIResource() || !s.getResource().getURI().startsWith(CG.METRIC) ? null
                : s.getResource().getURI().substring(CG.METRIC.length());
    }

    /** Types whose values other metrics are changes or quotients of: amounts over a period or at a date. */
    private static final Set<MetricType> AMOUNTS = java.util.EnumSet.of(MetricType.FLOW, MetricType.LEVEL, MetricType.COUNT);

    /**
     * The metric a change or growth metric is the change of: its cg:changeOf, else the one flow, level or
     * count of its own family (a document's "votes-change" in family "votes" changes "votes"); null when
     * neither says.
     */
    public String changeBase(String metricId) {
        Metric m = metrics.get(metricId);
        if (m == null) return null;
        if (m.changeOf() != null) return m.changeOf();
        return m.type() == MetricType.CHANGE || m.type() == MetricType.GROWTH ? soleAmountOfFamily(m) : null;
    }

    /** A metric no catalogue or document defines, made for the growth or the change of one that is defined: its id and definition. */
    /**
     * A measure and the words around its name that say which part of it a claim counts; base is the measure's name
     * as written (a growth or share form defines its metric for the document when read).
     */
    public record Scoped(String metric, String scope, String base) {}

    /** Words of a scope: letters, and a term or size written with its number ("10-year", "30-year fixed"). */
    private static final java.util.regex.Pattern SCOPE_WORDS = java.util.regex.Pattern.compile("(?:[\\p{L} -]|\\d+-\\p{L})+");

    /** A word that joins a measure's name to the part it counts after it ("age of first-time buyers", "waits within 18 weeks"). */
    private static final java.util.regex.Pattern SCOPE_AFTER = java.util.regex.Pattern.compile(" (of|for|among|within|under|over|aged) (?=[\\p{L}\\d])");

    private static final Set<String> JOINS = Set.of("of", "for", "among", "within", "under", "over", "aged", "in", "to", "by", "per");

    /** Words of a scope after a measure: letters, digits and what joins them ("18 weeks", "first-time buyers"). */
    private static final java.util.regex.Pattern TRAILING_SCOPE_WORDS = java.util.regex.Pattern.compile("[\\p{L}\\d ,.'-]+");

    /**
     * A measure named with words before a catalogue name that say which part ("maize production", "youth
     * unemployment rate", 玉米产量, 城镇失业率), or after it in English ("age of first-time buyers"), or before its growth
     * or share ("private rent growth", 外出农民工占比): that measure, the words its scope; null for a name near a known
     * one (a likely slip), a base of fewer than four letters or two characters before it, or a statement. Figures of
     * different scopes never confirm or contradict each other, so a scope read too narrowly costs a verdict, never a
     * wrong one.
     */
    public Scoped scopedMetric(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty() || Suggest.slip(n, display(metricNames))) return null;
        boolean han = Character.UnicodeScript.of(n.codePointBefore(n.length())) == Character.UnicodeScript.HAN;
        Scoped before = scopeBefore(n, han);
        if (before != null || han) return before;
        var after = SCOPE_AFTER.matcher(n);
        while (after.find()) {
            String head = n.substring(0, after.start()), rest = n.substring(after.end());
            // "of", "for" and "among" only join; "within 18 weeks", "under 25", "aged 16 to 24" say the part with their word
            String tail = after.group(1).matches("of|for|among") ? rest : after.group(1) + " " + rest;
            if (!TRAILING_SCOPE_WORDS.matcher(rest).matches()) continue;
            String id = measureOrForm(head);
            if (id != null) return new Scoped(id, tail, head);
            Scoped inner = scopeBefore(head, false);
            if (inner != null) return new Scoped(inner.metric(), inner.scope() + " " + tail, inner.base());
        }
        return null;
    }

    /** Words before a measure's name (or its growth or share) that say which part: the prefix form of {@link #scopedMetric}. */
    private Scoped scopeBefore(String n, boolean han) {
        List<String> words = han ? n.codePoints().mapToObj(Character::toString).toList() : List.of(n.split(" "));
        for (int k = 1; k <= Math.min(han ? 4 : 3, words.size() - 1); k++) {
            String base = String.join(han ? "" : " ", words.subList(k, words.size())), scope = String.join(han ? "" : " ", words.subList(0, k));
            // "age of" before "first-time buyers" is no part of them: a joining word ends no scope
            if (base.length() < (han ? 2 : 4) || !SCOPE_WORDS.matcher(scope).matches() || !han && JOINS.contains(words.get(k - 1))) continue;
            String id = measureOrForm(base);
            if (id != null && !namesAMeasure(scope, han)) return new Scoped(id, scope, base);
        }
        return null;
    }

    /** The metric a name gives, by name or as a growth, change or share of a measure; null for none or a statement. */
    private String measureOrForm(String name) {
        Metric m = metricId(name).map(metrics::get).orElse(null);
        if (m != null) return m.type() == MetricType.STATEMENT ? null : m.id();
        Derived d = derivedMetric(name);
        return d == null ? null : d.id();
    }

    /** Whether words hold a measure's name (玉米产量 in 玉米产量增长: then the last word is no measure of a part). */
    private boolean namesAMeasure(String words, boolean han) {
        String w = han ? norm(words) : " " + norm(words) + " ";
        for (String n : metricNames.keySet()) {
            if (han ? n.length() >= 2 && w.contains(n) : w.contains(" " + n + " ")) return true;
        }
        return false;
    }

    public record Derived(String id, Model definition) {}

    /**
     * The growth or change of a defined measure, named by id ("passengers-growth") or by name ("passengers growth",
     * "growth in rents", 旅客增长): any story measures how its figures moved, and the catalogue cannot hold a growth
     * and a change of each measure. Growth is a percent change of an amount (a flow, level or count, or a rate per
     * head; not a percent or a temperature); change is in the measure's own dimension (percentage points of a
     * share). A share ("share of hospital beds", 病床占比) is the part of an amount's whole a figure counts. Null when
     * the name is no such form or its measure is unknown, of another kind or of no dimension; the definition is null
     * when the vocabulary has the metric.
     */
    public Derived derivedMetric(String name) {
        String n = norm(name);
        for (String[] form : DERIVED_FORMS) {
            String kind = form[0], affix = form[1];
            boolean prefix = affix.endsWith(" ");
            if (n.length() <= affix.length() || !(prefix ? n.startsWith(affix) : n.endsWith(affix))) continue;
            String base = prefix ? n.substring(affix.length()) : n.substring(0, n.length() - affix.length());
            Metric m = metricId(base.strip()).map(metrics::get).orElse(null);
            if (m == null) continue;
            boolean growth = kind.equals("growth"), share = kind.equals("share");
            if (share) return share(m);
            boolean fits = AMOUNTS.contains(m.type()) || m.type() == MetricType.RATE
                    || !growth && m.type() == MetricType.SHARE;
            // a percent of a percent says neither points nor a relative change; one of a temperature, a decibel level or a magnitude means nothing
            if (!fits || m.dimension().equals("NoDimension") || growth && List.of("Percent", "Temperature", "SoundLevel").contains(m.dimension())) return null;
            String id = m.id() + "-" + kind;
            if (metrics.containsKey(id)) return new Derived(id, null);
            // the catalogue's own growth of it under another id (passenger-growth of passengers)
            MetricType type = growth ? MetricType.GROWTH : MetricType.CHANGE;
            List<String> own = metrics.values().stream().filter(o -> o.type() == type && m.id().equals(changeBase(o.id()))).map(Metric::id).toList();
            if (own.size() == 1) return new Derived(own.get(0), null);
            Model d = ModelFactory.createDefaultModel();
            Resource r = d.createResource(CG.METRIC + id).addProperty(RDF.type, CG.Metric)
                    .addProperty(RDFS.label, m.labelEn() + " " + kind, "en")
                    .addProperty(CG.metricType, CG.term(kind))
                    .addProperty(CG.dimension, d.createResource(CG.NS + (growth ? "Percent" : m.dimension())))
                    .addProperty(CG.changeOf, d.createResource(CG.METRIC + m.id()))
                    .addProperty(RDFS.comment, (growth ? "The percent change of " : "The change of ") + m.labelEn()
                            + " between two dates" + (growth ? "." : ", in its own units."), "en");
            if (m.labelZh() != null) r.addProperty(RDFS.label, m.labelZh() + (growth ? "增长" : "变化"), "zh");
            return new Derived(id, d);
        }
        return null;
    }

    /**
     * The share of an amount (flow, level or count) that a part of it is, as its numerator and denominator: the
     * catalogue's share of it where there is one (a share of votes is vote-share), else one made for the document.
     */
    private Derived share(Metric m) {
        if (!AMOUNTS.contains(m.type()) || m.dimension().equals("NoDimension")) return null;
        List<String> own = metrics.values().stream().filter(o -> o.type() == MetricType.SHARE && o.numerator() != null
                && o.numerator().equals(m.id()) && m.id().equals(o.denominator())).map(Metric::id).toList();
        if (own.size() == 1) return new Derived(own.get(0), null);
        String id = m.id() + "-share";
        if (metrics.containsKey(id)) return metrics.get(id).type() == MetricType.SHARE ? new Derived(id, null) : null;
        Model d = ModelFactory.createDefaultModel();
        Resource r = d.createResource(CG.METRIC + id).addProperty(RDF.type, CG.Metric)
                .addProperty(RDFS.label, "share of " + m.labelEn(), "en")
                .addProperty(CG.metricType, CG.term("share"))
                .addProperty(CG.dimension, d.createResource(CG.NS + "Percent"))
                .addProperty(CG.numerator, d.createResource(CG.METRIC + m.id()))
                .addProperty(CG.denominator, d.createResource(CG.METRIC + m.id()))
                .addProperty(RDFS.comment, "The part of " + m.labelEn() + " that a part of the whole counts, in percent.", "en");
        if (m.labelZh() != null) r.addProperty(RDFS.label, m.labelZh() + "占比", "zh");
        return new Derived(id, d);
    }

    /** The kind of metric and how its name is written around the measure's (a trailing space: before it). */
    private static final String[][] DERIVED_FORMS = {
        {"growth", "-growth"}, {"growth", " growth rate"}, {"growth", " growth"}, {"growth", "growth in "}, {"growth", "growth of "},
        {"growth", "增长率"}, {"growth", "增長率"}, {"growth", "增长"}, {"growth", "增長"}, {"growth", "增速"}, {"growth", "增幅"},
        {"change", "-change"}, {"change", " change"}, {"change", "change in "}, {"change", "change of "},
        {"change", "变化"}, {"change", "變化"}, {"change", "变动"}, {"change", "變動"}, {"change", "增减"}, {"change", "增減"},
        {"share", "-share"}, {"share", "share of "}, {"share", "proportion of "}, {"share", "percentage of "},
        {"share", "占比"}, {"share", "佔比"}, {"share", "所占比重"}, {"share", "所佔比重"}, {"share", "比重"},
    };

    /**
     * The numerator and denominator metrics of a share, rate or per-head metric: its cg:numerator and
     * cg:denominator, else for a share the one flow, level or count of its own family over itself (a share
     * of seats is seats over seats); null when neither says.
     */
    public String[] quotientOf(String metricId) {
        Metric m = metrics.get(metricId);
        if (m == null) return null;
        if (m.numerator() != null && m.denominator() != null) return new String[] {m.numerator(), m.denominator()};
        String base = m.type() == MetricType.SHARE ? soleAmountOfFamily(m) : null;
        return base == null ? null : new String[] {base, base};
    }

    /**
     * The share a share metric is 100% minus: its cg:complementOf, else the one share that names it so (the
     * relation holds both ways); null when none says.
     */
    public String complementOf(String metricId) {
        Metric m = metrics.get(metricId);
        if (m == null || m.type() != MetricType.SHARE) return null;
        if (m.complementOf() != null) return m.complementOf();
        for (Metric o : metrics.values()) if (metricId.equals(o.complementOf())) return o.id();
        return null;
    }

    private String soleAmountOfFamily(Metric m) {
        String found = null;
        for (Metric o : metrics.values()) {
            if (o == m || !o.family().equals(m.family()) || !AMOUNTS.contains(o.type())) continue;
            if (found != null) return null;
            found = o.id();
        }
        return found;
    }

    private static Unit unitFrom(Resource r) {
        return new Unit(local(r, CG.UNIT), label(r, "en"), label(r, "zh"), aliases(r), localName(one(r, CG.dimension).asResource()));
    }

    private Vocabulary(Vocabulary other) {
        metrics = other.metrics;
        units = other.units;
        metricNames = other.metricNames;
        unitNames = other.unitNames;
        conversions = other.conversions;
        indriya = other.indriya;
        defined = other.defined;
        definitionsShared = other.definitionsShared = true;
        entities = other.entities;
        entityNames = other.entityNames;
        entitiesShared = other.entitiesShared = true;
        speaksFor = other.speaksFor;
        southern = other.southern;
        dimensions.addAll(other.dimensions);
        baseOf.putAll(other.baseOf);
    }

    /** Gives this vocabulary maps of its own for metrics, units and conversions before it changes them. */
    private void ownDefinitions() {
        if (!definitionsShared) return;
        metrics = new LinkedHashMap<>(metrics);
        units = new LinkedHashMap<>(units);
        metricNames = new LinkedHashMap<>(metricNames);
        unitNames = new LinkedHashMap<>(unitNames);
        conversions = new LinkedHashMap<>(conversions);
        indriya = new LinkedHashMap<>(indriya);
        defined = new java.util.HashSet<>(defined);
        definitionsShared = false;
    }

    /** A working copy: what one reading adds to it stays there until the caller has stored the input. */
    public Vocabulary copy() { return new Vocabulary(this); }

    /** Adds (or replaces) a gazetteer entry, e.g. one shipped beside a claim document. */
    public void addEntity(Entity e) {
        if (entitiesShared) {
            entities = new LinkedHashMap<>(entities);
            entityNames = new LinkedHashMap<>(entityNames);
            southern = new java.util.HashSet<>(southern);
            entitiesShared = false;
        }
        entities.put(e.id(), e);
        // a definition adds to an entry: one without the mark leaves a place south that the gazetteer puts there
        if (e.southernHemisphere()) southern.add(e.id());
        index(entityNames, e.id(), e.labelEn(), e.labelZh(), e.aliases());
    }

    /**
     * How a unit converts to its dimension's base unit (cg:baseUnit), read from the units' Indriya notation;
     * perYear is how many of it make a year ({@link #perFactor}), worked out once: every rate a check
     * compares asks it.
     */
    private record Conversion(String base, UnitConverter toBase, UnitConverter fromBase, double perYear) {}

    /** Reads the Indriya notation of the model's units and (re)computes every conversion to a base unit. */
    private void conversions(Model vocabulary) {
        for (Statement s : vocabulary.listStatements(null, CG.indriyaUnit, (RDFNode) null).toList()) {
            try {
                indriya.put(local(s.getSubject(), CG.UNIT), Units.parse(s.getString()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("vocabulary: " + s.getSubject().getURI() + ": cg:indriyaUnit " + e.getMessage(), e);
            }
        }
        for (var e : indriya.entrySet()) {
            Unit u = units.get(e.getKey());
            String base = u == null ? null : baseOf.get(u.dimension());
            if (base == null || !indriya.containsKey(base)) continue;
            String where = CG.UNIT + e.getKey();
            conversions.put(e.getKey(), new Conversion(base, Units.converter(e.getValue(), indriya.get(base), where),
                    Units.converter(indriya.get(base), e.getValue(), where), 1));
        }
        Conversion year = conversions.get(RATE_BASE);
        if (year != null) conversions.replaceAll((k, c) -> new Conversion(c.base(), c.toBase(), c.fromBase(), c.fromBase().convert(year.toBase().convert(1))));
    }

    /**
     * A quantity as the rules compare it: in its dimension's base unit (MW and GW both in watts, acres in
     * square metres) and, for a rate, per year. Currencies, percents and counts stay as they are: no
     * exchange rate is ever assumed. A {@code difference} (a change of temperature) converts without the
     * offset between scales.
     */
    public Quantity comparable(Quantity q, boolean difference) {
        Conversion c = conversions.get(q.unit());
        double rate = q.per() == null ? 1 : perFactor(q.per());
        String per = q.per() == null ? null : conversions.containsKey(q.per()) ? RATE_BASE : q.per();
        // a figure for one barrel is for one cubic metre at 1 / 0.159 of it
        Conversion b = q.basis() == null ? null : conversions.get(q.basis());
        double forOne = b == null ? 1 : 1 / b.toBase().convert(1.0);
        if (c == null && rate == 1 && b == null) return q;
        java.util.function.DoubleUnaryOperator f = x -> rate * forOne * (c == null ? x : to(c.toBase(), x, difference));
        return new Quantity(f.applyAsDouble(q.value()), c == null ? q.unit() : c.base(), f.applyAsDouble(q.low()), f.applyAsDouble(q.high()),
                q.statedAs(), per, q.noun(), b == null ? q.basis() : b.base());
    }

    private static double to(UnitConverter k, double x, boolean difference) {
        if (Double.isInfinite(x) || Double.isNaN(x)) return x;
        return difference ? k.convert(x) - k.convert(0) : k.convert(x);
    }

    /**
     * How many of a time unit make a year: 52.1775 weeks, 365.2425 days, 12 months (Indriya's Gregorian
     * year); 1 for a unit of time it cannot convert.
     */
    public double perFactor(String timeUnit) {
        Conversion per = conversions.get(timeUnit);
        return per == null ? 1 : per.perYear();
    }

    private static Entity entityFrom(Resource r) {
        String type = "thing";
        for (Statement s : r.listProperties(RDF.type).toList()) {
            String n = localName(s.getResource());
            if (!n.equals("Entity")) type = n.toLowerCase(Locale.ROOT);
        }
        List<String> same = new ArrayList<>();
        r.listProperties(OWL.sameAs).forEach(s -> same.add(s.getResource().getURI()));
        Statement role = r.getProperty(CG.role), south = r.getProperty(CG.southernHemisphere);
        return new Entity(local(r, CG.ENTITY), label(r, "en"), label(r, "zh"), aliases(r), type,
                role == null ? null : role.getString(), same, south != null && south.getObject().isLiteral() && south.getBoolean());
    }

    private static void index(Map<String, String> names, String id, String en, String zh, List<String> aliases) {
        names.put(norm(id), id);
        if (en != null) names.putIfAbsent(norm(en), id);
        if (zh != null) names.putIfAbsent(norm(zh), id);
        for (String a : aliases) names.putIfAbsent(norm(a), id);
    }

    /** Built on first use: ICU's transliterator takes some 230 ms, which a command that names no new claimant must not pay. */
    private static final class ToLatin {
        static final com.ibm.icu.text.Transliterator INSTANCE = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }

    /** A name as an id's letters: in Latin, lower case, words joined by hyphens (侯友宜 → hou-you-yi); "" when none is left. */
    public static String latinSlug(String name) {
        String latin;
        synchronized (ToLatin.INSTANCE) { latin = ToLatin.INSTANCE.transliterate(name); }
        return latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static String norm(String s) { return SPACES.matcher(s.trim().toLowerCase(Locale.ROOT)).replaceAll(" "); }

    /** Compiled once: every name a document gives is normalised, some ten a claim. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final java.util.regex.Pattern ID_JOINS = java.util.regex.Pattern.compile("(?<=\\p{L})[-_](?=\\p{L})");

    public Optional<String> metricId(String name) {
        String id = metricNames.get(norm(name));
        if (id != null) return Optional.of(id);
        // a name written as ids are ("speed-limit", "infant_mortality"): read with its words apart
        String apart = ID_JOINS.matcher(name).replaceAll(" ");
        if (!apart.equals(name)) {
            var found = metricId(apart);
            if (found.isPresent()) return found;
        }
        Set<String> near = new java.util.TreeSet<>();
        for (String v : otherForms(norm(name))) if (metricNames.containsKey(v)) near.add(metricNames.get(v));
        if (near.size() == 1) return Optional.of(near.iterator().next());
        // "hospital beds per 1,000", "beds per thousand people": the base of a rate written otherwise than the catalogue does
        String want = perBase(norm(name));
        if (!want.contains("per ") && !want.startsWith("每")) return Optional.empty();
        Set<String> ids = new java.util.TreeSet<>();
        for (var e : metricNames.entrySet()) if (perBase(e.getKey()).equals(want)) ids.add(e.getValue());
        return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }

    /**
     * The other ways people write a measure's name: its last English word singular or plural ("petrol prices",
     * "class sizes", "deaths"), a Chinese count with or without 数/人数 ("医院床位", "观众"), a Chinese share with 占 or 佔
     * and 比重, 比率 or 比例 ("债务占GDP比率"). A name is taken in one
     * of these forms only when they all lead to one measure.
     */
    static List<String> otherForms(String n) {
        List<String> out = new ArrayList<>();
        if (n.isEmpty()) return out;
        char last = n.charAt(n.length() - 1);
        if (last >= 'a' && last <= 'z') {
            if (n.endsWith("ies")) out.add(n.substring(0, n.length() - 3) + "y");
            if (n.endsWith("es")) out.add(n.substring(0, n.length() - 2));
            if (n.endsWith("s") && !n.endsWith("ss")) out.add(n.substring(0, n.length() - 1));
            else {
                out.add(n + "s");
                if (n.endsWith("y")) out.add(n.substring(0, n.length() - 1) + "ies");
                if (n.endsWith("x") || n.endsWith("ch") || n.endsWith("sh") || n.endsWith("ss")) out.add(n + "es");
            }
        } else if (Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN) {
            for (String count : List.of("人数", "人數", "数", "數")) {
                if (n.endsWith(count) && n.length() > count.length() + 1) out.add(n.substring(0, n.length() - count.length()));
                else out.add(n + count);
            }
            // a share of a whole: 占 and 佔 (Taiwan writes both), and 比重, 比率 and 比例 after it, say one thing
            var share = SHARE_OF_WHOLE.matcher(n);
            if (share.matches()) {
                for (String of : List.of("占", "佔")) for (String end : List.of("比重", "比率", "比例")) out.add(share.group(1) + of + share.group(2) + end);
                out.remove(n);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern SHARE_OF_WHOLE = java.util.regex.Pattern.compile("(.+)[占佔](.+)(?:比重|比率|比例)");

    private static final java.util.regex.Pattern PER_BASE = java.util.regex.Pattern.compile(
            "\\bper (1,000|1000|thousand|10,000|10000|100,000|100000|hundred thousand)(?: (?:people|persons|population|inhabitants|residents))?$");

    private static final java.util.regex.Pattern PER_BASE_ZH = java.util.regex.Pattern.compile("^每(千|10000|1000|万|萬)人口?");

    /** A metric name with the base of its rate in one spelling: "… per 1,000 people", "… per 1000", "… per thousand" are one. */
    static String perBase(String normed) {
        var zh = PER_BASE_ZH.matcher(normed);
        if (zh.find()) return (zh.group(1).matches("千|1000") ? "每千人口" : "每万人口") + normed.substring(zh.end());
        var m = PER_BASE.matcher(normed);
        if (!m.find()) return normed;
        String n = m.group(1).replace(",", "").replace("hundred thousand", "100000").replace("thousand", "1000");
        return normed.substring(0, m.start()) + "per " + n;
    }

    public Optional<String> unitId(String name) { return Optional.ofNullable(unitNames.get(norm(name))); }

    /**
     * The time unit of a rate as people write it: "year", "per week", "a month", "/yr", "weekly",
     * "每周", "每週"; empty when it names no unit of time.
     */
    public Optional<String> perUnit(String text) {
        String t = norm(text).replaceFirst("^(?:(?:per|a|an|each|every)\\s+|/\\s*|每个|每個|每)", "");
        return unitId(t).filter(id -> units.get(id).dimension().equals("Time"));
    }

    /** The unit a figure can be for by this name ("barrel", "kWh", 升, "person": the basis of a price), or empty. */
    public Optional<String> basisUnit(String name) {
        return unitId(name.strip()).filter(id -> FOR_ONE.contains(units.get(id).dimension()));
    }

    /** The dimensions of what a figure can be for (a unit of time makes a rate, "per"). */
    private static final Set<String> FOR_ONE = Set.of("Count", "Mass", "Volume", "Energy", "Power", "Area", "Length");

    /** The place whose figures an office publishes (the gazetteer's cg:speaksFor), or empty. */
    public Optional<String> speaksFor(String entityId) { return Optional.ofNullable(speaksFor.get(entityId)); }

    /** Whether an entity is a place south of the equator, or an office speaking for one: its seasons are the southern ones. */
    public boolean southern(String entityId) {
        return entityId != null && (southern.contains(entityId) || southern.contains(speaksFor.get(entityId)));
    }

    public Optional<String> entityId(String name) { return Optional.ofNullable(entityNames.get(norm(name))); }

    public String suggestMetric(String name) { return Suggest.hint(name, display(metricNames), "metrics"); }
    /**
     * A hint for an unknown unit: the units whose names hold it as a word when there are several ("pesos": which
     * country's), else the nearest name.
     */
    public String suggestUnit(String name) {
        String word = name.strip().toLowerCase(Locale.ROOT);
        Map<String, String> holding = new java.util.TreeMap<>(); // unit id → its first name holding the word
        if (word.length() >= 3) {
            for (var e : unitNames.entrySet()) {
                String n = e.getKey().toLowerCase(Locale.ROOT);
                if (!n.equals(word) && (" " + n + " ").contains(" " + word + " ")) holding.putIfAbsent(e.getValue(), e.getKey());
            }
        }
        if (holding.size() < 2) return Suggest.hint(name, display(unitNames), "units");
        List<String> named = new ArrayList<>();
        holding.forEach((id, n) -> named.add(id + " (" + n + ")"));
        return " (say which: " + String.join(", ", named.subList(0, Math.min(8, named.size()))) + (named.size() > 8 ? ", …" : "") + ")";
    }
    public String suggestEntity(String name) { return Suggest.hint(name, display(entityNames), "entities"); }

    /** Whether a name the gazetteer lacks is likely a slip for one it has ("Sam Altmann"), not another thing ("Bank of England"). */
    public boolean slipOfEntity(String name) { return Suggest.slip(name, display(entityNames)); }

    /** Names to offer: every id, label and alias (so a Chinese name suggests a Chinese name, not an id). */
    private static Collection<String> display(Map<String, String> names) { return new LinkedHashSet<>(names.keySet()); }

    public Metric metric(String id) { return metrics.get(id); }
    public Unit unit(String id) { return units.get(id); }

    /** What a figure is for, as written after it: " a barrel", " a kilowatt hour"; "" for none. */
    public String forOne(String basis) {
        return basis == null ? "" : " " + Wording.a(unitLabel(basis));
    }

    /** A unit's English name (litre for L), else its id; null for null. */
    public String unitLabel(String id) {
        if (id == null) return null;
        Unit u = units.get(id);
        return u == null || u.labelEn() == null ? id : u.labelEn();
    }
    public Entity entity(String id) { return entities.get(id); }
    public Collection<Metric> metrics() { return metrics.values(); }
    public Collection<Unit> units() { return units.values(); }
    public Collection<Entity> entities() { return entities.values(); }

    /** A readable name for an entity id or claimant group. */
    public String entityLabel(String id) {
        if (id == null) return null;
        Entity e = entities.get(id);
        return e != null ? e.label() : id;
    }

    /**
     * Whether one of two metrics is a document's own, and a name of one is a name of the other with words before
     * it ("immigration returns" and "returns"), or the two share a name: nothing says how they relate, and the
     * one may be the other's whole or a part of it rather than a sibling measure. Two metrics of the catalogue
     * are distinct as curated (an operating loss is not the net loss, though "loss" names the latter).
     */
    public boolean namesNest(String a, String b) {
        Metric x = metrics.get(a), y = metrics.get(b);
        if (x == null || y == null || !defined.contains(a) && !defined.contains(b)) return false;
        List<String> xs = metricNamesOf(a).stream().map(n -> norm(n.replace('-', ' '))).toList();
        for (String n : metricNamesOf(b)) {
            String m = norm(n.replace('-', ' '));
            for (String o : xs) if (endsWithName(o, m) || endsWithName(m, o)) return true;
        }
        return false;
    }

    /** A metric's id, labels and aliases as written; empty for a metric this vocabulary does not have. */
    public List<String> metricNamesOf(String id) {
        Metric m = metrics.get(id);
        if (m == null) return List.of();
        List<String> out = new ArrayList<>(List.of(id));
        if (m.labelEn() != null) out.add(m.labelEn());
        if (m.labelZh() != null) out.add(m.labelZh());
        out.addAll(m.aliases());
        return out;
    }

    /** A whole name at the end: after a space in words, after any character in Chinese (two characters at least). */
    private static boolean endsWithName(String name, String end) {
        if (name.equals(end)) return true;
        if (!name.endsWith(end) || end.isEmpty()) return false;
        char before = name.charAt(name.length() - end.length() - 1);
        return before == ' ' || Character.UnicodeScript.of(end.codePointAt(0)) == Character.UnicodeScript.HAN && end.length() >= 2
                && Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN;
    }

    public String metricLabel(String id) {
        Metric m = metrics.get(id);
        return m == null ? id : m.labelEn();
    }

    private static RDFNode one(Resource r, org.apache.jena.rdf.model.Property p) {
        List<Statement> ss = r.listProperties(p).toList();
        if (ss.size() != 1) {
            throw new IllegalStateException("vocabulary: " + r.getURI() + " needs exactly one " + p.getLocalName() + ", has " + ss.size());
        }
        return ss.get(0).getObject();
    }

    static String label(Resource r, String lang) {
        for (Statement s : r.listProperties(RDFS.label).toList()) {
            Literal l = s.getLiteral();
            if (l.getLanguage().equalsIgnoreCase(lang)) return l.getString();
        }
        if (lang.equals("en")) {
            Statement any = r.getProperty(RDFS.label);
            if (any != null) return any.getString();
        }
        return null;
    }

    private static List<String> aliases(Resource r) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(SKOS.altLabel).toList()) out.add(s.getString());
        for (Statement s : r.listProperties(RDFS.label).toList()) out.add(s.getString());
        return out;
    }

    private static String local(Resource r, String ns) {
        String uri = r.getURI();
        if (uri == null || !uri.startsWith(ns)) throw new IllegalStateException("vocabulary: " + r + " is not in " + ns);
        return uri.substring(ns.length());
    }

    static String localName(Resource r) {
        String u = r.getURI();
        int i = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        return u.substring(i + 1);
    }

    static String upperSnake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

}
