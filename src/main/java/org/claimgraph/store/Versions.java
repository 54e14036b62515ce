package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Prov;

/** Comparing two versions of a resource: what a reload or a redefinition changes, literals compared by value. */
final class Versions {
    private Versions() {}

    /** The properties whose values differ between two versions of a resource, e.g. "label \"A\" → \"B\"". */
    static String difference(Model old, Model now, Resource r) {
        List<String> out = new ArrayList<>();
        java.util.Set<org.apache.jena.rdf.model.Property> props = new java.util.LinkedHashSet<>();
        old.listStatements(r, null, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> props.add(st.getPredicate()));
        now.listStatements(r, null, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> props.add(st.getPredicate()));
        for (var p : props) {
            var a = values(old, r, p);
            var b = values(now, r, p);
            if (!a.equals(b)) out.add(p.getLocalName() + " " + (a.isEmpty() ? "none" : String.join(" | ", a)) + " → " + (b.isEmpty() ? "none" : String.join(" | ", b)));
        }
        return out.isEmpty() ? "nested values differ" : String.join("; ", out);
    }


    static java.util.SortedSet<String> values(Model m, Resource r, org.apache.jena.rdf.model.Property p) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        m.listObjectsOfProperty(r, p).forEachRemaining(o -> {
            String v = o.isLiteral() ? "\"" + o.asLiteral().getLexicalForm() + "\"" : o.isURIResource() ? o.asResource().getLocalName() : "…";
            out.add(v.length() > 60 ? v.substring(0, 57) + "…\"" : v);
        });
        return out;
    }


    /** A resource's statements with its blank nodes, but not its claims'. */
    static Model ownStatements(Model m, Resource r) { return RdfMapping.closure(m, r); }


    /** A claim as compared on reload: without provenance and repeat links, which the file does not carry. */
    static Model comparable(Model claim) {
        Model m = withoutProvenance(claim);
        m.removeAll(null, CG.repeats, null);
        return canonical(m);
    }


    /** Literals by value: the store writes "5.0" for a decimal written "5". */
    static Model canonical(Model m) {
        Model out = ModelFactory.createDefaultModel();
        m.getGraph().find().forEachRemaining(t -> out.getGraph().add(t.getSubject(), t.getPredicate(), byValue(t.getObject())));
        return out;
    }


    static org.apache.jena.graph.Node byValue(org.apache.jena.graph.Node n) {
        if (!n.isLiteral() || !(n.getLiteralValue() instanceof Number)) return n;
        try {
            return org.apache.jena.graph.NodeFactory.createLiteralDT(
                    new java.math.BigDecimal(n.getLiteralLexicalForm().strip()).stripTrailingZeros().toPlainString(), n.getLiteralDatatype());
        } catch (NumberFormatException e) {
            return n; // not a decimal form (NaN, INF): compared as written
        }
    }


    static Model withoutProvenance(Model m) {
        Model copy = ModelFactory.createDefaultModel().add(m);
        copy.removeAll(null, Prov.wasGeneratedBy, null);
        copy.listSubjectsWithProperty(RDF.type, CG.LoadActivity).toList().forEach(r -> copy.removeAll(r, null, null));
        return copy;
    }
}
