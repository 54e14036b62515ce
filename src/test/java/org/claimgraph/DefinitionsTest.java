package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.system.Txn;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.MetricType;
import org.claimgraph.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metrics and units a document or a Turtle file defines: checked, stored in the vocabulary graph, usable at once, kept. */
class DefinitionsTest {

    @TempDir Path dir;

    static final String OFFICE = """
            {"entities": [{"id": "norland", "label": "Republic of Norland", "labelZh": "诺兰共和国", "type": "place"}],
             "metrics": [{"id": "oil-consumption", "label": "oil consumption", "labelZh": "石油消费量", "aliases": ["oil use", "石油消費量"],
                          "type": "flow", "dimension": "energy", "family": "energy-use", "definition": "Oil consumed over a period, as energy."}],
             "units": [{"id": "Mtoe", "label": "million tonnes of oil equivalent", "labelZh": "百万吨油当量", "aliases": ["mtoe"],
                        "dimension": "energy", "indriya": "J*4.1868E16"}],
             "document": {"id": "norland-energy", "title": "Energy balance 2023", "language": "en", "publisher": "Norland Energy Agency",
                          "published": "2024-05-01", "tier": "primary"},
             "claims": [{"id": "oil-2023", "quote": "Oil consumption: 10 Mtoe", "statement": "Norland used 10 Mtoe of oil in 2023.",
                         "claimant": "author", "subject": "norland", "metric": "oil use", "value": "10", "unit": "Mtoe", "period": "2023",
                         "kind": "statistical"}]}""";

    static final String TURTLE = """
            @prefix cg: <https://w3id.org/claimgraph/ns#> .
            @prefix cgm: <https://w3id.org/claimgraph/metric/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            cgm:knife-crime-rate a cg:Metric ; rdfs:label "knife crime rate"@en , "持刀犯罪率"@zh ;
                cg:metricType cg:Rate ; cg:dimension cg:PerCapita .
            """;

    static final String BLOG = """
            {"document": {"id": "blog", "title": "Oil", "language": "en", "publisher": "A blog", "published": "2024-06-01", "tier": "anonymous"},
             "claims": [{"id": "oil-twh", "quote": "116 TWh of oil", "statement": "Norland used 116 TWh of oil in 2023.", "claimant": "author",
                         "subject": "norland", "metric": "oil consumption", "value": "116", "unit": "TWh", "period": "2023", "kind": "statistical"},
                        {"id": "knives", "quote": "knife crime at 0.9 per 1,000", "statement": "Norland's knife crime rate was 0.9 per 1,000 in 2023.",
                         "claimant": "author", "subject": "norland", "metric": "knife crime rate", "value": "0.9", "unit": "per 1,000",
                         "period": "2023", "kind": "statistical"}]}""";

    private List<Path> files() throws IOException {
        Files.writeString(dir.resolve("office.json"), OFFICE);
        Files.writeString(dir.resolve("crime.ttl"), TURTLE);
        Files.writeString(dir.resolve("blog.json"), BLOG);
        return List.of(dir.resolve("blog.json"), dir.resolve("office.json"), dir.resolve("crime.ttl"));
    }

