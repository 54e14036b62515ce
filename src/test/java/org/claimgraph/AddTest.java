package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Verdict;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Journalists add claims and evidence: validated, matched, checked at once, never lost; concurrent writers in one
 * group commit each get the verdicts of their own claims as the committed store has them and the changes near their write.
 */
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
    void theCheckerIsKeptFromAddToAddUntilTheVocabularyChanges() {
        var first = cg.checker();
        add(NEW_SOURCE, true, null, null);
        assertTrue(cg.checker() == first, "an add that names no new entity keeps the checker and its caches");
        String named = NEW_SOURCE.replace("\"claims\":", "\"entities\": [{\"id\": \"acme-checker\", \"label\": \"Acme Checker\"}], \"claims\":")
                .replace("fortune-h1-loss", "fortune-h1-loss-2").replace("\"OpenAI\", \"metric\"", "\"acme-checker\", \"metric\"");
        assertTrue(add(named, true, null, null).r().stored());
        assertFalse(cg.checker() == first, "a new entity makes a new vocabulary, which the old checker's caches do not know");
    }

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
    void aSourceWithAnotherFigureForTheSamePeriodIsNoRepeat() {
        String other = NEW_SOURCE.replace("13.5 billion USD", "11 billion USD").replace("net-loss-h1", "net-loss-h1-other")
                .replace("OpenAI's 2025 net loss was $13.5 billion in the first half alone", "a first-half shortfall of $11 billion")
                .replace("OpenAI's net loss in the first half of 2025 was $13.5 billion.", "A first-half shortfall of $11 billion.");
        var r = add(other, false, null, null).r();
        assertTrue(r.stored(), r.similar().toString());
        assertTrue(r.similar().stream().noneMatch(s -> s.why().equals("same subject, metric and period")), r.similar().toString());
    }

    @Test
    void theSameFigureForAPartOfThePeriodIsNoRepeat() {
        String quarter = NEW_SOURCE.replace("2025-H1", "2025-Q2").replace("net-loss-h1", "net-loss-q2")
                .replace("OpenAI's 2025 net loss was $13.5 billion in the first half alone", "a second-quarter loss of $13.5 billion")
                .replace("OpenAI's net loss in the first half of 2025 was $13.5 billion.", "A second-quarter loss of $13.5 billion.");
        var r = add(quarter, false, null, null).r();
        // a quarter is not its half-year: a source for another period, not the same claim again
        assertTrue(r.similar().stream().noneMatch(s -> s.why().equals("same subject, metric and period")), r.similar().toString());
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
                "new.json: claim \"net-loss-h1\": field \"value\": "
                        + "\"13,5 billion USD\" has a comma followed by other than three digits, which is no thousands separator in a document in \"en\": write the decimal with a point, \"13.5 billion USD\" (or give the document a \"language\" that writes decimal commas, such as \"de\" or \"es\")");
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

    // concurrent writers in one group commit

    static final String SECONDARY = "ainvest-2025-09-30-openai-h1-2025/net-loss-h1-2025";

    /** A source of some tier stating a net loss for a period. */
    static String source(String id, String tier, String value, String period) {
        return NEW_SOURCE.replace("fortune-h1-loss", id).replace("major-press", tier).replace("13.5 billion USD", value)
                .replace("2025-H1", period);
    }

    /** A claim on another metric, to hold the commit lock while the others queue. */
    static final String FIRST = source("first-other-topic", "major-press", "13.5 billion USD", "2023").replace("\"net loss\"", "\"revenue\"");

    /** Each writer's add, run on its own thread; what it returned or threw, by name. */
    final Map<String, Object> outcomes = new ConcurrentHashMap<>();

    Thread writer(String name, String json, boolean force) {
        Thread t = new Thread(() -> {
            try {
                outcomes.put(name, cg.add(name + ".json", json, f -> "", "a-reporter", null, force, null));
            } catch (RuntimeException e) {
                outcomes.put(name, e);
            }
        }, "writer-" + name);
        t.start();
        return t;
    }

    /** Waits until each thread waits in {@code frame} (a writer queued behind the running batch, or the first one at the store). */
    static void awaitBlockedIn(String frame, Thread... threads) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Arrays.stream(threads).allMatch(t -> (t.getState() == Thread.State.BLOCKED || t.getState() == Thread.State.WAITING)
                && Arrays.stream(t.getStackTrace()).anyMatch(f -> (f.getClassName() + "." + f.getMethodName()).equals(frame)))) {
            if (System.nanoTime() > deadline) fail("writers never queued in " + frame);
            Thread.sleep(5);
        }
    }

    long incrementalRuns() {
        String q = "SELECT (COUNT(?r) AS ?n) { GRAPH <" + CG.GRAPH_ASSESSMENTS + "> { ?r a <" + CG.CheckRun.getURI() + "> ; <"
                + CG.dataVersion.getURI() + "> \"incremental\" } }";
        return cg.store().query(q, qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    @Test
    void writersInOneBatchSeeEachOthersClaimsAndARefusalStoresNothingOfItsOwn() throws Exception {
        long runsBefore = incrementalRuns();
        Map<String, Verdict> before = verdicts(cg.store().assessments());
        assertEquals(Verdict.UNSUPPORTED, before.get(SECONDARY), "the secondary source's figure has no better source yet");
        assertTrue(cg.store().claims().stream().noneMatch(c -> "2019".equals(c.period() == null ? null : c.period().label())),
                "no claim on 2019 yet: the blog's figure has only the paper in its own batch to back it");
        Thread first, major, paper, blog, refused, repeat;
        // the first writer holds the commit lock and waits at the store while the others queue behind it
        synchronized (cg.store()) {
            first = writer("first", FIRST, true);
            awaitBlockedIn("org.claimgraph.store.ClaimStore.write", first);
            major = writer("major", NEW_SOURCE, true);
            // the blog queues before the paper that backs it: one after the other, it would be checked without it
            blog = writer("blog", source("blog-2019-loss", "secondary", "1.1 billion USD", "2019"), true);
            paper = writer("paper", source("paper-2019-loss", "major-press", "1.1 billion USD", "2019"), true);
            refused = writer("refused", source("bad-unit", "major-press", "13.5 billion FURLONG", "2025-H1"), true);
            repeat = writer("repeat", source("repeat-h1-loss", "secondary", "13.5 billion USD", "2025-H1"), false);
            awaitBlockedIn("org.claimgraph.Writes.commit", major, paper, blog, refused, repeat);
        }
        for (Thread t : List.of(first, major, paper, blog, refused, repeat)) t.join(120_000);

        Map<String, Verdict> full = verdicts(cg.check());
        var bad = assertInstanceOf(BadInputException.class, outcomes.get("refused"));
        assertEquals("refused.json: claim \"net-loss-h1\": field \"value\": unknown unit \"FURLONG\"", bad.getMessage());
        assertTrue(cg.store().documents(java.util.Set.of("bad-unit")).isEmpty(), "the refused writer's document is not stored");

        var m = (ClaimGraph.AddResult) outcomes.get("major");
        var p = (ClaimGraph.AddResult) outcomes.get("paper");
        var b = (ClaimGraph.AddResult) outcomes.get("blog");
        var r = (ClaimGraph.AddResult) outcomes.get("repeat");
        assertTrue(m.stored() && p.stored() && b.stored());
        assertFalse(r.stored(), "a likely duplicate without force waits for the journalist, batch or not");
        assertTrue(r.similar().stream().anyMatch(s -> s.claim().key().equals(SECONDARY)), r.similar().toString());
        assertTrue(cg.store().claim("repeat-h1-loss/net-loss-h1").isEmpty());

        // each writer's own claims as the committed store has them: the secondary blog is backed by the major paper in the same batch
        assertEquals(List.of(ClaimStore.Change.ADDED), b.changes());
        assertEquals(List.of("blog-2019-loss/net-loss-h1"), b.assessments().stream().map(Assessment::claim).toList());
        assertEquals(Verdict.SUPPORTED, b.assessments().get(0).verdict(), b.assessments().toString());
        assertTrue(b.assessments().get(0).reason().contains("matching"), b.assessments().get(0).reason());
        assertEquals(full.get("blog-2019-loss/net-loss-h1"), b.assessments().get(0).verdict());
        assertEquals(full.get("paper-2019-loss/net-loss-h1"), p.assessments().get(0).verdict());
        assertEquals(full.get("fortune-h1-loss/net-loss-h1"), m.assessments().get(0).verdict());

        // every writer on the same company touches the secondary source's claim: each hears of its change from the store before the batch
        for (var w : List.of(m, p, b)) {
            List<String> changed = new ArrayList<>();
            w.changed().forEach(c -> changed.add(c.claim() + " " + c.from() + "->" + c.to()));
            assertTrue(changed.contains(SECONDARY + " UNSUPPORTED->SUPPORTED"), changed.toString());
            // claims the batch created are new, not changed, for everyone
            assertTrue(changed.stream().noneMatch(c -> c.startsWith("blog-2019-loss/") || c.startsWith("paper-2019-loss/") || c.startsWith("fortune-h1-loss/")),
                    changed.toString());
        }
        assertEquals(full, verdicts(cg.store().assessments()), "the batch's one re-check leaves what a full check gives");
        // the first writer's commit, then one for the whole batch (the refusal's aborted attempt saves nothing)
        assertEquals(2, incrementalRuns() - runsBefore);
    }

    @Test
    void aBatchThatRetractsAndAddsAnswersEachWriter() throws Exception {
        var added = cg.add("major.json", NEW_SOURCE, f -> "", "a-reporter", null, true, null);
        assertTrue(added.stored());
        Map<String, Verdict> now = verdicts(cg.store().assessments());
        assertEquals(Verdict.SUPPORTED, now.get(SECONDARY));
        Map<String, Object> results = new ConcurrentHashMap<>();
        Thread first, retract, blog;
        synchronized (cg.store()) {
            first = writer("first", FIRST, true);
            awaitBlockedIn("org.claimgraph.store.ClaimStore.write", first);
            retract = new Thread(() -> results.put("retract", cg.retract("fortune-h1-loss/net-loss-h1", "a-reporter", "source withdrawn")));
            retract.start();
            blog = writer("blog", source("blog-2019-loss", "secondary", "1.1 billion USD", "2019"), true);
            awaitBlockedIn("org.claimgraph.Writes.commit", retract, blog);
        }
        for (Thread t : List.of(first, retract, blog)) t.join(120_000);
        Map<String, Verdict> full = verdicts(cg.check());
        assertEquals(full, verdicts(cg.store().assessments()));
        @SuppressWarnings("unchecked")
        var changes = (List<ClaimGraph.VerdictChange>) results.get("retract");
        // without the major paper the secondary source is on its own again
        assertTrue(changes.stream().anyMatch(c -> c.claim().equals(SECONDARY) && c.from() == Verdict.SUPPORTED && c.to() == Verdict.UNSUPPORTED),
                changes.toString());
        var b = (ClaimGraph.AddResult) outcomes.get("blog");
        assertEquals(full.get("blog-2019-loss/net-loss-h1"), b.assessments().get(0).verdict());
        assertEquals(Verdict.UNSUPPORTED, b.assessments().get(0).verdict(), "no other source on 2019");
        assertEquals(Verdict.UNSUPPORTED, full.get(SECONDARY));
    }
}
