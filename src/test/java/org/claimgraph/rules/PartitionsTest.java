package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ClaimGraph;
import org.claimgraph.bench.Workload;
import org.claimgraph.ingest.ClaimDocument;
import org.claimgraph.ingest.ClaimDocumentReader;
import org.claimgraph.model.Assessment;
import org.junit.jupiter.api.Test;

/** Checking groups no rule joins across in separate sessions gives what one session over everything gives. */
class PartitionsTest {

    /** The benchmark's generated graph of 3,000 claims, read like users' documents. */
    private static void loadWorkload(ClaimGraph cg) {
        ClaimDocumentReader reader = cg.reader();
        List<ClaimDocument> docs = new ArrayList<>();
        for (Workload.Doc d : Workload.generate(3000).documents()) docs.add(reader.read(d.name(), d.json(), s -> ""));
        cg.store().bulkLoad(docs);
        docs.forEach(d -> d.entities().forEach(cg.vocabulary()::addEntity));
    }

    /** Every claim of the store as the groups are made from it. */
    private static List<Checker.Link> links(ClaimGraph cg) {
        Checker c = new Checker(cg.rules(), cg.vocabulary(), cg.settings(), 1);
        var claims = cg.claims();
        var scopes = c.scopes(claims);
        var documents = new java.util.HashMap<String, org.claimgraph.model.Document>();
        cg.documents().forEach(d -> documents.put(d.id(), d));
        return claims.stream().map(x -> c.link(x, documents.get(x.docId()), scopes)).toList();
    }

    @Test
    void separateSessionsGiveTheSameAssessmentsAsOne() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.loadSeed();
            loadWorkload(cg);
            var documents = cg.documents();
            var claims = cg.claims();
            List<Assessment> one = new Checker(cg.rules(), cg.vocabulary(), cg.settings(), Integer.MAX_VALUE).check(documents, claims);
            List<Assessment> many = new Checker(cg.rules(), cg.vocabulary(), cg.settings(), 50).check(documents, claims);
            assertTrue(claims.size() > 3000, "the seed and the workload");
            assertEquals(one.size(), many.size());
            for (int i = 0; i < one.size(); i++) assertEquals(one.get(i), many.get(i), "claim " + one.get(i).claim());
        }
    }

    @Test
    void streamedPartsHoldTheAssessmentsOfTheListEachOnce() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.loadSeed();
            loadWorkload(cg);
            var documents = cg.documents();
            var claims = cg.claims();
            Checker c = new Checker(cg.rules(), cg.vocabulary(), cg.settings());
            List<Assessment> listed = c.check(documents, claims);
            List<List<Assessment>> parts = new ArrayList<>();
            c.check(documents, claims, parts::add);
            assertTrue(parts.size() > 10, "handed on batch by batch: " + parts.size());
            java.util.Map<String, Assessment> streamed = new java.util.HashMap<>();
            for (List<Assessment> p : parts) for (Assessment a : p) assertEquals(null, streamed.put(a.claim(), a), "once: " + a.claim());
            assertEquals(listed.size(), streamed.size());
            for (Assessment a : listed) assertEquals(a, streamed.get(a.claim()), "claim " + a.claim());
            var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> c.check(documents, claims, p -> {
                throw new IllegalStateException("no room for " + p.size() + " more");
            }));
            assertTrue(e.getMessage().startsWith("no room for "), "what the consumer throws stops the check as it was: " + e.getMessage());
        }
    }

    @Test
    void rankedMetricsAndComparisonsKeepTheirClaimsTogether() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            loadWorkload(cg);
            var facts = links(cg);
            List<Partitions.Batch<Checker.Link>> batches = Partitions.of(facts, 1);
            for (Partitions.Batch<Checker.Link> batch : batches) {
                List<Checker.Link> b = batch.own();
                boolean ranking = b.stream().anyMatch(f -> f.rank() != null);
                if (ranking) assertTrue(b.stream().filter(f -> "market-cap".equals(f.metric())).count() == facts.stream().filter(f -> "market-cap".equals(f.metric())).count(),
                        "a rank claim sits with every claim on its metric");
                for (Checker.Link f : b) {
                    if (f.compareLeft() != null) assertTrue(b.stream().anyMatch(x -> x.key().equals(f.compareLeft())), "a comparison sits with its sides");
                }
            }
            assertTrue(batches.size() > 100, "many groups: " + batches.size());
        }
    }

    @Test
    void theGroupsAreTheSameWhenTheirLinksAreMadeOnEveryCore() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.loadSeed();
            loadWorkload(cg);
            var links = links(cg);
            java.util.function.Function<List<Partitions.Batch<Checker.Link>>, List<List<String>>> keys = bs -> bs.stream()
                    .map(b -> java.util.stream.Stream.concat(b.own().stream(), b.evidence().stream()).map(Checker.Link::key).toList()).toList();
            List<List<String>> one = keys.apply(Partitions.of(links, 40, Integer.MAX_VALUE)), every = keys.apply(Partitions.of(links, 40, 0));
            assertTrue(one.size() > 50, "many batches: " + one.size());
            assertEquals(one, every);
        }
    }

    @Test
    void aRecordSitsWithItsSubjectsFiguresNotWithEveryClaimOnItsMetric() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            String claim = "{\"id\": \"%s\", \"quote\": \"q\", \"statement\": \"s\", \"claimant\": \"author\", \"subject\": \"%s\", "
                    + "\"metric\": \"temperature\", \"period\": \"%s\", %s, \"kind\": \"statistical\"}";
            String doc = "{\"document\": {\"id\": \"d\", \"title\": \"T\", \"language\": \"en\", \"publisher\": \"P\", \"published\": \"2025-03\", "
                    + "\"tier\": \"primary\"}, \"claims\": [" + String.join(",", List.of(
                    claim.formatted("record", "Japan", "2024", "\"rank\": 1, \"rankOver\": \"since 2015\""),
                    claim.formatted("japan-2019", "Japan", "2019", "\"value\": \"15.9°C\""),
                    claim.formatted("france-2024", "France", "2024", "\"value\": \"13.4°C\""))) + "]}";
            var read = cg.reader().read("d.json", doc, f -> "");
            Checker c = new Checker(cg.rules(), cg.vocabulary(), cg.settings(), 1);
            var scopes = c.scopes(read.claims());
            var links = read.claims().stream().map(x -> c.link(x, read.document(), scopes)).toList();
            List<List<String>> groups = Partitions.of(links, 1).stream().map(b -> b.own().stream().map(Checker.Link::key).toList()).toList();
            assertEquals(List.of(List.of("d/record", "d/japan-2019"), List.of("d/france-2024")), groups);
        }
    }
}
