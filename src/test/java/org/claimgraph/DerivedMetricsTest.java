package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.model.MetricType;
import org.claimgraph.vocab.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The growth and the change of any measure the vocabulary has, usable without a definition of their own. */
class DerivedMetricsTest {

    @TempDir Path dir;

    @Test
    void aGrowthOrChangeOfAKnownMeasureIsMadeByIdOrByName() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            Vocabulary v = cg.vocabulary();
            var beds = v.derivedMetric("hospital-beds-growth");
            assertEquals("hospital-beds-growth", beds.id());
            for (String name : List.of("hospital beds growth", "growth in hospital beds", "Hospital Beds growth rate", "医院床位数增长", "醫院床位數增長")) {
                assertEquals("hospital-beds-growth", v.derivedMetric(name).id(), name);
            }
            var r = beds.definition().getResource("https://w3id.org/claimgraph/metric/hospital-beds-growth");
            assertEquals("https://w3id.org/claimgraph/ns#Growth", r.getPropertyResourceValue(org.claimgraph.vocab.CG.metricType).getURI());
            assertEquals("https://w3id.org/claimgraph/ns#Percent", r.getPropertyResourceValue(org.claimgraph.vocab.CG.dimension).getURI());
            assertEquals("https://w3id.org/claimgraph/metric/hospital-beds", r.getPropertyResourceValue(org.claimgraph.vocab.CG.changeOf).getURI());
            // a change keeps the measure's dimension: percentage points of a share
            var turnout = v.derivedMetric("turnout-change").definition().getResource("https://w3id.org/claimgraph/metric/turnout-change");
            assertEquals("https://w3id.org/claimgraph/ns#Percent", turnout.getPropertyResourceValue(org.claimgraph.vocab.CG.dimension).getURI());
            assertEquals("turnout-change", v.derivedMetric("投票率变化").id());
            // the catalogue's own growth of a measure is that one, whatever its id
            var passengers = v.derivedMetric("passengers growth");
            assertEquals("passenger-growth", passengers.id());
            assertNull(passengers.definition());
            // a percent's growth says neither points nor a relative change; an unknown measure makes nothing
            assertNull(v.derivedMetric("unemployment-rate-growth"));
            assertNull(v.derivedMetric("temperature-growth"));
            assertNull(v.derivedMetric("earthquake-magnitude-change"));
            assertEquals("global-warming", v.derivedMetric("temperature change").id()); // the catalogue's own change of it
            assertNull(v.derivedMetric("hospital-bedz-growth"));
            assertNull(v.derivedMetric("growth"));
        }
    }

    @Test
    void aShareOfAKnownAmountIsMadeByName() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            Vocabulary v = cg.vocabulary();
            for (String name : List.of("share of hospital beds", "hospital-beds-share", "医院床位数占比")) assertEquals("hospital-beds-share", v.derivedMetric(name).id(), name);
            var r = v.derivedMetric("share of hospital beds").definition().getResource("https://w3id.org/claimgraph/metric/hospital-beds-share");
            assertEquals("https://w3id.org/claimgraph/ns#Share", r.getPropertyResourceValue(org.claimgraph.vocab.CG.metricType).getURI());
            assertEquals("https://w3id.org/claimgraph/metric/hospital-beds", r.getPropertyResourceValue(org.claimgraph.vocab.CG.numerator).getURI());
            assertEquals("https://w3id.org/claimgraph/metric/hospital-beds", r.getPropertyResourceValue(org.claimgraph.vocab.CG.denominator).getURI());
            // the catalogue's own share of a measure is that one; a share of a share, or of nothing known, is none
            assertEquals("vote-share", v.derivedMetric("share of votes").id());
            assertNull(v.derivedMetric("share of unemployment rate"));
            assertNull(v.derivedMetric("share of hospital bedz"));
        }
    }

    @Test
    void aClaimOnAShareOfAKnownAmountIsReadAsIt() throws IOException {
        Files.writeString(dir.resolve("share.json"), DOC.replace("METRIC", "share of hospital beds").replace("2023/2024", "2024"));
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.load(List.of(dir.resolve("share.json")), "test");
            assertEquals(MetricType.SHARE, cg.vocabulary().metric("hospital-beds-share").type());
            assertEquals(List.of("hospital-beds", "hospital-beds"), List.of(cg.vocabulary().quotientOf("hospital-beds-share")));
        }
    }

    static final String DOC = """
            {"document": {"id": "story", "title": "Beds", "language": "en", "publisher": "A paper", "published": "2025-03-01", "tier": "major-press"},
             "claims": [{"id": "beds", "quote": "beds rose 10%", "statement": "Hospital beds grew 10% in 2024.", "claimant": "author",
                         "subject": "france", "metric": "METRIC", "value": "10%", "period": "2023/2024", "kind": "statistical"}]}""";

    @Test
    void aDocumentUsesOneAndItIsStoredWithTheDocument() throws IOException {
        Path store = dir.resolve("store");
        Files.writeString(dir.resolve("ok.json"), DOC.replace("METRIC", "hospital-beds-growth"));
        try (ClaimGraph cg = ClaimGraph.open(null, store, null)) {
            cg.load(List.of(dir.resolve("ok.json")), "test");
        }
        try (ClaimGraph cg = ClaimGraph.open(null, store, null)) {
            assertEquals(MetricType.GROWTH, cg.vocabulary().metric("hospital-beds-growth").type());
            assertEquals("hospital-beds", cg.vocabulary().changeBase("hospital-beds-growth"));
            assertEquals("hospital-beds-growth", cg.vocabulary().metricId("hospital beds growth").orElseThrow());
        }
    }

    @Test
    void aPercentOfACountIsRefusedWithTheGrowthToUse() throws IOException {
        Files.writeString(dir.resolve("bad.json"), DOC.replace("METRIC", "hospital-beds"));
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            var e = assertThrows(BadInputException.class, () -> cg.load(List.of(dir.resolve("bad.json")), "test"));
            assertEquals(List.of(dir.resolve("bad.json") + ": claim \"beds\": field \"unit\": percent measures Percent, but hospital-beds is measured in Count"
                    + " (its growth in percent is metric \"hospital-beds-growth\")"), e.problems());
        }
    }
}
