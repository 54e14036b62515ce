package org.claimgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.vocab.CG;

/** A document's "metrics" and "units" as RDF, checked by the vocabulary and usable by its claims at once. */
final class Definitions {
    private final Reading r;

    Definitions(Reading reading) { this.r = reading; }

    Model read(JsonNode root) {
        Model m = ModelFactory.createDefaultModel();
        JsonNode ms = root.path("metrics"), us = root.path("units");
        for (int i = 0; ms.isArray() && i < ms.size(); i++) {
            JsonNode x = ms.get(i);
            // a malformed definition is told by the schema; its meaning is checked once it is well formed
            if (!x.isObject() || r.malformed("metrics[" + i + "]")) continue;
            String path = "metrics[" + i + "]";
            Resource res = term(m, x, path, "metric #" + (i + 1) + ": ", CG.METRIC, CG.Metric);
            if (res == null) continue;
            res.addProperty(CG.metricType, CG.term(x.get("type").asText()));
            String family = r.text(x, "family", path + ".family", "metric #" + (i + 1) + ": field \"family\"");
            if (family != null) res.addProperty(CG.family, family);
            if (x.path("wikidata").isTextual()) res.addProperty(CG.wikidataProperty, m.createResource("http://www.wikidata.org/entity/" + x.get("wikidata").asText()));
            for (var p : java.util.List.of(CG.changeOf, CG.numerator, CG.denominator, CG.complementOf)) {
                String f = p.getLocalName(), where = "metric #" + (i + 1) + ": field \"" + f + "\"";
                String named = r.text(x, f, path + "." + f, where);
                String id = named == null ? null : related(named, ms);
                if (id != null) res.addProperty(p, m.createResource(CG.METRIC + id));
                else if (named != null) r.problem(path + "." + f, where + ": no metric \"" + Inputs.shorten(named) + "\"" + r.vocabulary.suggestMetric(named));
            }
        }
        for (int i = 0; us.isArray() && i < us.size(); i++) {
            JsonNode x = us.get(i);
            if (!x.isObject() || r.malformed("units[" + i + "]")) continue;
            String path = "units[" + i + "]";
            Resource res = term(m, x, path, "unit #" + (i + 1) + ": ", CG.UNIT, CG.Unit);
            if (res == null) continue;
            String ind = r.text(x, "indriya", path + ".indriya", "unit #" + (i + 1) + ": field \"indriya\"");
            if (ind != null) res.addProperty(CG.indriyaUnit, ind);
            if (x.path("qudt").isTextual()) res.addProperty(SKOS.exactMatch, m.createResource(x.get("qudt").asText()));
        }
        Model accepted = ModelFactory.createDefaultModel();
        if (m.isEmpty()) return accepted;
        for (String p : r.vocabulary.defineOrMatch(m, r.name, accepted)) r.problem("", p);
        return accepted;
    }

    /** The id of the metric a relation names: one the same list defines (by id), else any name of the vocabulary; null if none. */
    private String related(String named, JsonNode defined) {
        for (JsonNode d : defined) if (named.equals(d.path("id").asText(null))) return named;
        return r.vocabulary.metricId(named).orElse(null);
    }

    /** What metric and unit definitions share: id, labels, aliases, dimension, definition. */
    private Resource term(Model m, JsonNode x, String path, String where, String ns, Resource type) {
        String id = r.text(x, "id", path + ".id", where + "field \"id\""), label = r.text(x, "label", path + ".label", where + "field \"label\"");
        if (id == null || label == null) return null;
        String dim = x.get("dimension").asText();
        Resource res = m.createResource(ns + id).addProperty(RDF.type, type).addProperty(RDFS.label, label, "en")
                .addProperty(CG.dimension, CG.term(dim.equals("none") ? "no-dimension" : dim));
        String zh = r.text(x, "labelZh", path + ".labelZh", where + "field \"labelZh\"");
        if (zh != null) res.addProperty(RDFS.label, zh, "zh");
        String def = r.text(x, "definition", path + ".definition", where + "field \"definition\"");
        if (def != null) res.addProperty(RDFS.comment, def, "en");
        JsonNode as = x.path("aliases");
        for (int i = 0; i < as.size(); i++) {
            String a = r.text(as.get(i), path + ".aliases[" + i + "]", where + "field \"aliases[" + i + "]\"");
            if (a != null) res.addProperty(SKOS.altLabel, a, ClaimFields.languageOf(a, "en"));
        }
        return res;
    }
}
