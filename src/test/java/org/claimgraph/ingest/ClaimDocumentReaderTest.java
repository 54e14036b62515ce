package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Qualifier;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading is strict: each bad input is refused with a message naming the file, the claim and the field. */
class ClaimDocumentReaderTest {

    static ClaimGraph cg;

    @BeforeAll static void open() { cg = ClaimGraph.open("mem", null, null); }
    @AfterAll static void close() { cg.close(); }

    static final String TEXT = "甲骨文签下了一份5年3000亿美元的协议。";

    /** A valid document whose one claim has {@code field} replaced by {@code value} (raw JSON). */
    static String doc(String field, String value) {
        String claim = """
                "id": "deal", "quote": "5年3000亿美元", "start": 8, "end": 17,
                "statement": "A five-year $300 billion deal.", "claimant": "author", "subject": "甲骨文",
                "metric": "contract value", "value": "3000亿", "unit": "美元", "kind": "statistical\"""";
        if (field != null) {
            String pattern = "\"" + field + "\": (\"[^\"]*\"|\\d+)";
            claim = claim.matches("(?s).*" + pattern + ".*") ? claim.replaceFirst(pattern, "\"" + field + "\": " + value)
                    : claim + ", \"" + field + "\": " + value;
        }
        return "{\"document\": {\"id\": \"t\", \"title\": \"T\", \"language\": \"zh\", \"publisher\": \"P\", \"published\": \"2025-11\", "
                + "\"tier\": \"secondary\", \"text\": \"" + TEXT + "\"}, \"claims\": [{" + claim + "}]}";
    }

    /** One claim on usa for 2024 in a document without text: its metric, value and quote, in the document's language. */
    static String oneClaim(String language, String quote, String metric, String value) {
        return "{\"document\": {\"id\": \"q\", \"title\": \"T\", \"language\": \"" + language + "\", \"publisher\": \"P\", \"published\": \"2024\", "
                + "\"tier\": \"primary\"}, \"claims\": [{\"id\": \"c\", \"quote\": \"" + quote + "\", \"statement\": \"A figure.\", \"claimant\": \"author\", "
                + "\"subject\": \"usa\", \"metric\": \"" + metric + "\", \"value\": \"" + value + "\", \"period\": \"2024\", \"kind\": \"statistical\"}]}";
    }

    static List<String> problems(String json) {
        return assertThrows(BadInputException.class, () -> cg.reader().read("t.json", json, f -> { throw new IllegalStateException("none"); })).problems();
    }

    @Test
    void aCountBelowZeroIsRefusedNamingTheChangeMeasureItNeeds() {
        assertEquals(List.of("t.json: claim \"c\": field \"value\": \"-97,000\" is below zero, which a count (pupils) never is; "
                        + "a rise or fall in it is its change: metric \"pupils-change\""),
                problems(oneClaim("en", "a fall of 97,000 pupils", "pupils", "-97,000")));
        // a change measure may fall
        assertEquals(-2e6, cg.reader().read("t.json", oneClaim("en", "2 million jobs lost", "jobs created", "-2 million"), f -> "")
                .claims().get(0).value().value());
    }

    @Test
    void heightsDecibelsAndDecimalCommasAreReadOrRefusedNamingTheField() {
        var tall = cg.reader().read("t.json", oneClaim("en", "6 feet 2 inches", "height", "6 feet 2 inches"), f -> "").claims().get(0).value();
        assertEquals(List.of(74.0, "inch", 73.5, 74.5), List.of(tall.value(), tall.unit(), tall.low(), tall.high()));
        var loud = cg.reader().read("t.json", oneClaim("zh", "85分贝", "噪声", "85分贝"), f -> "").claims().get(0).value();
        assertEquals(List.of(85.0, "dB"), List.of(loud.value(), loud.unit()));
        // the one unit of its dimension, as an index's points: a bare figure on a sound level is in decibels
        assertEquals("dB", cg.reader().read("t.json", oneClaim("en", "85", "noise level", "85"), f -> "").claims().get(0).value().unit());
        assertEquals(1.5e6, cg.reader().read("t.json", oneClaim("es", "1,5 millones", "population", "1,5 millones"), f -> "").claims().get(0).value().value());
        assertEquals(List.of("t.json: claim \"c\": field \"unit\": dB measures SoundLevel, but height is measured in Length"),
                problems(oneClaim("en", "85 dB", "height", "85 dB")));
        assertEquals(List.of("t.json: claim \"c\": field \"value\": \"1,5 million\" has a comma followed by other than three digits, which is no"
                        + " thousands separator in a document in \"en\": write the decimal with a point, \"1.5 million\" (or give the document a"
                        + " \"language\" that writes decimal commas, such as \"de\" or \"es\")"),
                problems(oneClaim("en", "1,5 million", "population", "1,5 million")));
    }

