package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.vocab.CG;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.Test;

/** What the store writes is what ontology/shapes.ttl says a valid graph is. */
class ShapesTest {

    /** The seed, checked, as the union of the store's graphs (shapes are checked against the union). */
    private static Model checkedSeed() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.loadSeed();
            cg.check();
            return Txn.calculateRead(cg.store().dataset(), () -> ModelFactory.createDefaultModel().add(cg.store().dataset().getUnionModel()));
        }
    }

    @Test
    void theSeedGraphWithItsAssessmentsConforms() {
        Model union = checkedSeed();
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        var report = ShaclValidator.get().validate(shapes, union.getGraph());
        if (!report.conforms()) ShLib.printReport(report);
        assertTrue(report.conforms(), "the stored graph breaks " + report.getEntries().size() + " constraints (printed above)");
        // computed numbers are one triple each, a sub-property of cg:number the graph declares
        assertTrue(union.contains(null, union.createProperty(CG.NUMBER + "tolerance.about")), "a finding states its numbers as cgn: properties");
        assertTrue(union.contains(union.createResource(CG.NUMBER + "tolerance.about"), RDFS.subPropertyOf, CG.number));
    }

    @Test
    void aComputedNumberHasExactlyOneDecimalValue() {
        Model union = checkedSeed();
        List<Resource> findings = union.listSubjectsWithProperty(RDF.type, CG.Finding).toList();
        Property text = union.createProperty(CG.NUMBER + "text"), twice = union.createProperty(CG.NUMBER + "twice");
        findings.get(0).addProperty(text, "eight");
        findings.get(1).addLiteral(twice, union.createTypedLiteral("1", XSDDatatype.XSDdecimal))
                .addLiteral(twice, union.createTypedLiteral("2", XSDDatatype.XSDdecimal));
        findings.get(2).addLiteral(CG.number, union.createTypedLiteral("3", XSDDatatype.XSDdecimal));
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        var report = ShaclValidator.get().validate(shapes, union.getGraph());
        Set<String> messages = new TreeSet<>();
        report.getEntries().forEach(e -> messages.add(e.message()));
        assertEquals(Set.of("A computed number (<" + CG.NUMBER + "text>) must have exactly one value, an xsd:decimal.",
                "A computed number (<" + CG.NUMBER + "twice>) must have exactly one value, an xsd:decimal.",
                "A computed number is stated with its own property (cgn:NAME, a sub-property of cg:number), never with cg:number itself.",
                "Each cg:finding must be a valid cg:Finding (exactly one rule, effect and message)."), messages);
    }
}
