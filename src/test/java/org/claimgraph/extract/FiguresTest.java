package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    void aFigureTooLargeForAClaimIsLeftOutAndSaidSo() {
        JsonNode d = EXTRACTOR.extract("The fund lost 1e400 yuan, 3x10^25 dollars and 99999999999999999999 users; it earned 2e9 yuan. "
                + "营收99999999999999999999亿元。", "en", LocalDate.parse("2025-01-01"));
        assertEquals("[{\"start\":14,\"end\":24,\"text\":\"1e400 yuan\",\"why\":\"left out: number too large \\\"1e400 yuan\\\": more than 10^18\"},"
                + "{\"start\":26,\"end\":41,\"text\":\"3x10^25 dollars\",\"why\":\"left out: number too large \\\"3x10^25 dollars\\\": more than 10^18\"},"
                + "{\"start\":46,\"end\":66,\"text\":\"99999999999999999999\",\"why\":\"left out: number too large \\\"99999999999999999999\\\": more than 10^18\"},"
                + "{\"start\":96,\"end\":118,\"text\":\"99999999999999999999亿元\",\"why\":\"left out: number too large \\\"99999999999999999999亿元\\\": more than 10^18\"}]",
                d.path("skipped").toString());
        assertEquals("[2e9 yuan]", d.path("quantities").findValuesAsText("text").toString());
        assertEquals(2e9, d.path("quantities").get(0).path("value").asDouble());
        assertFalse(EXTRACTOR.extract("It earned 99亿元.", "en", LocalDate.parse("2025-01-01")).has("skipped"));
        // a claim document draft lists them among what a person must see to
        JsonNode draft = EXTRACTOR.claimDocument(EXTRACTOR.extract("It lost 1e400 yuan and earned 2e9 yuan.",
                "en", LocalDate.parse("2025-01-01")), "It lost 1e400 yuan and earned 2e9 yuan.", "fund", null, LocalDate.parse("2025-01-01"));
        assertEquals("[\"publisher\",\"tier\",\"figure \\\"1e400 yuan\\\" at 8–18 has no claim (left out: number too large \\\"1e400 yuan\\\": "
                + "more than 10^18): write one by hand or leave it out\"]", draft.path("document").path("todo").toString());
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
    void aPluralOfAMagnitudeIsTheRangeItMeans() {
        Map<String, String> f = found("Hundreds of homes were destroyed and dozens of people died. Tens of thousands fled; the damage runs to "
                + "billions of dollars. Two hundred schools closed.", "en", "2025-01-01");
        assertEquals("599.5 count [200.0, 999.0] @0", f.get("Hundreds"), f.toString());
        assertEquals("59.5 count [20.0, 99.0] @37", f.get("dozens"), f.toString());
        assertEquals("59999.5 count [20000.0, 99999.0] @60", f.get("Tens of thousands"), f.toString());
        assertEquals("5.9999999995E9 USD", valueUnit(f, "billions of dollars"), f.toString());
        assertEquals("200.0 count", valueUnit(f, "Two hundred"), f.toString());
        // 数十 several tens, 數百萬 several millions; 人数 (headcount) and 二十几 are no "several"
        f = found("洪水造成数十人死亡，損失數百萬元，参加人数十万，二十几人受伤。", "zh", "2025-01-01");
        assertEquals("59.5 count [20.0, 99.0] @4", f.get("数十人"), f.toString());
        assertEquals("5999999.5 CNY [2000000.0, 9999999.0] @12", f.get("數百萬元"), f.toString());
        assertEquals("100000.0 count", valueUnit(f, "十万"), f.toString());
    }

    @Test
    void aDayEndingAPeriodIsADateAMonthAloneIsNone() {
        Map<String, String> f = found("Sales in the three months to March 3 were $5 billion, against $6 billion in the year to June 2023.", "en", "2024-04-01");
        // the day closes the company's quarter and is a date of its own; "June 2023" only ends a year's period
        assertEquals("2024-03-03 date", valueUnit(f, "March 3"), f.toString());
        assertEquals(java.util.Set.of("March 3", "$5 billion", "$6 billion"), f.keySet(), f.toString());
    }

    @Test
    void theYearsAProgrammeIsNamedByAreNoFigure() {
        Map<String, String> f = found("该省九年义务教育巩固率为96%，三年制课程招生1200人，學制五年制的學校有8所。", "zh", "2024-09-01");
        assertEquals(java.util.Set.of("96%", "1200人", "8所"), f.keySet(), f.toString());
    }

    @Test
    void aRatePer10000IsAPercentageAndAFlowPerSecondIsOne() {
        Map<String, String> en = found("Some 38.6 per 10,000 firms failed, against 41.2 per 10,000 a year before.", "en", "2025-02-01");
        assertEquals(java.util.Set.of("38.6 per 10,000", "41.2 per 10,000"), en.keySet(), en.toString());
        assertEquals("0.386 percent", valueUnit(en, "38.6 per 10,000"), en.toString());
        Map<String, String> zh = found("洪峰流量達每秒一千二百立方公尺，下游水閘放水每秒850立方米，全年放水3億立方米。", "zh", "2024-07-01");
        assertEquals("1200.0 m3/s", valueUnit(zh, "每秒一千二百立方公尺"), zh.toString());
        assertEquals("850.0 m3/s", valueUnit(zh, "每秒850立方米"), zh.toString());
        assertEquals("3.0E8 m3", valueUnit(zh, "3億立方米"), zh.toString());
    }

    @Test
    void aRatePer100000WithTheNounItCounts() {
        Map<String, String> f = found("London had 179 offences per 100,000 population, the highest rate per 100,000 people.", "en", "2020-07-20");
        assertEquals(java.util.Set.of("179 offences per 100,000"), f.keySet(), f.toString());
        assertEquals("0.179 percent", valueUnit(f, "179 offences per 100,000"));
    }

    @Test
    void theTroikaOfAnEconomyIsNoCount() {
        Map<String, String> f = found("拉动经济的三驾马车中，出口增长5%；內地公布三頭馬車數據。农场新添三头牛。", "zh", "2025-11-14");
        assertEquals(java.util.Set.of("5%", "三头"), f.keySet(), f.toString());
    }

    @Test
    void schoolYearsAndDatesWrittenWithDashesAreNoFigures() {
        Map<String, String> f = found("Enrolment is expected to peak in 2027-28, then fall. Spending rose in 2026-7 to 130 million pounds. "
                + "On 2024-09-02, 400 pupils started; in 2024-10 another 25 did.", "en", "2025-07-01");
        // 2027-28 is a school year and 2024-09-02 a date, not the figures 28, 9 or 2; nor does 2026-7 open a range
        assertEquals(java.util.Set.of("130 million pounds", "400", "25"), f.keySet(), f.toString());
    }

    @Test
    void digitsAfterTenThousandAreItsLowerPlaces() {
        Map<String, String> f = found("賴清德獲558萬6019票，選舉人數為1954萬8531人。", "zh", "2024-01-13");
        assertEquals("5586019.0 count", valueUnit(f, "558萬6019票"), f.toString());
        assertEquals("1.9548531E7 count", valueUnit(f, "1954萬8531人"), f.toString());
        assertFalse(f.containsKey("6019票") || f.containsKey("558萬"), f.toString());
    }

    @Test
    void decimalsAndYearsInChineseNumeralsAreWholeFigures() {
        Map<String, String> f = found("去年用水量年增三．一四％，預估到二○三○年每年成長一點八％，僅次於二○○八年的六．二％。", "zh", "2023-03-01");
        assertEquals("3.14 percent", valueUnit(f, "三．一四％"), f.toString());
        assertEquals("1.8 percent", valueUnit(f, "一點八％"), f.toString());
        assertEquals("6.2 percent", valueUnit(f, "六．二％"), f.toString());
        assertFalse(f.containsKey("一四％") || f.containsKey("八％") || f.containsKey("二％"), f.toString());
        assertFalse(f.keySet().stream().anyMatch(k -> k.contains("二○三○") || k.contains("三○年") || k.contains("○八年")), f.toString());
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
    void bareDegreesInATextAboutTemperatureAndPointsInWords() {
        // 度 after digits is °C where the text speaks of 氣溫; 三度 (a third time) is no temperature
        Map<String, String> z = found("本港氣溫昨日升至33.5度，比正常高1.2度，天文台今年三度發出酷熱警告。", "zh", "2024-08-02");
        assertEquals("33.5 celsius", valueUnit(z, "33.5度"), z.toString());
        assertEquals("1.2 celsius", valueUnit(z, "1.2度"), z.toString());
        assertFalse(z.values().stream().anyMatch(v -> v.startsWith("3.0 celsius")), z.toString());
        Map<String, String> e = found("The bank cut by half a point and later by a quarter point, after years at minus 0.5%.", "en", "2024-06-20");
        assertEquals("0.5 percentage-point", valueUnit(e, "half a point"), e.toString());
        assertEquals("0.25 percentage-point", valueUnit(e, "a quarter point"), e.toString());
        assertEquals("-0.5 percent", valueUnit(e, "minus 0.5%"), e.toString());
        // a dash before a percentage is no sign: a range's end stays positive
        Map<String, String> r = found("Growth of 1-1.5% is expected.", "en", "2024-06-20");
        assertFalse(r.values().stream().anyMatch(v -> v.startsWith("-")), r.toString());
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
    void digitRatiosAreSharesUnlessTheyCountTimeOrAYear() {
        Map<String, String> f = found("About 3 in 10 tenants rent from a council, and 1 in 100,000 pupils sat the test. "
                + "The club scored 2 in 10 minutes and won 3 in 2021.", "en", "2024-05-01");
        assertEquals("30.0 percent", valueUnit(f, "3 in 10"), f.toString());
        assertEquals("0.001 percent", valueUnit(f, "1 in 100,000"), f.toString());
        assertFalse(f.keySet().stream().anyMatch(k -> k.startsWith("2 in") || k.startsWith("3 in 2")), f.toString());
    }

    @Test
    void currenciesOfTheWholeCatalogueAndSouthAsianMagnitudes() {
        Map<String, String> f = found("The state set aside Rs 1.5 lakh crore and ₹800 crore more; Nairobi raised KES 120 billion, "
                + "Pretoria R45bn, Canberra A$2.4 billion, and a fund 70 million Swiss francs and 9 billion Indian rupees. "
                + "The Colombian peso fell at COP29 while the R21 vaccine and a 40 gold haul made news in 2019-20.", "en", "2024-05-01");
        assertEquals("1.5E12 INR", valueUnit(f, "Rs 1.5 lakh crore"), f.toString());
        assertEquals("8.0E9 INR", valueUnit(f, "₹800 crore"), f.toString());
        assertEquals("1.2E11 KES", valueUnit(f, "KES 120 billion"), f.toString());
        assertEquals("4.5E10 ZAR", valueUnit(f, "R45bn"), f.toString());
        assertEquals("2.4E9 AUD", valueUnit(f, "A$2.4 billion"), f.toString());
        assertEquals("7.0E7 CHF", valueUnit(f, "70 million Swiss francs"), f.toString());
        assertEquals("9.0E9 INR", valueUnit(f, "9 billion Indian rupees"), f.toString());
        // a code touching a number is a name (COP29), one letter before a plain number too (R21); gold is no money; 2019-20 is one year
        assertFalse(f.values().stream().anyMatch(v -> v.contains("COP") || v.contains("ZAR @") && !v.startsWith("4.5") || v.contains("XAU")), f.toString());
        assertFalse(f.containsKey("20") || f.containsKey("COP29"), f.toString());
    }

    @Test
    void dayAndMonthWithoutYearAreDatesBeforePublication() {
        Map<String, String> f = found("Coningsby reached 40.3°C on 19 July. Wales set its record on July 18, a day earlier.", "en", "2023-01-05");
        assertEquals("2022-07-19 date @28", f.get("19 July"), f.toString());
        assertEquals("2022-07-18 date @61", f.get("July 18"), f.toString());
    }

    @Test
    void aMonthDayBeforeACommaAndACountIsADate() {
        // By October 6, 6,551 fires: the day, then the count; October 6, 2023 stays one date
        Map<String, String> f = found("By October 6, 6,551 fires had burned. The season began on March 1, 2023.", "en", "2023-10-10");
        assertEquals("2023-10-06 date @3", f.get("October 6"), f.toString());
        assertEquals("6551.0 count", valueUnit(f, "6,551"), f.toString());
        assertEquals("2023-03-01 date @58", f.get("March 1, 2023"), f.toString());
        assertEquals(3, f.size(), f.toString());
    }

    @Test
    void aStartAfterAFutureVerbOfItsSentenceIsTheNextOne() {
        Map<String, String> f = found("The museum will raise the price for most adult visitors from outside Europe to €32 from January 14. "
                + "Prices rose from March 3.", "en", "2025-11-27");
        assertEquals("2026-01-14 date @88", f.get("January 14"), f.toString());
        assertEquals("2025-03-03 date @117", f.get("March 3"), f.toString());
    }

    @Test
    void aRatePerMillionIsAPercentage() {
        Map<String, String> f = found("Switzerland filed 1,112 per million inhabitants; the city had 179 offences per million people.", "en", "2025-03-25");
        assertEquals("0.1112 percent", valueUnit(f, "1,112 per million"), f.toString());
        assertEquals("0.0179 percent", valueUnit(f, "179 offences per million"), f.toString());
        assertEquals(2, f.size(), f.toString());
    }

    @Test
    void monthsJoinedBeforeTheirYearBoundAPeriod() {
        Map<String, String> f = found("The museum lost 22% of its visits in July and August 2024. It reopened in September 2024.", "en", "2025-11-27");
        assertEquals(List.of("22%", "September 2024"), List.copyOf(f.keySet()), f.toString());
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
    void incidentsInQiAndIssuesInQiAreCounts() {
        // 起 counts incidents (火灾一百零三起, 事故9起), 期 issues after digits; 一起 (together), 二期 (a phase), 零件 (parts) are none
        Map<String, String> z = found("全年发生火灾一百零三起、交通事故9起，发布预警14期。二期工程和他们一起检修汽车零件。", "zh", "2022-04-13");
        assertEquals(List.of("一百零三起", "9起", "14期"), List.copyOf(z.keySet()), z.toString());
        assertEquals("103.0 count", valueUnit(z, "一百零三起"), z.toString());
        assertEquals("14.0 count", valueUnit(z, "14期"), z.toString());
    }

    @Test
    void windowsOfAPeriodAndAgeBandsAreNoFigures() {
        Map<String, String> f = found("Pay rose 5.9% in the three months to December; the employment rate of 16- to 64-year-olds was 74.9%.",
                "en", "2025-02-18");
        assertEquals(List.of("5.9%", "74.9%"), List.copyOf(f.keySet()));
        Map<String, String> z = found("床位一年间新增42.4万张，一年来增加3家，用时1年。", "zh", "2024-08-29");
        assertEquals(List.of("42.4万张", "3家", "1年"), List.copyOf(z.keySet()));
    }

    @Test
    void lowerBoundsBeforeAClassifierRatesPer100000InChineseAndDecimalDays() {
        Map<String, String> f = found("建成海外仓300多个，有20余家企业；孕产妇死亡率降至15.1/10万，平均住院日为8.8日。", "zh", "2024-08-29");
        assertEquals("300.0 count @5", f.get("300多个"), f.toString());
        assertEquals("20.0 count @12", f.get("20余家"), f.toString());
        assertEquals("0.0151 percent", valueUnit(f, "15.1/10万"), f.toString());
        // 8.8日 is no day of the month but a number of days, as 1.2日 and 0.1日 are; 12日 stays a date
        assertEquals("8.8 days", valueUnit(f, "8.8日"), f.toString());
        assertEquals(List.of("300多个", "20余家", "15.1/10万", "8.8日"), List.copyOf(f.keySet()));
        Map<String, String> s = found("旅客平均逗留1.2日，按年缩短0.1日。统计局12日公布。", "zh", "2025-01-20");
        assertEquals("1.2 days", valueUnit(s, "1.2日"), s.toString());
        assertEquals("0.1 days", valueUnit(s, "0.1日"), s.toString());
        assertEquals("2025-01-12 date", valueUnit(s, "12日"), s.toString());
        // a month a change is counted from is no date
        Map<String, String> e = found("The median price was $404,400, up 6.0% from December 2023.", "en", "2025-01-24");
        assertEquals(List.of("$404,400", "6.0%"), List.copyOf(e.keySet()));
    }

    @Test
    void aSeriesThatBeganInAYearStatesThatYear() {
        Map<String, String> f = found("It was the warmest year in a series that began in 1884.", "en", "2023-01-05");
        assertEquals("1884.0 year @50", f.get("1884"), f.toString());
        // a number of that size without such a word is a count
        assertEquals("1884.0 count", valueUnit(found("The storm destroyed 1884 homes.", "en", "2023-01-05"), "1884"));
    }

    @Test
    void aNumberComparedWithAFigureTakesItsUnitWithOrWithoutAMagnitude() {
        Map<String, String> f = found("The crop is forecast at 1.80 million tonnes, down from 2.24 million, and Ghana's at 580,000 tonnes, "
                + "against 654,000 a season earlier. A deal stayed on the shelf for 16 days, against 17 a month ago. "
                + "Output rose from 2.1 million to 2.5 million tonnes on a 300 km line.", "en", "2024-03-27");
        assertEquals("2240000.0 t", valueUnit(f, "2.24 million"), f.toString());
        assertEquals("654000.0 t", valueUnit(f, "654,000"), f.toString());
        assertEquals("17.0 days", valueUnit(f, "17"), f.toString());
        assertEquals("2100000.0 t", valueUnit(f, "2.1 million"), f.toString());
        // a count compared with stays a count
        Map<String, String> c = found("Lenders offered 6,908 products, up from 6,658 a year earlier and from 1.2 million in 2007.", "en", "2025-07-07");
        assertEquals("6658.0 count", valueUnit(c, "6,658"), c.toString());
        assertEquals("1200000.0 count", valueUnit(c, "1.2 million"), c.toString());
    }

    @Test
    void aMonthRightAfterAFigureIsItsPeriodEvenAfterABracket() {
        Map<String, String> f = found("Coverage reached 69%, up from 57% (17.1 million) in September 2023. The bank cut rates for the first time since March 2020.",
                "en", "2024-12-05");
        assertEquals(null, f.get("September 2023"), f.toString());
        assertEquals("1.71E7 count", valueUnit(f, "17.1 million"), f.toString());
        // a month after a word, not a figure, is still a date
        assertEquals("2020-03 date", valueUnit(f, "March 2020"), f.toString());
    }

    @Test
    void peopleOfAnAgeAreACategoryNoAge() {
        Map<String, String> f = found("首週接種1萬1648人，其中65歲者6524人，65歲以上者5124人；死者年齡為72歲。", "zh", "2026-01-28");
        assertEquals(null, f.get("65歲"), f.toString());
        assertEquals("72.0 years", valueUnit(f, "72歲"), f.toString());
        assertEquals("6524.0 count", valueUnit(f, "6524人"), f.toString());
        Map<String, String> g = found("年满18岁的人可以投票，他今年18岁。", "zh", "2026-01-28");
        assertEquals("18.0 years", valueUnit(g, "18岁"), g.toString());
        assertEquals(1, g.size(), g.toString());
    }

    @Test
    void lengthsSpeedsTimesAndTransportUnits() {
        Map<String, String> e = found("Duplantis cleared 6.25 metres after running 62 kilometres of races; gusts reached 225 km/h "
                + "and 62 m/s, and she won by three seconds in 12 minutes.", "en", "2024-08-12");
        assertEquals("6.25 m", valueUnit(e, "6.25 metres"), e.toString());
        assertEquals("62.0 km", valueUnit(e, "62 kilometres"), e.toString());
        assertEquals("225.0 km/h", valueUnit(e, "225 km/h"), e.toString());
        assertEquals("62.0 m/s", valueUnit(e, "62 m/s"), e.toString());
        Map<String, String> r = found("The average download speed rose from 170Mbit/s to 223 Mbps; the new lines carry 1.6Gbit/s.", "en", "2024-12-05");
        assertEquals("170.0 Mbit/s", valueUnit(r, "170Mbit/s"), r.toString());
        assertEquals("223.0 Mbit/s", valueUnit(r, "223 Mbps"), r.toString());
        assertEquals("1600.0 Mbit/s", valueUnit(r, "1.6Gbit/s"), r.toString());
        assertEquals("3.0 seconds", valueUnit(e, "three seconds"), e.toString());
        assertEquals("12.0 minutes", valueUnit(e, "12 minutes"), e.toString());
        Map<String, String> z = found("旅客周转量15799.10亿人公里，货运发送量51.75亿吨，发送207万标箱，新线3113公里，海拔约4259米，"
                + "深度3千米，搭建帐篷12730顶，約每4.9分鐘出生一名嬰兒。", "zh", "2025-01-17");
        assertEquals("1.57991E12 passenger-km", valueUnit(z, "15799.10亿人公里"), z.toString());
        assertEquals("5.175E9 t", valueUnit(z, "51.75亿吨"), z.toString());
        assertEquals("2070000.0 TEU", valueUnit(z, "207万标箱"), z.toString());
        assertEquals("3113.0 km", valueUnit(z, "3113公里"), z.toString());
        assertEquals("4259.0 m", valueUnit(z, "4259米"), z.toString());
        assertEquals("3.0 km", valueUnit(z, "3千米"), z.toString());
        assertEquals("12730.0 count", valueUnit(z, "12730顶"), z.toString());
        assertEquals("4.9 minutes", valueUnit(z, "4.9分鐘"), z.toString());
    }

    @Test
    void ratesPerThousandAndPer100000ArePercentages() {
        JsonNode d = EXTRACTOR.extract("折合年粗出生率4.56‰。", "zh", LocalDate.parse("2026-01-10"));
        JsonNode q = d.path("quantities").get(0);
        assertEquals("4.56‰ 0.456 percent", q.path("text").asText() + " " + q.path("value").asDouble() + " " + q.path("unit").asText(), d.toString());
        // the claim keeps the rate as written, in the claim format's unit
        assertEquals("4.56 per-1000", d.path("claims").get(0).path("value").asText() + " " + d.path("claims").get(0).path("unit").asText(), d.toString());
        // written as a fraction (十万分之52.5), as 52.5/10万 is: its claim was in percent
        JsonNode f = EXTRACTOR.extract("该市结核病发病率为十万分之52.5。", "zh", LocalDate.parse("2025-01-01"));
        assertEquals("52.5 per-100000", f.path("claims").get(0).path("value").asText() + " " + f.path("claims").get(0).path("unit").asText(), f.toString());
        Map<String, String> e = found("The rate fell 6.0%, from 798.8 to 750.5 per 100,000 people.", "en", "2024-12-20");
        assertEquals(0.7505, Double.parseDouble(e.get("750.5 per 100,000").split(" ")[0]), 1e-9, e.toString());
        // the other end of "fell from … to …" takes its unit: a rate too
        assertEquals(0.7988, Double.parseDouble(e.get("798.8").split(" ")[0]), 1e-9, e.toString());
        assertEquals("percent", e.get("798.8").split(" ")[1], e.toString());
        assertFalse(e.containsKey("100,000"), e.toString());
    }

    @Test
    void earthquakeMagnitudesOnlyBesideAnEarthquake() {
        Map<String, String> z = found("定日县发生6.8级地震，美国测得的震级为7.1级，当地启动三级应急响应，风力达到8级。", "zh", "2025-01-10");
        assertEquals("6.8 magnitude", valueUnit(z, "6.8级"), z.toString());
        assertEquals("7.1 magnitude", valueUnit(z, "7.1级"), z.toString());
        assertFalse(z.containsKey("三级") || z.containsKey("8级"), z.toString());
        Map<String, String> e = found("A magnitude 7.8 earthquake struck, followed by a 7.5-magnitude quake.", "en", "2023-02-07");
        assertEquals("7.8 magnitude", valueUnit(e, "magnitude 7.8"), e.toString());
        assertEquals("7.5 magnitude", valueUnit(e, "7.5-magnitude"), e.toString());
    }

    @Test
    void raceTimesAreSecondsButTimesOfDayAreNot() {
        Map<String, String> e = found("Tola won in 2:06:26 and the 1,500m went in 3:26.73; the race began at 8:00 and ended by 10:06:26 a.m.",
                "en", "2024-08-12");
        assertEquals("7586.0 seconds", valueUnit(e, "2:06:26"), e.toString());
        assertEquals(206.73, Double.parseDouble(e.get("3:26.73").split(" ")[0]), 1e-9, e.toString());
        assertFalse(e.keySet().stream().anyMatch(k -> k.contains("8:00") || k.contains("10:06")), e.toString());
        JsonNode d = EXTRACTOR.extract("Tola won in 2:06:26.", "en", LocalDate.parse("2024-08-12"));
        assertEquals("7586 second", d.path("claims").get(0).path("value").asText() + " " + d.path("claims").get(0).path("unit").asText(), d.toString());
        // the claim quotes the whole time, not up to its first colon
        assertEquals("Tola won in 2:06:26.", d.path("claims").get(0).path("quote").asText(), d.toString());
        Map<String, String> z = found("苏炳添在半决赛中跑出9秒83，创造亚洲纪录。", "zh", "2021-08-01");
        assertEquals(9.83, Double.parseDouble(z.get("9秒83").split(" ")[0]), 1e-9, z.toString());
    }

    @Test
    void agesAndPossessivesBeforeANumber() {
        Map<String, String> e = found("Sweden's Mondo Duplantis, 24, cleared the bar. Zheng turned 12 on Sunday, and a 65-year-old rider "
                + "competed. The US had 44 to China's 27. Model 3 sales rose.", "en", "2024-08-12");
        assertEquals("24.0 years", valueUnit(e, "24"), e.toString());
        assertEquals("12.0 years", valueUnit(e, "12"), e.toString());
        assertEquals("65.0 years", valueUnit(e, "65-year-old"), e.toString());
        assertEquals("27.0 count", valueUnit(e, "27"), e.toString());
        assertFalse(e.containsKey("3"), e.toString());
        // an age drafts a claim, a span of years does not
        JsonNode d = EXTRACTOR.extract("Mondo Duplantis, 24, won.", "en", LocalDate.parse("2024-08-12"));
        assertEquals(1, d.path("claims").size(), d.toString());
        // 他今年65岁 states an age, 22岁的年轻人 describes people
        assertEquals(1, EXTRACTOR.extract("他今年65岁，22岁的年轻人也来了。", "zh", LocalDate.parse("2024-08-12")).path("claims").size());
        // a list of counts after names is no age
        assertEquals("5.0 count", valueUnit(found("Cases rose in Texas, 5, and Ohio.", "en", "2024-08-12"), "5"));
    }

    @Test
    void pointsBesideAPercentageArePercentagePoints() {
        Map<String, String> e = found("Their share dropped 20 points to 23.7%, 13 points fewer than the 37% of 2019. Turnout was 59.7%, "
                + "down 7.6 points. The Dow fell 500 points, or 1.2%.", "en", "2024-07-06");
        assertEquals("20.0 percentage-point", valueUnit(e, "20 points"), e.toString());
        assertEquals("13.0 percentage-point", valueUnit(e, "13 points"), e.toString());
        assertEquals("7.6 percentage-point", valueUnit(e, "7.6 points"), e.toString());
        // index points stay a number
        assertEquals("500.0 count", valueUnit(e, "500"), e.toString());
        JsonNode d = EXTRACTOR.extract("Their share dropped 20 points to 23.7%.", "en", LocalDate.parse("2024-07-06"));
        assertEquals("20 percentage-point", d.path("claims").get(0).path("value").asText() + " " + d.path("claims").get(0).path("unit").asText(), d.toString());
    }

    @Test
    void aBareNumberTakesTheUnitOfTheFigureItIsComparedWith() {
        Map<String, String> e = found("Life expectancy rose to 78.4 years, up 0.9 year from 77.5 in 2022. Men gained a full year, to 75.8, "
                + "and women 0.9 year, to 81.1. The S&P 500 rose 1.5% to 5,900. It gave $5 billion to 10,000 farmers.", "en", "2024-12-20");
        assertEquals("77.5 years", valueUnit(e, "77.5"), e.toString());
        assertEquals("1.0 years", valueUnit(e, "a full year"), e.toString());
        assertEquals("75.8 years", valueUnit(e, "75.8"), e.toString());
        assertEquals("81.1 years", valueUnit(e, "81.1"), e.toString());
        // a percentage or money before is no unit of a level after it
        assertEquals("5900.0 count", valueUnit(e, "5,900"), e.toString());
        assertEquals("10000.0 count", valueUnit(e, "10,000"), e.toString());
        // "rose from … to …" are two values, each with the unit written once
        Map<String, String> r = found("The rate rose from 5.7 to 6.2 per 100,000.", "en", "2024-12-20");
        assertEquals(0.0057, Double.parseDouble(r.get("5.7").split(" ")[0]), 1e-12, r.toString());
        assertEquals(0.0062, Double.parseDouble(r.get("6.2 per 100,000").split(" ")[0]), 1e-12, r.toString());
    }

    @Test
    void halfInChineseIsAShareButAPartnerIsNoFigure() {
        JsonNode d = EXTRACTOR.extract("出生数只有105年20萬8440人的一半左右，超过一半的家庭有车，他的另一半也来了。", "zh", LocalDate.parse("2026-01-10"));
        StringBuilder halves = new StringBuilder();
        for (JsonNode q : d.path("quantities")) {
            if (q.path("text").asText().equals("一半")) halves.append(q.path("value").asDouble()).append(' ').append(q.path("unit").asText()).append(" @").append(q.path("start").asInt()).append("; ");
        }
        assertEquals("50.0 percent @18; 50.0 percent @25; ", halves.toString(), d.toString());
        // a share is a percent in the claim too
        assertEquals("percent", d.path("claims").get(1).path("unit").asText(), d.toString());
    }

    @Test
    void datesWithTheirTimeAndRangesBelowZero() {
        Map<String, String> z = found("1月7日9时5分，定日县发生地震；8日下午3时再次余震。预报最低气温在-18℃至-14℃之间。", "zh", "2025-01-10");
        assertEquals("2025-01-07T09:05 date @0", z.get("1月7日9时5分"), z.toString());
        assertEquals("2025-01-08T15:00 date @17", z.get("8日下午3时"), z.toString());
        assertEquals("-16.0 celsius [-18.0, -14.0] @35", z.get("-18℃至-14℃"), z.toString());
    }

    @Test
    void thresholdsAgeBandsAndEventNamesAreNoFigures() {
        Map<String, String> z = found("震中5公里范围内平均海拔约4259米。65歲以上人口占20.06%，跨過兩成門檻；0至14歲人口僅占11.51%。", "zh", "2026-01-10");
        assertEquals("[4259米, 20.06%, 11.51%]", z.keySet().toString());
        Map<String, String> e = found("Death rates dropped for every age group from 5 years up. She won the 100 metres in 10.72 seconds.", "en", "2024-12-20");
        assertEquals("[10.72 seconds]", e.keySet().toString());
    }

    @Test
    void yearsOfTheRepublicOfChinaArePeriodsInATextCountingThem() {
        Map<String, String> t = found("內政部公布，114年出生數僅10萬7812人，比113年減少，截至114年12月底人口為2329萬9132人。", "zh", "2026-01-10");
        assertEquals("[10萬7812人, 114年12月底, 2329萬9132人]", t.keySet().toString());
        assertEquals("2025-12-31 date @33", t.get("114年12月底"), t.toString());
        // a Simplified text counts years: 100年 is a span
        assertEquals("100.0 years", valueUnit(found("建党100年来，人口增长。", "zh", "2021-07-01"), "100年"));
        // one such year alone, the year before publication: a period too; a span of years in a text of another time stays one
        Map<String, String> one = found("勞動部公布113年調查，受僱者月薪中位數為3.6萬元。", "zh", "2025-03-01");
        assertEquals("[3.6萬元]", one.keySet().toString());
        assertEquals("110.0 years", valueUnit(found("這座廟已有110年歷史，去年遊客達3萬人。", "zh", "2025-03-01"), "110年"));
    }

    @Test
    void aBareYuanInATextAboutTaiwanIsNewTaiwanDollars() {
        Map<String, String> t = found("去年台灣的月薪中位數為3.6萬元，台北市為4.5萬元。", "zh", "2025-03-01");
        assertEquals("36000.0 TWD", valueUnit(t, "3.6萬元"), t.toString());
        assertEquals("45000.0 TWD", valueUnit(t, "4.5萬元"), t.toString());
        // a text naming Hong Kong more often keeps its dollars; one naming no place, the renminbi
        assertEquals("36000.0 HKD", valueUnit(found("香港去年月薪中位數為3.6萬元，較台灣高，香港房價也高。", "zh", "2025-03-01"), "3.6萬元"));
        assertEquals("36000.0 CNY", valueUnit(found("去年某市月薪中位数为3.6万元。", "zh", "2025-03-01"), "3.6万元"));
        // Hong Kong's government (港府) and the words for all of it (全港, 本港) name its dollars too
        assertEquals("2.9E9 HKD", valueUnit(found("港府預計本年度綜合帳目有29億元盈餘。", "zh", "2026-02-25"), "29億元"));
        assertEquals("3000.0 HKD", valueUnit(found("薪俸稅寬減上限3,000元，全港約212萬名納稅人受惠。", "zh", "2026-02-25"), "3,000元"));
    }

    @Test
    void degreesInATextOfTemperaturesAndARecordOfSomeYears() {
        Map<String, String> e = found("It reached 40.3°C, beating highs by 3 to 4 degrees, and fell to a 12-year low; a 10-year bond and a "
                + "six-month high followed.", "en", "2023-01-05");
        assertEquals("3.5 celsius [3.0, 4.0] @36", e.get("3 to 4 degrees"), e.toString());
        assertEquals("12.0 years", valueUnit(e, "12-year"), e.toString());
        assertFalse(e.keySet().stream().anyMatch(k -> k.startsWith("10")), e.toString());
        // degrees in a text giving no temperature are no unit
        assertFalse(found("The ramp turns by 30 degrees.", "en", "2023-01-05").values().stream().anyMatch(v -> v.contains("celsius")));
    }

    @Test
    void aHyphenedDurationOfAStrikeOrAContractIsAFigure() {
        Map<String, String> e = found("Dockworkers ended a three-day strike, won 62% over a six-year contract and a 4-week lockout ended; "
                + "a 10-year bond, a 24-hour helpline and a five-year plan followed.", "en", "2024-10-04");
        assertEquals("3.0 days", valueUnit(e, "three-day"), e.toString());
        assertEquals("6.0 years", valueUnit(e, "six-year"), e.toString());
        assertEquals("4.0 weeks", valueUnit(e, "4-week"), e.toString());
        assertFalse(e.keySet().stream().anyMatch(k -> k.startsWith("10") || k.startsWith("24") || k.startsWith("five")), e.toString());
    }

    @Test
    void aBoundKeptForYearsACrossedOneAndAnAgeThatDefinesAMeasureAreNoFigures() {
        Map<String, String> e = found("Losses topped $135 billion, the fifth year running above $100 billion; prices rose for the third "
                + "straight month below 2%.", "en", "2024-12-05");
        assertTrue(e.containsKey("$135 billion"), e.toString());
        assertFalse(e.keySet().stream().anyMatch(k -> k.contains("100") || k.startsWith("2")), e.toString());
        Map<String, String> r = found("She won in 2:09:56, the first time a woman has run the distance in under two hours and 10 minutes.", "en", "2024-10-14");
        assertEquals("7796.0 seconds", valueUnit(r, "2:09:56"), r.toString());
        assertEquals(1, r.size(), r.toString());
        Map<String, String> z = found("去年錄得37條中華白海豚，超過八成幼豚活不過兩歲，未滿18歲者不得參加。", "zh", "2021-06-01");
        assertTrue(z.containsKey("37條"), z.toString());
        assertFalse(z.keySet().stream().anyMatch(k -> k.contains("歲")), z.toString());
    }

    @Test
    void containersInStandardUnitsAndACountAfterTop() {
        Map<String, String> z = found("港口去年處理1440萬個標準貨櫃單位，其中空貨櫃308萬個標準箱。", "zh", "2024-03-04");
        assertEquals("TEU", unitOf(z, "1440萬個標準貨櫃單位"), z.toString());
        assertEquals("TEU", unitOf(z, "308萬個標準箱"), z.toString());
        Map<String, String> e = found("Whooping cough cases top 32,000, a figure the Top 10 list omits.", "en", "2024-12-24");
        assertEquals("32000.0 count", valueUnit(e, "32,000"), e.toString());
        assertFalse(e.keySet().stream().anyMatch(k -> k.startsWith("10")), e.toString());
    }

    private static String unitOf(Map<String, String> found, String figure) {
        String f = valueUnit(found, figure);
        return f == null ? null : f.substring(f.indexOf(' ') + 1);
    }

    @Test
    void timesInSeveralUnitsSpeedsBasisPointsAndAChangeToALevel() {
        Map<String, String> en = found("She won by 2 minutes 5 seconds in 50 hours 10 minutes 20 seconds. The margin widened by 150 basis points. "
                + "The figure was revised up by 12,000 to 350,000. Net migration was 500,000 in the year to March 2023.", "en", "2023-11-23");
        assertEquals("125.0 seconds", valueUnit(en, "2 minutes 5 seconds"), en.toString());
        assertEquals("180620.0 seconds", valueUnit(en, "50 hours 10 minutes 20 seconds"), en.toString());
        assertEquals("1.5 percentage-point", valueUnit(en, "150 basis points"), en.toString());
        assertEquals("12000.0 count", valueUnit(en, "12,000"), en.toString());
        assertEquals("350000.0 count", valueUnit(en, "350,000"), en.toString());
        assertFalse(en.containsKey("March 2023") || en.containsKey("12,000 to 350,000"), en.toString());
        Map<String, String> zh = found("黑雨警告生效3小時20分鐘，島上錄得每小時180公里的持續風速，陣風每秒45米。", "zh", "2023-09-09");
        assertEquals("200.0 minutes", valueUnit(zh, "3小時20分鐘"), zh.toString());
        assertEquals("180.0 km/h", valueUnit(zh, "每小時180公里"), zh.toString());
        assertEquals("45.0 m/s", valueUnit(zh, "每秒45米"), zh.toString());
    }

    @Test
    void aSpeedWrittenWithItsHourIsASpeed() {
        Map<String, String> zh = found("列车时速350公里，試驗時速達到420公里，最高每小时350公里。", "zh", "2025-01-01");
        assertEquals("350.0 km/h", valueUnit(zh, "时速350公里"), zh.toString());
        assertEquals("420.0 km/h", valueUnit(zh, "420公里"), zh.toString());
        assertEquals("350.0 km/h", valueUnit(zh, "每小时350公里"), zh.toString());
        Map<String, String> en = found("Trains run at 350 km per hour, or 350 kilometres an hour; gusts reached 90 miles an hour "
                + "and the wind 20 metres a second.", "en", "2025-01-01");
        assertEquals("350.0 km/h", valueUnit(en, "350 km per hour"), en.toString());
        assertEquals("350.0 km/h", valueUnit(en, "350 kilometres an hour"), en.toString());
        assertEquals("90.0 mph", valueUnit(en, "90 miles an hour"), en.toString());
        assertEquals("20.0 m/s", valueUnit(en, "20 metres a second"), en.toString());
        // the claim drafted from one is in the claim reader's unit
        JsonNode d = EXTRACTOR.extract("The line's top speed is 350 kilometres an hour.", "en", LocalDate.parse("2025-01-01"));
        assertEquals("km-h", d.path("claims").get(0).path("unit").asText(), d.toString());
        var v = ClaimGraph.shippedVocabulary();
        for (String name : List.of("km per hour", "kilometres an hour", "kilometers per hour")) assertEquals("km-h", v.unitId(name).orElse(null), name);
        assertEquals("mph", v.unitId("miles an hour").orElse(null));
    }

    @Test
    void patacasJinMuAYieldPerMuAndFlights() {
        Map<String, String> mo = found("該市去年稅收為30.5億澳門元，其中一項稅收佔28億元。", "zh", "2025-01-20");
        assertEquals("3.05E9 MOP", valueUnit(mo, "30.5億澳門元"), mo.toString());
        assertEquals("2.8E9 MOP", valueUnit(mo, "28億元"), mo.toString());
        Map<String, String> zh = found("该县粮食产量为52.3亿斤，播种面积800万亩，单产为每亩420公斤，比上年每亩多3.2公斤。机场每周开通120班国际航班。", "zh",
                "2024-12-20");
        assertEquals("5.23E9 jin", valueUnit(zh, "52.3亿斤"), zh.toString());
        assertEquals("8000000.0 mu", valueUnit(zh, "800万亩"), zh.toString());
        assertEquals("420.0 kg/mu", valueUnit(zh, "每亩420公斤"), zh.toString());
        // 每亩多3.2公斤: the per-word a character before still makes a yield, as 38's gold has it
        assertEquals("3.2 kg/mu", valueUnit(zh, "3.2公斤"), zh.toString());
        assertEquals("120.0 count", valueUnit(zh, "120班"), zh.toString());
    }

    @Test
    void concentrationsInAirTrillionsWithLowerPlacesAndCountsOfScreensAndLines() {
        Map<String, String> zh = found("该市PM2.5年均浓度为35.2微克/立方米，一氧化碳为0.8毫克/立方米。新增影院银幕320块，开通公交线路45条。"
                + "該國外匯存底為2兆1,234億美元。", "zh", "2025-03-01");
        assertEquals("35.2 ug/m3", valueUnit(zh, "35.2微克/立方米"), zh.toString());
        assertEquals("0.8 mg/m3", valueUnit(zh, "0.8毫克/立方米"), zh.toString());
        assertEquals("320.0 count", valueUnit(zh, "320块"), zh.toString());
        assertEquals("45.0 count", valueUnit(zh, "45条"), zh.toString());
        assertEquals("2.1234E12 USD", valueUnit(zh, "2兆1,234億美元"), zh.toString());
        assertFalse(zh.containsKey("2兆") || zh.containsKey("1,234億美元"), zh.toString());
        Map<String, String> en = found("Ozone averaged 61 micrograms per cubic metre last summer.", "en", "2025-03-01");
        assertEquals("61.0 ug/m3", valueUnit(en, "61 micrograms per cubic metre"), en.toString());
    }

    @Test
    void aRangeOfMoneyAfterBetweenAndAPartOfTheFigureBefore() {
        Map<String, String> f = found("Insurers put the losses at between $12 billion and $15 billion. The floods covered 9,500 hectares, "
                + "about 2,000 of them farmland.", "en", "2025-03-01");
        assertEquals("1.35E10 USD [1.2E10, 1.5E10]", f.get("$12 billion and $15 billion").replaceAll(" @.*", ""), f.toString());
        assertFalse(f.containsKey("$12 billion") || f.containsKey("$15 billion"), f.toString());
        assertEquals("2000.0 ha", valueUnit(f, "2,000"), f.toString());
    }

    @Test
    void aMonthRightAfterAFigureIsItsPeriodAndWaitingWindowsAreNoFigures() {
        Map<String, String> f = found("Orders reached 2.1 million in March 2024, against the 1.9 million of March 2023, and the goal is 95% by "
                + "June 2027. Between May 2024 and January the clinic saw 8,000 more patients. Of those referred, 71% were seen within "
                + "four weeks and 40% waited less than 12 weeks. The bank last cut its rate in March 2020.", "en", "2025-03-01");
        assertFalse(f.containsKey("March 2024") || f.containsKey("March 2023") || f.containsKey("June 2027") || f.containsKey("May 2024"),
                f.toString());
        assertFalse(f.containsKey("four weeks") || f.containsKey("12 weeks"), f.toString());
        assertEquals("2020-03 date", valueUnit(f, "March 2020"), f.toString());
        assertEquals("95.0 percent", valueUnit(f, "95%"), f.toString());
    }

    @Test
    void aThresholdOfMoneyThatDefinesWhatIsCountedIsNoFigure() {
        Map<String, String> f = found("去年营收突破50亿元的企业有12家，全市企业营收超过3000亿元。", "zh", "2025-02-01");
        assertFalse(f.containsKey("50亿元"), f.toString());
        assertEquals("12.0 count", valueUnit(f, "12家"), f.toString());
        assertEquals("3.0E11 CNY", valueUnit(f, "3000亿元"), f.toString());
    }

    @Test
    void casesCountedIn宗AndATenthAfter成() {
        Map<String, String> f = found("該區去年錄得3,406宗盜竊案，比前一年少212宗；電子產品佔出口7成4，一宗案件未破。", "zh", "2025-02-01");
        assertEquals("3406.0 count", valueUnit(f, "3,406宗"), f.toString());
        assertEquals("212.0 count", valueUnit(f, "212宗"), f.toString());
        assertEquals("74.0 percent", valueUnit(f, "7成4"), f.toString());
        assertFalse(f.containsKey("一年") || f.containsKey("一宗") || f.containsKey("7成"), f.toString());
        Map<String, String> cn = found("约七成四的受访者表示满意。", "zh", "2025-02-01");
        assertEquals("74.0 percent", valueUnit(cn, "七成四"), cn.toString());
    }

    @Test
    void centsAndPenceInTheirCurrencyAndATaxRatePerHundredDollars() {
        Map<String, String> f = found("Unit revenue rose to 9.12 euro cents from 8.87 cents. The final dividend is 4p, and the shares closed at "
                + "212.40 pence. Bus fares rise by 25 cents. The tax rate stays at $0.61 per $100 of assessed value.", "en", "2025-03-01");
        assertEquals("0.0912 EUR", valueUnit(f, "9.12 euro cents"), f.toString());
        assertEquals("0.0887 EUR", valueUnit(f, "8.87 cents"), f.toString());
        assertEquals("0.04 GBP", valueUnit(f, "4p"), f.toString());
        assertEquals("2.124 GBP", valueUnit(f, "212.40 pence"), f.toString());
        assertEquals("0.25 GBP", valueUnit(f, "25 cents"), f.toString());
        assertEquals("0.61 percent", valueUnit(f, "$0.61 per $100"), f.toString());
        Map<String, String> us = found("A stamp costs 73 cents.", "en", "2025-03-01");
        assertEquals("0.73 USD", valueUnit(us, "73 cents"), us.toString());
    }

    @Test
    void aChangeAndALevelInMoneyARangeOfFeesAndTheDaysOfAPeriod() {
        Map<String, String> f = found("Road spending rises by $4 million to $98 million. The permit fee goes to $300, up from between $80 and $150. "
                + "The state logged 412 cases between January 1 and March 30.", "en", "2025-04-10");
        assertEquals("4000000.0 USD", valueUnit(f, "$4 million"), f.toString());
        assertEquals("9.8E7 USD", valueUnit(f, "$98 million"), f.toString());
        assertEquals("115.0 USD [80.0, 150.0]", f.get("$80 and $150").replaceAll(" @.*", ""), f.toString());
        assertFalse(f.containsKey("January 1") || f.containsKey("March 30"), f.toString());
        assertEquals("412.0 count", valueUnit(f, "412"), f.toString());
    }

    @Test
    void aDayAfterAWordOfWhatIsToComeIsTheNextOneAndAbbreviatedMonths() {
        Map<String, String> en = found("Workers must be back no later than Nov. 12. The dividend is payable on June 30.", "en", "2025-02-27");
        assertEquals("2025-11-12 date", valueUnit(en, "Nov. 12"), en.toString());
        assertEquals("2025-06-30 date", valueUnit(en, "June 30"), en.toString());
        Map<String, String> zh = found("股息定于6月30日派发。公司3月5日公布业绩。", "zh", "2025-02-27");
        assertEquals("2025-06-30 date", valueUnit(zh, "6月30日"), zh.toString());
        // a day with no such word is the last one before publication
        assertEquals("2024-03-05 date", valueUnit(zh, "3月5日"), zh.toString());
    }

    @Test
    void halfATenthAfter成ClinicsCountedIn间AndDaysThatOpenAPeriod() {
        Map<String, String> f = found("7月3日以来降雨偏少四成半，自8月16日起水库补水；8月20日至9月1日高温13天。台风7日晚上11时起带来暴雨。"
                + "等候逾百周的门诊由20间减至9间，一间诊所未达8星期内的目标。", "zh", "2022-09-10");
        assertEquals("45.0 percent", valueUnit(f, "四成半"), f.toString());
        assertEquals("20.0 count", valueUnit(f, "20间"), f.toString());
        assertEquals("9.0 count", valueUnit(f, "9间"), f.toString());
        assertEquals("13.0 days", valueUnit(f, "13天"), f.toString());
        // days after which (以来, 起) or between which (至) the figures run are no dates; a day with its hour is an event's time
        assertFalse(f.containsKey("7月3日") || f.containsKey("8月16日") || f.containsKey("8月20日") || f.containsKey("9月1日"), f.toString());
        assertEquals("2022-09-07T23:00 date", valueUnit(f, "7日晚上11时"), f.toString());
        // a wait that defines a group (逾百周的门诊) and the window of a target (8星期内的目标) are no figures, nor the article 一间
        assertFalse(f.containsKey("百周") || f.containsKey("8星期") || f.containsKey("一间") || f.containsKey("四成"), f.toString());
    }

    @Test
    void englishSharesWithANounCountsBeforeMoreAndWindowsThatAreNoFigures() {
        Map<String, String> f = found("One child in ten reads below the standard, and one in every five adults. October brought three more "
                + "shootings than a year before. Officers made 900 arrests in the ten months, and the deal runs over the ten years "
                + "to 2034. The party won 4.9% four years ago but cleared the 5% needed to enter parliament; the offer was a "
                + "2.5-point increase, not the 10-point plan.", "en", "2025-03-04");
        assertEquals("10.0 percent", valueUnit(f, "One child in ten"), f.toString());
        assertEquals("20.0 percent", valueUnit(f, "one in every five"), f.toString());
        assertEquals("3.0 count", valueUnit(f, "three"), f.toString());
        assertEquals("2.5 percentage-point", valueUnit(f, "2.5-point"), f.toString());
        assertEquals("4.9 percent", valueUnit(f, "4.9%"), f.toString());
        assertFalse(f.containsKey("ten months") || f.containsKey("ten years") || f.containsKey("four years") || f.containsKey("5%"), f.toString());
        assertFalse(f.keySet().stream().anyMatch(k -> k.startsWith("10") && f.get(k).contains("percentage-point")), f.toString());
    }

    @Test
    void numberWordsAfterAVerbOfATallyAreCounts() {
        Map<String, String> f = found("The club won eight of its games, drew seven and lost three. Most of the town slept.", "en", "2025-05-20");
        assertEquals("8.0 count", valueUnit(f, "eight"), f.toString());
        assertEquals("7.0 count", valueUnit(f, "seven"), f.toString());
        assertEquals("3.0 count", valueUnit(f, "three"), f.toString());
        // a number word after another verb stays none
        assertEquals("[]", found("She saw three of them leave.", "en", "2025-05-20").keySet().toString());
    }

    @Test
    void pointsRightAfterAPercentageAndBeforeAComparisonArePercentagePoints() {
        Map<String, String> f = found("The north led at 41.5%, 2.4 points higher than in 2022, and its team scored 1.8 points higher than the rest.", "en", "2024-08-15");
        assertEquals("2.4 percentage-point", valueUnit(f, "2.4 points"), f.toString());
        // points with no percentage right before them are no percentage points
        assertEquals(1, f.values().stream().filter(v -> v.contains("percentage-point")).count(), f.toString());
    }

    @Test
    void ouncesHoursWithAClassifierAndYuanInATextNamingTaiwansPlaces() {
        Map<String, String> g = found("该行月末黄金储备为2120万盎司，增加5万盎司；伦敦金价一度报2400美元/盎司。", "zh", "2025-02-07");
        assertEquals("2.12E7 oz", valueUnit(g, "2120万盎司"), g.toString());
        assertEquals("50000.0 oz", valueUnit(g, "5万盎司"), g.toString());
        assertEquals("2400.0 USD", valueUnit(g, "2400美元"), g.toString());
        assertEquals("12.0 oz", valueUnit(found("The fund bought 12 troy ounces of gold.", "en", "2025-02-07"), "12 troy ounces"));
        assertEquals("3.5E7 oz", valueUnit(found("Holdings rose to 35 million ounces.", "en", "2025-02-07"), "35 million ounces"));
        // 个 before 小时 is part of the unit, not a count of things
        Map<String, String> h = found("这场雨下了36个小时，停了两个星期。", "zh", "2024-07-01");
        assertEquals("36.0 hours", valueUnit(h, "36个小时"), h.toString());
        assertFalse(h.containsKey("36个"), h.toString());
        // a Traditional text naming only the island's counties and 全台 takes New Taiwan dollars for a bare 元
        Map<String, String> t = found("豪雨重創屏東與花蓮，全台農損達3億5千萬元。", "zh", "2024-07-28");
        assertEquals("3.5E8 TWD", valueUnit(t, "3億5千萬元"), t.toString());
    }

    @Test
    void theYenSignIsTheYenInATextAboutJapan() {
        Map<String, String> j = found("Visitors to Japan spent ¥8.14 trillion last year, and Japan expects more.", "en", "2025-01-15");
        assertEquals("8.14E12 JPY", valueUnit(j, "¥8.14 trillion"), j.toString());
        // a text naming China more often keeps the renminbi, and so does one naming neither
        Map<String, String> c = found("China's shoppers spent ¥1.2 trillion, China said, more than in Japan.", "en", "2025-01-15");
        assertEquals("1.2E12 CNY", valueUnit(c, "¥1.2 trillion"), c.toString());
        Map<String, String> n = found("Sales reached ¥500 million.", "en", "2025-01-15");
        assertEquals("5.0E8 CNY", valueUnit(n, "¥500 million"), n.toString());
    }

    @Test
    void perMillePointsAndRatesPer100MillionAreScaled() {
        Map<String, String> z = found("结婚率为4.3‰，比上年下降1.1个千分点。", "zh", "2025-07-30");
        assertEquals("0.11 percentage-point", valueUnit(z, "1.1个千分点"), z.toString());
        Map<String, String> e = found("The death rate fell to 1.20 per 100 million vehicle miles travelled.", "en", "2025-04-09");
        assertEquals(1.2e-6, Double.parseDouble(e.get("1.20 per 100 million").split(" ")[0]), 1e-15, e.toString());
        assertFalse(e.containsKey("100 million"), e.toString());
    }

    @Test
    void theIndexPointsOfAStockMarketAreCountsAThresholdAndATimeOfDayNone() {
        Map<String, String> f = found("恒生指数收市跌512.3点，报19800.5点，失守两万点大关，成交额1200亿元。上午9点30分开市，下午4点收市。", "zh", "2025-04-07");
        assertEquals("512.3 count", valueUnit(f, "512.3点"), f.toString());
        assertEquals("19800.5 count", valueUnit(f, "19800.5点"), f.toString());
        assertEquals(java.util.Set.of("512.3点", "19800.5点", "1200亿元"), f.keySet(), f.toString());
        // no stock index in the text: 点 is no unit of its own
        Map<String, String> plain = found("今天8点的报告显示出口增长5%。", "zh", "2025-04-07");
        assertEquals(java.util.Set.of("5%"), plain.keySet(), plain.toString());
    }

    @Test
    void aMonthAndDayAfterLastYearOrThisYearIsADateOfThatYear() {
        Map<String, String> f = found("上次纪录出现在去年8月5日，前年3月2日也曾大跌，明年1月2日到期。", "zh", "2025-04-07");
        assertEquals("2024-08-05 date", valueUnit(f, "8月5日"), f.toString());
        assertEquals("2023-03-02 date", valueUnit(f, "3月2日"), f.toString());
        assertEquals("2026-01-02 date", valueUnit(f, "1月2日"), f.toString());
    }

    @Test
    void francsAndCentimesAreSwissMoney() {
        Map<String, String> f = found("The Swiss group pays CHF 2.80 a share, ten centimes more, and its shares closed at 71.25 francs.", "en", "2025-03-01");
        assertEquals("0.1 CHF", valueUnit(f, "ten centimes"), f.toString());
        assertEquals("71.25 CHF", valueUnit(f, "71.25 francs"), f.toString());
        Map<String, String> zh = found("该行股价收报12.5瑞士法郎。", "zh", "2025-03-01");
        assertEquals("12.5 CHF", valueUnit(zh, "12.5瑞士法郎"), zh.toString());
    }

    @Test
    void aYieldPerMuOrHectareWithAFewCharactersBetweenStaysAYield() {
        Map<String, String> f = found("该县每公顷产粮6120.5公斤，每亩多收10.4公斤，每亩400公斤的高产田有3000亩。", "zh", "2024-12-20");
        assertEquals("6120.5 kg/ha", valueUnit(f, "6120.5公斤"), f.toString());
        assertEquals("10.4 kg/mu", valueUnit(f, "10.4公斤"), f.toString());
        // written right before the number, the per-word joins the span
        assertEquals("400.0 kg/mu", valueUnit(f, "每亩400公斤"), f.toString());
        assertEquals("3000.0 mu", valueUnit(f, "3000亩"), f.toString());
    }

    @Test
    void energyInWordsCarbonPerKilowattHourDeadweightTonnesBushelsAndYieldsPerAcre() {
        Map<String, String> en = found("Solar farms produced 12.5 terawatt-hours and rooftops 840 gigawatt-hours, while each kilowatt-hour emitted "
                + "210 grams per kilowatt-hour. Farmers grew 2.1 billion bushels at 61.4 bushels per acre, and cotton gave 790 pounds an acre.",
                "en", "2025-02-01");
        assertEquals("12.5 TWh", valueUnit(en, "12.5 terawatt-hours"), en.toString());
        assertEquals("840.0 GWh", valueUnit(en, "840 gigawatt-hours"), en.toString());
        assertEquals("210.0 g/kWh", valueUnit(en, "210 grams per kilowatt-hour"), en.toString());
        assertEquals("2.1E9 bu", valueUnit(en, "2.1 billion bushels"), en.toString());
        assertEquals("61.4 bu/acre", valueUnit(en, "61.4 bushels per acre"), en.toString());
        // pounds an acre weigh a yield; they are no money
        assertEquals("790.0 lb/acre", valueUnit(en, "790 pounds an acre"), en.toString());
        Map<String, String> zh = found("该厂全年交船315万载重吨，涉及9种船型，比上年多一种。", "zh", "2025-01-10");
        assertEquals("3150000.0 dwt", valueUnit(zh, "315万载重吨"), zh.toString());
        assertEquals("9.0 count", valueUnit(zh, "9种"), zh.toString());
        // 一种 is an article, as 一个 is
        assertFalse(zh.containsKey("一种"), zh.toString());
    }

    @Test
    void inchesAndGramsAreUnitsAndPointsAfterAWordNumberAreItsUnit() {
        Map<String, String> en = found("The town recorded 12.5 inches of rain, and test scores fell by two points, while turnout rose three points to 61%.",
                "en", "2025-01-29");
        assertEquals("12.5 in", valueUnit(en, "12.5 inches"), en.toString());
        assertEquals("2.0 count", valueUnit(en, "two points"), en.toString());
        // beside the percentage it moved to, points are percentage points whether written in words or digits
        assertEquals("3.0 percentage-point", valueUnit(en, "three points"), en.toString());
        Map<String, String> zh = found("居民人均每日烹调用盐9.3克，比五年前减少1.2克；每包重500公克。", "zh", "2020-12-23");
        assertEquals("9.3 g", valueUnit(zh, "9.3克"), zh.toString());
        assertEquals("1.2 g", valueUnit(zh, "1.2克"), zh.toString());
        assertEquals("500.0 g", valueUnit(zh, "500公克"), zh.toString());
    }

    @Test
    void airPressureAgeOfAFirmAndStrokesAgainstParAreFigures() {
        Map<String, String> en = found("The low deepened to 958.2 hPa, and the gust beat the old record by one mile per hour. "
                + "The bank, proud of its 87-year history, held steady.", "en", "2025-02-01");
        assertEquals("958.2 hPa", valueUnit(en, "958.2 hPa"), en.toString());
        assertEquals("1.0 mph", valueUnit(en, "one mile per hour"), en.toString());
        assertEquals("87.0 years", valueUnit(en, "87-year"), en.toString());
        Map<String, String> golf = found("She signed for a 71, one under par, after three double bogeys, and her partner shot a 68, four under.",
                "en", "2025-04-13");
        assertEquals("1.0 count", valueUnit(golf, "one under par"), golf.toString());
        assertEquals("4.0 count", valueUnit(golf, "four under"), golf.toString());
        // a multiple between a count and a noun describes the noun; the count stays
        assertEquals("3.0 count", valueUnit(golf, "three"), golf.toString());
        assertFalse(golf.keySet().stream().anyMatch(k -> k.startsWith("double")), golf.toString());
        // an ordinal before a title is no share
        Map<String, String> title = found("He chased a fifth major title, and sales would double within a year.", "en", "2025-04-13");
        assertFalse(title.containsKey("a fifth"), title.toString());
        Map<String, String> zh = found("今屆共有12名狀元，為7男5女；另有25名考生成為榜眼，包括11女14男。", "zh", "2025-07-15");
        assertEquals("7.0 count", valueUnit(zh, "7男"), zh.toString());
        assertEquals("5.0 count", valueUnit(zh, "5女"), zh.toString());
        assertEquals("11.0 count", valueUnit(zh, "11女"), zh.toString());
        assertEquals("14.0 count", valueUnit(zh, "14男"), zh.toString());
    }

    @Test
    void theLastOfDaysWrittenWithOneMonthBoundsAPeriodAndAFigureAfterMonthsIsNoThreshold() {
        Map<String, String> en = found("About 7.4 million customers lost power between September 26 and 28, and 2.1 million from March 3 to 5.",
                "en", "2025-03-20");
        assertEquals("7400000.0 count", valueUnit(en, "7.4 million"), en.toString());
        assertEquals("2100000.0 count", valueUnit(en, "2.1 million"), en.toString());
        assertFalse(en.containsKey("28"), en.toString());
        assertFalse(en.containsKey("5"), en.toString());
        // a figure after a span of months is no bound a count of things exceeds (5个城市…超过1000万 is)
        Map<String, String> zh = found("疫情延燒近9個月逾2.1萬人確診；全國有5個城市常住人口超過1000萬。", "zh", "2024-03-06");
        assertEquals("21000.0 count", valueUnit(zh, "2.1萬人"), zh.toString());
        assertFalse(zh.containsKey("1000萬"), zh.toString());
    }

    @Test
    void aCountPerHundredThousandPeopleWrittenBeforeItIsARate() {
        Map<String, String> f = found("該縣結核病發生率為每十萬人口27.35人，全縣共有512人。", "zh", "2025-03-01");
        assertEquals("0.02735 percent", valueUnit(f, "每十萬人口27.35人"), f.toString());
        // the 十萬 of the words is no figure of its own; a count without them stays a count
        assertFalse(f.containsKey("十萬人"), f.toString());
        assertEquals("512.0 count", valueUnit(f, "512人"), f.toString());
        Map<String, String> digits = found("全市每10万人口有医生312人。", "zh", "2025-03-01");
        assertEquals("0.312 percent", valueUnit(digits, "312人"), digits.toString());
        assertFalse(digits.containsKey("10万人"), digits.toString());
    }

    @Test
    void aLeaguesPointsGoalsAndRecordAreCountsOnlyInATextAboutALeague() {
        Map<String, String> f = found("本赛季联赛结束，某队以20胜6平4负积66分排名第一，全季攻入71球，另有16支球队参赛，共踢30轮。", "zh", "2025-11-01");
        assertEquals("20.0 count", valueUnit(f, "20胜"), f.toString());
        assertEquals("6.0 count", valueUnit(f, "6平"), f.toString());
        assertEquals("4.0 count", valueUnit(f, "4负"), f.toString());
        assertEquals("66.0 count", valueUnit(f, "66分"), f.toString());
        assertEquals("71.0 count", valueUnit(f, "71球"), f.toString());
        assertEquals("16.0 count", valueUnit(f, "16支"), f.toString());
        assertEquals("30.0 count", valueUnit(f, "30轮"), f.toString());
        // no league, season or table named: 分 and 球 are no units of their own
        Map<String, String> plain = found("考试满分为100分，公司新增3个球场。", "zh", "2025-11-01");
        assertFalse(plain.containsKey("100分"), plain.toString());
    }

    @Test
    void aDegreeOfElectricityIsAKilowattHourAndATierOfUseNoFigure() {
        Map<String, String> f = found("新電價下，每月用電500度以下的用戶每度漲0.1元，501至800度每度漲0.2元，一般家庭每月用電約450度。", "zh", "2025-09-19");
        assertEquals("450.0 kWh", valueUnit(f, "450度"), f.toString());
        assertFalse(f.containsKey("500度"), f.toString());
        assertFalse(f.keySet().stream().anyMatch(k -> k.contains("800")), f.toString());
        // a temperature stays one
        Map<String, String> t = found("今天最高气温35度。", "zh", "2025-07-01");
        assertEquals("35.0 celsius", valueUnit(t, "35度"), t.toString());
    }

    @Test
    void aMinusSignGluedAfterAChineseCharacterMakesARateNegative() {
        Map<String, String> f = found("该省人口自然增长率为-1.25‰，GDP增长率为-0.8%，区间为2%-3%。", "zh", "2025-01-17");
        assertEquals("-0.125 percent", valueUnit(f, "-1.25‰"), f.toString());
        assertEquals("-0.8 percent", valueUnit(f, "-0.8%"), f.toString());
        assertFalse(f.containsKey("-3%"), f.toString());
    }

    @Test
    void aYearAfterLastOrThatIsNoDurationNorAnAgeBandAFigure() {
        Map<String, String> f = found("去年出口增长5%，比上一年的3%有所加快；那一年进口下降2%。18—35岁人口占40.2%。", "zh", "2025-01-17");
        assertEquals(java.util.Set.of("5%", "3%", "2%", "40.2%"), f.keySet(), f.toString());
    }

    @Test
    void aNumberWordBeforeAPluralNounCountsItButNotAfterTheOrAsAWindow() {
        Map<String, String> f = found("The group bought four warehouses and hired 120 staff; the two firms merged over three sessions.", "en", "2025-03-01");
        assertEquals("4.0 count", valueUnit(f, "four"), f.toString());
        assertFalse(f.containsKey("two"), f.toString());
        assertFalse(f.containsKey("three"), f.toString());
    }

    @Test
    void anOrdinalFractionWordTheStartOfRecordsAndAMoveFromOneLevelToAnother() {
        Map<String, String> f = found("Rents rose for a third increase in a row, the highest since records began in 1871. The average rent goes from £1,200 to £1,260 a month.", "en", "2025-03-01");
        assertFalse(f.containsKey("a third"), f.toString());
        assertFalse(f.containsKey("1871"), f.toString());
        assertEquals("1200.0 GBP", valueUnit(f, "£1,200"), f.toString());
        assertEquals("1260.0 GBP", valueUnit(f, "£1,260"), f.toString());
        // a company founded in a year still gives that year as a fact
        Map<String, String> y = found("The firm was founded in 1887 and employs 300 people.", "en", "2025-03-01");
        org.junit.jupiter.api.Assertions.assertTrue(y.containsKey("1887"), y.toString());
    }

    @Test
    void theFirstOfTwoNumbersJoinedByAndTakesTheUnitOfTheSecond() {
        Map<String, String> f = found("Margins should come out 2 and 4 percentage points higher.", "en", "2025-03-01");
        assertEquals("2.0 percentage-point", valueUnit(f, "2"), f.toString());
        assertEquals("4.0 percentage-point", valueUnit(f, "4 percentage points"), f.toString());
    }

    @Test
    void aChineseListOfNumbersWithGeEndingInPercentagePointsSharesThatUnit() {
        Map<String, String> f = found("三项分别相当于约0.9个、0.4个和3.1个百分点，共有12个城市和5个省份。", "zh", "2025-03-05");
        assertEquals("0.9 percentage-point", valueUnit(f, "0.9个"), f.toString());
        assertEquals("0.4 percentage-point", valueUnit(f, "0.4个"), f.toString());
        assertEquals("3.1 percentage-point", valueUnit(f, "3.1个百分点"), f.toString());
        // a list of things counted with 个 stays a count
        assertEquals("12.0 count", valueUnit(f, "12个"), f.toString());
    }

    @Test
    void andAHalfBeforeAMagnitudeIsOneFigure() {
        Map<String, String> f = found("About three and a half million workers got a rise and two and a half billion dollars went to "
                + "firms; the talks took two and a half years.", "en", "2025-04-01");
        assertEquals("3500000.0 count", valueUnit(f, "three and a half million"), f.toString());
        assertEquals("2.5E9 USD", valueUnit(f, "two and a half billion dollars"), f.toString());
        assertEquals("2.5 years", valueUnit(f, "two and a half years"), f.toString());
    }

    @Test
    void theFirstMonthsOpeningAClauseAreAPeriodNotALength() {
        Map<String, String> f = found("前七个月累计出货1.71亿部。前7个月增长5%。工程提前两个月完成，此前三年一直亏损。", "zh", "2024-08-28");
        assertFalse(f.containsKey("七个月") || f.containsKey("7个月"), f.toString());
        assertEquals("2.0 months", valueUnit(f, "两个月"), f.toString());
        assertEquals("3.0 years", valueUnit(f, "三年"), f.toString());
    }

    @Test
    void afterAWordOfChangeAnAmountAndItsLevelAreNoRange() {
        Map<String, String> f = found("平均輪候時間縮短0.1年至3.3年，增加2万人至100万人；收入预计增长2%至3%。", "zh", "2025-05-14");
        assertEquals("0.1 years", valueUnit(f, "0.1年"), f.toString());
        assertEquals("3.3 years", valueUnit(f, "3.3年"), f.toString());
        assertEquals("1000000.0 count", valueUnit(f, "100万人"), f.toString());
        assertFalse(f.containsKey("0.1年至3.3年"), f.toString());
        // a rate's growth is still given as a range
        assertEquals("2.5 percent [2.0, 3.0] @36", f.get("2%至3%"), f.toString());
    }

    @Test
    void thePastYearInChineseIsAPeriodNoLength() {
        Map<String, String> f = found("過去12個月，過去一年有近六成申請者入住翻新單位，平均輪候5.3年。", "zh", "2025-05-14");
        assertFalse(f.containsKey("12個月") || f.containsKey("一年"), f.toString());
        assertEquals("5.3 years", valueUnit(f, "5.3年"), f.toString());
    }

    @Test
    void aNumberHyphenedToItsUnitIsThatUnit() {
        Map<String, String> f = found("The roughly 900,000-tonne reserve lies along a 12-mile road; a 10-year bond and a 24-hour strike.", "en", "2025-06-03");
        assertEquals("900000.0 t", valueUnit(f, "900,000-tonne"), f.toString());
        assertFalse(f.containsKey("10-year") || f.containsKey("24-hour"), f.toString());
        assertEquals("1.0 t", valueUnit(found("It weighs 1 tonne.", "en", "2025-06-03"), "1 tonne"));
    }

    @Test
    void whatACountOfThingsExceedsIsItsBound() {
        Map<String, String> f = found("全国有96个城市汽车保有量超过100万辆，其中26个超过300万辆；全国汽车保有量超过3亿辆。", "zh", "2025-01-17");
        assertEquals("96.0 count", valueUnit(f, "96个"), f.toString());
        assertEquals("26.0 count", valueUnit(f, "26个"), f.toString());
        assertFalse(f.containsKey("100万辆") || f.containsKey("300万辆"), f.toString());
        // a bound with no count of things before it is still a figure
        assertEquals("3.0E8 count", valueUnit(f, "3亿辆"), f.toString());
    }

    @Test
    void setsAndTrainsAreCounted() {
        Map<String, String> f = found("公司订购8組新列车，车队将增至36列，另有十二组备用。", "zh", "2026-02-01");
        assertEquals("8.0 count", valueUnit(f, "8組"), f.toString());
        assertEquals("36.0 count", valueUnit(f, "36列"), f.toString());
        assertEquals("12.0 count", valueUnit(f, "十二组"), f.toString());
        // 一组, 一列 are the article, as 一个 is
        Map<String, String> g = found("这是一组数据，一列火车驶过。", "zh", "2026-02-01");
        assertFalse(g.containsKey("一组") || g.containsKey("一列"), g.toString());
    }

    @Test
    void aNumberWordBeforeDescribingWordsAndAPluralCounts() {
        Map<String, String> f = found("Twelve large wind farms opened, and the city added four new parks.", "en", "2025-03-01");
        assertEquals("12.0 count", valueUnit(f, "Twelve"), f.toString());
        assertEquals("4.0 count", valueUnit(f, "four"), f.toString());
        // a word that ends the phrase (were, of) or a time word stops it
        Map<String, String> g = found("Then five were injured and two of them were critical; six year olds attended.", "en", "2025-03-01");
        assertFalse(g.containsKey("five") || g.containsKey("two") || g.containsKey("six"), g.toString());
        // a number joined to a unit describes the plural after it too, and is no figure of its own
        Map<String, String> h = found("More than ten 30-second spots were sold, and three 12-month passes.", "en", "2025-03-01");
        assertEquals("10.0 count", valueUnit(h, "ten"), h.toString());
        assertEquals("3.0 count", valueUnit(h, "three"), h.toString());
        assertFalse(h.containsKey("30") || h.containsKey("12"), h.toString());
    }

    @Test
    void aWordOfMovingEarlierInTheClauseMakesFromToTwoFigures() {
        Map<String, String> f = found("Tickets went from $12 to $15, and season passes from $90 to $110. Last year's step from 40 cents to 45 cents was small.", "en", "2025-03-01");
        assertEquals("90.0 USD", valueUnit(f, "$90"), f.toString());
        assertEquals("110.0 USD", valueUnit(f, "$110"), f.toString());
        assertEquals("0.4 USD", valueUnit(f, "40 cents"), f.toString());
        assertFalse(f.containsKey("$90 to $110") || f.containsKey("40 cents to 45 cents"), f.toString());
        // with no such word it stays a range
        Map<String, String> r = found("Estimates run from 16% to 24%.", "en", "2025-03-01");
        assertEquals("20.0 percent [16.0, 24.0] @19", r.get("16% to 24%"), r.toString());
    }

    @Test
    void aHyphenedCentIsAHundredth() {
        Map<String, String> f = found("A 3-cent rise takes a loaf to 95 cents.", "en", "2025-03-01");
        assertEquals("0.03 USD", valueUnit(f, "3-cent"), f.toString());
        assertEquals("0.95 USD", valueUnit(f, "95 cents"), f.toString());
    }

    @Test
    void timesBeforeSinceOrThisAreOccasionsNotAMultiple() {
        Map<String, String> f = found("Fares have risen nine times since 2010 and three times this year; costs are four times the 2010 level.", "en", "2025-03-01");
        assertEquals("9.0 count", valueUnit(f, "nine times"), f.toString());
        assertEquals("3.0 count", valueUnit(f, "three times"), f.toString());
        assertEquals("4.0 times", valueUnit(f, "four times"), f.toString());
    }

    @Test
    void aDollarSignInAnAustralianTextIsTheAustralianDollar() {
        Map<String, String> au = found("Australian rents rose again: Sydney's median reached $773 a week and Perth's $695.", "en", "2025-03-01");
        assertEquals("773.0 AUD", valueUnit(au, "$773"), au.toString());
        Map<String, String> us = found("American rents rose again: the US median reached $1,400 a month, against $1,500 in Sydney.", "en", "2025-03-01");
        assertEquals("1400.0 USD", valueUnit(us, "$1,400"), us.toString());
    }

    @Test
    void timesEndingAClauseAfterADeedAreOccasions() {
        Map<String, String> f = found("The agency launched 68 times, and the bank intervened 11 times. Sales increased five times, and rents are two times.", "en", "2025-03-01");
        assertEquals("68.0 count", valueUnit(f, "68 times"), f.toString());
        assertEquals("11.0 count", valueUnit(f, "11 times"), f.toString());
        assertEquals("5.0 times", valueUnit(f, "five times"), f.toString());
        assertEquals("2.0 times", valueUnit(f, "two times"), f.toString());
    }

    @Test
    void theArticleBeforeAMagnitudeIsOneOfIt() {
        Map<String, String> f = found("More than a million people applied, and a thousand of them were hired.", "en", "2025-03-01");
        assertEquals("1000000.0 count", valueUnit(f, "a million"), f.toString());
        assertEquals("1000.0 count", valueUnit(f, "a thousand"), f.toString());
    }

    @Test
    void yearsEarlierAndTheRecentYearsAreNoLengths() {
        Map<String, String> f = found("Sales are 20% above those of five years earlier; the train arrived two hours earlier than planned.", "en", "2025-03-01");
        assertFalse(f.containsKey("five years"), f.toString());
        assertEquals("2.0 hours", valueUnit(f, "two hours"), f.toString());
        Map<String, String> g = found("近三年来销量逐年增长，近十年间翻了一番，他等了近五年。", "zh", "2025-03-01");
        assertFalse(g.containsKey("三年") || g.containsKey("十年"), g.toString());
        assertEquals("5.0 years", valueUnit(g, "五年"), g.toString());
    }

    @Test
    void aLetterSignIsItsCurrencyOnlyInATextNamingItsCountry() {
        Map<String, String> ph = found("Manila's board added P50 a day, worth P1,100 to P1,300 a month.", "en", "2025-07-01");
        assertEquals("50.0 PHP", valueUnit(ph, "P50"), ph.toString());
        assertEquals("1200.0 PHP [1100.0, 1300.0] @38", ph.get("P1,100 to P1,300"), ph.toString());
        Map<String, String> ng = found("Lagos signed a budget of N3 trillion, N5 billion more than Nigeria's next state and N80 a litre above.", "en", "2025-01-01");
        assertEquals("3.0E12 NGN", valueUnit(ng, "N3 trillion"), ng.toString());
        assertEquals("5.0E9 NGN", valueUnit(ng, "N5 billion"), ng.toString());
        assertEquals("80.0 NGN", valueUnit(ng, "N80"), ng.toString());
        // elsewhere the letters name things: a phone, a mask
        Map<String, String> other = found("The P50 phone sold 2 million units and N95 masks 5 million.", "en", "2025-01-01");
        assertFalse(other.containsKey("P50") || other.containsKey("N95") || other.containsKey("50") || other.containsKey("95"), other.toString());
    }

    @Test
    void aDayAfterTakesEffectIsStillToCome() {
        Map<String, String> f = found("The new rate takes effect on July 18; the last one took effect on July 17.", "en", "2025-06-30");
        assertEquals("2025-07-18 date", valueUnit(f, "July 18"), f.toString());
        assertEquals("2024-07-17 date", valueUnit(f, "July 17"), f.toString());
        // bills due from a day, a law coming into force on it: that day is to come too
        Map<String, String> g = found("The new bills are due from April 1, and the rules come into force on May 6; prices rose on March 3.", "en", "2025-03-20");
        assertEquals("2025-04-01 date", valueUnit(g, "April 1"), g.toString());
        assertEquals("2025-05-06 date", valueUnit(g, "May 6"), g.toString());
        assertEquals("2025-03-03 date", valueUnit(g, "March 3"), g.toString());
    }

    @Test
    void sitesAndTestScoreLevelsAreCountedAndComparedYearsAreNoLengths() {
        Map<String, String> f = found("7处大型灌区开工，1300多处灌区改造，一处水库加固。", "zh", "2025-01-01");
        assertEquals("7.0 count", valueUnit(f, "7处"), f.toString());
        assertEquals("1300.0 count", valueUnit(f, "1300多处"), f.toString());
        assertFalse(f.containsKey("一处"), f.toString());
        Map<String, String> g = found("頂標為13級分，人數高於前兩年，比前三年多，近3年逐步上升。", "zh", "2024-02-27");
        assertEquals("13.0 count", valueUnit(g, "13級分"), g.toString());
        assertFalse(g.containsKey("兩年") || g.containsKey("三年") || g.containsKey("3年"), g.toString());
    }

    @Test
    void aPartOfACountedWholeIsACount() {
        Map<String, String> f = found("Eight of Nigeria's 36 states signed, three of the five members voted, two of them left and four of 2024's cases closed.", "en", "2025-01-01");
        assertEquals("8.0 count", valueUnit(f, "Eight"), f.toString());
        assertEquals("3.0 count", valueUnit(f, "three"), f.toString());
        assertFalse(f.containsKey("two") || f.containsKey("four"), f.toString());
    }

    @Test
    void aShareOfAPennyOrCentIsMoney() {
        Map<String, String> f = found("Petrol rose a third of a penny to 136.9p; after a $1.20 rise, stamps went up a fifth of a cent.", "en", "2025-01-06");
        assertEquals(0.01 / 3, Double.parseDouble(f.get("a third of a penny").split(" ")[0]), 1e-9, f.toString());
        assertEquals("GBP", f.get("a third of a penny").split(" ")[1], f.toString());
        // a cent is a hundredth of the money named before it
        assertEquals("0.002 USD", valueUnit(f, "a fifth of a cent"), f.toString());
        // a share of a percentage point, of voters: as before
        Map<String, String> g = found("Turnout fell a third of a percentage point; a third of voters stayed home.", "en", "2025-01-06");
        assertEquals("percentage-point", g.get("a third of a percentage point").split(" ")[1], g.toString());
        assertEquals("percent", g.get("a third").split(" ")[1], g.toString());
    }

    @Test
    void anAmountAfterAWordOfChangeAndTheLevelItReachedAreNoRange() {
        Map<String, String> f = found("Diesel rose 0.67p to 142.9p, while oil traded at $72 to $75 and rents rose 2% to 3%.", "en", "2025-01-06");
        assertEquals("0.0067 GBP", valueUnit(f, "0.67p"), f.toString());
        assertEquals("1.429 GBP", valueUnit(f, "142.9p"), f.toString());
        assertEquals("73.5 USD [72.0, 75.0]", f.get("$72 to $75").replaceAll(" @.*", ""), f.toString());
        assertEquals("2.5 percent [2.0, 3.0]", f.get("2% to 3%").replaceAll(" @.*", ""), f.toString());
    }

    @Test
    void numbersInThousandsAreARangeAndAYearAfterInIsNoRangesEnd() {
        Map<String, String> f = found("It will reach between 94,600 and 114,800 by 2028, after rising from some 45,000 in 1990 to 65,000 in 2000 "
                + "and between 2010 and 2020.", "en", "2024-09-06");
        assertEquals("104700.0 count [94600.0, 114800.0]", f.get("94,600 and 114,800").replaceAll(" @.*", ""), f.toString());
        assertEquals("45000.0 count", valueUnit(f, "45,000"), f.toString());
        assertEquals("65000.0 count", valueUnit(f, "65,000"), f.toString());
        assertFalse(f.keySet().stream().anyMatch(k -> k.contains("1990") || k.contains("2010")), f.toString());
    }

    @Test
    void aShareWrittenWithPrisonersOrHomesBetweenItsNumbers() {
        Map<String, String> f = found("Nearly one prisoner in five was on remand, and one home in ten lacks heating.", "en", "2024-09-06");
        assertEquals("20.0 percent", valueUnit(f, "one prisoner in five"), f.toString());
        assertEquals("10.0 percent", valueUnit(f, "one home in ten"), f.toString());
    }

    @Test
    void theFirstMonthsOfTheYearAfterFromAreAPeriod() {
        Map<String, String> f = found("从前8个月累计看，自巴西进口大豆5274万吨；工程提前3个月完工。", "zh", "2025-09-20");
        assertFalse(f.containsKey("8个月"), f.toString());
        assertEquals("3.0 months", valueUnit(f, "3个月"), f.toString());
        assertEquals("5.274E7 t", valueUnit(f, "5274万吨"), f.toString());
    }

    @Test
    void aYearSomethingWasFirstHeldIsAFactOfItsOwn() {
        Map<String, String> f = found("The farmer first staged it in 1970, and the fair was first held in 1985. Prices rose in 2019.", "en", "2023-11-20");
        assertEquals("1970.0 year", valueUnit(f, "1970"), f.toString());
        assertEquals("1985.0 year", valueUnit(f, "1985"), f.toString());
        assertFalse(f.containsKey("2019"), f.toString());
        // the year records were first kept in starts a series: no fact of its own
        assertFalse(found("Statistics were first collected in 1884.", "en", "2023-11-20").containsKey("1884"));
    }

    @Test
    void aFestivalThatRunsFromADayIsStillToCome() {
        Map<String, String> f = found("The festival runs from June 26 to June 30; tickets sold out on June 3.", "en", "2023-11-20");
        assertEquals("2024-06-26 date", valueUnit(f, "June 26"), f.toString());
        assertEquals("2023-06-03 date", valueUnit(f, "June 3"), f.toString());
    }

    @Test
    void comingToTaiwanNamesItsDollarsInTraditionalCharacters() {
        Map<String, String> f = found("來台旅客每人每趟消費約4萬元，全年約3512億元。", "zh", "2026-01-26");
        assertEquals("40000.0 TWD", valueUnit(f, "4萬元"), f.toString());
        assertEquals("3.512E11 TWD", valueUnit(f, "3512億元"), f.toString());
        // Simplified characters write no such word: the renminbi still
        assertEquals("40000.0 CNY", valueUnit(found("来台旅客每人消费约4万元。", "zh", "2026-01-26"), "4万元"));
    }

    @Test
    void chineseDoublingIsTheWholeVerb() {
        Map<String, String> f = found("场均观众升至15025人，比首轮翻了一番；十年来产值翻两番。", "zh", "2025-11-03");
        assertEquals("2.0 times", valueUnit(f, "翻了一番"), f.toString());
        assertEquals("4.0 times", valueUnit(f, "翻两番"), f.toString());
    }

    @Test
    void aSizeBandOfHomesIsNoFigure() {
        Map<String, String> f = found("40平方米以下的A類單位下跌15.8%，40至69.9平方米的B類單位下跌16%，160平方米或以上的單位下跌2.4%。新屋面積為65平方米，"
                + "另建一座320平方米的倉庫。", "zh", "2023-01-27");
        // the area of one thing before 的 is a figure; a band bounded by 以下/以上 or a range is none
        assertEquals(Set.of("15.8%", "16%", "2.4%", "65平方米", "320平方米"), f.keySet(), f.toString());
    }

    @Test
    void aSentenceOpeningAtANumberBeforeANameGivesAnAge() {
        Map<String, String> f = found("She won again. At 27, Ana Rivera has four titles. At 30, the index stood higher.", "en", "2024-11-24");
        assertEquals("27.0 years", valueUnit(f, "27"), f.toString());
        assertEquals("30.0 count", valueUnit(f, "30"), f.toString());
    }

    @Test
    void aNumberWordBeforeAGroupInTheSingularOrAPartOfAGroupCounts() {
        Map<String, String> f = found("The ferry carried 40 passengers and nine crew. Three of the injured were children; two of the rescuers were hurt. "
                + "Two of the years were dry, and three of them wet.", "en", "2024-05-02");
        assertEquals("9.0 count", valueUnit(f, "nine"), f.toString());
        assertEquals("3.0 count", valueUnit(f, "Three"), f.toString());
        assertEquals("2.0 count", valueUnit(f, "two"), f.toString());
        // a time word or a pronoun after "of" is no group the text counts
        assertFalse(f.containsKey("Two") || f.containsKey("three"), f.toString());
    }

    @Test
    void aModelsVariantAfterItsNumberIsNoFigure() {
        Map<String, String> f = found("The airline flies a Boeing 737-800, an A321-200, an A320neo and an F-35 escort; it sold 12 seats for 2024-25.",
                "en", "2024-05-02");
        assertEquals(Set.of("12"), f.keySet(), f.toString());
    }

    @Test
    void theDistanceNamingARaceIsNoFigure() {
        Map<String, String> f = found("她在女子200米蛙泳决赛中以65秒12夺冠，又在4×200米自由泳接力中游出58秒30。全队当天共游了800米。", "zh", "2024-08-02");
        assertEquals(Set.of("65秒12", "58秒30", "800米"), f.keySet(), f.toString());
    }

    @Test
    void casesCountedWithTheClassifier案AreACount() {
        Map<String, String> f = found("本月共有12案送交表决，其中一案撤回。", "zh", "2025-08-23");
        assertEquals("12.0 count", valueUnit(f, "12案"), f.toString());
        assertFalse(f.containsKey("一案"), f.toString());
    }
}

