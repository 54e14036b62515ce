package org.claimgraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import org.apache.jena.system.Txn;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.vocab.CG;

/**
 * RDF datasets imported beside claim documents: never into the program's own graphs nor about what the
 * store holds (unless restoring an export into an empty store), and only when they meet the shapes.
 */
final class RdfImport {
    private final ClaimStore store;
    private final Dataset dataset;

    RdfImport(ClaimStore store) {
        this.store = store;
        this.dataset = store.dataset();
    }

    /** The graphs only the program writes: an RDF import may not name them (except to restore an export into an empty store). */
    static boolean programGraph(String g) {
        return g.equals(CG.GRAPH_ASSESSMENTS) || g.equals(CG.GRAPH_HISTORY) || g.equals(CG.GRAPH_GAZETTEER) || g.equals(CG.GRAPH_VOCABULARY)
                || (g.startsWith(CG.DOC) && g.contains("/revision/"));
    }


    /** Whether the store holds nothing but the installed vocabulary and gazetteer. */
    boolean fresh() {
        for (Iterator<Resource> it = dataset.listModelNames(); it.hasNext();) {
            String g = it.next().getURI();
            if (!g.equals(CG.GRAPH_VOCABULARY) && !g.equals(CG.GRAPH_GAZETTEER)) return false;
        }
        return true;
    }


    void importRdf(Map<String, DatasetGraph> rdf, List<String> problems) {
        boolean restore = fresh();
        Model imported = ModelFactory.createDefaultModel();
        rdf.forEach((graph, parsed) -> {
            java.util.Set<String> named = new java.util.TreeSet<>(), known = new java.util.TreeSet<>();
            for (Iterator<Quad> it = parsed.find(); it.hasNext();) {
                Quad q = it.next();
                if (q.isDefaultGraph() || !q.getGraph().isURI()) continue;
                String g = q.getGraph().getURI();
                if (g.equals(CG.GRAPH_VOCABULARY) && restore) continue;
                if (!restore && (programGraph(g) || (g.startsWith(CG.GRAPH + "doc/") && dataset.containsNamedModel(g)))) named.add(g);
            }
            if (!restore && named.isEmpty()) {
                var definitions = parsed.getUnionGraph();
                for (Iterator<Quad> it = parsed.find(); it.hasNext() && known.size() < 5;) {
                    var subject = it.next().getSubject();
                    // metrics and units are defined (and redefined) through the reader
                    if (definitions.contains(subject, RDF.type.asNode(), CG.Metric.asNode()) || definitions.contains(subject, RDF.type.asNode(), CG.Unit.asNode())) continue;
                    if (subject.isURI() && subject.getURI().startsWith("https://w3id.org/claimgraph/")
                            && dataset.asDatasetGraph().getUnionGraph().contains(subject, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)) {
                        known.add(subject.getURI());
                    }
                }
            }
            for (String g : named) {
                problems.add(graph.substring(graph.lastIndexOf('/') + 1) + ": the graph <" + g + "> is the program's own (or an existing document's); "
                        + "RDF imports may not write it (load the claim documents instead, or restore an export into an empty store)");
            }
            for (String k : known) {
                problems.add(graph.substring(graph.lastIndexOf('/') + 1) + ": <" + k + "> is already in the store; RDF imports may not add to it "
                        + "(revise it with its claim document or add --reason)");
            }
            if (named.isEmpty() && known.isEmpty()) addQuads(parsed, graph, imported);
        });
        if (!problems.isEmpty()) return;
        // metrics and units an import defines are checked by the reader, like the catalogue's
        for (Resource type : List.of(CG.Metric, CG.Unit)) {
            for (Resource r : imported.listSubjectsWithProperty(RDF.type, type).toList()) imported.removeAll(r, null, null);
        }
        imported.add(dataset.getNamedModel(CG.GRAPH_VOCABULARY)).add(dataset.getNamedModel(CG.GRAPH_GAZETTEER));
        var report = org.apache.jena.shacl.ShaclValidator.get().validate(Shapes.get(), imported.getGraph());
        if (!report.conforms()) {
            var entries = new ArrayList<>(report.getEntries());
            for (var e : entries.subList(0, Math.min(5, entries.size()))) {
                problems.add(String.join(", ", rdf.keySet().stream().map(g -> g.substring(g.lastIndexOf('/') + 1)).toList())
                        + ": does not meet ontology/shapes.ttl: " + e.focusNode() + " " + e.message());
            }
            if (entries.size() > 5) problems.add("… and " + (entries.size() - 5) + " more violations of ontology/shapes.ttl");
            return;
        }
        store.readContents();
    }


    /** Adds parsed quads inside the caller's write transaction; triples outside a named graph go to {@code defaultGraph}. */
    int addQuads(DatasetGraph parsed, String defaultGraph, Model copy) {
        int n = 0;
        for (Iterator<Quad> it = parsed.find(); it.hasNext();) {
            Quad q = it.next();
            // the program installs its own vocabulary: a copy in an export would only duplicate its blank nodes;
            // what documents defined is kept
            if (q.getGraph().isURI() && q.getGraph().getURI().equals(CG.GRAPH_VOCABULARY)
                    && !parsed.contains(q.getGraph(), q.getSubject(), CG.definedIn.asNode(), org.apache.jena.graph.Node.ANY)) continue;
            var g = q.isDefaultGraph() ? org.apache.jena.graph.NodeFactory.createURI(defaultGraph) : q.getGraph();
            dataset.asDatasetGraph().add(g, q.getSubject(), q.getPredicate(), q.getObject());
            copy.getGraph().add(q.getSubject(), q.getPredicate(), q.getObject());
            store.touched.add(g.getURI());
            n++;
        }
        return n;
    }

    /**
     * What is wrong with a graph another process writes through the Graph Store Protocol (the remote
     * mirror's PUT or POST of one graph), judged by the shapes as a load's RDF is: each node the graph
     * describes must meet ontology/shapes.ttl against what the store would then hold. Empty when it may
     * be written.
     */
    List<String> problemsOfGraphWrite(String graphName, org.apache.jena.graph.Graph incoming, boolean replace) {
        return Txn.calculateRead(dataset, () -> {
            var union = new org.apache.jena.graph.compose.MultiUnion();
            union.addGraph(incoming);
            for (Iterator<Resource> it = dataset.listModelNames(); it.hasNext();) {
                String g = it.next().getURI();
                if (!(replace && g.equals(graphName))) union.addGraph(dataset.getNamedModel(g).getGraph());
            }
            List<String> problems = new ArrayList<>();
            var types = org.apache.jena.vocabulary.RDF.type.asNode();
            java.util.Set<org.apache.jena.graph.Node> focus = new java.util.LinkedHashSet<>();
            incoming.find(org.apache.jena.graph.Node.ANY, types, org.apache.jena.graph.Node.ANY).forEachRemaining(t -> focus.add(t.getSubject()));
            for (var n : focus) {
                var report = org.apache.jena.shacl.ShaclValidator.get().validate(Shapes.get(), union, n);
                for (var e : report.getEntries()) {
                    if (problems.size() < 5) problems.add("graph <" + graphName + ">: does not meet ontology/shapes.ttl: " + e.focusNode() + " " + e.message());
                }
            }
            return problems;
        });
    }
}
