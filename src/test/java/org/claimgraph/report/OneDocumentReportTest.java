package org.claimgraph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimgraph.ClaimGraph;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report on one document reads its claims, their verdicts and the evidence they cite, and says what a report built from the whole store says. */
class OneDocumentReportTest {

    @TempDir Path dir;

    @Test
    void eachDocumentsReportIsTheOneTheWholeStoreGives() {
        Path store = dir.resolve("store");
        try (ClaimGraph cg = ClaimGraph.open("tdb2", store, null)) {
            cg.loadSeed();
            cg.check();
        }
        try (ClaimGraph cg = ClaimGraph.open("tdb2", store, null)) {
            // every document's own report first, from a store whose claims are not all read yet
            Map<String, String> one = new LinkedHashMap<>();
            java.util.List<String> ids = cg.store().query("SELECT ?d WHERE { GRAPH ?g { ?d a <" + CG.Document.getURI() + "> } } ORDER BY ?d",
                    q -> { java.util.List<String> out = new java.util.ArrayList<>();
                        q.execSelect().forEachRemaining(r -> out.add(r.getResource("d").getURI().substring(CG.DOC.length())));
                        return out; });
            for (String id : ids) one.put(id, JsonReport.render(cg.report(id)));
            assertTrue(one.size() > 30, "the seed and its evidence: " + one.size() + " documents");
            var s = cg.store();
            for (var e : one.entrySet()) {
                Report all = Report.build(s.documents(), s.claims(), s.assessments(), cg.vocabulary(), e.getKey(), s.checkedAt());
                assertEquals(JsonReport.render(all), e.getValue(), e.getKey());
            }
        }
    }
}