    @Test
    void aSeasonIsTheHemispheresOfTheClaimsPlace() {
        String south = oneClaim("en", "in winter", "average height", "5 ft 10 in").replace("\"usa\"", "\"Australia\"");
        var winter = cg.reader().read("t.json", south.replace("\"2024\", \"kind\"", "\"winter 2024\", \"kind\""), f -> "").claims().get(0).period();
        assertEquals(List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31)), List.of(winter.start(), winter.end()));
        // an office that speaks for a southern place reports its seasons too
        String office = south.replace("\"Australia\"", "\"Australian Bureau of Statistics\"");
        assertEquals(List.of("t.json: claim \"c\": field \"period\": \"summer 2024\" does not say which summer: in the southern hemisphere it runs"
                        + " from December into February; write both years (2024-25 for December 2024 to February 2025, 2023-24 for the one ending in 2024)"
                        + " or the months (e.g. 2024-12/2025-02)"),
                problems(office.replace("\"2024\", \"kind\"", "\"summer 2024\", \"kind\"")));
        var north = cg.reader().read("t.json", oneClaim("en", "in winter", "average height", "5 ft 10 in").replace("\"2024\", \"kind\"", "\"winter 2023-24\", \"kind\""),
                f -> "").claims().get(0).period();
        assertEquals(List.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 29)), List.of(north.start(), north.end()));
    }

    /** A document defining its own town ({@code flag}: its southernHemisphere field, raw JSON, or null) with one claim on it for {@code period}. */
    static String ownTown(String type, String flag, String period) {
        String town = "{\"id\": \"kelso-flats\", \"label\": \"Kelso Flats\", \"type\": \"" + type + "\"" + (flag == null ? "" : ", \"southernHemisphere\": " + flag) + "}";
        return "{\"entities\": [" + town + "], " + oneClaim("en", "in the season", "average height", "5 ft 10 in").substring(1)
                .replace("\"usa\"", "\"Kelso Flats\"").replace("\"2024\", \"kind\"", "\"" + period + "\", \"kind\"");
    }

    @Test
    void aDocumentsOwnPlaceMayLieSouthAndItsSeasonsAreTheSouthernOnes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var winter = cg.reader().read("t.json", ownTown("place", "true", "winter 2024"), f -> "").claims().get(0).period();
        assertEquals(List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31)), List.of(winter.start(), winter.end()));
        var summer = cg.reader().read("t.json", ownTown("place", "true", "summer 2024-25"), f -> "").claims().get(0).period();
        assertEquals(List.of(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 2, 28)), List.of(summer.start(), summer.end()));
        // without the mark its summer is the northern one
        var north = cg.reader().read("t.json", ownTown("place", "false", "summer 2024"), f -> "").claims().get(0).period();
        assertEquals(List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31)), List.of(north.start(), north.end()));
        assertEquals(List.of("t.json: entity #1: field \"southernHemisphere\": only a place lies in a hemisphere (give \"type\": \"place\";"
                        + " an office's seasons are those of the place it speaks for)"),
                problems(ownTown("organization", "true", "winter 2024")));
        // stored in the gazetteer as cg:southernHemisphere: a store opened again reads the place's seasons as southern
        java.nio.file.Path file = dir.resolve("town.json");
        java.nio.file.Files.writeString(file, "{\"entities\": [{\"id\": \"kelso-flats\", \"label\": \"Kelso Flats\", \"type\": \"place\", \"southernHemisphere\": true}]}");
        try (ClaimGraph disk = ClaimGraph.open("tdb2", dir.resolve("store"), null)) {
            disk.load(List.of(file), "test");
        }
        try (ClaimGraph again = ClaimGraph.open("tdb2", dir.resolve("store"), null)) {
            String claim = oneClaim("en", "in winter", "average height", "5 ft 10 in").replace("\"usa\"", "\"Kelso Flats\"")
                    .replace("\"2024\", \"kind\"", "\"winter 2024\", \"kind\"");
            var stored = again.reader().read("t.json", claim, f -> "").claims().get(0).period();
            assertEquals(List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31)), List.of(stored.start(), stored.end()));
            // and an export writes the mark again
            var exported = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ClaimDocumentWriter.writeEntities(List.of(again.vocabulary().entity("kelso-flats"))));
            assertEquals("true", exported.path("entities").path(0).path("southernHemisphere").toString(), exported.toString());
        }
    }

    @Test
    void aSoundLevelNeverAddsUp() {
        String flow = "{\"metrics\": [{\"id\": \"noise-dose\", \"label\": \"noise dose\", \"type\": \"flow\", \"dimension\": \"sound-level\"}]}";
        assertEquals(List.of("t.json: metric \"noise-dose\": a sound level in decibels never adds up over time; its type is level, not flow"),
                problems(flow));
    }

    @Test
    void aQuoteFoundOnceInTheTextNeedsNoSpan() {
        String noSpan = doc(null, null).replace("\"start\": 8, \"end\": 17,", "");
        var c = cg.reader().read("t.json", noSpan, f -> "").claims().get(0);
        assertEquals(List.of(8, 17), List.of(c.start(), c.end()));
        // one end alone, or a quote the text holds twice or not at all, still needs both
        assertEquals(List.of("t.json: claim \"deal\": field \"end\": missing: the document has text, so the quote needs its span (the quote is found at 8–17)"),
                problems(doc(null, null).replace(", \"end\": 17", "")));
        assertEquals(List.of("t.json: claim \"deal\": field \"start\": missing: the document has text, so the quote needs its span (the quote is in the text more than once)"),
                problems(noSpan.replace("\"quote\": \"5年3000亿美元\"", "\"quote\": \"0\"")));
        assertEquals(List.of("t.json: claim \"deal\": field \"start\": missing: the document has text, so the quote needs its span (the quote is not in the text)"),
                problems(noSpan.replace("\"quote\": \"5年3000亿美元\"", "\"quote\": \"6年\"")));
    }

    @Test
    void aValidDocumentIsNormalised() {
        var d = cg.reader().read("t.json", doc(null, null), f -> "");
        var c = d.claims().get(0);
        assertEquals("oracle", c.subject());
        assertEquals("contract-value", c.metric());
        assertEquals(3e11, c.value().value());
        assertEquals("USD", c.value().unit());
        assertEquals(2.95e11, c.value().low(), 1); // two significant figures: 3.0 × 10¹¹ ± 5 × 10⁹
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2.4 billion USD a year|2.4e9|year|2.4 billion USD", "$700 million per month|7e8|month|$700 million",
            "每年24亿美元|2.4e9|year|24亿美元", "12 a day|12|day|12", "每小时183元|183|hour|183元"})
    void aRateInTheValueIsTheClaimsPer(String value, double amount, String per, String statedAs) {
        var q = cg.reader().read("q.json", oneClaim("en", "a loss", value.startsWith("12") ? "population" : "net loss", value), f -> "").claims().get(0).value();
        assertEquals(amount, q.value(), amount * 1e-9);
        assertEquals(per, q.per());
        assertEquals(statedAs, q.statedAs());
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource(delimiter = '|', value = {"$1.25 a share|earnings per share|1.25|USD", "每股1.2元|earnings per share|1.2|CNY",
            "$12,000 per head|GDP per capita|12000|USD", "人均1.2万美元|GDP per capita|12000|USD"})
    void aBasisTheMetricsNameGivesIsLeftOutOfTheValue(String value, String metric, double amount, String unit) {
        var q = cg.reader().read("q.json", oneClaim("en", "a figure", metric, value), f -> "").claims().get(0).value();
        assertEquals(amount, q.value(), amount * 1e-9);
        assertEquals(unit, q.unit());
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource(delimiter = '|', value = {"52.5 cases per 100,000 people|incidence rate|52.5|per-100000",
            "每10万人52.5例|发病率|52.5|per-100000", "52.5/10万|发病率|52.5|per-100000", "每10萬人0.8件|凶殺率|0.8|per-100000", "十万分之52.5|发病率|52.5|per-100000",
            "每千人口3.4人|doctor density|3.4|per-1000", "1,180 crimes per 100,000|crime rate|1180|per-100000",
            // sport, election and health nouns, and ages
            "23.4 million viewers|attendance|2.34e7|count", "4,515 candidates|candidates|4515|count",
            "78.6岁|人均预期寿命|78.6|year", "78.6歲|平均壽命|78.6|year", "7年6個月|age|90|month"})
    void aRateOfPeopleWrittenAroundTheFigureAndNounsAndAgesAreUnits(String value, String metric, double amount, String unit) {
        var q = cg.reader().read("q.json", oneClaim("zh", "a figure", metric, value), f -> "").claims().get(0).value();
        assertEquals(amount, q.value(), amount * 1e-9);
        assertEquals(unit, q.unit());
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // points a team scores are a count, and so are golds (no ounces of gold)
            "91 points|league points|91|count|-|-", "40 golds|gold medals|40|count|-|-", "547分|数学成绩|547|count|-|-",
            // a measure's name says the base of its rate, so a bare figure is in it
            "2.4|hospital beds per 1,000 people|2.4|per-1000|-|-", "3.4|每千人口床位数|3.4|per-1000|-|-",
            // a rate and what the figure is for, and a count's noun in the singular
            "about £122 a month per patient|price|122|GBP|month|count", "£9.90 per item|price|9.9|GBP|-|count",
            // parts per million or billion of the air
            "424 ppm|CO2 concentration|424|ppm|-|-", "1,930 ppb|methane concentration|1930|ppb|-|-"})
    void aStrangersHealthCrimeFarmAndSportFiguresAreRead(String value, String metric, double amount, String unit, String per, String basis) {
        var q = cg.reader().read("q.json", oneClaim("en", "a figure", metric, value), f -> "").claims().get(0).value();
        assertEquals(List.of(amount, unit), List.of(q.value(), q.unit()));
        assertEquals(java.util.Arrays.asList(per, basis), java.util.Arrays.asList(q.per(), q.basis()));
    }

    @Test
    void salesCountedInUnitsAreUnitSalesInTheirScope() {
        var c = cg.reader().read("q.json", oneClaim("en", "1.2 million units", "album sales", "1.2 million units"), f -> "").claims().get(0);
        assertEquals(List.of("units-sold", "album", "count", "units"), List.of(c.metric(), c.scope(), c.value().unit(), c.value().noun()));
    }

    @ParameterizedTest(name = "{1} of {0}")
    @CsvSource(delimiter = '|', value = {
            // money counted in things is still refused where no count goes by its name
            "gdp|3 million units|count measures Count, but gdp is measured in Currency",
            // parts per million are no mass in a volume
            "PM2.5 concentration|9 ppm|ppm measures PartsPer, but pm25-concentration is measured in Concentration"})
    void aFigureOfAnotherDimensionIsRefused(String metric, String value, String message) {
        assertEquals(List.of("t.json: claim \"c\": field \"unit\": " + message), problems(oneClaim("en", value, metric, value)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"$80 a barrel|80|USD|barrel", "$12 a dose|12|USD|count", "每盒35.8元|35.8|CNY|count", "$3.03 per gallon|3.03|USD|gallon", "€0.40/kWh|0.4|EUR|kWh",
            "£3,500 per square metre|3500|GBP|sq-m", "每桶80美元|80|USD|barrel", "7.5元每升|7.5|CNY|L", "0.6元/千瓦时|0.6|CNY|kWh"})
    void aFigureForOneOfAUnitKeepsWhatItIsFor(String value, double amount, String unit, String basis) {
        var q = cg.reader().read("q.json", oneClaim("en", "a price", "price", value), f -> "").claims().get(0).value();
        assertEquals(amount, q.value(), amount * 1e-9);
        assertEquals(unit, q.unit());
        assertEquals(basis, q.basis());
        assertEquals(null, q.per());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {"35 µg/m³|PM2.5 concentration|35|ug-m3", "35微克/立方米|PM2.5浓度|35|ug-m3",
            "35 micrograms per cubic metre|PM2.5 concentration|35|ug-m3", "1.0毫克/立方米|一氧化碳浓度|1|mg-m3",
            "100 Mbit/s|broadband speed|100|mbit-s", "1 Gbps|broadband speed|1|gbit-s", "3015亿GB|移动互联网接入流量|3.015e11|GB",
            "500 mg|weight|500|mg", "3克|weight|3|g"})
    void aUnitWithASlashOrPerInItsNameIsOneUnit(String value, String metric, double amount, String unit) {
        var q = cg.reader().read("q.json", oneClaim("en", "a figure", metric, value), f -> "").claims().get(0).value();
        assertEquals(amount, q.value(), amount * 1e-9);
        assertEquals(unit, q.unit());
        assertEquals(null, q.per());
        assertEquals(null, q.basis());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {"9|million barrels per day|oil production|9e6|barrel|day|-",
            "80|USD per barrel|price|80|USD|-|barrel", "80|$/bbl|price|80|USD|-|barrel", "50000|元/平方米|price|50000|CNY|-|sq-m",
            "80|美元每桶|price|80|USD|-|barrel", "30|cents per kWh|price|0.3|USD|-|kWh", "25|basis points|interest rate|0.25|percentage-point|-|-",
            "5|billion USD|gdp|5e9|USD|-|-", "-50 bps|-|interest rate|-0.5|percentage-point|-|-", "9.5|mb/d|oil production|9.5e6|barrel|day|-",
            "400,000|bpd|oil production|4e5|barrel|day|-", "50个基点|-|interest rate|0.5|percentage-point|-|-",
            // the oil trade's shorthand written after the figure
            "1.5 million bpd|-|oil production|1.5e6|barrel|day|-", "9.5mb/d|-|oil production|9.5e6|barrel|day|-",
            "300 kb/d|-|oil production|3e5|barrel|day|-",
            // a crop's yield is a mass for the land it grew on
            "每亩420公斤|-|crop yield|420|kg|-|mu", "7.5 tonnes per hectare|-|crop yield|7.5|t|-|ha"})
    void aUnitMayCarryAMagnitudeARateOrWhatTheFigureIsFor(String value, String unit, String metric, double amount, String unitId, String per, String basis) {
        String json = oneClaim("en", "a figure", metric, value);
        if (unit != null) json = json.replace("\"period\"", "\"unit\": \"" + unit + "\", \"period\"");
        var q = cg.reader().read("q.json", json, f -> "").claims().get(0).value();
        assertEquals(amount, q.value(), Math.abs(amount) * 1e-9);
        assertEquals(unitId, q.unit());
        assertEquals(per, q.per());
        assertEquals(basis, q.basis());
    }

    @Test
    void aClaimantNothingElseNamesIsAnEntityOfTheDocument() {
        // a speaker named as people are, with nothing near in the gazetteer: defined with the document, as if it had
        var d = cg.reader().read("q.json", oneClaim("en", "a figure", "population", "5").replace("\"author\"", "\"Ruth Marlowe-Quist\""), f -> "");
        assertEquals("ruth-marlowe-quist", d.claims().get(0).claimant());
        assertEquals(List.of("ruth-marlowe-quist person Ruth Marlowe-Quist"),
                d.entities().stream().map(e -> e.id() + " " + e.type() + " " + e.labelEn()).toList());
        var zh = cg.reader().read("q.json", oneClaim("zh", "a figure", "population", "5").replace("\"author\"", "\"林雅各\""), f -> "");
        assertEquals("lin-ya-ge", zh.claims().get(0).claimant());
        // a common noun, or a name near one the gazetteer has (a slip more likely than a new speaker), is still refused
        assertEquals(List.of("t.json: claim \"c\": field \"claimant\": unknown entity \"the ministry\"" + Reading.NOT_IN_GAZETTEER
                        + " (or one of author, analysts, experts, company-documents, unnamed)"),
                problems(oneClaim("en", "a figure", "population", "5").replace("\"author\"", "\"the ministry\"")));
    }

    @Test
    void aUnitNoneOfWhichReadsIsToldAsWritten() {
        assertEquals(List.of("t.json: claim \"c\": field \"unit\": unknown unit \"million apples\" (not in the catalogue: define it under \"units\" beside the claims, or in a file of them loaded first)"),
                problems(oneClaim("en", "a figure", "population", "5").replace("\"period\"", "\"unit\": \"million apples\", \"period\"")));
        assertEquals(List.of("t.json: claim \"c\": field \"per\": \"per year\" disagrees with the rate in the unit \"barrels per day\""),
                problems(oneClaim("en", "a figure", "oil production", "9").replace("\"period\"", "\"unit\": \"barrels per day\", \"per\": \"per year\", \"period\"")));
    }

    @Test
    void aBasisFieldMustBeAUnitOfSomethingElseThanTime() {
        assertEquals(List.of("t.json: claim \"deal\": field \"basis\": \"year\" is not a unit a figure can be for (write barrel, litre, kWh, kg, square metre …; a unit of time is \"per\")"),
                problems(doc("value", "\"3 billion\", \"basis\": \"year\"")));
        assertEquals(List.of("t.json: claim \"deal\": field \"basis\": \"litre\" disagrees with the value \"80 a barrel\""),
                problems(doc("value", "\"80 a barrel\", \"basis\": \"litre\"")));
    }

    static String zhAmount(String value, String unit) {
        return "{\"document\": {\"id\": \"q\", \"title\": \"T\", \"language\": \"zh-Hant\", \"publisher\": \"P\", \"published\": \"2024\", "
                + "\"tier\": \"primary\"}, \"claims\": [{\"id\": \"c\", \"quote\": \"" + value + "\", \"statement\": \"A figure.\", \"claimant\": \"author\", "
                + "\"subject\": \"taiwan\", \"metric\": \"budget\", \"value\": \"" + value + "\", \"unit\": \"" + unit + "\", \"period\": \"2024\", \"kind\": \"statistical\"}]}";
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', value = {"370億元|3.7e10|TWD", "840萬元|8.4e6|TWD", "12億元|1.2e9|HKD", "5000万元|5e7|CNY"})
    void aBareYuanTakesTheCurrencyTheUnitNames(String value, double amount, String unit) {
        var q = cg.reader().read("q.json", zhAmount(value, unit), f -> "").claims().get(0).value();
        assertEquals(amount, q.value(), amount * 1e-9);
        assertEquals(unit, q.unit());
    }

    /** One race time of usa in 2024, its value and unit as given (null: no unit field). */
    static String raceTime(String value, String unit) {
        return oneClaim("zh", value, "race time", value).replace("\"period\"", (unit == null ? "" : "\"unit\": \"" + unit + "\", ") + "\"period\"");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {"2:00:35|hours|2.009722|hour", "2:00:35|-|7235|second", "9秒83|-|9.83|second",
            "2小时0分35秒|minutes|120.583333|minute", "1 min 45 s|seconds|105|second", "9:58|minutes|9.966667|minute"})
    void aDurationInSeveralUnitsOrOnAClockIsOneFigureInTheClaimsUnit(String value, String unit, double amount, String as) {
        var q = cg.reader().read("q.json", raceTime(value, unit), f -> "").claims().get(0).value();
        assertEquals(amount, q.value(), 1e-6);
        assertEquals(as, q.unit());
    }

    @Test
    void theHighestTemperatureIsTheTemperatureInItsScopeAndCountsOfOtherStoriesAreInTheCatalogue() {
        var hot = cg.reader().read("q.json", oneClaim("zh", "最高气温40.3摄氏度", "最高气温", "40.3摄氏度"), f -> "").claims().get(0);
        assertEquals("temperature", hot.metric());
        assertEquals("最高", hot.scope());
        var won = cg.reader().read("q.json", oneClaim("en", "won 8 matches", "wins", "8 matches"), f -> "").claims().get(0).value();
        assertEquals("count", won.unit());
        assertEquals("matches", won.noun());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"maize production|en|12 million tonnes|production|maize", "black unemployment rate|en|5.9%|unemployment-rate|black",
            "城镇失业率|zh|5.2%|unemployment-rate|城镇", "10-year bond yield|en|4.99%|bond-yield|10-year"})
    void wordsBeforeACatalogueMeasuresNameAreTheClaimsScope(String metric, String lang, String value, String id, String scope) {
        var claim = cg.reader().read("q.json", oneClaim(lang, value, metric, value), f -> "").claims().get(0);
        assertEquals(id, claim.metric());
        assertEquals(scope, claim.scope());
    }

    @Test
    void aSlipOfAMeasuresNameIsStillRefused() {
        assertEquals(List.of("t.json: claim \"c\": field \"metric\": unknown metric \"unemploymnet rate\" (did you mean \"unemployment rate\"?)"),
                problems(oneClaim("en", "5%", "unemploymnet rate", "5%")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"private rent growth|en|9.2%|rent-growth|private", "外出农民工占比|zh|60%|migrant-workers-share|外出",
            "玉米产量增长|zh|5%|production-growth|玉米", "age of first-time buyers|en|34 years|age|first-time buyers",
            "median floor area of new homes|en|2,286 square feet|floor-area|median new homes",
            "waiting list over 18 weeks|en|300,000|waiting-list|over 18 weeks"})
    void wordsBeforeAGrowthOrShareOrAfterAMeasuresNameAreTheClaimsScope(String metric, String lang, String value, String id, String scope) {
        // each was refused as an unknown metric (玉米产量 in 玉米产量增长 names a measure, so its growth is production's in 玉米)
        var claim = cg.reader().read("q.json", oneClaim(lang, value, metric, value), f -> "").claims().get(0);
        assertEquals(List.of(id, scope), List.of(claim.metric(), claim.scope()));
    }

    @Test
    void aCurrencyCodeAsTheSubjectSaysHowToDefineItNotANameNearIt() {
        // it suggested "us" for USD
        assertEquals(List.of("t.json: claim \"c\": field \"subject\": unknown entity \"USD\" (a currency is a subject, as an exchange rate's, only as an "
                + "entity whose name or alias is its code: define it under \"entities\" beside the claims, or in a file of them loaded first, "
                + "e.g. {\"id\": \"usd\", \"label\": \"USD\", \"type\": \"topic\"})"),
                problems(oneClaim("en", "7.10", "exchange rate", "7.10 CNY").replace("\"usa\"", "\"USD\"")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"时速350公里|350|km-h", "每小時159公里|159|km-h", "每秒45米|45|m-s"})
    void aSpeedWithItsTimeWrittenFirstIsASpeed(String value, double amount, String unit) {
        // 时速350公里 was refused as a malformed number
        var v = cg.reader().read("q.json", oneClaim("zh", value, "wind speed", value), f -> "").claims().get(0).value();
        assertEquals(unit, v.unit());
        assertEquals(amount, v.value(), 1e-9);
        assertNull(v.per());
    }

    @Test
    void aClockOfTwoPartsWithoutAUnitIsRefused() {
        assertEquals(List.of("t.json: claim \"c\": field \"value\": \"9:58\" is a time on a clock of two parts: give its unit (hour for hours and minutes, minute for minutes and seconds)"),
                problems(raceTime("9:58", null)));
    }

    @Test
    void aClaimantWhoseNameHoldsAKnownOneIsAnEntityOfTheDocument() {
        var d = cg.reader().read("t.json", doc("claimant", "\"Oracle Labs\""), f -> "");
        assertEquals("oracle-labs", d.claims().get(0).claimant());
    }

    @Test
    void aNamedCurrencyInTheValueMustAgreeWithTheUnit() {
        assertEquals(List.of("q.json: claim \"c\": field \"unit\": \"TWD\" disagrees with the unit in the value \"3億美元\""),
                assertThrows(BadInputException.class, () -> cg.reader().read("q.json", zhAmount("3億美元", "TWD"), f -> "")).problems());
    }

    @Test
    void aBasisTheMetricDoesNotGiveStaysInTheValue() {
        assertEquals(List.of("t.json: claim \"deal\": field \"value\": unknown unit \"USD per share\""), problems(doc("value", "\"3 USD per share\"")));
    }

    @Test
    void aRateInTheValueMustAgreeWithPer() {
        assertEquals(List.of("t.json: claim \"deal\": field \"per\": \"year\" disagrees with the rate in the value \"3000亿 a month\""),
                problems(doc("value", "\"3000亿 a month\", \"per\": \"year\"")));
    }

    @Test
    void aWordForNothingIsExactlyZeroAndTakesNoQualifierThatSizesIt() {
        var q = cg.reader().read("t.json", doc("value", "\"没有\""), f -> "").claims().get(0).value();
        assertEquals(0, q.value());
        assertEquals(0, q.low());
        assertEquals(0, q.high());
        assertEquals("USD", q.unit());
        // a numeral for zero keeps its precision
        var numeral = cg.reader().read("t.json", doc("value", "\"0\""), f -> "").claims().get(0).value();
        assertEquals(-0.5, numeral.low(), 1e-9);
        assertEquals(List.of("t.json: claim \"deal\": field \"value\": \"没有\" is a word for nothing, exactly 0, and takes no qualifier that"
                        + " sizes it (about, more than, almost …); write the figure instead (\"less than 1%\", \"0\")"),
                problems(doc("value", "\"没有\", \"qualifiers\": [\"about\"]")));
        // a qualifier that only labels the figure is kept
        var estimate = cg.reader().read("t.json", doc("value", "\"没有\", \"qualifiers\": [\"estimate\"]"), f -> "").claims().get(0);
        assertEquals(0, estimate.value().high());
    }

    @Test
    void aCountNeedsNoUnitButAnAmountDoes() {
        var c = cg.reader().read("q.json", oneClaim("en", "a million", "population", "1 million"), f -> "").claims().get(0);
        assertEquals("count", c.value().unit());
        assertEquals(1e6, c.value().value());
        assertEquals(List.of("t.json: claim \"c\": field \"unit\": missing (the value \"1 million\" needs a unit, e.g. USD, percent, GW)"),
                problems(oneClaim("en", "a million", "revenue", "1 million")));
        // a rate per people has several units: the message names them, not money's
        assertEquals(List.of("t.json: claim \"c\": field \"unit\": missing (the value \"15.1\" needs a unit, e.g. per-1000, per-10000, per-100000, per-capita (maternal-mortality is measured in PerCapita))"),
                problems(oneClaim("zh", "孕产妇死亡率为15.1", "孕产妇死亡率", "15.1")));
    }

    @Test
    void aMagnitudeNeedsNoUnitAndTakesNoneWithADimension() {
        var c = cg.reader().read("q.json", oneClaim("en", "magnitude 6.8", "earthquake magnitude", "6.8"), f -> "").claims().get(0);
        assertEquals("dimensionless", c.value().unit());
        assertEquals(6.8, c.value().value(), 1e-9);
        assertEquals(List.of("t.json: claim \"c\": field \"unit\": percent measures Percent, but earthquake-magnitude is measured in NoDimension"),
                problems(oneClaim("en", "6.8%", "earthquake magnitude", "6.8%")));
    }

    @Test
    void anEventsDateIsNoShare() {
        assertEquals(List.of("t.json: claim \"c\": field \"value\": \"5/12\" is no date, but announcement-date is the date of an event: give its day in \"period\""),
                problems(oneClaim("en", "on 5/12", "announcement date", "5/12")));
    }

    @Test
    void anIndexIsInPointsAndPointsOfAShareArePercentagePoints() {
        var c = cg.reader().read("q.json", oneClaim("en", "confidence at -20", "consumer confidence", "-20"), f -> "").claims().get(0);
        assertEquals("point", c.value().unit());
        assertEquals(-20, c.value().value(), 1e-9);
        var lead = cg.reader().read("q.json", oneClaim("en", "a lead of 5 points", "poll lead", "5 points"), f -> "").claims().get(0);
        assertEquals("percentage-point", lead.value().unit());
        assertEquals(5, lead.value().value(), 1e-9);
        var index = cg.reader().read("q.json", oneClaim("en", "up 300 points", "index level", "300 points"), f -> "").claims().get(0);
        assertEquals("point", index.value().unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"60 miles per hour | speed | mph | 60", "12,000 cubic metres per second | peak flow | m3-s | 12000",
            "1.2 million cubic feet per second | peak flow | cfs | 1.2e6"})
    void aRateInAUnitsOwnNameStaysInTheUnit(String value, String metric, String unit, double expected) {
        String json = oneClaim("en", value, metric, value).replace("\"claims\"",
                "\"metrics\": [{\"id\": \"peak-flow\", \"label\": \"peak flow\", \"type\": \"level\", \"dimension\": \"volume-flow\"}], \"claims\"");
        var c = cg.reader().read("q.json", json, f -> "").claims().get(0);
        assertEquals(unit, c.value().unit());
        assertEquals(null, c.value().per());
        assertEquals(expected, c.value().value(), 1e-6);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"P20 billion, PHP, 2e10", "N5 billion, NGN, 5e9", "K50, ZMW, 50", "Q1.5 million, GTQ, 1.5e6"})
    void lettersBeforeANumberAreTheDeclaredCurrencysSign(String value, String unit, double expected) {
        String json = oneClaim("en", value, "budget", value).replace("\"period\"", "\"unit\": \"" + unit + "\", \"period\"");
        var c = cg.reader().read("q.json", json, f -> "").claims().get(0);
        assertEquals(unit, c.value().unit());
        assertEquals(expected, c.value().value(), 1e-9);
    }

    @ParameterizedTest(name = "{0} in a document in {1}: {2}")
    @CsvSource(delimiter = '|', value = {"1,5 millones de personas|es|es", "3 million people|en|en", "3 million people|zh|en", "三百万人|zh|zh",
            "三百萬人|zh-Hant|zh-Hant", "三百万人|en|zh"})
    void aQuoteWithoutTheTextIsInTheDocumentsLanguageWhenItsScriptAgrees(String quote, String language, String expected) {
        String json = oneClaim(language, quote, "population", "3 million people");
        assertEquals(expected, cg.reader().read("q.json", json, f -> "").claims().get(0).quoteLang());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unit|\"FURLONG\"|t.json: claim \"deal\": field \"unit\": unknown unit \"FURLONG\" (not in the catalogue: define it under \"units\" beside the claims, or in a file of them loaded first)",
            "unit|\"UDS\"|t.json: claim \"deal\": field \"unit\": unknown unit \"UDS\" (did you mean \"usd\"?)",
            "metric|\"contract valu\"|t.json: claim \"deal\": field \"metric\": unknown metric \"contract valu\" (did you mean \"contract value\"?)",
            "subject|\"Oracel\"|t.json: claim \"deal\": field \"subject\": unknown entity \"Oracel\" (did you mean \"oracle\"?)",
            "subject|\"Port of Qingshui\"|t.json: claim \"deal\": field \"subject\": unknown entity \"Port of Qingshui\" (not in the gazetteer: define it under \"entities\" beside the claims, or in a file of them loaded first)",
            "value|\"3000亿亿x\"|t.json: claim \"deal\": field \"value\": malformed number \"3000亿亿x\"",
            "value|\"twelvish\"|t.json: claim \"deal\": field \"value\": malformed number \"twelvish\"",
            "value|\"٣\"|t.json: claim \"deal\": field \"value\": malformed number \"٣\"",
            // letters before a number say a currency only when they begin the declared one's code or are its sign (the unit here: 美元)
            "value|\"P20 billion\"|t.json: claim \"deal\": field \"value\": malformed number \"P20 billion\"",
            "value|\"9999999999999999999999999\"|t.json: claim \"deal\": field \"value\": number too large \"9999999999999999999999999\": more than 10^18",
            "term|\"1e400 years\"|t.json: claim \"deal\": field \"term\": \"1e400 years\" is not a number of years such as \"5 years\"",
            "term|\"99999 years\"|t.json: claim \"deal\": field \"term\": \"99999 years\" is out of range: more than 0 and at most 1000 years",
            "term|\"0 years\"|t.json: claim \"deal\": field \"term\": \"0 years\" is out of range: more than 0 and at most 1000 years",
            "end|3|t.json: claim \"deal\": field \"end\": 3 is before start 8",
            "end|99|t.json: claim \"deal\": field \"end\": 99 is past the end of the text (21 characters)",
            "start|7|t.json: claim \"deal\": field \"start\": the text at 7–17 is \"份5年3000亿美元\", not the quote; the quote is at 8–17",
            "colour|\"red\"|t.json: claim \"deal\": unknown field \"colour\"",
            "todo|[\"subject\"]|t.json: claim \"deal\": unknown field \"todo\": a draft's list of what is left to fill; fill those fields, then delete the list",
            "quote|5|t.json: claim \"deal\": field \"quote\": must be text, not a number",
            "start|8.5|t.json: claim \"deal\": field \"start\": 8.5 is not a whole number",
            "start|-1|t.json: claim \"deal\": field \"start\": -1 is negative",
            "qualifiers|\"about\"|t.json: claim \"deal\": field \"qualifiers\": must be a list, not text",
            "qualifiers|[\"abuot\"]|t.json: claim \"deal\": field \"qualifiers[0]\": unknown value \"abuot\" (did you mean \"about\"?); one of about, more-than, at-least, up-to, less-than, almost, conservative-estimate, estimate, projection, non-binding, opinion, paraphrase",
            "compares|{\"op\": \"beats\", \"left\": \"deal\", \"right\": \"deal\"}|t.json: claim \"deal\": field \"compares\".op: unknown value \"beats\"; one of exceeds, less-than, equals, times",
            "statement|\"\"|t.json: claim \"deal\": field \"statement\": empty",
            "qoute|\"x\"|t.json: claim \"deal\": unknown field \"qoute\" (did you mean \"quote\"?)",
            "period|\"2029/2025\"|t.json: claim \"deal\": field \"period\": the period ends (2025) before it starts (2029)",
            "rankFrom|\"bottom\"|t.json: claim \"deal\": field \"rankFrom\": unknown value \"bottom\"; one of highest, lowest",
            "rankFrom|\"lowest\"|t.json: claim \"deal\": field \"rankFrom\": a rank order without a rank (\"the lowest\" is \"rank\": 1 with \"rankFrom\": \"lowest\")",
            "rankOver|\"since 1975\"|t.json: claim \"deal\": field \"rankOver\": a record window without a rank (\"the lowest since 1975\" is \"rank\": 1, \"rankFrom\": \"lowest\", \"rankOver\": \"since 1975\")",
            "kind|\"rumour\"|t.json: claim \"deal\": field \"kind\": unknown value \"rumour\"; one of statistical, comparative, temporal, attribution, prediction, opinion",
            "between|{}|t.json: claim \"deal\": field \"between\".from: missing (the earlier event: subject, metric (an event date), object)",
            "between|{\"from\": {\"subject\": \"甲骨文\", \"metric\": \"announcement date\"}, \"until\": {}}|t.json: claim \"deal\": field \"between\": unknown field \"until\"",
            "between|{\"from\": {\"subject\": \"甲骨文\", \"metric\": \"announcement date\"}, \"to\": null}|t.json: claim \"deal\": field \"between\".to: must be an object, not null",
            "claimant|\"Sam Altmann\"|t.json: claim \"deal\": field \"claimant\": unknown entity \"Sam Altmann\" (did you mean \"sam altman\"?) (or one of author, analysts, experts, company-documents, unnamed)"})
    void refusesWithTheExactMessage(String field, String value, String message) {
        assertEquals(List.of(message), problems(doc(field, value)));
    }

    /** The document with its one claim a record: rank 1 from the lowest, the period and window given (null: absent). */
    static String record(String period, String over) {
        return doc("rank", "1").replace("\"rank\": 1", "\"rank\": 1, \"rankFrom\": \"lowest\""
                + (period == null ? "" : ", \"period\": \"" + period + "\"") + ", \"rankOver\": \"" + over + "\"");
    }

    @Test
    void aRecordsWindowIsReadAgainstItsPeriod() {
        var c = cg.reader().read("t.json", record("2024年", "1975年以来"), f -> "").claims().get(0);
        assertEquals(LocalDate.of(1976, 1, 1), c.rankOver().start());
        assertEquals(LocalDate.of(2024, 12, 31), c.rankOver().end());
        assertEquals("1975年以来", c.rankOver().label());
        assertNull(cg.reader().read("t.json", doc("rank", "1"), f -> "").claims().get(0).rankOver(), "no window: a rank among rivals");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-|since 1975|t.json: claim \"deal\": field \"rankOver\": a record window needs the claim's period, the period of the record's figure",
            "by 2029|on record|t.json: claim \"deal\": field \"rankOver\": a record window needs a period with both ends, not \"by 2029\"",
            "2024|lately|t.json: claim \"deal\": field \"rankOver\": \"lately\" is not a record window: write on record, since 1975, 1975/2024, 40 years, 有记录以来, 1975年以来 or 近十年",
            "2024|since 2024|t.json: claim \"deal\": field \"rankOver\": \"since 2024\" starts after the claim's period (2024) begins: a record's window holds its period",
            "2024|1975/2000|t.json: claim \"deal\": field \"rankOver\": \"1975/2000\" (1975–2000) ends before the claim's period (2024) does: a record's window holds its period",
            "2024|近1年|t.json: claim \"deal\": field \"rankOver\": \"近1年\" (2024) leaves no room for another period as long as the claim's (2024)",
            "2024|0 years|t.json: claim \"deal\": field \"rankOver\": \"0 years\" is out of range: a whole number of years or months, more than 0 and at most 1000 years",
            "2029/2025|since 1975|t.json: claim \"deal\": field \"period\": the period ends (2025) before it starts (2029)"})
    void aBadRecordIsRefusedWithTheExactMessage(String period, String over, String message) {
        assertEquals(List.of(message), problems(record(period, over)));
    }

    @Test
    void structureAndMeaningAreToldAtOnceEachWithItsPath() {
        String json = doc("value", "true").replace("\"publisher\": \"P\"", "\"publisher\": \"P\", \"colour\": \"red\"")
                .replace("\"subject\": \"甲骨文\"", "\"subject\": \"Oracel\"");
        var e = assertThrows(BadInputException.class, () -> cg.reader().read("t.json", json, f -> ""));
        assertEquals(List.of(new BadInputException.Problem("document.colour", "t.json: field \"document\": unknown field \"colour\""),
                new BadInputException.Problem("claims[0].subject", "t.json: claim \"deal\": field \"subject\": unknown entity \"Oracel\" (did you mean \"oracle\"?)"),
                new BadInputException.Problem("claims[0].value", "t.json: claim \"deal\": field \"value\": must be text or a number, not true/false")),
                e.detailed());
    }

    static final String SINCE = "{\"from\": {\"subject\": \"甲骨文\", \"metric\": \"announcement date\"}}";

    @Test
    void aGapWithoutALaterEventRunsUpToTheClaimsOwnDate() {
        var c = cg.reader().read("t.json", doc("between", SINCE), f -> "").claims().get(0);
        assertEquals(new Claim.Gap(new Claim.EventRef("oracle", null, "announcement-date"), null), c.between());
        assertTrue(c.between().toClaimDate());
        var d = cg.reader().read("t.json", doc("period", "\"2025-09-22\"").replace("\"published\": \"2025-11\"", "\"published\": null"), f -> "");
        assertEquals(LocalDate.of(2025, 9, 22), Claim.ownDate(d.claims().get(0).period(), d.document()).start(), "a one-day period is the claim's own date");
        assertEquals("2025-11", Claim.ownDate(c.period(), cg.reader().read("t.json", doc(null, null), f -> "").document()).label(), "else the document's date");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no period|t.json: claim \"deal\": field \"between\".to: missing, and the claim has no date of its own to count to (a one-day \"period\", or the document's \"published\")",
            "\"2025\"|t.json: claim \"deal\": field \"between\".to: missing, and the claim has no date of its own to count to (a one-day \"period\", or the document's \"published\")",
            "\"2029/2025\"|t.json: claim \"deal\": field \"period\": the period ends (2025) before it starts (2029)"})
    void aGapWithoutALaterEventNeedsADateOfTheClaimsOwn(String period, String message) {
        String json = doc("between", SINCE).replace("\"published\": \"2025-11\"", "\"published\": null");
        if (!period.equals("no period")) json = json.replace("\"kind\": \"statistical\"", "\"kind\": \"statistical\", \"period\": " + period);
        assertEquals(List.of(message), problems(json));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String json = doc("unit", "\"FURLONG\"").replace("\"metric\": \"contract value\"", "\"metric\": \"vibes\"");
        assertEquals(List.of("t.json: claim \"deal\": field \"metric\": unknown metric \"vibes\" (not in the catalogue: define it under"
                        + " \"metrics\" beside the claims, or in a file of them loaded first)",
                "t.json: claim \"deal\": field \"unit\": unknown unit \"FURLONG\" (not in the catalogue: define it under \"units\" beside the claims, or in a file of them loaded first)"), problems(json));
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        var e = assertThrows(BadInputException.class, () -> cg.reader().read("t.json", "{\"document\": ", f -> ""));
        assertEquals("t.json: not valid JSON at line 1, column 14: Unexpected end-of-input within/between Object entries",
                e.getMessage());
    }

    @Test
    void somethingElseEntirelyIsSaidOnce() {
        assertEquals(List.of("t.json: not a claim document: it needs \"document\" and \"claims\" (or \"entities\", \"metrics\", \"units\" alone); it has a, b, c, d, e, …"),
                problems("{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5, \"f\": 6}"));
    }

    @Test
    void missingDocumentFieldsAreNamed() {
        String json = "{\"document\": {\"id\": \"Bad Id\", \"title\": \"T\", \"language\": \"en\", \"publisher\": \"P\", \"tier\": \"gold\"}, \"claims\": []}";
        assertEquals(List.of("t.json: field \"document.id\": \"Bad Id\" is not a slug (lower-case letters, digits and hyphens, at most 80)",
                "t.json: field \"document.published\": missing (a date such as 2025-11-03, or null or \"unknown\" when it is not known)",
                "t.json: field \"document.tier\": unknown value \"gold\"; one of primary, major-press, secondary, anonymous"), problems(json));
    }

    @Test
    void anUnknownPublicationDateIsNullOrUnknown() {
        for (String unknown : List.of("null", "\"unknown\"")) {
            var d = cg.reader().read("t.json", doc(null, null).replace("\"published\": \"2025-11\"", "\"published\": " + unknown), f -> "");
            assertNull(d.document().published());
            assertEquals("date unknown", d.document().date());
        }
        assertEquals(List.of("t.json: claim \"deal\": field \"period\": \"last year\" is relative to the publication date, which is unknown: write the period itself (e.g. 2024)"),
                problems(doc("period", "\"last year\"").replace("\"published\": \"2025-11\"", "\"published\": null")));
        assertEquals(List.of("t.json: field \"document.published\": \"last week\" is not a date (write 2025-11-03, 2025-11 or 2025, or null when it is unknown)"),
                problems(doc(null, null).replace("\"published\": \"2025-11\"", "\"published\": \"last week\"")));
    }

    @Test
    void relativePeriodsAndFiscalYearsFollowTheDocument() {
        var c = cg.reader().read("t.json", doc("period", "\"去年上半年\""), f -> "").claims().get(0);
        assertEquals("2024年上半年", c.period().label());
        assertEquals(LocalDate.of(2024, 6, 30), c.period().end());
        String au = doc("period", "\"FY2024\"").replace("\"tier\": \"secondary\"", "\"tier\": \"secondary\", \"fiscalYear\": \"AU\"");
        c = cg.reader().read("t.json", au, f -> "").claims().get(0);
        assertEquals(LocalDate.of(2023, 7, 1), c.period().start());
        assertEquals("FY2024 (australia)", c.period().label());
        assertEquals(List.of("t.json: field \"document.fiscalYear\": unknown fiscal-year convention \"mars\"; one of us-federal, uk, australia, "
                        + "new-zealand, india, japan, canada, hong-kong, south-africa, calendar or a country code such as GB, AU, JP"),
                problems(doc(null, null).replace("\"tier\": \"secondary\"", "\"tier\": \"secondary\", \"fiscalYear\": \"mars\"")));
    }

    @Test
    void cueWordsInTheValueBecomeQualifiers() {
        var c = cg.reader().read("t.json", doc("value", "\"超過3000億\""), f -> "").claims().get(0);
        assertEquals(Set.of(Qualifier.MORE_THAN), c.qualifiers());
        assertEquals(3e11, c.value().low());
        assertEquals(Double.POSITIVE_INFINITY, c.value().high());
        c = cg.reader().read("t.json", doc("value", "\"3000多億\""), f -> "").claims().get(0);
        assertEquals(4e11, c.value().high());
        c = cg.reader().read("t.json", doc("value", "\"500~600亿\""), f -> "").claims().get(0);
        assertEquals(5.5e10, c.value().value());
        assertEquals(6e10, c.value().high());
    }
}
