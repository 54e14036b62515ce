package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Verdict;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Journalists add claims and evidence: validated, matched, checked at once, never lost. */
class AddTest {

    ClaimGraph cg;

    @BeforeEach void seed() {
        cg = ClaimGraph.open("mem", null, null);
        cg.loadSeed();
        cg.check();
    }

    @AfterEach void close() { cg.close(); }

    static final String NEW_SOURCE = """
            {"document": {"id": "fortune-h1-loss", "title": "OpenAI's first-half loss", "language": "en", "publisher": "Fortune",
              "published": "2025-10-01", "tier": "major-press", "url": "https://example.org/fortune-h1"},
             "claims": [{"id": "net-loss-h1", "quote": "OpenAI's 2025 net loss was $13.5 billion in the first half alone",
               "statement": "OpenAI's net loss in the first half of 2025 was $13.5 billion.", "claimant": "author",
               "subject": "OpenAI", "metric": "net loss", "value": "13.5 billion USD", "period": "2025-H1", "kind": "statistical"}]}""";

    AddResultView add(String json, boolean force, String link, String reason) {
        return new AddResultView(cg.add("new.json", json, f -> "", "a-reporter", reason, force, link));
    }

    record AddResultView(ClaimGraph.AddResult r) {}

    @Test
    void similarClaimsComeFirstAndNothingIsStoredUntilTheJournalistChooses() {
        long before = cg.store().size();
        var r = add(NEW_SOURCE, false, null, null).r();
        assertFalse(r.stored());
        assertTrue(r.similar().stream().anyMatch(s -> s.claim().key().equals("ainvest-2025-09-30-openai-h1-2025/net-loss-h1-2025")
                && s.why().equals("same subject, metric and period")), r.similar().toString());
        assertEquals(before, cg.store().size());
    }

    @Test
    void addingEvidenceReportsTheVerdictsItChangedAndMatchesAFullCheck() {
        var r = add(NEW_SOURCE, true, null, null).r();
        assertTrue(r.stored());
        assertEquals(List.of(ClaimStore.Change.ADDED), r.changes());
        assertEquals("fortune-h1-loss/net-loss-h1", r.assessments().get(0).claim());
        // the secondary source's identical figure is now backed by a major paper
        assertTrue(r.changed().stream().anyMatch(c -> c.claim().equals("ainvest-2025-09-30-openai-h1-2025/net-loss-h1-2025")
                && c.from() == Verdict.UNSUPPORTED && c.to() == Verdict.SUPPORTED), r.changed().toString());
        Map<String, Verdict> incremental = verdicts(cg.store().assessments());
        Map<String, Verdict> full = verdicts(cg.check());
        assertEquals(full, incremental, "re-checking only what the addition touches gives what a full check gives");
        assertTrue(r.rechecked() < full.size(), "re-checked " + r.rechecked() + " of " + full.size());
    }

    @Test
    void aRepeatFromAnotherDocumentIsLinkedNotCopied() {
        var r = add(NEW_SOURCE, false, "ainvest-2025-09-30-openai-h1-2025/net-loss-h1-2025", null).r();
        assertTrue(r.stored());
        String ask = "ASK { <https://w3id.org/claimgraph/doc/fortune-h1-loss/claim/net-loss-h1> <https://w3id.org/claimgraph/ns#repeats> "
                + "<https://w3id.org/claimgraph/doc/ainvest-2025-09-30-openai-h1-2025/claim/net-loss-h1-2025> }";
        assertTrue(cg.store().<Boolean>query(ask, qe -> qe.execAsk()).booleanValue());
    }

    @Test
    void revisingKeepsTheOldVersionWithItsReason() {
        add(NEW_SOURCE, true, null, null);
        String revised = NEW_SOURCE.replace("13.5 billion USD", "13.4 billion USD");
        var e = assertThrows(BadInputException.class, () -> add(revised, true, null, null));
        assertEquals("new.json: claim \"net-loss-h1\": field \"id\": document fortune-h1-loss already has this claim; give a reason to revise it", e.getMessage());
        var r = add(revised, false, null, "typo in the figure").r();
        assertEquals(List.of(ClaimStore.Change.REVISED), r.changes());
        var history = cg.store().history("fortune-h1-loss/net-loss-h1");
        assertEquals(1, history.size());
        assertEquals("typo in the figure", history.get(0).reason());
        assertEquals("a-reporter", history.get(0).author());
        assertEquals("13.5 billion USD", history.get(0).claim().value().statedAs());
        cg.retract("fortune-h1-loss/net-loss-h1", "a-reporter", "source withdrawn");
        assertEquals(2, cg.store().history("fortune-h1-loss/net-loss-h1").size());
        assertTrue(cg.store().claim("fortune-h1-loss/net-loss-h1").isEmpty());
    }

    @Test
    void malformedAddsAreRefusedWithTheExactMessageAndChangeNothing() {
        long before = cg.store().size();
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(NEW_SOURCE.replace("13.5 billion USD", "13,5 billion USD"),
                "new.json: claim \"net-loss-h1\": field \"value\": malformed number \"13,5 billion USD\"");
        cases.put(NEW_SOURCE.replace("13.5 billion USD", "13.5 billion FURLONG"),
                "new.json: claim \"net-loss-h1\": field \"value\": unknown unit \"FURLONG\"");
        cases.put(NEW_SOURCE.replace("\"subject\": \"OpenAI\"", "\"subject\": \"OpenAl\""),
                "new.json: claim \"net-loss-h1\": field \"subject\": unknown entity \"OpenAl\" (did you mean \"openai\"?)");
        cases.put(NEW_SOURCE.replace("\"publisher\": \"Fortune\",", ""), "new.json: field \"document.publisher\": missing");
        cases.put("{\"document\": {\"id\": \"ai-trillion-bubble\"}, \"claims\": [{\"id\": \"x\", \"quote\": \"不存在的话\", \"start\": 9000, \"end\": 9005, "
                + "\"statement\": \"s\", \"claimant\": \"author\", \"kind\": \"opinion\"}]}",
                "new.json: claim \"x\": field \"end\": 9005 is past the end of the text (2326 characters)");
        cases.put("{\"document\": {\"id\": \"no-such-doc\"}, \"claims\": []}",
                "new.json: field \"document\": no document \"no-such-doc\" in the store; give its title, language, publisher, published and tier to create it");
        for (var c : cases.entrySet()) {
            var e = assertThrows(BadInputException.class, () -> add(c.getKey(), true, null, null));
            assertEquals(c.getValue(), e.getMessage());
            assertEquals(before, cg.store().size(), "nothing stored after: " + c.getValue());
        }
    }

    static Map<String, Verdict> verdicts(List<Assessment> as) {
        Map<String, Verdict> m = new TreeMap<>();
        as.forEach(a -> m.put(a.claim(), a.verdict()));
        return m;
    }
}
