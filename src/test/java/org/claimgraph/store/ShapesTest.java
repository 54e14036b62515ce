package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void theSeedGraphWithItsAssessmentsConforms() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.loadSeed();
            cg.check();
            Model union = Txn.calculateRead(cg.store().dataset(), () -> ModelFactory.createDefaultModel().add(cg.store().dataset().getUnionModel()));
            Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
            var report = ShaclValidator.get().validate(shapes, union.getGraph());
            if (!report.conforms()) ShLib.printReport(report);
            assertTrue(report.conforms(), "the stored graph breaks " + report.getEntries().size() + " constraints (printed above)");
        }
    }
}
