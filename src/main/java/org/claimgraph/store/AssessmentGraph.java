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

/**
 * The assessments graph: the latest check's verdicts, written only where they changed. A store on disk keeps
 * them in its verdict log (the graph is a view of it, see {@link VerdictDataset}); what its TDB2 graph holds
 * too (verdicts a remote store sent, or written before there was a log) is read as well, and replaced there
 * by what the log gets. Other stores keep them as triples of the graph.
 */
final class AssessmentGraph {
    private final ClaimStore store;
    private final Dataset dataset;
    /** Null: the verdicts are triples of the dataset. */
    private final VerdictLog log;

    AssessmentGraph(ClaimStore store) {
        this.store = store;
        this.dataset = store.dataset();
        this.log = store.verdictLog();
    }

    /** The verdicts TDB2 itself holds under the log (none, mostly); the whole graph when there is no log. */
    private Model stored() {
        return log == null ? dataset.getNamedModel(CG.GRAPH_ASSESSMENTS)
                : ModelFactory.createModelForGraph(((VerdictDataset) dataset.asDatasetGraph()).tdb().getGraph(VerdictDataset.NAME));
    }

    /** Writes some assessments made by a run, and removes others, in the log: durable once this returns. */
    private void toLog(VerdictLog.Run run, List<Assessment> put, java.util.Collection<String> remove) {
        VerdictLog.Batch b = log.begin();
        try {
            if (run != null) b.run(run);
            for (Assessment x : put) b.put(x, run.iri());
            for (String k : remove) b.remove(k);
            b.commit();
        } catch (RuntimeException e) {
            b.abort();
            throw e;
        }
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
            Model a = stored();
            Model m = ModelFactory.createDefaultModel();
            Instant now = Instant.now();
            String runIri = CG.RUN + "recheck/" + now.toEpochMilli() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            if (log != null) {
                if (!a.isEmpty()) for (Assessment x : changed) a.remove(RdfMapping.closure(a, a.createResource(CG.assessment(x.claim()))));
                toLog(new VerdictLog.Run(runIri, now, Instant.now(), ruleSetVersion, "incremental"), changed, List.of());
                return null;
            }
            Resource run = m.createResource(runIri)
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
            Model a = stored();
            boolean legacy = log == null || !a.isEmpty();
            java.util.Map<String, Assessment> out = new java.util.HashMap<>();
            for (String k : claimKeys) {
                VerdictLog.Stored logged = log == null ? null : log.get(k);
                if (logged != null) {
                    out.put(k, logged.assessment());
                    continue;
                }
                Model m = legacy ? stored(a, k) : null;
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
        if (log != null) log.forEach(x -> each.accept(x.assessment()));
        Model a = stored();
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
            Model m = stored();
            Instant last = null;
            if (log != null) for (VerdictLog.Run r : log.runs()) if (last == null || r.ended().isAfter(last)) last = r.ended();
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
        if (log != null) return saveToLog(ruleSetVersion, started, check);
        return saving((ix, stamps, seen, counts, writing) -> {
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
        });
    }

    /** What a check's saving does with each verdict, in the write: see {@link #saving}. */
    private interface SaveBody {
        void run(ClaimIndex ix, Map<String, RdfMapping.Stamp> stamps, java.util.Set<String> seen, int[] counts, long[] writing);
    }

    /**
     * What both ways of saving a check share: one write transaction, the index looked at the one the write keeps
     * in step, the stamps it keeps of each verdict after it (without an index, only the keys seen), and the counts
     * of verdicts assessed and written and the time spent writing.
     */
    private ClaimStore.Saved saving(SaveBody body) {
        int[] counts = new int[2];
        long[] writing = new long[1];
        synchronized (store) {
            ClaimIndex ix = store.warmIndex();
            Map<String, RdfMapping.Stamp> stamps = ix == null ? null : new java.util.HashMap<>();
            java.util.Set<String> seen = ix == null ? new java.util.HashSet<>() : stamps.keySet();
            store.write(() -> {
                body.run(ix, stamps, seen, counts, writing);
                return null;
            }, after -> after.keepStamps(stamps));
        }
        store.touched.add(CG.GRAPH_ASSESSMENTS);
        store.push();
        return new ClaimStore.Saved(counts[0], counts[1], writing[0] / 1e9);
    }

    /** {@link #save(String, Instant, Consumer)} into the log: one batch, made durable and seen only when the check is done. */
    private ClaimStore.Saved saveToLog(String ruleSetVersion, Instant started, Consumer<Consumer<List<Assessment>>> check) {
        return saving((ix, stamps, seen, counts, writing) -> {
            Model legacy = stored();
            boolean anyLegacy = !legacy.isEmpty();
            String run = CG.RUN + "check/" + started.toEpochMilli();
            VerdictLog.Batch b = log.begin();
            try {
                // the run first (its verdicts name it), again with its end once that is known
                b.run(new VerdictLog.Run(run, started, started, ruleSetVersion, "unfinished"));
                check.accept(batch -> {
                    long t = System.nanoTime();
                    for (Assessment x : batch) {
                        String k = x.claim();
                        boolean same;
                        if (ix != null) {
                            stamps.put(k, RdfMapping.Stamp.of(x));
                            same = ix.stores(x);
                        } else {
                            seen.add(k);
                            VerdictLog.Stored old = log.get(k);
                            Model oldTriples = old == null && anyLegacy ? stored(legacy, k) : null;
                            same = RdfMapping.sameStored(x, old != null ? old.assessment()
                                    : oldTriples != null ? RdfMapping.readAssessment(oldTriples.createResource(CG.assessment(k))) : null);
                        }
                        if (same) continue;
                        if (anyLegacy) legacy.remove(RdfMapping.closure(legacy, legacy.createResource(CG.assessment(k))));
                        b.put(x, run);
                        counts[1]++;
                    }
                    counts[0] += batch.size();
                    writing[0] += System.nanoTime() - t;
                });
                java.util.Set<String> gone = new java.util.HashSet<>(ix != null ? ix.assessed() : log.keys());
                if (ix == null && anyLegacy) legacy.listSubjectsWithProperty(RDF.type, CG.Assessment)
                        .forEachRemaining(r -> gone.add(r.getURI().substring(CG.ASSESSMENT.length())));
                gone.removeAll(seen);
                for (String k : gone) {
                    if (log.holds(k)) b.remove(k);
                    if (anyLegacy) legacy.remove(RdfMapping.closure(legacy, legacy.createResource(CG.assessment(k))));
                }
                b.run(new VerdictLog.Run(run, started, Instant.now(), ruleSetVersion, counts[0] + " claims"));
                long t = System.nanoTime();
                b.commit();
                writing[0] += System.nanoTime() - t;
            } catch (RuntimeException e) {
                b.abort();
                throw e;
            }
        });
    }

    /** Removes a claim's assessment (the claim was retracted), in the write under way. */
    void remove(String claimKey) {
        Model a = stored();
        a.remove(RdfMapping.closure(a, a.createResource(CG.assessment(claimKey))));
        if (log != null && log.holds(claimKey)) toLog(null, List.of(), List.of(claimKey));
    }
}
