package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures in different units of one dimension meet; counts written with any noun meet; currencies never do. */
class UnitsCheckTest {

    @TempDir Path dir;

    private static final String ENTITIES = """
            {"entities": [{"id": "norland", "label": "Republic of Norland", "aliases": ["Norland", "諾蘭"], "type": "place"}]}""";

    private static String doc(String id, String tier, String claims) {
        return "{\"document\": {\"id\": \"" + id + "\", \"title\": \"T " + id + "\", \"language\": \"en\", \"publisher\": \"P " + id
                + "\", \"published\": \"2024-03-01\", \"tier\": \"" + tier + "\"}, \"claims\": [" + claims + "]}";
    }

    private static String claim(String id, String metric, String value, String unit, String per) {
        return "{\"id\": \"" + id + "\", \"quote\": \"q " + id + "\", \"statement\": \"s " + id + "\", \"claimant\": \"author\", \"subject\": \"norland\","
                + " \"metric\": \"" + metric + "\", \"value\": \"" + value + "\", \"unit\": \"" + unit + "\""
                + (per == null ? "" : ", \"per\": \"" + per + "\"") + ", \"period\": \"2023\", \"kind\": \"statistical\"}";
    }

    private String reportJson;

    private Map<String, Assessment> check(String office, String article) throws IOException {
        Files.writeString(dir.resolve("entities.json"), ENTITIES);
        Files.writeString(dir.resolve("office.json"), office);
        Files.writeString(dir.resolve("article.json"), article);
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.load(List.of(dir.resolve("entities.json"), dir.resolve("office.json"), dir.resolve("article.json")), "test");
            var out = cg.check().stream().collect(Collectors.toMap(Assessment::claim, a -> a));
            reportJson = org.claimgraph.report.JsonReport.render(cg.report("blog"));
            return out;
        }
    }

    @Test
    void megawattsMeetGigawattsAndPeopleMeet人() throws IOException {
        var got = check(doc("office", "primary", String.join(",",
                        claim("capacity", "installed capacity", "6", "GW", null),
                        claim("pop", "population", "23.4 million", "people", null))),
                doc("blog", "anonymous", String.join(",",
                        claim("capacity-mw", "power capacity", "6,000", "MW", null),
                        claim("capacity-wrong", "power capacity", "900", "MW", null),
                        claim("pop-zh", "人口", "23,400,000", "人", null))));
        assertEquals(Verdict.SUPPORTED, got.get("blog/capacity-mw").verdict(), got.get("blog/capacity-mw").reason());
        assertTrue(got.get("blog/capacity-mw").reason().contains("as 6 GW"), got.get("blog/capacity-mw").reason());
        assertTrue(got.get("blog/capacity-mw").reason().contains("the claim's 6,000 MW"), got.get("blog/capacity-mw").reason());
        assertEquals(Verdict.CONTRADICTED, got.get("blog/capacity-wrong").verdict(), got.get("blog/capacity-wrong").reason());
        assertEquals(Verdict.SUPPORTED, got.get("blog/pop-zh").verdict(), got.get("blog/pop-zh").reason());
        assertTrue(got.get("blog/pop-zh").reason().contains("23.4M people"), got.get("blog/pop-zh").reason());
    }

    @Test
    void aWeeklyRateMeetsAYearlyFigureAndSaysTheFactor() throws IOException {
        var got = check(doc("office", "primary", claim("wage", "average earnings", "31,300", "GBP", "year")),
                doc("blog", "anonymous", claim("wage-weekly", "average weekly earnings", "600", "£", "per week")));
        Assessment a = got.get("blog/wage-weekly");
        assertEquals(Verdict.SUPPORTED, a.verdict(), a.reason());
        assertTrue(a.reason().contains("the claim's £600 a week (£31,306.5 a year at 52.1775 weeks a year)"), a.reason());
    }

    @Test
    void figuresInTwoCurrenciesAreNeverCompared() throws IOException {
        var got = check(doc("office", "primary", claim("spend", "public spending", "300 billion", "TWD", null)),
                doc("blog", "anonymous", claim("spend-usd", "government spending", "300 billion", "USD", null)));
        assertEquals(Verdict.UNSUPPORTED, got.get("blog/spend-usd").verdict(), got.get("blog/spend-usd").reason());
        // the JSON report lists the document's claims at the top too
        var claims = new com.fasterxml.jackson.databind.ObjectMapper().readTree(reportJson).path("claims");
        assertEquals(1, claims.size(), reportJson);
        assertEquals("blog/spend-usd", claims.get(0).path("id").asText());
        assertEquals("UNSUPPORTED", claims.get(0).path("verdict").asText());
        // the only finding that names the other currency's figure says it is not compared
        var uses = got.get("blog/spend-usd").findings().stream().filter(f -> f.used().contains("office/spend")).toList();
        assertEquals(1, uses.size(), uses.toString());
        assertEquals("currency.no-exchange-rate", uses.get(0).rule());
        assertEquals(org.claimgraph.model.Effect.CONTEXT, uses.get(0).effect());
        assertTrue(uses.get(0).message().endsWith("figures in different currencies are not compared without a dated exchange rate given as evidence."),
                uses.get(0).message());
    }
}
