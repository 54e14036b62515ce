package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** ontology/shapes.ttl, shipped in the jar: what every RDF import must meet before it is committed. */
final class Shapes {
    private Shapes() {}

    private static org.apache.jena.shacl.Shapes shapes;

    static synchronized org.apache.jena.shacl.Shapes get() {
        if (shapes == null) {
            try (InputStream in = Shapes.class.getClassLoader().getResourceAsStream("claimgraph/ontology/shapes.ttl")) {
                if (in == null) throw new IllegalStateException("the program lacks ontology/shapes.ttl");
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                shapes = org.apache.jena.shacl.Shapes.parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shapes;
    }
}
