package org.claimgraph.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
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
        List<Assessment> changed;
        ClaimIndex ix = store.warmIndex();
        if (ix != null) synchronized (store) {
            changed = assessments.stream().filter(x -> !ix.stores(x)).toList();
        } else {
            Map<String, Assessment> stored = of(assessments.stream().map(Assessment::claim).toList());
            changed = assessments.stream().filter(x -> !RdfMapping.sameStored(x, stored.get(x.claim()))).toList();
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


    /** The latest verdicts of some claims: from the index's stamps when it is in step (an add asks for hundreds). */
    Map<String, org.claimgraph.model.Verdict> verdicts(java.util.Collection<String> claimKeys) {
        ClaimIndex ix = store.warmIndex();
        Map<String, org.claimgraph.model.Verdict> out = new java.util.HashMap<>();
        if (ix != null) synchronized (store) {
            for (String k : claimKeys) if (ix.verdict(k) != null) out.put(k, ix.verdict(k));
            return out;
        }
        of(claimKeys).forEach((k, a) -> out.put(k, a.verdict()));
        return out;
    }

    /** The latest assessments of some claims. */
    java.util.Map<String, Assessment> of(java.util.Collection<String> claimKeys) {
        return Txn.calculateRead(dataset, () -> {
            Model a = dataset.getNamedModel(CG.GRAPH_ASSESSMENTS);
            java.util.Map<String, Assessment> out = new java.util.HashMap<>();
            for (String k : claimKeys) {
                Model m = stored(a, k);
                if (m != null) out.put(k, RdfMapping.readAssessment(m.createResource(CG.assessment(k))));
            }
            return out;
        });
    }


    /**
     * Hands each stored assessment to {@code each}, read one at a time in the caller's read transaction:
     * copying the graph first, as a document's graph is read, would hold some 20 triples a verdict at once
     * (and is slower).
     */
    void forEach(Consumer<Assessment> each) {
        Model a = dataset.getNamedModel(CG.GRAPH_ASSESSMENTS);
        for (var it = a.listSubjectsWithProperty(RDF.type, CG.Assessment); it.hasNext();) {
            Resource r = it.next();
            Assessment x;
            try {
                x = RdfMapping.readAssessment(RdfMapping.closure(a, r).createResource(r.getURI()));
            } catch (RuntimeException e) {
                throw new IllegalStateException("malformed Assessment " + r + ": " + e.getMessage(), e);
            }
            each.accept(x);
        }
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


    /** The stored statements of a claim's assessment, copied out of the graph (read many times faster there), or null. */
    private static Model stored(Model graph, String claimKey) {
        Resource r = graph.createResource(CG.assessment(claimKey));
        return graph.contains(r, RDF.type, CG.Assessment) ? RdfMapping.closure(graph, r) : null;
    }

    /** Replaces the assessments graph with a check run's results. */
    void save(List<Assessment> assessments, String ruleSetVersion, Instant started) {
        save(ruleSetVersion, started, sink -> sink.accept(assessments));
    }

    /**
     * Replaces the assessments graph with a check run's results while the check runs: {@code check} hands
     * them to its sink a batch at a time, and each that differs from the stored one replaces it as it comes;
     * the verdicts of claims the check did not assess go and the run is recorded. All of it is one write
     * transaction: a check that throws leaves the stored verdicts as they were. The warm index keeps only
     * each verdict's stamp (the assessments are read from the graph when needed): holding all of them is
     * what grew with the store.
     */
    ClaimStore.Saved save(String ruleSetVersion, Instant started, Consumer<Consumer<List<Assessment>>> check) {
        int[] counts = new int[2];
        long[] writing = new long[1];
        synchronized (store) { // the index looked at is the one the write keeps in step
            ClaimIndex ix = store.warmIndex();
            // what the index keeps of each verdict once it lets them go, made as they come; without an index, only the keys
            Map<String, RdfMapping.Stamp> stamps = ix == null ? null : new java.util.HashMap<>();
            java.util.Set<String> seen = ix == null ? new java.util.HashSet<>() : stamps.keySet();
            store.write(() -> {
                Model a = dataset.getNamedModel(CG.GRAPH_ASSESSMENTS);
                var graph = a.getGraph();
                // a first check (nothing stored) looks nothing up
                boolean any = ix != null ? !ix.assessed().isEmpty() : a.contains(null, RDF.type, CG.Assessment);
                Resource run = ResourceFactory.createResource(CG.RUN + "check/" + started.toEpochMilli());
                java.util.Set<String> declared = new java.util.HashSet<>();
                check.accept(batch -> {
                    long t = System.nanoTime();
                    List<Assessment> changed = new ArrayList<>();
                    for (Assessment x : batch) {
                        String k = x.claim();
                        boolean same, stored;
                        Model old = null;
                        if (ix != null) {
                            stamps.put(k, RdfMapping.Stamp.of(x));
                            same = ix.stores(x);
                            stored = ix.verdict(k) != null;
                        } else {
                            seen.add(k);
                            old = any ? stored(a, k) : null;
                            stored = old != null;
                            same = stored && RdfMapping.sameStored(x, RdfMapping.readAssessment(old.createResource(CG.assessment(k))));
                        }
                        if (same) continue;
                        if (stored) a.remove(old != null ? old : RdfMapping.closure(a, a.createResource(CG.assessment(k))));
                        changed.add(x);
                    }
                    RdfMapping.assessments(changed, run.asNode(), declared, graph::add);
                    counts[0] += batch.size();
                    counts[1] += changed.size();
                    writing[0] += System.nanoTime() - t;
                });
                if (any) {
                    List<String> gone = new ArrayList<>();
                    if (ix != null) {
                        for (String k : ix.assessed()) if (!seen.contains(k)) gone.add(k);
                    } else {
                        a.listSubjectsWithProperty(RDF.type, CG.Assessment).forEachRemaining(r -> {
                            String k = r.getURI().substring(CG.ASSESSMENT.length());
                            if (!seen.contains(k)) gone.add(k);
                        });
                    }
                    for (String k : gone) a.remove(RdfMapping.closure(a, a.createResource(CG.assessment(k))));
                }
                Model m = ModelFactory.createDefaultModel();
                m.createResource(run.getURI())
                        .addProperty(RDF.type, CG.CheckRun).addProperty(RDF.type, Prov.Activity)
                        .addLiteral(Prov.startedAtTime, m.createTypedLiteral(started.toString(), XSDDatatype.XSDdateTime))
                        .addLiteral(Prov.endedAtTime, m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime))
                        .addProperty(CG.ruleSetVersion, ruleSetVersion)
                        .addProperty(CG.dataVersion, counts[0] + " claims");
                a.add(m);
                return null;
            }, after -> after.keepStamps(stamps));
        }
        store.touched.add(CG.GRAPH_ASSESSMENTS);
        store.push();
        return new ClaimStore.Saved(counts[0], counts[1], writing[0] / 1e9);
    }
}
