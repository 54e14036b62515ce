package org.claimgraph.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.model.MetricType;

/**
 * New metrics and units checked as the catalogue's are: a slug id that is not the catalogue's, an
 * English label, a known type and dimension, no name another metric or unit has, relations that name
 * metrics, an Indriya unit Indriya reads. A claim document's definition whose id or names are those of one
 * metric (unit) the vocabulary has, of the same kind, is that one: its names are kept as the vocabulary's
 * (owl:sameAs), so a writer need not know the catalogue's ids; of another kind it is refused as before. The
 * family such a definition gave is the vocabulary term's for the document's other metrics of that family too:
 * they were defined as its siblings.
 */
final class DefinitionCheck {
    private final Vocabulary v;

    DefinitionCheck(Vocabulary vocabulary) { this.v = vocabulary; }

    /** See {@link Vocabulary#define}; {@code twins}: whether a definition may be the vocabulary's own term of the same kind. */
    List<String> define(Model m, String source, Model into, boolean twins) {
        List<String> problems = new ArrayList<>();
        Model out = ModelFactory.createDefaultModel();
        for (Resource r : m.listSubjectsWithProperty(RDF.type, CG.Unit).toList()) {
            if (twins && twin(r, CG.UNIT, v.unitNames, this::sameUnit, m, out) != null) continue;
            defineOne(r, "unit", CG.UNIT, v.units, v.unitNames, problems, out);
        }
        java.util.Set<Resource> merged = new java.util.HashSet<>();
        Map<String, String> kin = new java.util.HashMap<>(); // a family a twin's definition gave → its term's family
        for (Resource r : m.listSubjectsWithProperty(RDF.type, CG.Metric).toList()) {
            String owner = twins ? twin(r, CG.METRIC, v.metricNames, this::sameMetric, m, out) : null;
            if (owner == null) continue;
            merged.add(r);
            Statement f = r.getProperty(CG.family);
            if (f != null && f.getObject().isLiteral() && !f.getString().equals(v.metrics.get(owner).family())) kin.put(f.getString(), v.metrics.get(owner).family());
        }
        for (Resource r : m.listSubjectsWithProperty(RDF.type, CG.Metric).toList()) {
            if (merged.contains(r)) continue;
            Statement f = r.getProperty(CG.family);
            if (f != null && f.getObject().isLiteral() && kin.containsKey(f.getString())) {
                String family = kin.get(f.getString());
                r.removeAll(CG.family).addProperty(CG.family, family);
            }
            String id = defineOne(r, "metric", CG.METRIC, v.metrics, v.metricNames, problems, out);
            if (id == null) continue;
            List<Statement> types = r.listProperties(CG.metricType).toList();
            String type = types.size() == 1 && types.get(0).getObject().isURIResource() ? Vocabulary.localName(types.get(0).getResource()) : null;
            boolean known = type != null && java.util.Arrays.stream(MetricType.values()).anyMatch(t -> t.name().equals(Vocabulary.upperSnake(type)));
            if (!known) {
                problems.add("metric \"" + id + "\": " + (type == null ? "needs one type" : "type \"" + Vocabulary.jsonName(type) + "\" is unknown") + "; one of "
                        + String.join(", ", java.util.Arrays.stream(MetricType.values()).map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
            }
            Statement dim = r.getProperty(CG.dimension);
            if ("Flow".equals(type) && dim != null && dim.getObject().isURIResource() && "SoundLevel".equals(Vocabulary.localName(dim.getResource()))) {
                // decibels are logarithmic: two 85 dB sources make 88 dB, so no total of them is a sum
                problems.add("metric \"" + id + "\": a sound level in decibels never adds up over time; its type is level, not flow");
            }
            if (!r.hasProperty(CG.family)) out.add(r, CG.family, id);
            relations(r, id, type, m, problems);
            Statement wd = r.getProperty(CG.wikidataProperty);
            if (wd != null && !(wd.getObject().isURIResource() && wd.getResource().getURI().matches("http://www\\.wikidata\\.org/entity/P\\d+"))) {
                problems.add("metric \"" + id + "\": the Wikidata property must be an id such as P1082");
            }
        }
        if (problems.isEmpty()) {
            // not on a vocabulary term a document only named again: that would let a later document replace it
            for (Resource r : out.listSubjects().toList()) if (!known(r)) out.add(r, CG.definedIn, source);
            into.add(out);
            v.addDefinitions(out);
        }
        return problems;
    }

    /** Whether a resource is a metric or unit the vocabulary has and no document defined. */
    private boolean known(Resource r) {
        String u = r.isURIResource() ? r.getURI() : "";
        String id = u.startsWith(CG.METRIC) ? u.substring(CG.METRIC.length()) : u.startsWith(CG.UNIT) ? u.substring(CG.UNIT.length()) : null;
        return id != null && !v.defined.contains(id) && (u.startsWith(CG.METRIC) ? v.metrics : v.units).containsKey(id);
    }

    /**
     * The term the vocabulary has that {@code r} is, or null: its id and names name one metric (unit) and no
     * other, of the same kind. If so, its id and free names are recorded as that term's (owl:sameAs) in {@code out},
     * and relations of the same definitions that name it are pointed at that term.
     */
    private String twin(Resource r, String ns, Map<String, String> names, java.util.function.BiPredicate<Resource, String> same, Model m, Model out) {
        String uri = r.isURIResource() ? r.getURI() : "";
        if (!uri.startsWith(ns)) return null;
        String id = uri.substring(ns.length());
        if (v.defined.contains(id)) return null; // a document's own term, defined again: replaced as before
        List<Statement> labels = new ArrayList<>(r.listProperties(RDFS.label).toList());
        labels.addAll(r.listProperties(SKOS.altLabel).toList());
        labels.removeIf(s -> !s.getObject().isLiteral());
        java.util.Set<String> owners = new java.util.HashSet<>();
        if (names.containsKey(Vocabulary.norm(id))) owners.add(names.get(Vocabulary.norm(id)));
        for (Statement s : labels) {
            String o = names.get(Vocabulary.norm(s.getString()));
            if (o != null) owners.add(o);
        }
        if (owners.size() != 1) return null;
        String owner = owners.iterator().next();
        if (!same.test(r, owner)) return null;
        Resource own = out.createResource(ns + owner);
        if (!owner.equals(id)) out.add(out.createResource(uri), OWL.sameAs, own);
        for (Statement s : labels) {
            if (!names.containsKey(Vocabulary.norm(s.getString()))) out.add(out.createResource(uri), SKOS.altLabel, s.getString(), s.getLanguage());
        }
        for (Statement s : m.listStatements(null, null, r).toList()) if (!s.getSubject().equals(r)) m.add(s.getSubject(), s.getPredicate(), m.createResource(ns + owner));
        for (Statement s : m.listStatements(null, null, r).toList()) if (!s.getSubject().equals(r)) m.remove(s);
        return owner;
    }

    /** Whether a metric definition is of the known metric's kind: its type and dimension, and any relation it gives. */
    private boolean sameMetric(Resource r, String id) {
        var known = v.metrics.get(id);
        List<Statement> types = r.listProperties(CG.metricType).toList(), dims = r.listProperties(CG.dimension).toList();
        if (known == null || types.size() != 1 || dims.size() != 1 || !types.get(0).getObject().isURIResource() || !dims.get(0).getObject().isURIResource()) return false;
        if (!Vocabulary.upperSnake(Vocabulary.localName(types.get(0).getResource())).equals(known.type().name())) return false;
        if (!Vocabulary.localName(dims.get(0).getResource()).equals(known.dimension())) return false;
        java.util.Map<org.apache.jena.rdf.model.Property, String> relations = java.util.Map.of(CG.changeOf, String.valueOf(known.changeOf()),
                CG.numerator, String.valueOf(known.numerator()), CG.denominator, String.valueOf(known.denominator()), CG.complementOf, String.valueOf(known.complementOf()));
        for (var e : relations.entrySet()) if (r.hasProperty(e.getKey()) && !e.getValue().equals(Vocabulary.related(r, e.getKey()))) return false;
        return true;
    }

    /** Whether a unit definition is the known unit: the same dimension and, if it gives one, the same size. */
    private boolean sameUnit(Resource r, String id) {
        var known = v.units.get(id);
        List<Statement> dims = r.listProperties(CG.dimension).toList();
        if (known == null || dims.size() != 1 || !dims.get(0).getObject().isURIResource()) return false;
        if (!Vocabulary.localName(dims.get(0).getResource()).equals(known.dimension())) return false;
        Statement ind = r.getProperty(CG.indriyaUnit);
        return ind == null || v.sameSize(id, ind.getString());
    }

    /**
     * Checks a defined metric's relations: cg:changeOf only on a change or growth metric, cg:numerator and
     * cg:denominator together, cg:complementOf from a share to a share, each naming one metric of the
     * vocabulary or of the same definitions.
     */
    private void relations(Resource r, String id, String type, Model m, List<String> problems) {
        String where = "metric \"" + id + "\": ";
        for (var p : List.of(CG.changeOf, CG.numerator, CG.denominator, CG.complementOf)) {
            List<Statement> ss = r.listProperties(p).toList();
            if (ss.isEmpty()) continue;
            String name = p.getLocalName();
            String target = ss.size() == 1 ? Vocabulary.related(r, p) : null;
            if (target == null) problems.add(where + "\"" + name + "\" must name one metric");
            else if (!v.metrics.containsKey(target) && !m.contains(m.createResource(CG.METRIC + target), RDF.type, CG.Metric)) {
                problems.add(where + "\"" + name + "\": no metric \"" + target + "\"" + v.suggestMetric(target));
            } else if (target.equals(id)) problems.add(where + "\"" + name + "\" names the metric itself");
        }
        if (r.hasProperty(CG.changeOf) && type != null && !type.equals("Change") && !type.equals("Growth")) {
            problems.add(where + "\"changeOf\" needs a metric of type change or growth, not " + Vocabulary.jsonName(type));
        }
        if (r.hasProperty(CG.numerator) != r.hasProperty(CG.denominator)) problems.add(where + "\"numerator\" and \"denominator\" go together");
        String other = Vocabulary.related(r, CG.complementOf);
        if (other != null && !("Share".equals(type) && isShare(other, m))) {
            problems.add(where + "\"complementOf\" joins two metrics of type share (100% minus each other)");
        }
    }

    /** Whether a metric of the vocabulary or of the same definitions is a share. */
    private boolean isShare(String id, Model m) {
        var known = v.metrics.get(id);
        if (known != null) return known.type() == MetricType.SHARE;
        Statement t = m.createResource(CG.METRIC + id).getProperty(CG.metricType);
        return t != null && t.getObject().isURIResource() && "Share".equals(Vocabulary.localName(t.getResource()));
    }

    /** Checks what metrics and units share (id, labels, dimension, names) and copies the definition into {@code out}. */
    private String defineOne(Resource r, String kind, String ns, Map<String, ?> known, Map<String, String> names, List<String> problems, Model out) {
        String uri = r.isURIResource() ? r.getURI() : "";
        String id = uri.startsWith(ns) ? uri.substring(ns.length()) : null;
        if (id == null || !id.matches(kind.equals("unit") ? "[A-Za-z0-9][A-Za-z0-9-]*" : "[a-z0-9][a-z0-9-]*")) {
            problems.add(kind + " " + (r.isURIResource() ? "<" + uri + ">" : "without an IRI") + ": must be named " + ns + "{id} with a slug id");
            return null;
        }
        String where = kind + " \"" + id + "\": ";
        int before = problems.size();
        if (known.containsKey(id) && !v.defined.contains(id)) problems.add(where + "the vocabulary has this " + kind + " already; give the new one another id");
        String en = null;
        for (Statement s : r.listProperties(RDFS.label).toList()) if (s.getObject().isLiteral() && !s.getLanguage().toLowerCase(Locale.ROOT).startsWith("zh")) en = s.getString();
        if (en == null) problems.add(where + "needs an English label");
        List<Statement> dims = r.listProperties(CG.dimension).toList();
        String dim = dims.size() == 1 && dims.get(0).getObject().isURIResource() ? Vocabulary.localName(dims.get(0).getResource()) : null;
        if (dim == null || !v.dimensions.contains(dim)) {
            problems.add(where + (dim == null ? "needs one dimension" : "dimension \"" + Vocabulary.jsonName(dim) + "\" is unknown") + "; one of "
                    + String.join(", ", v.dimensions.stream().map(Vocabulary::jsonName).toList()));
        }
        List<String> all = new ArrayList<>(List.of(id));
        for (Statement s : r.listProperties(RDFS.label).toList()) all.add(s.getString());
        for (Statement s : r.listProperties(SKOS.altLabel).toList()) all.add(s.getString());
        for (String n : all) {
            String owner = names.get(Vocabulary.norm(n));
            if (owner != null && !owner.equals(id)) problems.add(where + "the name \"" + n + "\" is already " + kind + " \"" + owner + "\"");
        }
        Statement ind = r.getProperty(CG.indriyaUnit);
        if (ind != null) {
            try {
                Units.parse(ind.getString());
            } catch (IllegalArgumentException e) {
                problems.add(where + "Indriya unit " + e.getMessage());
            }
        }
        if (problems.size() > before) return id;
        out.add(r.listProperties());
        if (en != null && Vocabulary.label(r, "zh") == null) out.add(r, RDFS.label, en, "zh");
        if (!r.hasProperty(RDFS.comment)) out.add(r, RDFS.comment, en, "en");
        out.add(r, RDF.type, OWL.NamedIndividual);
        return id;
    }
}
