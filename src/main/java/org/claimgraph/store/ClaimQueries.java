package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.vocab.CG;

/** The claims an addition can touch, read from the graph when the in-memory index is not in step. */
final class ClaimQueries {
    private final ClaimStore store;
    private final Dataset dataset;

    ClaimQueries(ClaimStore store) {
        this.store = store;
        this.dataset = store.dataset();
    }

    List<Claim> claimsWhere(java.util.Set<String> entities, java.util.Set<String> metrics, boolean rankedOnly, java.util.Set<String> keys) {
        return Txn.calculateRead(dataset, () -> {
            // built from nodes, never from text: no id can change the query
            Var c = Var.alloc("c"), x = Var.alloc("x"), m = Var.alloc("m"), k = Var.alloc("k"), cmp = Var.alloc("cmp"), side = Var.alloc("side");
            ElementUnion union = new ElementUnion();
            if (!entities.isEmpty()) {
                List<Node> vals = entities.stream().map(e -> NodeFactory.createURI(CG.ENTITY + e)).toList();
                union.addElement(part(x, vals, Triple.create(c, CG.subject.asNode(), x)));
                union.addElement(part(x, vals, Triple.create(c, CG.object.asNode(), x)));
            }
            if (!metrics.isEmpty()) {
                List<Node> vals = metrics.stream().map(e -> NodeFactory.createURI(CG.METRIC + e)).toList();
                union.addElement(rankedOnly ? part(m, vals, Triple.create(c, CG.metric.asNode(), m), Triple.create(c, CG.rank.asNode(), Var.alloc("rank")))
                        : part(m, vals, Triple.create(c, CG.metric.asNode(), m)));
            }
            if (!keys.isEmpty()) {
                List<Node> vals = keys.stream().map(e -> NodeFactory.createURI(CG.claim(e))).toList();
                union.addElement(part(c, vals));
                // comparisons that name these claims as a side
                union.addElement(part(k, vals, Triple.create(c, CG.compares.asNode(), cmp), Triple.create(cmp, side, k)));
            }
            if (union.getElements().isEmpty()) return List.<Claim>of();
            Query q = new Query();
            q.setQuerySelectType();
            q.setDistinct(true);
            q.addResultVar(c);
            // no type test here: joined with every claim in the store it costs seconds; readOne keeps only current claims
            q.setQueryPattern(union);
            List<String> found = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    Resource r = row.getResource("c");
                    if (r.isURIResource() && r.getURI().startsWith(CG.DOC)) found.add(RdfMapping.claimKey(r)); // not a gap's event node
                });
            }
            List<Claim> out = new ArrayList<>();
            for (String key : found) readOne(key).ifPresent(out::add);
            return out;
        });
    }


    /** { VALUES ?var { values } triples } */
    static org.apache.jena.sparql.syntax.Element part(Var var, List<Node> values, Triple... triples) {
        ElementGroup g = new ElementGroup();
        ElementData data = new ElementData();
        data.add(var);
        for (Node v : values) data.add(org.apache.jena.sparql.engine.binding.BindingFactory.binding(var, v));
        g.addElement(data);
        if (triples.length > 0) {
            ElementPathBlock block = new ElementPathBlock();
            for (Triple t : triples) block.addTriple(t);
            g.addElement(block);
        }
        return g;
    }


    /** A claim read from its document's graph (inside a read transaction): its statements and blank nodes only. */
    java.util.Optional<Claim> readOne(String key) {
        Model g = dataset.getNamedModel(CG.docGraph(key.substring(0, key.indexOf('/'))));
        Resource r = g.createResource(CG.claim(key));
        if (!g.contains(r, RDF.type, CG.Claim)) return java.util.Optional.empty();
        return java.util.Optional.of(RdfMapping.readClaim(ModelFactory.createDefaultModel().add(RdfMapping.closure(g, r)).createResource(r.getURI())));
    }


    /** Documents by id. */
    List<Document> documents(java.util.Set<String> ids) {
        ClaimIndex ix = store.handyIndex();
        if (ix != null) synchronized (store) { return ids.stream().map(ix::document).filter(java.util.Objects::nonNull).toList(); }
        return committedDocuments(ids);
    }

    /** Documents by id as last committed, read from the graph: beside a running write, not after it. */
    List<Document> committedDocuments(java.util.Set<String> ids) {
        return Txn.calculateRead(dataset, () -> {
            Model union = dataset.getUnionModel();
            List<Document> out = new ArrayList<>();
            for (String id : ids) {
                Resource d = union.createResource(CG.doc(id));
                if (union.contains(d, RDF.type, CG.Document)) out.add(RdfMapping.readDocument(d));
            }
            return out;
        });
    }
}
