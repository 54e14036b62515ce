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
import org.apache.jena.rdf.model.Literal;
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
import org.claimgraph.model.Unit;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Schema;

/**
 * The names ClaimGraph knows: metrics, units and gazetteer entities, each findable by id, label or alias
 * in any language, with a "did you mean" for near misses.
 */
public final class Vocabulary {

    /** Claimants that are not entities: the document's own voice and unnamed groups. */
    /** The vocabulary the program ships, read together: the ontology and the metric catalogue. */
    public static final List<String> FILES = List.of("ontology/claimgraph.ttl", "ontology/metrics.ttl");

    public static final List<String> CLAIMANT_GROUPS = List.of("author", "analysts", "experts", "company-documents", "unnamed");

    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, String> metricNames = new LinkedHashMap<>();
    private final Map<String, String> unitNames = new LinkedHashMap<>();
    private final Map<String, String> entityNames = new LinkedHashMap<>();

    /** Reads metrics and units from the vocabulary and entities from the gazetteer. */
    public Vocabulary(Model vocabulary, Model gazetteer) {
        for (Resource r : vocabulary.listSubjectsWithProperty(RDF.type, CG.Metric).toList()) {
            String id = local(r, CG.METRIC);
            Statement wd = r.getProperty(CG.wikidataProperty);
            Metric m = new Metric(id, label(r, "en"), label(r, "zh"), aliases(r),
                    MetricType.valueOf(upperSnake(localName(one(r, CG.metricType).asResource()))),
                    one(r, CG.family).asLiteral().getString(), localName(one(r, CG.dimension).asResource()),
                    wd == null ? null : wd.getResource().getURI());
            metrics.put(id, m);
            index(metricNames, id, m.labelEn(), m.labelZh(), m.aliases());
        }
        for (Resource r : vocabulary.listSubjectsWithProperty(RDF.type, CG.Unit).toList()) {
            String id = local(r, CG.UNIT);
            Unit u = new Unit(id, label(r, "en"), label(r, "zh"), aliases(r), localName(one(r, CG.dimension).asResource()));
            units.put(id, u);
            index(unitNames, id, u.labelEn(), u.labelZh(), u.aliases());
        }
        for (Resource r : gazetteer.listSubjectsWithProperty(RDF.type, CG.Entity).toList()) {
            addEntity(entityFrom(r));
        }
    }

    private Vocabulary(Vocabulary other) {
        metrics.putAll(other.metrics);
        units.putAll(other.units);
        entities.putAll(other.entities);
        metricNames.putAll(other.metricNames);
        unitNames.putAll(other.unitNames);
        entityNames.putAll(other.entityNames);
    }

    /** A working copy: what one reading adds to it stays there until the caller has stored the input. */
    public Vocabulary copy() { return new Vocabulary(this); }

    /** Adds (or replaces) a gazetteer entry, e.g. one shipped beside a claim document. */
    public void addEntity(Entity e) {
        entities.put(e.id(), e);
        index(entityNames, e.id(), e.labelEn(), e.labelZh(), e.aliases());
    }

    private static Entity entityFrom(Resource r) {
        String type = "thing";
        for (Statement s : r.listProperties(RDF.type).toList()) {
            String n = localName(s.getResource());
            if (!n.equals("Entity")) type = n.toLowerCase(Locale.ROOT);
        }
        List<String> same = new ArrayList<>();
        r.listProperties(OWL.sameAs).forEach(s -> same.add(s.getResource().getURI()));
        Statement role = r.getProperty(CG.role);
        return new Entity(local(r, CG.ENTITY), label(r, "en"), label(r, "zh"), aliases(r), type,
                role == null ? null : role.getString(), same);
    }

    private static void index(Map<String, String> names, String id, String en, String zh, List<String> aliases) {
        names.put(norm(id), id);
        if (en != null) names.putIfAbsent(norm(en), id);
        if (zh != null) names.putIfAbsent(norm(zh), id);
        for (String a : aliases) names.putIfAbsent(norm(a), id);
    }

    static String norm(String s) { return s.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "); }

    public Optional<String> metricId(String name) { return Optional.ofNullable(metricNames.get(norm(name))); }
    public Optional<String> unitId(String name) { return Optional.ofNullable(unitNames.get(norm(name))); }
    public Optional<String> entityId(String name) { return Optional.ofNullable(entityNames.get(norm(name))); }

    public String suggestMetric(String name) { return Suggest.hint(name, display(metricNames)); }
    public String suggestUnit(String name) { return Suggest.hint(name, display(unitNames)); }
    public String suggestEntity(String name) { return Suggest.hint(name, display(entityNames)); }

    /** Names to offer: every id, label and alias (so a Chinese name suggests a Chinese name, not an id). */
    private static Collection<String> display(Map<String, String> names) { return new LinkedHashSet<>(names.keySet()); }

    public Metric metric(String id) { return metrics.get(id); }
    public Unit unit(String id) { return units.get(id); }
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

    private static String label(Resource r, String lang) {
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

    private static String upperSnake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

}