    @Test
    void definitionsServeTheClaimsOfTheSameLoadAndStay() throws IOException {
        Path store = dir.resolve("store");
        try (ClaimGraph cg = ClaimGraph.open(null, store, null)) {
            cg.load(files(), "test");
            Assessment a = cg.check().stream().filter(x -> x.claim().equals("blog/oil-twh")).findFirst().orElseThrow();
            // 10 Mtoe is 116.3 TWh: Indriya converts both to watt-hours
            assertEquals(Verdict.SUPPORTED, a.verdict(), a.reason());
            assertEquals(MetricType.RATE, cg.vocabulary().metric("knife-crime-rate").type());
        }
        try (ClaimGraph cg = ClaimGraph.open(null, store, null)) {
            assertEquals("energy-use", cg.vocabulary().metric("oil-consumption").family());
            assertEquals("oil-consumption", cg.vocabulary().metricId("石油消費量").orElseThrow());
            assertEquals("Mtoe", cg.vocabulary().unitId("mtoe").orElseThrow());
            Model union = Txn.calculateRead(cg.store().dataset(), () -> ModelFactory.createDefaultModel().add(cg.store().dataset().getUnionModel()));
            var report = ShaclValidator.get().validate(Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl")), union.getGraph());
            assertTrue(report.conforms(), "the stored definitions break " + report.getEntries());
        }
    }

    @Test
    void aBadDefinitionIsRefusedWithItsReasonAndNothingIsStored() throws IOException {
        // structure (the schema's lists) and meaning (the vocabulary's names, Indriya's notation), each told
        String malformed = OFFICE.replace("\"type\": \"flow\"", "\"type\": \"flux\"").replace("\"dimension\": \"energy\", \"family\"", "\"dimension\": \"vibes\", \"family\"");
        String bad = OFFICE.replace("\"oil use\"", "\"GDP\"").replace("J*4.1868E16", "J*41868000000000000");
        Files.writeString(dir.resolve("malformed.json"), malformed);
        Files.writeString(dir.resolve("bad.json"), bad);
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            long before = cg.store().size();
            String m = dir.resolve("malformed.json").toString();
            var e = assertThrows(BadInputException.class, () -> cg.load(List.of(dir.resolve("malformed.json")), "test"));
            assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(m + ": metric #1: field \"dimension\": unknown value \"vibes\"; one of currency, count")),
                    e.problems().toString());
            assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(m + ": metric #1: field \"type\": unknown value \"flux\"; one of flow, level, count")),
                    e.problems().toString());
            e = assertThrows(BadInputException.class, () -> cg.load(List.of(dir.resolve("bad.json")), "test"));
            String name = dir.resolve("bad.json").toString();
            assertTrue(e.problems().contains(name + ": metric \"oil-consumption\": the name \"GDP\" is already metric \"gdp\""), e.problems().toString());
            assertTrue(e.problems().contains(name + ": unit \"Mtoe\": Indriya unit \"J*41868000000000000\": write a factor above 2,147,483,647"
                    + " with an exponent (4.1868E16)"), e.problems().toString());
            assertEquals(before, cg.store().size());
            assertTrue(cg.vocabulary().metric("oil-consumption") == null);
        }
    }

    @Test
    void relationsBetweenMetricsNameMetricsOfTheRightType() throws IOException {
        String json = """
                {"metrics": [{"id": "oil-use-change", "label": "change in oil use", "type": "share", "dimension": "percent", "changeOf": "oil consumptoin"},
                             {"id": "oil-share", "label": "oil's share of energy", "type": "share", "dimension": "percent", "numerator": "oil-use-change"},
                             {"id": "oil-growth", "label": "oil use growth", "type": "growth", "dimension": "percent", "changeOf": "oil-growth"}]}""";
        Files.writeString(dir.resolve("rel.json"), json);
        String ttl = TURTLE + "cgm:knife-crime-rate cg:numerator cgm:knife-crimes ; cg:denominator cgm:population .\n";
        Files.writeString(dir.resolve("rel.ttl"), ttl);
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            String name = dir.resolve("rel.json").toString();
            var e = assertThrows(BadInputException.class, () -> cg.load(List.of(dir.resolve("rel.json")), "test"));
            assertEquals(java.util.Set.of(name + ": metric #1: field \"changeOf\": no metric \"oil consumptoin\"",
                    name + ": metric #2: field \"denominator\": missing (the metric (id or name) the numerator is divided by; the same one for a share of one measure)",
                    name + ": metric \"oil-growth\": \"changeOf\" names the metric itself"), java.util.Set.copyOf(e.problems()));
            var t = assertThrows(BadInputException.class, () -> cg.load(List.of(dir.resolve("rel.ttl")), "test"));
            assertEquals(List.of(dir.resolve("rel.ttl") + ": metric \"knife-crime-rate\": \"numerator\": no metric \"knife-crimes\" (did you mean \"knife-crime\"?)"),
                    t.problems());
        }
        Files.writeString(dir.resolve("ok.json"), json.replace("\"type\": \"share\", \"dimension\": \"percent\", \"changeOf\": \"oil consumptoin\"",
                "\"type\": \"change\", \"dimension\": \"energy\", \"changeOf\": \"oil consumption\"").replace("\"numerator\": \"oil-use-change\"",
                "\"numerator\": \"oil consumption\", \"denominator\": \"energy use\"").replace("\"changeOf\": \"oil-growth\"", "\"changeOf\": \"oil-consumption\""));
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            files();
            cg.load(List.of(dir.resolve("office.json")), "test");
            cg.load(List.of(dir.resolve("ok.json")), "test");
            assertEquals("oil-consumption", cg.vocabulary().changeBase("oil-use-change"));
            assertEquals(List.of("oil-consumption", "energy-consumption"), List.of(cg.vocabulary().quotientOf("oil-share")));
            assertEquals("employment", cg.vocabulary().changeBase("jobs-created"));
        }
    }

    @Test
    void aComplementJoinsTwoSharesAndHoldsBothWays() throws IOException {
        String json = """
                {"metrics": [{"id": "seen-on-time", "label": "share seen on time", "type": "share", "dimension": "percent"},
                             {"id": "waits-too-long", "label": "share waiting too long", "type": "growth", "dimension": "percent", "complementOf": "seen-on-time"}]}""";
        Files.writeString(dir.resolve("bad.json"), json);
        Files.writeString(dir.resolve("ok.json"), json.replace("\"type\": \"growth\"", "\"type\": \"share\""));
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            var e = assertThrows(BadInputException.class, () -> cg.load(List.of(dir.resolve("bad.json")), "test"));
            assertEquals(List.of(dir.resolve("bad.json") + ": metric \"waits-too-long\": \"complementOf\" joins two metrics of type share (100% minus each other)"),
                    e.problems());
            cg.load(List.of(dir.resolve("ok.json")), "test");
            assertEquals("seen-on-time", cg.vocabulary().complementOf("waits-too-long"));
            assertEquals("waits-too-long", cg.vocabulary().complementOf("seen-on-time"));
            assertEquals(null, cg.vocabulary().complementOf("unemployment-rate"));
        }
    }

    @Test
    void theCataloguesIdsAreNotRedefined() throws IOException {
        Files.writeString(dir.resolve("pop.ttl"), TURTLE.replace("knife-crime-rate", "population").replace("knife crime rate", "headcount of Norland"));
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            var e = assertThrows(BadInputException.class, () -> cg.load(List.of(dir.resolve("pop.ttl")), "test"));
            assertEquals(List.of(dir.resolve("pop.ttl") + ": metric \"population\": the vocabulary has this metric already; give the new one another id"),
                    e.problems());
        }
    }

    static final String TWIN = """
            {"entities": [{"id": "norland", "label": "Republic of Norland", "labelZh": "诺兰共和国", "type": "place"}],
             "metrics": [{"id": "norland-people", "label": "Norland headcount", "aliases": ["total population", "居民人数"], "type": "count", "dimension": "count"},
                         {"id": "headcount-rise", "label": "rise in the headcount", "type": "growth", "dimension": "percent", "changeOf": "norland-people"}],
             "units": [{"id": "megawatt-e", "label": "megawatt electric", "aliases": ["MWe"], "dimension": "power", "indriya": "W*1000000"}],
             "document": {"id": "census", "title": "Census 2023", "language": "en", "publisher": "Norland Statistics", "published": "2024-03-01", "tier": "primary"},
             "claims": [{"id": "pop", "quote": "5.2 million residents", "statement": "Norland had 5.2 million residents in 2023.", "claimant": "author",
                         "subject": "norland", "metric": "norland-people", "value": "5200000", "unit": "people", "period": "2023", "kind": "statistical"},
                        {"id": "grid", "quote": "900 megawatt electric", "statement": "Norland's plants could make 900 MW in 2023.", "claimant": "author",
                         "subject": "norland", "metric": "installed capacity", "value": "900", "unit": "megawatt electric", "period": "2023", "kind": "statistical"}]}""";

    @Test
    void aDocumentsOwnNameForAMeasureTheVocabularyHasIsThatMeasure() throws IOException {
        // names a writer gave a catalogue measure or unit of the same kind: its claims are the catalogue's, and so are later ones
        Files.writeString(dir.resolve("census.json"), TWIN);
        Files.writeString(dir.resolve("later.json"), TWIN.replace("\"id\": \"census\"", "\"id\": \"later\"")
                .replaceAll("\"(metrics|units)\": \\[.*?\\],\n", "").replace("\"metric\": \"norland-people\"", "\"metric\": \"居民人数\""));
        Path store = dir.resolve("store");
        try (ClaimGraph cg = ClaimGraph.open(null, store, null)) {
            cg.load(List.of(dir.resolve("census.json")), "test");
            var claims = cg.store().claims();
            assertEquals("population", claims.stream().filter(c -> c.key().equals("census/pop")).findFirst().orElseThrow().metric());
            assertEquals("MW", claims.stream().filter(c -> c.key().equals("census/grid")).findFirst().orElseThrow().value().unit());
            assertEquals("population", cg.vocabulary().changeBase("headcount-rise"));
            assertEquals(null, cg.vocabulary().metric("norland-people"));
        }
        try (ClaimGraph cg = ClaimGraph.open(null, store, null)) {
            assertEquals("population", cg.vocabulary().metricId("Norland headcount").orElseThrow());
            cg.load(List.of(dir.resolve("later.json")), "test");
            assertEquals("population", cg.store().claims().stream().filter(c -> c.key().equals("later/pop")).findFirst().orElseThrow().metric());
            Model union = Txn.calculateRead(cg.store().dataset(), () -> ModelFactory.createDefaultModel().add(cg.store().dataset().getUnionModel()));
            var report = ShaclValidator.get().validate(Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl")), union.getGraph());
            assertTrue(report.conforms(), "the stored definitions break " + report.getEntries());
            // the catalogue's own term, named again, is still not a document's to replace
            Files.writeString(dir.resolve("pop.ttl"), TURTLE.replace("knife-crime-rate", "population").replace("knife crime rate", "headcount of Norland"));
            var e = assertThrows(BadInputException.class, () -> cg.load(List.of(dir.resolve("pop.ttl")), "test"));
            assertEquals(List.of(dir.resolve("pop.ttl") + ": metric \"population\": the vocabulary has this metric already; give the new one another id"),
                    e.problems());
        }
    }

    @Test
    void theSiblingsOfAMeasureTheVocabularyHasJoinItsFamily() throws IOException {
        // a family given to a catalogue measure under the document's own name and to another of its measures: the catalogue's for both
        Files.writeString(dir.resolve("kin.json"), """
                {"entities": [{"id": "norland", "label": "Republic of Norland", "type": "place"}],
                 "metrics": [{"id": "norland-people", "label": "Norland headcount", "aliases": ["total population"], "type": "count",
                              "dimension": "count", "family": "norland-tallies"},
                             {"id": "norland-adults", "label": "Norland adults", "type": "count", "dimension": "count", "family": "norland-tallies"},
                             {"id": "norland-ferries", "label": "Norland ferry crossings", "type": "flow", "dimension": "count", "family": "norland-boats"}],
                 "document": {"id": "kin", "title": "Census 2023", "language": "en", "publisher": "Norland Statistics", "published": "2024-03-01",
                              "tier": "primary"},
                 "claims": [{"id": "adults", "quote": "4.1 million adults", "statement": "Norland had 4.1 million adults in 2023.",
                             "claimant": "author", "subject": "norland", "metric": "norland-adults", "value": "4100000", "unit": "people",
                             "period": "2023", "kind": "statistical"}]}""");
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.load(List.of(dir.resolve("kin.json")), "test");
            assertEquals("population-size", cg.vocabulary().metric("population").family());
            assertEquals("population-size", cg.vocabulary().metric("norland-adults").family());
            assertEquals("norland-boats", cg.vocabulary().metric("norland-ferries").family());
        }
    }

    @Test
    void aNameOfAMeasureOfAnotherKindIsRefused() throws IOException {
        // a share named as the catalogue's count, a unit of another size named as its megawatt: not the same, so told
        Files.writeString(dir.resolve("bad.json"), TWIN.replace("\"type\": \"count\", \"dimension\": \"count\"", "\"type\": \"share\", \"dimension\": \"percent\"")
                .replace("W*1000000", "W*1000"));
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            String name = dir.resolve("bad.json").toString();
            var e = assertThrows(BadInputException.class, () -> cg.load(List.of(dir.resolve("bad.json")), "test"));
            assertTrue(e.problems().contains(name + ": metric \"norland-people\": the name \"total population\" is already metric \"population\""), e.problems().toString());
            assertTrue(e.problems().contains(name + ": unit \"megawatt-e\": the name \"MWe\" is already unit \"MW\""), e.problems().toString());
        }
    }
}
