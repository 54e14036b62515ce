package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.algebra.Algebra;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on disk keeps its verdicts in a log and shows them to SPARQL as the assessments graph: every
 * query over them answers as over a store in memory, whose verdicts are triples of the graph.
 */
class VerdictViewTest {

    @TempDir Path dir;

    private static final String PREFIXES = "PREFIX cg: <https://w3id.org/claimgraph/ns#> PREFIX schema: <http://schema.org/> "
            + "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    private static final List<String> QUERIES = List.of(
            "SELECT ?claim ?v ?reason WHERE { GRAPH <https://w3id.org/claimgraph/graph/assessments> { ?a schema:itemReviewed ?claim ; cg:verdict ?v ; cg:reason ?reason } }",
            "SELECT ?claim ?rule ?kind ?effect ?msg WHERE { ?a schema:itemReviewed ?claim ; cg:finding ?f . ?f cg:rule ?rule ; cg:findingKind ?kind ; cg:effect ?effect ; cg:message ?msg }",
            "SELECT ?claim ?p ?n WHERE { ?a schema:itemReviewed ?claim ; cg:finding ?f . ?f ?p ?n . ?p rdfs:subPropertyOf cg:number }",
            "SELECT ?id ?v WHERE { ?c a cg:Claim ; cg:claimId ?id . ?a schema:itemReviewed ?c ; cg:verdict ?v }",
            // from each claim to its assessment's own triples, then to its findings'
            "SELECT ?id ?t ?cv ?msg WHERE { ?c a cg:Claim ; cg:claimId ?id . ?a schema:itemReviewed ?c ; a ?t ; cg:caveat ?cv ; cg:finding ?f . ?f cg:message ?msg }",
            "SELECT ?claim ?used WHERE { ?a schema:itemReviewed ?claim ; cg:finding/cg:usedClaim ?used }",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/claimgraph/graph/assessments> { ?s ?p ?o } }",
            "SELECT ?v (COUNT(?a) AS ?n) WHERE { ?a a cg:Assessment ; cg:verdict ?v } GROUP BY ?v",
            "SELECT ?g WHERE { GRAPH ?g { ?a a cg:Assessment } } GROUP BY ?g",
            "SELECT ?rules WHERE { ?run a cg:CheckRun ; cg:ruleSetVersion ?rules ; prov:endedAtTime ?t }");

    /** Each query's rows, blank nodes left out (named differently in each store), numbers by value (TDB2 writes 17 as 17.0), sorted. */
    private static List<List<String>> answers(ClaimGraph cg) {
        List<List<String>> out = new ArrayList<>();
        for (String q : QUERIES) {
            out.add(cg.store().query(PREFIXES + q, qe -> {
                List<String> rows = new ArrayList<>();
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var row = rs.next();
                    StringBuilder b = new StringBuilder();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = row.get(v);
                        b.append(n == null || n.isAnon() ? "-" : n.isLiteral() && n.asLiteral().getValue() instanceof Number x
                                ? new java.math.BigDecimal(x.toString()).stripTrailingZeros().toPlainString() : n.toString()).append(" | ");
                    }
                    rows.add(b.toString());
                }
                rows.sort(null);
                return rows;
            }));
        }
        return out;
    }

    @Test
    void queriesOverTheLogsVerdictsAnswerAsOverTriples() {
        List<List<String>> inMemory, onDisk;
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.loadSeed();
            cg.check();
            inMemory = answers(cg);
        }
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            cg.loadSeed();
            cg.check();
        }
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) { // read back in another opening
            onDisk = answers(cg);
        }
        assertTrue(inMemory.get(0).size() > 50, "the seed's verdicts: " + inMemory.get(0).size());
        assertFalse(inMemory.get(2).isEmpty(), "findings state numbers");
        for (int i = 0; i < QUERIES.size(); i++) assertEquals(inMemory.get(i), onDisk.get(i), QUERIES.get(i));
    }

    @Test
    void aQueryThatCannotMeetAVerdictRunsOnTdb2Alone() {
        assertFalse(reads("SELECT ?c ?id WHERE { ?c a cg:Claim ; cg:claimId ?id }"));
        assertFalse(reads("SELECT ?g ?id WHERE { GRAPH ?g { ?c cg:claimId ?id } }"));
        assertTrue(reads("SELECT ?a ?v WHERE { ?a cg:verdict ?v }"));
        assertTrue(reads("SELECT ?s ?o WHERE { ?s a ?o }"));
        assertTrue(reads("SELECT * WHERE { ?s ?p ?o }"));
        assertTrue(reads("SELECT * WHERE { ?s cg:claimId/^schema:itemReviewed ?o }"));
        assertTrue(reads("SELECT * WHERE { ?f <https://w3id.org/claimgraph/number/ratio> ?n }"));
        assertTrue(reads("SELECT * WHERE { GRAPH <https://w3id.org/claimgraph/graph/assessments> { } }"));
    }

    private static boolean reads(String query) {
        return VerdictDataset.mayRead(Algebra.compile(QueryFactory.create(PREFIXES + query)));
    }
}
