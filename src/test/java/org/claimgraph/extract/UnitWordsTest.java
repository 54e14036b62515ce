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
}
