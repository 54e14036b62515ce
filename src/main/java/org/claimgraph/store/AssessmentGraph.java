package org.claimgraph.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.model.Assessment;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Prov;

/** The assessments graph: the latest check's verdicts, written only where they changed. */
final class AssessmentGraph {
    private final ClaimStore store;
    private final Dataset dataset;

    AssessmentGraph(ClaimStore store) {
        this.store = store;
        this.dataset = store.dataset();
    }

    /** Replaces the assessments of some claims, leaving the rest of the latest run as it is. */
    void replace(List<Assessment> assessments, String ruleSetVersion) {
        ClaimIndex ix = store.warmIndex();
        List<Assessment> changed;
        synchronized (store) {
            changed = ix == null ? assessments : assessments.stream().filter(x -> !RdfMapping.sameStored(x, ix.assessment(x.claim()))).toList();
        }
        if (changed.isEmpty()) return;
        store.write(() -> {
            Model a = dataset.getNamedModel(CG.GRAPH_ASSESSMENTS);
            Model m = ModelFactory.createDefaultModel();
            Instant now = Instant.now();
            Resource run = m.createResource(CG.RUN + "recheck/" + now.toEpochMilli() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8))
                    .addProperty(RDF.type, CG.CheckRun).addProperty(RDF.type, Prov.Activity)
                    .addLiteral(Prov.startedAtTime, m.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime))
                    .addLiteral(Prov.endedAtTime, m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime))
                    .addProperty(CG.ruleSetVersion, ruleSetVersion).addProperty(CG.dataVersion, "incremental");
            for (Assessment x : changed) a.remove(RdfMapping.closure(a, a.createResource(CG.assessment(x.claim()))));
            a.add(m);
            var graph = a.getGraph();
            RdfMapping.assessments(changed, run.asNode(), graph::add);
            return null;
        }, after -> changed.forEach(after::putAssessment));
        store.touched.add(CG.GRAPH_ASSESSMENTS);
        store.push();
    }


    /** The latest assessments of some claims. */
    java.util.Map<String, Assessment> of(java.util.Collection<String> claimKeys) {
        ClaimIndex ix = store.warmIndex();
        if (ix != null) synchronized (store) {
            java.util.Map<String, Assessment> out = new java.util.HashMap<>();
            for (String k : claimKeys) if (ix.assessment(k) != null) out.put(k, ix.assessment(k));
            return out;
        }
        return Txn.calculateRead(dataset, () -> {
            Model a = dataset.getNamedModel(CG.GRAPH_ASSESSMENTS);
            java.util.Map<String, Assessment> out = new java.util.HashMap<>();
            for (String k : claimKeys) {
                Resource r = a.createResource(CG.assessment(k));
                if (a.contains(r, RDF.type, CG.Assessment)) out.put(k, RdfMapping.readAssessment(r));
            }
            return out;
        });
    }


    /** When the latest check run ended, or null when nothing was checked yet. */
    Instant checkedAt() {
        return Txn.calculateRead(dataset, () -> {
            Model m = dataset.getNamedModel(CG.GRAPH_ASSESSMENTS);
            Instant last = null;
            for (Resource run : m.listSubjectsWithProperty(RDF.type, CG.CheckRun).toList()) {
                var ended = run.getProperty(Prov.endedAtTime);
                if (ended == null) continue;
                Instant t = Instant.parse(ended.getString());
                if (last == null || t.isAfter(last)) last = t;
            }
            return last;
        });
    }


    /** Replaces the assessments graph with a check run's results. */
    void save(List<Assessment> assessments, String ruleSetVersion, Instant started) {
        // only what changed is written: most of a re-check's verdicts are the ones already stored
        List<Assessment> changed = new ArrayList<>();
        List<String> gone = new ArrayList<>(), replaced = new ArrayList<>();
        int claimCount;
        synchronized (store) {
            ClaimIndex ix = store.index();
            java.util.Set<String> now = new java.util.HashSet<>();
            for (Assessment x : assessments) {
                now.add(x.claim());
                Assessment old = ix.assessment(x.claim());
                if (RdfMapping.sameStored(x, old)) continue;
                changed.add(x);
                if (old != null) replaced.add(x.claim());
            }
            for (Assessment old : ix.assessments()) if (!now.contains(old.claim())) gone.add(old.claim());
            claimCount = ix.claims().size();
        }
        Model m = ModelFactory.createDefaultModel();
        boolean bulk = changed.size() >= ClaimStore.BULK_ASSESSMENTS;
        Resource[] ran = new Resource[1];
        store.write(() -> {
            Model a = dataset.getNamedModel(CG.GRAPH_ASSESSMENTS);
            for (String k : replaced) a.remove(RdfMapping.closure(a, a.createResource(CG.assessment(k))));
            for (String k : gone) a.remove(RdfMapping.closure(a, a.createResource(CG.assessment(k))));
            Resource run = ran[0] = m.createResource(CG.RUN + "check/" + started.toEpochMilli())
                    .addProperty(RDF.type, CG.CheckRun).addProperty(RDF.type, Prov.Activity)
                    .addLiteral(Prov.startedAtTime, m.createTypedLiteral(started.toString(), XSDDatatype.XSDdateTime))
                    .addLiteral(Prov.endedAtTime, m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime))
                    .addProperty(CG.ruleSetVersion, ruleSetVersion)
                    .addProperty(CG.dataVersion, claimCount + " claims");
            if (!bulk) {
                a.add(m);
                var graph = a.getGraph();
                RdfMapping.assessments(changed, run.asNode(), graph::add);
            }
            return null;
        }, after -> {
            gone.forEach(after::removeAssessment);
            changed.forEach(after::putAssessment);
        });
        // many new verdicts (a first check, new rules): TDB2's bulk loader writes them many times faster than a transaction
        if (bulk) {
            ClaimIndex before = store.warmIndex();
            var g = org.apache.jena.graph.NodeFactory.createURI(CG.GRAPH_ASSESSMENTS);
            store.bulkAdd(out -> {
                m.getGraph().find().forEachRemaining(t -> out.quad(Quad.create(g, t)));
                RdfMapping.assessments(changed, ran[0].asNode(), t -> out.quad(Quad.create(g, t)));
            });
            if (before != null) {
                store.keepIndex(before);
            }
        }
        store.touched.add(CG.GRAPH_ASSESSMENTS);
        store.push();
    }
}
