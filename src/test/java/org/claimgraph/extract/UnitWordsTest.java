package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ClaimGraph;
import org.claimgraph.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/** The claim units extract drafts are units the claim reader knows, so a drafted claim's unit needs no fixing. */
class UnitWordsTest {

    @Test
    void everyClaimUnitIsAVocabularyUnit() {
        Vocabulary v = ClaimGraph.shippedVocabulary();
        List<String> unknown = new ArrayList<>();
        for (Patterns.UnitWord w : Patterns.shipped().after) {
            if (w.claimUnit() != null && !w.claimUnit().startsWith("@") && v.unit(w.claimUnit()) == null) unknown.add(w.words() + " → " + w.claimUnit());
        }
        assertTrue(unknown.isEmpty(), "claim units not in ontology/units.ttl: " + unknown);
    }

    @Test
    void physicalUnitsAreDraftedInTheClaimFormatWithNothingLeftToFix() {
        var d = new Extractor(ClaimGraph.shippedVocabulary()).extract(
                "In 2024 the plant made 300 GWh on 1,200 hectares. It burned 45 tonnes of coal.", "en",
                java.time.LocalDate.parse("2025-01-10"));
        List<String> units = new ArrayList<>();
        for (var c : d.path("claims")) {
            units.add(c.path("unit").asText());
            assertTrue(!c.path("todo").toString().contains("\"unit\""), "no unit to fix: " + c);
        }
        assertEquals(List.of("GWh", "ha", "t"), units, d.toString());
    }

    @Test
    void chineseMassAreaTransportWorkAndContainersAreClaimUnitsToo() {
        var d = new Extractor(ClaimGraph.shippedVocabulary()).extract(
                "2024年粮食产量14130亿斤，播种面积17.90亿亩，铁路货运周转量35861.90亿吨公里，旅客周转量15799.10亿人公里，港口集装箱吞吐量3.3亿标箱。", "zh",
                java.time.LocalDate.parse("2025-01-17"));
        List<String> units = new ArrayList<>();
        for (var c : d.path("claims")) {
            units.add(c.path("unit").asText());
            assertTrue(!c.path("todo").toString().contains("\"unit\""), "no unit to fix: " + c);
        }
        assertEquals(List.of("jin", "mu", "t-km", "passenger-km", "count"), units, d.toString());
    }

    @Test
    void decibelsAreReadByTheCataloguesNamesAsClaimDocumentsReadThem() {
        List<String> figures = new ArrayList<>();
        for (String[] text : List.of(new String[] {"In 2024 the noise level on the ring road reached 85 dB, and 78 decibels at night.", "en"},
                new String[] {"2024年，某市交通噪声为72分贝。", "zh"})) {
            var d = new Extractor(ClaimGraph.shippedVocabulary()).extract(text[0], text[1], java.time.LocalDate.parse("2025-01-10"));
            for (var q : d.path("quantities")) figures.add(q.path("text").asText() + " " + q.path("unit").asText());
            for (var c : d.path("claims")) figures.add(c.path("unit").asText() + " " + c.path("metric").asText());
        }
        assertEquals(List.of("85 dB dB", "78 decibels dB", "dB noise-level", "dB noise-level", "72分贝 dB", "dB noise-level"), figures);
    }

    @Test
    void metricTonsWrittenGongDunAreTonnesWithTheirWholeWord() {
        var d = new Extractor(ClaimGraph.shippedVocabulary()).extract(
                "2024年青禾港總貨運量為120萬公噸，上半年貨運量為55萬公吨，另有3萬噸。", "zh",
                java.time.LocalDate.parse("2025-01-21"));
        List<String> figures = new ArrayList<>();
        for (var q : d.path("quantities")) figures.add(q.path("text").asText() + " " + q.path("unit").asText() + " " + q.path("value").asDouble());
        assertEquals(List.of("120萬公噸 t 1200000.0", "55萬公吨 t 550000.0", "3萬噸 t 30000.0"), figures, d.toString());
    }

    @Test
    void energyWrittenAsDuAfterAMagnitudeOrAsKilowattHoursWithADotIsEnergy() {
        var d = new Extractor(ClaimGraph.shippedVocabulary()).extract(
                "2024年青禾县用电量达到3.5亿度，其中居民用电8200万度，风电上网电量1.2亿千瓦·时，光伏发电量6500万千瓦小时。当天最高气温31度。", "zh",
                java.time.LocalDate.parse("2025-01-17"));
        List<String> figures = new ArrayList<>();
        for (var q : d.path("quantities")) figures.add(q.path("text").asText() + " " + q.path("unit").asText() + " " + q.path("value").asDouble());
        // 度 after a number alone (31度) is no energy: in a text about 气温 it is a temperature
        assertEquals(List.of("3.5亿度 kWh 3.5E8", "8200万度 kWh 8.2E7", "1.2亿千瓦·时 kWh 1.2E8", "6500万千瓦小时 kWh 6.5E7", "31度 celsius 31.0"),
                figures.stream().filter(f -> f.contains("kWh") || f.contains("31")).toList(), d.toString());
    }

    @Test
    void everyOtherUnitOfTheCatalogueIsReadAfterAFigureByItsNames() {
        var d = new Extractor(ClaimGraph.shippedVocabulary()).extract(
                "In 2024 the jobless rate rose 0.3 ppt. Wells pumped 9 million barrels, gusts reached 120 knots and the grid "
                        + "stored 40 megawatt-hours; a meal held 250 calories and a tank took 5,000 litres. The town filled a 55-litre tank.",
                "en", java.time.LocalDate.parse("2025-01-10"));
        List<String> read = new ArrayList<>();
        for (var q : d.path("quantities")) read.add(q.path("text").asText() + " → " + q.path("unit").asText());
        assertEquals(List.of("0.3 ppt → percentage-point", "9 million barrels → barrel", "120 knots → knot", "40 megawatt-hours → MWh",
                "250 calories → kcal", "5,000 litres → L"), read, d.toString());
        // a catalogue's name joined by a hyphen sizes a thing ("a 55-litre tank"): no figure
        assertTrue(read.stream().noneMatch(r -> r.startsWith("55")), read.toString());
        var zh = new Extractor(ClaimGraph.shippedVocabulary()).extract("该国2024年原油日产量约为900万桶。", "zh", java.time.LocalDate.parse("2025-01-10"));
        assertEquals("barrel", zh.path("quantities").get(0).path("unit").asText(), zh.toString());
    }
}
