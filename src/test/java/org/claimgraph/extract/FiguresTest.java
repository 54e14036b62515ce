package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.Test;

/** Number forms the figure finder reads: each case a form, in a sentence written for the test. */
class FiguresTest {

    private static final Extractor EXTRACTOR = new Extractor(ClaimGraph.shippedVocabulary());

    /** figure text → "value unit [low, high] @start" of every quantity found. */
    private static Map<String, String> found(String text, String lang, String published) {
        JsonNode d = EXTRACTOR.extract(text, lang, LocalDate.parse(published));
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode q : d.path("quantities")) {
            String range = q.path("low").isNumber() && q.path("low").asDouble() != q.path("high").asDouble()
                    && !q.path("qualifier").isTextual() ? " [" + q.path("low").asDouble() + ", " + q.path("high").asDouble() + "]" : "";
            out.put(q.path("text").asText(), q.path("value").asText() + " " + q.path("unit").asText() + (q.path("unit").asText().equals("date") ? "" : range)
                    + " @" + q.path("start").asInt());
        }
        return out;
    }

    /** A figure's "value unit" alone (no range, no position), or null when it was not found. */
    private static String valueUnit(Map<String, String> found, String figure) {
        String f = found.get(figure);
        return f == null ? null : f.replaceAll(" \\[.*\\]| @.*", "");
    }

    @Test
    void chineseFractionsAreShares() {
        Map<String, String> f = found("其中6个登陆，约占三分之一。另有百分之三十的站点偏少。", "zh", "2024-02-07");
        assertEquals(100.0 / 3, Double.parseDouble(f.get("三分之一").split(" ")[0]), 1e-9, f.toString());
        assertEquals("percent @9", f.get("三分之一").replaceAll("^\\S+ | \\[.*\\]", ""), f.toString());
        assertEquals("30.0 percent", valueUnit(f, "百分之三十"), f.toString());
        assertFalse(f.containsKey("一") || f.containsKey("三十"), f.toString());
    }

    @Test
    void digitsAfterTenThousandAreItsLowerPlaces() {
        Map<String, String> f = found("賴清德獲558萬6019票，選舉人數為1954萬8531人。", "zh", "2024-01-13");
        assertEquals("5586019.0 count", valueUnit(f, "558萬6019票"), f.toString());
        assertEquals("1.9548531E7 count", valueUnit(f, "1954萬8531人"), f.toString());
        assertFalse(f.containsKey("6019票") || f.containsKey("558萬"), f.toString());
    }

    @Test
    void votesAndSeatsAreCounted() {
        Map<String, String> f = found("113席中國民黨拿下52席，一票之差。", "zh", "2024-01-13");
        assertEquals("113.0 count", valueUnit(f, "113席"), f.toString());
        assertEquals("52.0 count", valueUnit(f, "52席"), f.toString());
        assertFalse(f.containsKey("一票"), f.toString());
        Map<String, String> e = found("Reform UK won only five seats.", "en", "2024-07-06");
        assertEquals("5.0 count", valueUnit(e, "five"), e.toString());
    }

    @Test
    void temperaturesInCelsiusAndBelowZero() {
        Map<String, String> f = found("The low was minus 17.3°C, the old record 9.88C, and one town saw -5°C.", "en", "2023-01-05");
        assertEquals("-17.3 celsius [-17.35, -17.25] @12", f.get("minus 17.3°C"), f.toString());
        assertEquals("9.88 celsius [9.875, 9.885] @41", f.get("9.88C"), f.toString());
        assertEquals("-5.0 celsius [-5.5, -4.5] @65", f.get("-5°C"), f.toString());
        Map<String, String> z = found("漠河最低气温降至零下53℃，全国平均降水量为615.0毫米，积雪12厘米。", "zh", "2024-02-07");
        assertEquals("-53.0 celsius [-53.5, -52.5] @8", z.get("零下53℃"), z.toString());
        assertEquals("615.0 mm", valueUnit(z, "615.0毫米"), z.toString());
        assertEquals("12.0 cm", valueUnit(z, "12厘米"), z.toString());
        // a letter C with a space before it is no unit
        assertFalse(found("Grade 5 C pupils", "en", "2023-01-05").values().stream().anyMatch(v -> v.contains("celsius")));
    }

    @Test
    void englishRatiosAndRangesWithAnd() {
        Map<String, String> f = found("Roughly seven in ten deaths involved opioids. Between 28 and 29 million people voted "
                + "between 2020 and 2024.", "en", "2024-07-06");
        assertEquals("70.0 percent", valueUnit(f, "seven in ten"), f.toString());
        assertEquals("2.85E7 count [2.8E7, 2.9E7] @54", f.get("28 and 29 million"), f.toString());
        assertFalse(f.keySet().stream().anyMatch(k -> k.contains("2020")), f.toString());
    }

    @Test
    void dayAndMonthWithoutYearAreDatesBeforePublication() {
        Map<String, String> f = found("Coningsby reached 40.3°C on 19 July. Wales set its record on July 18, a day earlier.", "en", "2023-01-05");
        assertEquals("2022-07-19 date @28", f.get("19 July"), f.toString());
        assertEquals("2022-07-18 date @61", f.get("July 18"), f.toString());
    }

    @Test
    void aDateAfterAWordOfTheFutureIsTheNextOne() {
        Map<String, String> f = found("賴清德將於5月20日就職。選舉在1月13日舉行。", "zh", "2024-01-13");
        assertEquals("2024-05-20 date @5", f.get("5月20日"), f.toString());
        assertEquals("2024-01-13 date @16", f.get("1月13日"), f.toString());
        // without one, a date later in the year than publication is last year's
        assertEquals("2023-05-20 date @4", found("賴清德於5月20日就職。", "zh", "2024-01-13").get("5月20日"));
    }

    @Test
    void periodsAndOrdinalsAreNoFigures() {
        Map<String, String> f = found("It was 0.89°C above the 1991-2020 average, and deaths topped 100,000 for a third straight year, "
                + "as they did from 2021 to 2023.", "en", "2024-05-15");
        assertEquals("[0.89°C, 100,000]", f.keySet().toString());
        Map<String, String> z = found("年平均增长率比前一个十年下降0.04个百分点，柯文哲的得票比四年前增加，未来两年削减一万个职位。", "zh", "2024-01-13");
        assertEquals("[0.04个百分点, 两年, 一万个]", z.keySet().toString());
    }

    @Test
    void aSeriesThatBeganInAYearStatesThatYear() {
        Map<String, String> f = found("It was the warmest year in a series that began in 1884.", "en", "2023-01-05");
        assertEquals("1884.0 year @50", f.get("1884"), f.toString());
        // a number of that size without such a word is a count
        assertEquals("1884.0 count", valueUnit(found("The storm destroyed 1884 homes.", "en", "2023-01-05"), "1884"));
    }
}
