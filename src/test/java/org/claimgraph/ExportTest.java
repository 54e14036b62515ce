package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.ingest.ClaimDocumentWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is lost on the way out and back in. */
class ExportTest {

    static DatasetGraph parse(byte[] trig) {
        DatasetGraph g = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new java.io.ByteArrayInputStream(trig)).lang(Lang.TRIG).parse(g);
        return g;
    }

    static byte[] export(ClaimGraph cg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cg.store().exportTrig(out);
        return out.toByteArray();
    }

    @Test
    void trigExportLoadExportIsIsomorphic(@TempDir Path dir) throws Exception {
        byte[] first;
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.loadSeed();
            cg.check();
            cg.add("a.json", AddTest.NEW_SOURCE, f -> "", "a-reporter", null, true, null);
            first = export(cg);
        }
        Path file = dir.resolve("all.trig");
        Files.write(file, first);
        byte[] second;
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir.resolve("store"), null)) {
            cg.load(List.of(file), "test");
            second = export(cg);
        }
        DatasetGraph a = parse(first), b = parse(second);
        assertEquals(a.stream().count(), b.stream().count());
        // graph by graph: Jena's graph matcher handles thousands of blank nodes, a whole-dataset match does not
        List<String> names = new ArrayList<>();
        a.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        List<String> namesB = new ArrayList<>();
        b.listGraphNodes().forEachRemaining(n -> namesB.add(n.getURI()));
        assertEquals(new java.util.TreeSet<>(names), new java.util.TreeSet<>(namesB));
        for (String g : names) {
            var ga = a.getGraph(org.apache.jena.graph.NodeFactory.createURI(g));
            var gb = b.getGraph(org.apache.jena.graph.NodeFactory.createURI(g));
            assertTrue(ga.isIsomorphicWith(gb), "graph " + g + " differs after the round trip");
        }
    }

    @Test
    void claimDocumentsReadBackToTheSameClaims(@TempDir Path dir) throws Exception {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.loadSeed();
            var claims = cg.store().claims();
            List<Path> files = new ArrayList<>();
            for (var d : cg.store().documents()) {
                Path f = dir.resolve(d.id() + ".json");
                Files.writeString(f, ClaimDocumentWriter.write(d, claims.stream().filter(c -> c.docId().equals(d.id())).toList()), StandardCharsets.UTF_8);
                files.add(f);
            }
            try (ClaimGraph again = ClaimGraph.open("mem", null, null)) {
                again.load(files, "test");
                assertEquals(claims, again.store().claims());
                assertEquals(cg.store().documents(), again.store().documents());
            }
        }
    }
}
