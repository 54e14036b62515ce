package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.Test;

/** How the drafter picks a figure's measure and period: each case one mechanism, in a passage written for the test. */
class DrafterTest {

    private static final Extractor EXTRACTOR = new Extractor(ClaimGraph.shippedVocabulary());

    /** figure text → "metric[+change] | period" of its drafted claim. */
    private static Map<String, String> drafted(String text, String lang, String published) {
        JsonNode d = EXTRACTOR.extract(text, lang, LocalDate.parse(published));
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode c : d.path("claims")) {
            String figure = d.path("quantities").get(c.path("quantity").asInt()).path("text").asText();
            out.put(figure, c.path("metric").asText("-") + (c.has("change") ? "+" + c.path("change").asText() : "") + " | " + c.path("period").asText("-"));
        }
        return out;
    }

    private static final String ENGLISH = """
            Acme widens its lead

            Acme reported revenue of $4 billion for fiscal 2024. In the fourth quarter revenue was $1.2 billion. \
            Profit in the quarter reached $300 million, up 12% from the previous three months. The shortfall reached \
            $2 billion in fiscal 2020 and $3 billion in fiscal 2021. Prices fell 5% on Thursday. Net income was more \
            than double the $50 million earned in fiscal 2023. The outbreak caused 20 deaths and 2.5 million cases. \
            The deficit came to 6% of GDP. Young people accounted for 40% of the cases. Sales in the same quarter \
            last year were $1 billion.
            """;

    @Test
    void aMonthTheLeadNamesIsTheMonthOfAMonthlyReportUnlessItsHeadlineNamesAYear() {
        String body = "The average rent in the region reached £1,150 a month in June, the statistics office said.\n"
                + "Tenants in the capital paid £1,900 on average.\n";
        Map<String, String> m = drafted("Rents keep climbing\n\n" + body, "en", "2024-07-17");
        assertEquals("2024-06", m.get("£1,900").split(" \\| ")[1], m.toString());
        // a headline about the year: its figures without a period are the year's
        Map<String, String> y = drafted("Rents climb in 2024\n\n" + body, "en", "2024-07-17");
        assertEquals("2024", y.get("£1,900").split(" \\| ")[1], y.toString());
        // a month long before publication is no monthly report's
        Map<String, String> old = drafted("Rents keep climbing\n\n" + body, "en", "2024-12-17");
        assertEquals("2024", old.get("£1,900").split(" \\| ")[1], old.toString());
    }

    @Test
    void aNameOpeningADaysNameIsNoSubject() {
        JsonNode d = EXTRACTOR.extract("卫生部门14日举行世界献血者日活动时介绍，2023年全国无偿献血达1699万人次，献血量2892万单位，比2022年分别增长5.9%和4.8%。", "zh", LocalDate.parse("2024-06-15"));
        Map<String, String> subjects = new LinkedHashMap<>();
        for (JsonNode c : d.path("claims")) subjects.put(d.path("quantities").get(c.path("quantity").asInt()).path("text").asText(), c.path("subject").asText("-"));
        assertEquals("china", subjects.get("2892万"), subjects.toString());
    }

    @Test
    void aNumberOfTenThousandsIsNoYear() {
        Map<String, String> m = drafted("2024年全国机场旅客吞吐量增长15.9%。\n全国有26个城市旅客吞吐量超过2000万人次，其中15个超过3000万人次。", "zh", "2025-03-15");
        assertEquals("2024", m.get("26个").split(" \\| ")[1], m.toString());
        assertEquals("2024", m.get("15个").split(" \\| ")[1], m.toString());
    }

    @Test
    void aQuarterNamedByItsLastMonthIsThatQuarter() {
        Map<String, String> m = drafted("Rents rose 4.8% in 2024.\nIn the December quarter rents edged up 0.4%, and in the September quarter 0.9%.", "en", "2025-01-20");
        assertEquals("2024-Q4", m.get("0.4%").split(" \\| ")[1], m.toString());
        assertEquals("2024-Q3", m.get("0.9%").split(" \\| ")[1], m.toString());
    }

    @Test
    void aFullStopAfterAnAbbreviationEndsNoSentence() {
        java.util.Set<String> abbreviations = Patterns.shipped().abbreviations;
        String text = "Output hit 1.2 trillion U.S. dollars. Mr. Lee spoke on Jan. 5 about it. Then sales fell.";
        List<String> sentences = Drafter.sentences(text, abbreviations).stream().map(s -> text.substring(s[0], s[1]).strip()).toList();
        assertEquals(List.of("Output hit 1.2 trillion U.S. dollars.", "Mr. Lee spoke on Jan. 5 about it.", "Then sales fell."), sentences);
        JsonNode d = EXTRACTOR.extract("In 2023 the deficit was 1.69 trillion U.S. dollars.", "en", LocalDate.parse("2024-02-01"));
        assertEquals("USD", d.path("claims").get(0).path("unit").asText(), d.toString());
    }

    @Test
    void aPlaceRightAfterABodysNameIsItsPartThereNotTheSubject() {
        JsonNode d = EXTRACTOR.extract("Quorvex results beat forecasts\n\nQuorvex's revenue grew 4% to $9 billion in 2024. At home, Quorvex U.S. "
                + "lifted sales 5% to $2 billion.", "en", LocalDate.parse("2025-01-10"));
        assertEquals(4, d.path("claims").size(), d.toString());
        for (JsonNode c : d.path("claims")) assertEquals("Quorvex", c.path("subject").asText(), d.toString());
    }

    @Test
    void urbanAndTownshipAreNoTownsNames() {
        // 城镇 ends with 镇 (a town) but says "urban"; taken for a name it swallowed the quarter before it
        JsonNode d = EXTRACTOR.extract("今年一季度城镇调查失业率为5.3%。", "zh", LocalDate.parse("2024-07-01"));
        assertEquals("2024-Q1", d.path("claims").get(0).path("period").asText(), d.toString());
        assertFalse(d.path("claims").get(0).path("subject").asText("").contains("城镇"), d.toString());
    }

    @Test
    void aMeasureTakenFromTheRestOfTheTextQuotesNoEmptyWords() {
        JsonNode d = EXTRACTOR.extract("In 2023 the budget deficit was $1.7 trillion. In 2022 the budget deficit was $1.4 trillion. "
                + "Then the firm earned 3.2 billion Swiss francs in 2024.", "en", LocalDate.parse("2025-01-10"));
        JsonNode last = d.path("claims").get(2);
        assertTrue(last.path("why").toString().contains("the text's main measure"), d.toString());
        assertFalse(last.path("why").toString().contains("metric: \\\"\\\""), last.toString());
    }

    @Test
    void vehiclesProducedAreCountedApartFromVehiclesSold() {
        Map<String, String> d = drafted("2024年新能源汽车产量为1288万辆，销量为1286万辆。", "zh", "2025-01-13");
        assertEquals("units-produced | 2024", d.get("1288万辆"), d.toString());
        assertEquals("units-sold | 2024", d.get("1286万辆"), d.toString());
        Map<String, String> e = drafted("The plant's vehicle production reached 250,000 last year.", "en", "2025-01-13");
        assertEquals("units-produced | 2024", e.get("250,000"), e.toString());
    }

    @Test
    void englishPeriodsNamedBeforeAfterAndAgain() {
        Map<String, String> d = drafted(ENGLISH, "en", "2025-01-10");
        assertEquals("revenue | FY2024", d.get("$4 billion"), d.toString());
        // "in the quarter": the quarter the text names, in the text's fiscal year
        assertEquals("net-profit | FY2024-Q4", d.get("$300 million"), d.toString());
        // a period right after the figure is its own, even with another named before it
        assertEquals("FY2020", d.get("$2 billion").split(" \\| ")[1], d.toString());
        assertEquals("FY2021", d.get("$3 billion").split(" \\| ")[1], d.toString());
        // "on Thursday": the week of publication, when the sentence names nothing else
        assertEquals("price+growth | 2025-01", d.get("5%"), d.toString());
        // the base of a comparison keeps the period said after it
        assertEquals("net-profit | FY2023", d.get("$50 million"), d.toString());
        // "the same quarter last year": the quarter named before, a year back
        assertEquals("revenue | FY2023-Q4", d.get("$1 billion"), d.toString());
    }

    @Test
    void runningTotalsFromTheYearsFirstMonth() {
        Map<String, String> zh = drafted("今年前三季度，某省地区生产总值达到2.3万亿元。2023年1-8月，工资增长4.2%。今年前5个月，全市汽车保有量达到90万辆。",
                "zh", "2024-10-25");
        assertEquals("gdp | 2024-01/2024-09", zh.get("2.3万亿元"), zh.toString());
        assertEquals("average-earnings+growth | 2023-01/2023-08", zh.get("4.2%"), zh.toString());
        assertEquals("vehicles-in-use | 2024-01/2024-05", zh.get("90万辆"), zh.toString());
        Map<String, String> en = drafted("In the first nine months of 2023, wages rose 3.1%. Unemployment fell to 4.8% in the first three months "
                + "of 2024, and in the first three quarters of 2022 salaries reached $9 billion.", "en", "2024-06-01");
        assertEquals("average-earnings+growth | 2023-01/2023-09", en.get("3.1%"), en.toString());
        // three months from January are the first quarter
        assertEquals("unemployment-rate | 2024-Q1", en.get("4.8%"), en.toString());
        assertEquals("average-earnings | 2022-01/2022-09", en.get("$9 billion"), en.toString());
        // a fiscal year's first month varies by country: its first months are no calendar months
        Map<String, String> fy = drafted("Wages rose 2.2% in 2024. In the first nine months of the financial year, wages rose 3.4%. "
                + "2024年工资增长2.5%。本财年前三季度，工资增长4.1%。", "en", "2024-12-01");
        assertFalse(fy.get("3.4%").contains("2024-01/2024-09"), fy.toString());
        assertFalse(fy.get("4.1%").contains("2024-01/2024-09"), fy.toString());
    }

    @Test
    void spansOfDaysAndOfMonthsAreTheirPeriods() {
        Map<String, String> zh = drafted("2024年暑运（7月1日至8月31日）期间，全国铁路发送旅客8.9亿人次。\n\n民航发送旅客6800万人次。\n\n"
                + "12月20日至1月5日，全市接待游客120万人次。", "zh", "2025-01-10");
        assertEquals("2024-07-01/2024-08-31", zh.get("8.9亿人次").split(" \\| ")[1], zh.toString());
        // a span of days named in the lead is what the story is about, for figures whose paragraph names no period
        assertEquals("2024-07-01/2024-08-31", zh.get("6800万人次").split(" \\| ")[1], zh.toString());
        // an end month before the start's is in the next year
        assertEquals("2024-12-20/2025-01-05", zh.get("120万人次").split(" \\| ")[1], zh.toString());
        Map<String, String> en = drafted("The county recorded 310 cases between March 3 and May 9. From November 1, 2023 to February 29, 2024, "
                + "the state recorded 4,200 cases. For January to August, the state counted 9,100 deaths.", "en", "2025-06-01");
        assertEquals("2025-03-03/2025-05-09", en.get("310").split(" \\| ")[1], en.toString());
        assertEquals("2023-11-01/2024-02-29", en.get("4,200").split(" \\| ")[1], en.toString());
        // months without a year: the last such span before publication, the first month in the last one's year
        assertEquals("2024-01/2024-08", en.get("9,100").split(" \\| ")[1], en.toString());
        // a day that does not exist makes no span
        Map<String, String> bad = drafted("The county recorded 75 cases between February 30 and March 4, 2025.", "en", "2025-06-01");
        assertFalse(bad.get("75").contains("02-30"), bad.toString());
    }

    @Test
    void theLevelAYearlyFigureChangedFromIsTheYearBefores() {
        Map<String, String> en = drafted("In 2023 deaths slipped to 7,400 from 7,900. The rate fell from 6.1 to 5.8 per 100,000. "
                + "Revenue grew 9% to €3.2 billion, from €2.9 billion. Births fell 2% from the 51,200 births of 2021.", "en", "2024-03-01");
        assertEquals("2023", en.get("7,400").split(" \\| ")[1], en.toString());
        assertEquals("2022", en.get("7,900").split(" \\| ")[1], en.toString());
        assertEquals("2022", en.get("6.1").split(" \\| ")[1], en.toString());
        // the new level goes on with the text's year, not the base's
        assertEquals("2023", en.get("5.8 per 100,000").split(" \\| ")[1], en.toString());
        assertEquals("2022", en.get("€2.9 billion").split(" \\| ")[1], en.toString());
        assertEquals("2023", en.get("€3.2 billion").split(" \\| ")[1], en.toString());
        // a base whose own year is named keeps it
        assertEquals("2021", en.get("51,200").split(" \\| ")[1], en.toString());
        Map<String, String> zh = drafted("2023年，诈骗损失金额由9.5亿元减至8.1亿元。", "zh", "2024-03-01");
        assertEquals("2022", zh.get("9.5亿元").split(" \\| ")[1], zh.toString());
        assertEquals("2023", zh.get("8.1亿元").split(" \\| ")[1], zh.toString());
    }

    @Test
    void aPeriodAfterThanIsWhatIsComparedWith() {
        Map<String, String> en = drafted("Inflation stood at 11.6 per cent in October, the statistics office said. This is 0.4 percentage "
                + "points higher than the rate recorded in September 2019 (11.2 per cent).", "en", "2019-11-18");
        assertEquals("2019-10", en.get("0.4 percentage points").split(" \\| ")[1], en.toString());
        assertEquals("2019-09", en.get("11.2 per cent").split(" \\| ")[1], en.toString());
    }

    @Test
    void daysNamedWithoutTheirYearCountForThePublicationsYear() {
        // the only year written is an old record's; three days without a year say what the text is about
        Map<String, String> zh = drafted("市政府9日通报，8日全市平均降雨量达120毫米，此前的最高纪录是1951年7月的98毫米。\n\n"
                + "6日全市有3人受伤。\n\n全市有3万人受灾。", "zh", "2024-06-10");
        assertEquals("2024", zh.get("3万人").split(" \\| ")[1], zh.toString());
    }

    @Test
    void theUkNationsAndTheStatesAndCountiesFactCheckersWriteAboutAreSubjects() {
        Map<String, String> en = subjects("England's councils spent £1.2bn on temporary housing in 2023. In Scotland, 15,625 households "
                + "were in temporary housing. Ontario recorded 2,100 deaths. New South Wales recorded 1,900.", "en", "2024-06-20");
        assertEquals("england", en.get("£1.2bn"), en.toString());
        assertEquals("scotland", en.get("15,625"), en.toString());
        assertEquals("ontario", en.get("2,100"), en.toString());
        assertEquals("new-south-wales", en.get("1,900"), en.toString());
        Map<String, String> zh = subjects("花蓮縣去年觀光人次為850萬人次。威爾斯的失業率為4.1%。", "zh-Hant", "2025-06-16");
        assertEquals("hualien", zh.get("850萬人次"), zh.toString());
        assertEquals("wales", zh.get("4.1%"), zh.toString());
    }

    @Test
    void englishMeasuresFromTheNounCountedAndTheWholeOfAShare() {
        Map<String, String> d = drafted(ENGLISH, "en", "2025-01-10");
        // "Prices" is read as price; "20 deaths and 2.5 million cases": the noun after each figure
        assertEquals("deaths", d.get("20").split(" \\| ")[0], d.toString());
        assertEquals("cases", d.get("2.5 million").split(" \\| ")[0], d.toString());
        // "the deficit came to 6% of GDP": the catalogue's ratio of the two; "40% of the cases": a share of cases
        assertEquals("deficit-to-gdp", d.get("6%").split(" \\| ")[0], d.toString());
        assertEquals("cases+share", d.get("40%").split(" \\| ")[0], d.toString());
        // a count of its own noun takes no measure named after a later figure of the sentence: the vote is the 294's
        Map<String, String> v = drafted("Of the 384 councils held to the limits, 294 raised bills without a vote.", "en", "2025-03-20");
        assertEquals("-", v.get("384").split(" \\| ")[0], v.toString());
        assertEquals("votes", v.get("294").split(" \\| ")[0], v.toString());
        // with no figure between, the measure after it is still its own (168 million birds, most of them layers, destroyed)
        Map<String, String> b = drafted("More than 168 million birds, most of them layers, have been destroyed.", "en", "2025-03-20");
        assertEquals("structures-destroyed", b.get("168 million").split(" \\| ")[0], b.toString());
    }

    @Test
    void aSentenceWithoutAPeriodGoesOnWithTheOneBeforeUnlessThatListedSeveral() {
        Map<String, String> d = drafted("""
                发电装机稳步增长

                截至2024年12月底，全国发电装机容量约33亿千瓦。其中，风电装机容量约5亿千瓦。
                分季度看，一季度新增装机2000万千瓦，四季度新增装机3000万千瓦。
                全国新增发电装机合计4亿千瓦。
                """, "zh", "2025-01-20");
        assertEquals("2024-12", d.get("5亿千瓦").split(" \\| ")[1], d.toString());
        assertEquals("2024-Q4", d.get("3000万千瓦").split(" \\| ")[1], d.toString());
        assertEquals("2024", d.get("4亿千瓦").split(" \\| ")[1], d.toString());
    }

    @Test
    void theNextYearsRunFromTheYearOfPublication() {
        Map<String, String> zh = drafted("政府计划在未来五年每年发行1000亿元债券。", "zh", "2025-02-26");
        assertEquals("2025/2030", zh.get("1000亿元").split(" \\| ")[1], zh.toString());
        Map<String, String> en = drafted("The agency expects to spend $40 billion over the next three years.", "en", "2024-06-03");
        assertEquals("2024/2027", en.get("$40 billion").split(" \\| ")[1], en.toString());
    }

    @Test
    void aYearComparedWithIsNotThePeriodOfTheText() {
        Map<String, String> en = drafted("""
                Labour wins

                Labour won 411 seats. The party took 33.7% of the vote, up 1.6 percentage points on 2019. Turnout was 59.7%, \
                7.6 percentage points lower than in 2019. They lost 251 seats compared with the notional result of 2019.
                """, "en", "2024-07-06");
        for (String f : java.util.List.of("411", "33.7%", "1.6 percentage points", "59.7%", "7.6 percentage points", "251")) {
            assertEquals("2024", en.get(f).split(" \\| ")[1], f + " in " + en);
        }
        Map<String, String> zh = drafted("投票率為71.86%，較2020年的74.9%下降約3個百分點。", "zh", "2024-01-13");
        assertEquals("2024", zh.get("71.86%").split(" \\| ")[1], zh.toString());
        assertEquals("2020", zh.get("74.9%").split(" \\| ")[1], zh.toString());
    }

    @Test
    void changeWordsRightBeforeOrAfterAFigureMakeItAChange() {
        Map<String, String> en = drafted("Car exports fell by more than $400 million in 2024. Deaths fell 2.3%, or 140, on the year. "
                + "Revenue reached $5 billion, 19% more. Exports rose 6% in the first quarter, 7% in the second and 9% in the third. "
                + "The deficit eased to 4% in the spring.", "en", "2025-02-01");
        // a change verb and "by", a qualifier between: the amount is the change
        assertTrue(en.get("$400 million").contains("change"), en.toString());
        // the count says again, in people, the fall just before it
        assertTrue(en.get("140").contains("change"), en.toString());
        // "19% more": a comparison word after the percentage
        assertTrue(en.get("19%").contains("growth"), en.toString());
        // the quarters go on with the growth rate of the first
        assertTrue(en.get("7%").contains("growth"), en.toString());
        assertTrue(en.get("9%").contains("growth"), en.toString());
        // "eased to": the level reached, not the change
        assertFalse(en.get("4%").contains("growth"), en.toString());

        Map<String, String> zh = drafted("全年交通事故死亡人数为2000人，比上年少300人。降水量比常年偏多12%。事故造成至少50人死亡。"
                + "出口第一季增长6%，第二季7%。民营企业出口增长8%，占全国的55%。", "zh", "2025-02-01");
        assertTrue(zh.get("300人").contains("change"), zh.toString());
        assertTrue(zh.get("12%").contains("growth"), zh.toString());
        // 至少 bounds the figure: a level
        assertFalse(zh.get("50人").contains("change"), zh.toString());
        assertTrue(zh.get("7%").contains("growth"), zh.toString());
        // a share word before the percentage: no growth carried on
        assertFalse(zh.get("55%").contains("growth"), zh.toString());
    }

    @Test
    void domainMeasuresAreTakenOnlyWhereTheirWordsStand() {
        Map<String, String> d = drafted("The unit, which sells chips used to train and run models, brought in revenue of $35 billion, up 16% on the year. "
                + "The canal recorded 9,900 transits in the year.", "en", "2025-02-01");
        // "train and run" names no count of trains
        assertFalse(d.get("16%").startsWith("trains-run"), d.toString());
        assertTrue(d.get("9,900").startsWith("ship-transits"), d.toString());
        Map<String, String> zh = drafted("全年共出现三十七次区域性暴雨过程。某市全年累计降水3233.6毫米。", "zh", "2025-02-01");
        assertTrue(zh.get("三十七次").startsWith("rainstorm-events"), zh.toString());
        assertTrue(zh.get("3233.6毫米").startsWith("rainfall"), zh.toString());
    }

    @Test
    void aMeasureAfterNonIsAnotherMeasure() {
        Map<String, String> en = drafted("Non-defense discretionary spending would reach $769 billion, 16 percent more than in 2021, while defense spending "
                + "would rise to $753 billion, an increase of 1.7 percent.", "en", "2021-04-10");
        assertFalse(en.get("$769 billion").startsWith("defence-budget"), en.toString());
        // a figure going on from it is of no measure either, until the sentence names one
        assertFalse(en.get("16 percent").startsWith("defence-budget"), en.toString());
        assertTrue(en.get("$753 billion").startsWith("defence-budget"), en.toString());
        assertTrue(en.get("1.7 percent").startsWith("defence-budget"), en.toString());
        Map<String, String> zh = drafted("非国防支出为7690亿美元，国防支出为7530亿美元。", "zh", "2021-04-10");
        assertFalse(zh.get("7690亿美元").startsWith("defence-budget"), zh.toString());
        assertTrue(zh.get("7530亿美元").startsWith("defence-budget"), zh.toString());
    }

    @Test
    void aFiscalYearComparedWithIsNotThePeriodOfTheFiguresAfterIt() {
        Map<String, String> en = drafted("""
                Budget request

                Civilian spending would reach $769 billion in FY2022, 16 percent more than in FY2021, while military spending would rise                 to $753 billion, an increase of 1.7 percent. The tax agency would get $13.2 billion, an increase of $1.2 billion or                 10.4 percent from fiscal year 2021.
                """, "en", "2021-04-10");
        for (String f : java.util.List.of("$769 billion", "16 percent", "$753 billion", "1.7 percent", "$13.2 billion", "$1.2 billion", "10.4 percent")) {
            assertEquals("FY2022", en.get(f).split(" \\| ")[1], f + " in " + en);
        }
        // a span from one year to another stays a period
        assertEquals("2019/2023", drafted("Exports grew 12 percent from 2019 to 2023.", "en", "2024-02-01").get("12 percent").split(" \\| ")[1]);
        Map<String, String> zh = drafted("2023财年国防预算达到8580亿美元，比2022财年增加450亿美元。", "zh", "2023-01-10");
        assertEquals("FY2023", zh.get("450亿美元").split(" \\| ")[1], zh.toString());
    }

    @Test
    void theStartOfARecordIsNoPeriod() {
        Map<String, String> d = drafted("""
                Overdose deaths fall

                Overdose deaths fell to 107,543 in 2023. It was the first annual decline since 2018, though the toll stayed \
                above 100,000. Deaths involving opioids slipped to 74,702. Prices rose 3% in 2024, the most since 2019.
                """, "en", "2024-05-15");
        assertEquals("2023", d.get("100,000").split(" \\| ")[1], d.toString());
        assertEquals("2023", d.get("74,702").split(" \\| ")[1], d.toString());
        assertEquals("2024", d.get("3%").split(" \\| ")[1], d.toString());
        // a span that is no record stays a period
        assertEquals("2019/2024", drafted("Sales have risen 40% since 2019.", "en", "2024-05-15").get("40%").split(" \\| ")[1]);
    }

    @Test
    void theDayOfAnEventIsThePeriodOfItsFiguresButNotAYearTheTextIsAbout() {
        Map<String, String> d = drafted("""
                定日地震

                西藏自治区9日通报，1月7日9时5分定日县发生的6.8级地震已造成126人遇难。经初步排查，共有3612户房屋倒塌。
                震源深度仅10公里。
                定日县2020年3月20日曾发生5.9级地震。
                """, "zh", "2025-01-10");
        assertEquals("2025-01-07", d.get("126人").split(" \\| ")[1], d.toString());
        // a sentence naming no period goes on with the day, within its paragraph
        assertEquals("2025-01-07", d.get("3612户").split(" \\| ")[1], d.toString());
        assertEquals("2020-03-20", d.get("5.9级").split(" \\| ")[1], d.toString());
        // the year of an earlier event's day is not what the text is about
        assertEquals("2025", d.get("10公里").split(" \\| ")[1], d.toString());
        // a day figures stand at (截至…) still names the text's year
        Map<String, String> c = drafted("截至2020年11月1日零时，全国人口共141178万人。\n乡村人口减少了1.6亿人。", "zh", "2021-05-11");
        assertEquals("2020", c.get("1.6亿人").split(" \\| ")[1], c.toString());
    }

    @Test
    void theWholeYearOpeningAClauseAfterADayIsTheYearNotThatMonth() {
        Map<String, String> d = drafted("""
                截至2024年12月31日，青禾市共有地铁线路12条；全年新增线路3条，客运量4.1亿人次。
                三季度是全年最多的1.2亿人次。
                """, "zh", "2025-01-15");
        assertEquals("2024-12-31", d.get("12条").split(" \\| ")[1], d.toString());
        assertEquals("2024", d.get("3条").split(" \\| ")[1], d.toString());
        // 全年 that compares, not opening its clause, leaves the quarter
        assertEquals("2024-Q3", d.get("1.2亿人次").split(" \\| ")[1], d.toString());
    }

    @Test
    void aNewParagraphStartsAfreshUnlessItGoesOn() {
        Map<String, String> d = drafted("""
                铁路客运创新高

                2024年全国铁路旅客发送量43.12亿人次。12月单月发送旅客2.97亿人次。
                货运方面，全国铁路货运发送量51.75亿吨。
                截至2024年12月底，铁路营业里程16.2万公里。
                其中，高铁4.8万公里。
                """, "zh", "2025-01-17");
        assertEquals("2024-12", d.get("2.97亿人次").split(" \\| ")[1], d.toString());
        assertEquals("2024", d.get("51.75亿吨").split(" \\| ")[1], d.toString());
        assertEquals("2024-12", d.get("4.8万公里").split(" \\| ")[1], d.toString());
    }

    @Test
    void aYearThatBelongsToTheBaseOfAComparisonStaysWithIt() {
        Map<String, String> en = drafted("""
                Paris Games close

                Organisers sold more than 9.5 million tickets in 2024, beating the 8.3 million of Atlanta in 1996, and some \
                10,500 athletes took part. Murder fell 11.6% in 2023, beating the 9.1% fall of 1996.
                """, "en", "2024-08-12");
        assertEquals("1996", en.get("8.3 million").split(" \\| ")[1], en.toString());
        assertEquals("2024", en.get("10,500").split(" \\| ")[1], en.toString());
        assertEquals("1996", en.get("9.1%").split(" \\| ")[1], en.toString());
        Map<String, String> zh = drafted("114年出生數僅10萬7812人，比113年的13萬4856人減少約兩成；死亡20萬268人，比113年減少1839人。", "zh", "2026-01-10");
        assertEquals("2024", zh.get("13萬4856人").split(" \\| ")[1], zh.toString());
        assertEquals("2025", zh.get("兩成").split(" \\| ")[1], zh.toString());
        assertEquals("2025", zh.get("1839人").split(" \\| ")[1], zh.toString());
    }

    @Test
    void yearsAndMonthsOfTheRepublicOfChina() {
        Map<String, String> d = drafted("內政部公布，114年出生數10萬7812人，105年為20萬8440人。截至114年12月，人口為2329萬9132人。", "zh", "2026-01-10");
        assertEquals("2025", d.get("10萬7812人").split(" \\| ")[1], d.toString());
        assertEquals("2016", d.get("20萬8440人").split(" \\| ")[1], d.toString());
        assertEquals("2025-12", d.get("2329萬9132人").split(" \\| ")[1], d.toString());
    }

    @Test
    void nationalWordsMeanThePlaceTheTextIsAbout() {
        JsonNode tw = EXTRACTOR.extract("台灣人口持續減少。全國人口為2329萬9132人。", "zh", LocalDate.parse("2026-01-10"));
        assertEquals("taiwan", tw.path("claims").get(0).path("subject").asText(), tw.toString());
        JsonNode cn = EXTRACTOR.extract("全国人口共141178万人。", "zh", LocalDate.parse("2021-05-11"));
        assertEquals("china", cn.path("claims").get(0).path("subject").asText(), cn.toString());
    }

    /** figure text → drafted subject (or "-"). */
    private static Map<String, String> subjects(String text, String lang, String published) {
        JsonNode d = EXTRACTOR.extract(text, lang, LocalDate.parse(published));
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode c : d.path("claims")) {
            out.put(d.path("quantities").get(c.path("quantity").asInt()).path("text").asText(), c.path("subject").asText("-"));
        }
        return out;
    }

    @Test
    void aLevelToldOfAYearEarlierIsOfTheYearBefore() {
        Map<String, String> d = drafted("Acme Foods made a profit of $4 million in 2023, against $3 million a year earlier. Its stores numbered 410, "
                + "up from the 380 of a year before. Sales rose 5% from a year earlier.", "en", "2024-03-01");
        assertEquals("2023", d.get("$4 million").replaceAll(".* \\| ", ""), d.toString());
        assertEquals("2022", d.get("$3 million").replaceAll(".* \\| ", ""), d.toString());
        assertEquals("2022", d.get("380").replaceAll(".* \\| ", ""), d.toString());
        // a change counted from a year earlier is of now
        assertEquals("2023", d.get("5%").replaceAll(".* \\| ", ""), d.toString());
        // a rate told of a year earlier, over a span of months: every year of the span one less
        Map<String, String> q = drafted("The jobless rate rose to 4.4% in the three months to June, up from 4.1% a year earlier.", "en", "2024-08-13");
        assertEquals("2024-04/2024-06", q.get("4.4%").replaceAll(".* \\| ", ""), q.toString());
        assertEquals("2023-04/2023-06", q.get("4.1%").replaceAll(".* \\| ", ""), q.toString());
    }

    @Test
    void theYearBeforeOfAPeriodShiftsEveryYearInIt() {
        assertEquals("2023", DraftPeriods.yearBefore("2024"));
        assertEquals("2023-04/2023-06", DraftPeriods.yearBefore("2024-04/2024-06"));
        assertEquals("FY2024/25", DraftPeriods.yearBefore("FY2025/26"));
        assertEquals("FY1999/00", DraftPeriods.yearBefore("FY2000/01"));
        assertEquals("2023-Q3", DraftPeriods.yearBefore("2024-Q3"));
    }

    @Test
    void aTraditionalTextCountingRepublicYearsSpeaksFromTaiwan() {
        // 全國 with no place named: the text's own nation, which a year of the Republic (112年度, published in 2024) tells
        Map<String, String> roc = subjects("主管機關公布112年度報告，全國總用電量為2800億度，年增2%。", "zh-Hant", "2024-09-01");
        assertEquals("taiwan", roc.get("2800億度"), roc.toString());
        Map<String, String> none = subjects("主管機關公布年度報告，全國總用電量為2800億度，年增2%。", "zh-Hant", "2024-09-01");
        assertEquals("china", none.get("2800億度"), none.toString());
    }

    @Test
    void aHeadlineNamingNobodyIsAboutWhomTheLedeNamesFirst() {
        Map<String, String> en = subjects("Profit climbs 12%\n\nAcme Foods reported a profit of $4 million for 2025.\n", "en", "2026-03-01");
        assertEquals("Acme Foods", en.get("12%"), en.toString());
        Map<String, String> zh = subjects("去年营收增长12%\n\n青禾公司今日公布，2025年营收为45亿元。\n", "zh", "2026-03-01");
        assertEquals("青禾公司", zh.get("12%"), zh.toString());
        // a name further on is no headline's subject (the second paragraph is past the lede)
        Map<String, String> far = subjects("Profit climbs 12%\n\nThe results came on Friday.\nAcme Foods reported a profit of $4 million.\n", "en", "2026-03-01");
        assertEquals("-", far.get("12%"), far.toString());
    }

    @Test
    void aChineseTextNamingNobodyIsAboutTheCountryItSpeaksFrom() {
        // in Simplified characters the nation its 全国 would name
        Map<String, String> cn = subjects("主管部门公布，去年居民出游56亿人次，增长12%。", "zh", "2026-02-01");
        assertEquals("china", cn.get("56亿人次"), cn.toString());
        assertEquals("china", cn.get("12%"), cn.toString());
        // in Traditional characters the place a year of the Republic tells; with no hint none (Hong Kong writes them too)
        Map<String, String> tw = subjects("主管機關公布，民國114年出口達600億美元。", "zh-Hant", "2026-01-10");
        assertEquals("taiwan", tw.get("600億美元"), tw.toString());
        Map<String, String> none = subjects("主管機關公布，去年出口達600億美元。", "zh-Hant", "2026-01-10");
        assertEquals("-", none.get("600億美元"), none.toString());
        // an English text naming nobody is left to a person
        Map<String, String> en = subjects("Exports reached $600 billion last year.", "en", "2026-01-10");
        assertEquals("-", en.get("$600 billion"), en.toString());
    }

    @Test
    void aNameComparedWithOrTradedWithIsNoSubjectOfTheSentencesAfter() {
        // 超过 X 与 Y, 比 X 多: compared with, the names joined to it too; 对 X 出口: a trading partner
        for (String first : List.of("去年汽车出口超过日本与德国。", "去年汽车出口比日本多。", "去年对美国出口大增。")) {
            Map<String, String> s = subjects(first + "全年出口达420万辆。", "zh", "2026-01-10");
            assertEquals("china", s.get("420万辆"), first + " " + s);
        }
        Map<String, String> tw = subjects("民國114年汽車出口超過日本與德國，全年出口達420萬輛。", "zh-Hant", "2026-01-10");
        assertEquals("taiwan", tw.get("420萬輛"), tw.toString());
        // a name the subject is set beside (相比) stays one
        Map<String, String> beside = subjects("相比日本，去年出口达420万辆。", "zh", "2026-01-10");
        assertEquals("japan", beside.get("420万辆"), beside.toString());
    }

    @Test
    void whereVisitorsComeFromIsNoSubject() {
        Map<String, String> s = subjects("澳門去年入境旅客共3,400萬人次，其中香港旅客710萬人次，日本遊客12萬人次。", "zh-Hant", "2025-01-20");
        assertEquals("macao", s.get("710萬人次"), s.toString());
        assertEquals("macao", s.get("12萬人次"), s.toString());
        // a place with its own figures stays their subject
        Map<String, String> own = subjects("去年香港的失業率為3.0%。", "zh-Hant", "2025-01-20");
        assertEquals("hong-kong", own.get("3.0%"), own.toString());
    }

    @Test
    void theDatelinesPlaceIsWhereTheReporterWroteNotTheSubject() {
        Map<String, String> s = subjects("""
                〔記者林木森／台北報導〕青禾醫院今公布，去年院內死亡人數為1萬2000人，較前年減少300人。
                """, "zh-Hant", "2025-06-16");
        assertEquals("青禾醫院", s.get("1萬2000人"), s.toString());
        // nor is a statistician who gives the figures
        Map<String, String> w = subjects("（中央社記者周望川台北16日電）統計處科長吳若溪表示，去年全年出生人數為13萬4856人。", "zh-Hant", "2025-06-16");
        assertEquals("-", w.get("13萬4856人"), w.toString());
        // an agency's wire with the month: the place is where it was filed from, the figure's subject is named later
        Map<String, String> a = subjects("新华社北京10月20日电 国家统计局20日发布数据，前三季度全国粮食产量同比增长5.2%。", "zh", "2025-10-20");
        assertEquals("china", a.get("5.2%"), a.toString());
        // a place that is what the figure is about stays its subject
        Map<String, String> t = subjects("台北市去年出生人數為1萬5000人。", "zh-Hant", "2025-06-16");
        assertEquals("taipei", t.get("1萬5000人"), t.toString());
    }

    @Test
    void anAirportAndSpainsRegionsAreSubjectsOfTheirOwnFigures() {
        Map<String, String> s = subjects("""
                2024年香港國際機場客運量達3200萬人次，香港全年GDP增長2.5%。
                """, "zh", "2025-01-21");
        // the airport's name holds the city's: its own figures are the airport's
        assertEquals("hong-kong-international-airport", s.get("3200萬人次"), s.toString());
        assertEquals("hong-kong", s.get("2.5%"), s.toString());
        Map<String, String> e = subjects("""
                Andalusia drew 9 million visitors in 2024. Catalonia was the most visited region, with 12.1 million tourists, followed by the Canary Islands with 8.4 million.
                """, "en", "2025-01-03");
        assertEquals("catalonia", e.get("12.1 million"), e.toString());
        assertEquals("canary-islands", e.get("8.4 million"), e.toString());
    }

    @Test
    void aPlaceOpeningABodysNameIsPartOfItNotTheSubjectOfNationwideFigures() {
        Map<String, String> s = subjects("""
                甘肃远帆建材集团表示，2024年全国水泥产量为17.6亿吨，同比下降8.2%。
                青海银行2024年净利润12.5亿元。
                """, "zh", "2025-03-01");
        // 甘肃 opens the group's name: the nationwide figure and its change are China's, not Gansu's
        assertEquals("china", s.get("17.6亿吨"), s.toString());
        assertEquals("china", s.get("8.2%"), s.toString());
        // the bank is a name of the text (to confirm), not the province
        assertEquals("青海银行", s.get("12.5亿元"), s.toString());
    }

    @Test
    void namesTheGazetteerLacksAreSubjectsAsWritten() {
        String race = """
                Haldane wins the Rift Marathon

                Kenya's Vantor Haldane, 31, won the Rift Marathon on Sunday in 2:07:15, 12 seconds ahead of Milo Brandt. \
                The Tour of Britain covered 780 kilometres. Haldane now has 9 marathon wins.
                """;
        Map<String, String> s = subjects(race, "en", "2024-05-06");
        // the possessor describes the name after it; a name after "than", "of" or "the" is no subject when another is
        assertEquals("Vantor Haldane", s.get("31"), s.toString());
        assertEquals("Vantor Haldane", s.get("12 seconds"), s.toString());
        // a gazetteer name inside a longer one is part of it
        assertEquals("Tour of Britain", s.get("780 kilometres"), s.toString());
        // one word stands for the longer name it ends
        assertEquals("Vantor Haldane", s.get("9"), s.toString());
        Map<String, String> d = drafted(race, "en", "2024-05-06");
        assertEquals("age", d.get("31").split(" \\| ")[0], d.toString());
        assertEquals("wins", d.get("9").split(" \\| ")[0], d.toString());
        // an office that reports figures, a letter alone and a capital that only opens the sentence are no subjects
        Map<String, String> o = subjects("The Statistics Bureau said output of the Model X rose 4%. Fewer Americans bought 20,000 cars.", "en", "2024-05-06");
        assertEquals("-", o.get("4%"), o.toString());
        assertEquals("-", o.get("20,000"), o.toString());
    }

    @Test
    void chineseNamesTheGazetteerLacksByTheirEndingTitleOrWhatTheyDo() {
        String vote = """
                青禾党候选人林木森以312万票当选。远帆党的周望川、吴若溪获得208万票，得票率31.5%。
                定海县去年粮食产量为48万吨。一线城市房价下跌3%。周望川表示，远帆集团营收增长7%。
                林木森的得票比上届多了40万票。
                """;
        Map<String, String> s = subjects(vote, "zh", "2024-01-14");
        // a party before a person's title or 的 describes the person; the second of two people stands with the first
        assertEquals("林木森", s.get("312万票"), s.toString());
        assertEquals("周望川", s.get("208万票"), s.toString());
        // a place and a company by the word they end with; 一线城市 is a kind of city, no name: the place before goes on
        assertEquals("定海县", s.get("48万吨"), s.toString());
        assertEquals("定海县", s.get("3%"), s.toString());
        // a person who speaks is the claimant; the company after is the subject
        assertEquals("远帆集团", s.get("7%"), s.toString());
        // a person found once is that person wherever the text writes the name
        assertEquals("林木森", s.get("40万票"), s.toString());
    }

    @Test
    void aCityNamedAsWhereOrInsideAnotherNameIsNoSubject() {
        // a capital opening the sentence before a gazetteer name is part of it when the text writes the two together again
        Map<String, String> club = subjects("Real Madrid earned €1 billion last season. Real Madrid's wage bill rose 5%.", "en", "2025-01-23");
        assertEquals("Real Madrid", club.get("€1 billion"), club.toString());
        // a place after "in" and a direction word is where, and is not carried to the next sentence
        Map<String, String> heat = subjects("Britain's economy grew 2% last year. A station in south London recorded 35°C. Unemployment rose to 4.5%.", "en", "2025-01-23");
        assertEquals("london", heat.get("35°C"), heat.toString());
        assertEquals("united-kingdom", heat.get("4.5%"), heat.toString());
        // the summit in Paris is where the summit was: the other name of the clause is the subject
        Map<String, String> summit = subjects("Delegates at the climate summit in Paris agreed to cut global emissions by 40%.", "en", "2025-01-23");
        assertEquals("world", summit.get("40%"), summit.toString());
    }

    @Test
    void aPlaceNamedAsWhereInTheSentenceGivesWayToANameAfterIt() {
        // a report released in Beijing is about the country it names, not the city it was released in
        Map<String, String> s = subjects("12月13日在北京发布的《2024年中国电影产业报告》显示，今年票房为425亿元，增长5%。", "zh", "2024-12-20");
        assertEquals("china", s.get("425亿元"), s.toString());
        assertEquals("china", s.get("5%"), s.toString());
        // a place named as where with no other name in the sentence is still the subject
        Map<String, String> t = subjects("在北京举行的发布会上，今年票房为425亿元。", "zh", "2024-12-20");
        assertEquals("beijing", t.get("425亿元"), t.toString());
    }

    @Test
    void aNarrowerGroupIsNotTheGroupTheGazetteerNamesByItsBareNoun() {
        // 规模以上企业 and 民营企业 are groups of the text's own, not the gazetteer's 企业
        Map<String, String> s = subjects("2024年全国规模以上企业就业人员平均工资为102452元。民营企业利润下降3%。", "zh", "2025-05-16");
        assertEquals("china", s.get("102452元"), s.toString());
        assertEquals("china", s.get("3%"), s.toString());
        // after 的, a preposition or a count it is the bare noun still
        assertEquals("enterprises", subjects("调查显示，95%的企业增加了投资。", "zh", "2025-05-16").get("95%"));
        Map<String, String> c = subjects("从企业看，全国共有约28万家企业拥有专利，合计176.4万件。", "zh", "2025-05-16");
        assertEquals("enterprises", c.get("176.4万件"), c.toString());
    }

    @Test
    void anAirlinesLoadFactorIsAShareOfItsSeatCapacity() {
        var d = drafted("The passenger load factor rose to 83.6% in 2025, up 0.1 percentage points. 客座率为83.5%。", "en", "2026-01-29");
        assertEquals("load-factor | 2025", d.get("83.6%"), d.toString());
        assertEquals("load-factor+change | 2025", d.get("0.1 percentage points"), d.toString());
        assertEquals(List.of("transport-turnover", "seat-capacity"), List.of(ClaimGraph.shippedVocabulary().quotientOf("load-factor")));
        assertEquals("load-factor", ClaimGraph.shippedVocabulary().metricId("客座率").orElseThrow());
    }

    @Test
    void aGrowthOfAMeasureWithoutOneOfItsOwnGoesIntoTheDraftAsItsMadeGrowth() throws Exception {
        String text = "France had 1,100 hospital beds in 2024. Hospital beds in France grew by 10% in 2024.";
        var x = EXTRACTOR.extract(text, "en", LocalDate.parse("2025-03-01"));
        JsonNode growth = x.path("claims").get(1);
        // the extraction says what it read: the measure and how it moved
        assertEquals("hospital-beds growth", growth.path("metric").asText() + " " + growth.path("change").asText());
        var doc = EXTRACTOR.claimDocument(x, text, "beds", null, LocalDate.parse("2025-03-01"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("document")).put("publisher", "Desk").remove("todo");
        doc.path("claims").forEach(c -> ((com.fasterxml.jackson.databind.node.ObjectNode) c).remove("todo"));
        assertEquals("hospital-beds-growth", doc.path("claims").get(1).path("metric").asText());
        assertFalse(doc.path("claims").get(1).has("note"), doc.path("claims").get(1).toString());
        // the draft reads: the growth is made for it from the catalogue's measure
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            var read = cg.reader().read("draft.json", doc.toString(), f -> "");
            assertEquals("hospital-beds-growth", read.claims().get(1).metric());
            var made = read.definitions().getResource("https://w3id.org/claimgraph/metric/hospital-beds-growth");
            assertEquals("https://w3id.org/claimgraph/metric/hospital-beds", made.getPropertyResourceValue(org.claimgraph.vocab.CG.changeOf).getURI());
        }
    }

    @Test
    void namesTheGazetteerLacksAreDraftedAsEntitiesSoTheDraftLoads() throws Exception {
        String text = "青禾党候选人林木森以312万票当选。定海县去年粮食产量为48万吨。";
        var x = EXTRACTOR.extract(text, "zh", LocalDate.parse("2024-01-14"));
        assertEquals("[{\"id\":\"lin-mu-sen\",\"label\":\"林木森\",\"type\":\"person\"},{\"id\":\"ding-hai-xian\",\"label\":\"定海县\",\"type\":\"place\"}]",
                x.path("entities").toString());
        // their claims keep the subject for a person to confirm; ids are slugs in Latin letters
        JsonNode grain = x.path("claims").get(1);
        assertEquals("ding-hai-xian-grain-production-2023", grain.path("id").asText());
        assertEquals("[\"statement\",\"subject\"]", grain.path("todo").toString());
        // the draft, its todos done, is a claim document that reads: the names resolve to the entities it defines
        var doc = EXTRACTOR.claimDocument(x, text, "县里的消息", null, LocalDate.parse("2024-01-14"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("document")).put("publisher", "Desk").remove("todo");
        var claims = (com.fasterxml.jackson.databind.node.ArrayNode) doc.path("claims");
        claims.remove(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) claims.get(0)).remove("todo");
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            var read = cg.reader().read("draft.json", doc.toString(), f -> "");
            assertEquals("xian-li-de-xiao-xi", read.document().id());
            assertEquals("ding-hai-xian", read.claims().get(0).subject());
        }
    }

    @Test
    void aCompanyThatSpeaksOfItselfIsTheSubject() {
        Map<String, String> s = subjects("Brightwell said on Tuesday that sales grew 6% last year. Turnover rose 2% to €4.1 billion.", "en", "2025-02-13");
        assertEquals("Brightwell", s.get("6%"), s.toString());
        assertEquals("Brightwell", s.get("€4.1 billion"), s.toString());
        Map<String, String> d = drafted("Brightwell said on Tuesday that sales grew 6% last year. Turnover rose 2% to €4.1 billion.", "en", "2025-02-13");
        assertEquals("revenue-growth", d.get("2%").split(" \\| ")[0], d.toString());
    }

    @Test
    void measuresFromTheFiguresKindUnitAndClassifier() {
        Map<String, String> zh = drafted("该县发生6.1级地震，造成12人遇难、40人受伤。全年报告发病120万例。台风中心附近最大风速为每小时180公里。", "zh", "2025-01-10");
        assertEquals("earthquake-magnitude", zh.get("6.1级").split(" \\| ")[0], zh.toString());
        assertEquals("deaths", zh.get("12人").split(" \\| ")[0], zh.toString());
        assertEquals("injuries", zh.get("40人").split(" \\| ")[0], zh.toString());
        assertEquals("cases", zh.get("120万例").split(" \\| ")[0], zh.toString());
        assertEquals("wind-speed", zh.get("每小时180公里").split(" \\| ")[0], zh.toString());
        // a share of votes is the catalogue's vote share
        Map<String, String> en = drafted("The party won 2.1 million votes, 31% of the vote.", "en", "2024-07-06");
        assertEquals("vote-share", en.get("31%").split(" \\| ")[0], en.toString());
    }

    @Test
    void theYearToAMonthIsTwelveMonths() {
        Map<String, String> d = drafted("Net migration was 500,000 in the year to March 2023 and 300,000 in the year to September.", "en", "2023-11-23");
        assertEquals("2022-04/2023-03", d.get("500,000").split(" \\| ")[1], d.toString());
        assertEquals("2022-10/2023-09", d.get("300,000").split(" \\| ")[1], d.toString());
    }

    @Test
    void clubIncomeRatesFreightHarvestsAndFlightsAreCatalogueMeasures() {
        Map<String, String> en = drafted("Northfield took in €612 million last season as its matchday income rose 8%. The bank kept its cash rate at 3.6%.",
                "en", "2025-01-20");
        assertEquals("revenue", en.get("€612 million").split(" \\| ")[0], en.toString());
        assertEquals("interest-rate", en.get("3.6%").split(" \\| ")[0], en.toString());
        Map<String, String> zh = drafted("该省粮食总产量为120亿斤，单产为每亩420公斤。机场全年运送旅客3500万人次，货邮运输量为52万吨，运输总周转量达80亿吨公里，"
                + "国际客运航班为每周300班。", "zh", "2025-01-09");
        assertEquals("grain-production", zh.get("120亿斤").split(" \\| ")[0], zh.toString());
        assertEquals("crop-yield", zh.get("每亩420公斤").split(" \\| ")[0], zh.toString());
        assertEquals("passengers", zh.get("3500万人次").split(" \\| ")[0], zh.toString());
        assertEquals("freight", zh.get("52万吨").split(" \\| ")[0], zh.toString());
        assertEquals("transport-turnover", zh.get("80亿吨公里").split(" \\| ")[0], zh.toString());
        assertEquals("flights", zh.get("300班").split(" \\| ")[0], zh.toString());
    }

    @Test
    void aCentralBanksStorySpeaksOfItsEconomy() {
        Map<String, String> s = subjects("The Bank of England held its rate at 3.85%. Core inflation eased to 2.7% in the June quarter.",
                "en", "2025-08-12");
        // the rate is the bank's; inflation, carried from the sentence before, is its economy's
        assertEquals("bank-of-england", s.get("3.85%"), s.toString());
        assertEquals("united-kingdom", s.get("2.7%"), s.toString());
        // so is the inflation a bank speaks of
        Map<String, String> said = subjects("The Bank of England said core inflation was 3.1%.", "en", "2025-08-12");
        assertEquals("united-kingdom", said.get("3.1%"), said.toString());
        // another country's bank the same way
        Map<String, String> rba = subjects("The Reserve Bank of Australia held its cash rate at 3.85%. Core inflation eased to 2.7%.", "en", "2025-08-12");
        assertEquals("reserve-bank-of-australia", rba.get("3.85%"), rba.toString());
        assertEquals("australia", rba.get("2.7%"), rba.toString());
    }

    @Test
    void fiscalQuartersMonthWindowsAndAMonthCountedFrom() {
        Map<String, String> fy = drafted("Acme said revenue rose 9% to $5 billion in the second quarter of its 2026 fiscal year. Net income was $1 billion.",
                "en", "2026-01-28");
        assertEquals("revenue | FY2026-Q2", fy.get("$5 billion"), fy.toString());
        assertEquals("net-profit | FY2026-Q2", fy.get("$1 billion"), fy.toString());
        Map<String, String> w = drafted("Unemployment was 5.1% in the three months to March, while pay grew 3.2% in the six months to March 2025. "
                + "The jobless rate was 4.9% in October to December.", "en", "2025-05-13");
        assertEquals("2025-01/2025-03", w.get("5.1%").split(" \\| ")[1], w.toString());
        assertEquals("2024-10/2025-03", w.get("3.2%").split(" \\| ")[1], w.toString());
        assertEquals("unemployment-rate | 2024-10/2024-12", w.get("4.9%"), w.toString());
        // the window is no figure of its own
        assertEquals(List.of("5.1%", "3.2%", "4.9%"), List.copyOf(w.keySet()));
        // a month a percentage is counted from is its base, not its period
        Map<String, String> base = drafted("In December home sales rose 2.2% from November.", "en", "2025-01-24");
        assertEquals("home-sales+growth | 2024-12", base.get("2.2%"), base.toString());
    }

    @Test
    void healthResourcesRailAndAgesOfAMeasureInYears() {
        Map<String, String> d = drafted("全国床位总数达到1017.4万张，一年间新增42.4万张，每千人口床位7.23张。人均预期寿命提高到78.6岁。"
                + "全国铁路旅客发送量43.12亿人次，铁路货运周转量35861.90亿吨公里。", "zh", "2024-08-29");
        assertEquals(List.of("1017.4万张", "42.4万张", "7.23张", "78.6岁", "43.12亿人次", "35861.90亿吨公里"), List.copyOf(d.keySet()));
        assertEquals("hospital-bed-density", d.get("7.23张").split(" \\| ")[0], d.toString());
        // an age measures an age unless its clause names another measure in years
        assertEquals("life-expectancy", d.get("78.6岁").split(" \\| ")[0], d.toString());
        assertEquals("rail-passengers", d.get("43.12亿人次").split(" \\| ")[0], d.toString());
        assertEquals("rail-freight-turnover", d.get("35861.90亿吨公里").split(" \\| ")[0], d.toString());
        assertEquals("age", drafted("她今年39岁。", "zh", "2024-08-29").get("39岁").split(" \\| ")[0]);
        // 现年 names whose age it is, though 的 follows (22岁的年轻人 alone describes people of an age)
        assertEquals("age", drafted("现年27岁的选手再次夺冠。", "zh", "2024-08-29").get("27岁").split(" \\| ")[0]);
    }

    @Test
    void agesAfterAMeasureInYearsGoOnMeasuringIt() {
        Map<String, String> d = drafted("該國平均壽命為79.5歲，比上年增加0.3歲；男性76.1歲、女性83.0歲。各縣市中以甲市82.2歲最高。", "zh", "2025-08-01");
        for (String f : List.of("79.5歲", "0.3歲", "76.1歲", "83.0歲", "82.2歲")) assertEquals("life-expectancy", d.get(f).split("[ +]")[0], d.toString());
        // with no such measure before, or written as an age, a figure in years is still an age
        assertEquals("age", drafted("該鎮鎮長今年61歲。", "zh", "2025-08-01").get("61歲").split(" \\| ")[0]);
        Map<String, String> en = drafted("Life expectancy rose to 81.2 years. The 32-year-old mayor said so.", "en", "2025-08-01");
        assertEquals("age", en.get("32-year-old").split(" \\| ")[0], en.toString());
    }

    @Test
    void aChineseSpanOfMonthsNamesItsMonths() {
        Map<String, String> d = drafted("2021年10月至12月开展的调查覆盖3200所学校，调查发现近视率为48.5%。", "zh", "2023-05-01");
        assertEquals("2021-10/2021-12", d.get("3200所").split(" \\| ")[1], d.toString());
        assertEquals("2021-10/2021-12", d.get("48.5%").split(" \\| ")[1], d.toString());
        Map<String, String> across = drafted("2022年11月到2023年2月，全省供暖用煤420万吨。", "zh", "2023-05-01");
        assertEquals("2022-11/2023-02", across.get("420万吨").split(" \\| ")[1], across.toString());
    }

    @Test
    void catalogueMeasuresForBordersBodiesEyesightShipsAndDamage() {
        Map<String, String> d = drafted("2023年全省查验出入境人员2.5亿人次，入境外国人1200万人次，签发普通护照300万本。", "zh", "2024-01-20");
        assertEquals("border-crossings", d.get("2.5亿人次").split(" \\| ")[0], d.toString());
        assertEquals("foreign-arrivals", d.get("1200万人次").split(" \\| ")[0], d.toString());
        assertEquals("passports-issued", d.get("300万").split(" \\| ")[0], d.toString());
        Map<String, String> body = drafted("调查显示，成年男性平均身高为170.1厘米，平均体重为70.2千克，超重率为33.0%，学生近视率为52.7%。", "zh", "2024-01-20");
        assertEquals("average-height", body.get("170.1厘米").split(" \\| ")[0], body.toString());
        assertEquals("average-body-weight", body.get("70.2千克").split(" \\| ")[0], body.toString());
        assertEquals("overweight-rate", body.get("33.0%").split(" \\| ")[0], body.toString());
        assertEquals("myopia-rate", body.get("52.7%").split(" \\| ")[0], body.toString());
        Map<String, String> ships = drafted("2024年全国造船完工量4818万载重吨，新接订单量11305万载重吨，手持订单量20872万载重吨。", "zh", "2025-01-20");
        assertEquals("shipbuilding-completions", ships.get("4818万载重吨").split(" \\| ")[0], ships.toString());
        assertEquals("new-ship-orders", ships.get("11305万载重吨").split(" \\| ")[0], ships.toString());
        assertEquals("shipbuilding-order-book", ships.get("20872万载重吨").split(" \\| ")[0], ships.toString());
        Map<String, String> storm = drafted("The storm caused $12.3 billion in damage in 2024.", "en", "2025-01-20");
        assertEquals("disaster-losses", storm.get("$12.3 billion").split(" \\| ")[0], storm.toString());
    }

    @Test
    void aLevelChangedFromLastYearsPerUnitPriceIsLastYears() {
        Map<String, String> d = drafted("2024年公司销量增长两成，但产品平均售价由上年的每吨5200元降至4800元。", "zh", "2025-03-15");
        assertEquals("2023", d.get("5200元").split(" \\| ")[1], d.toString());
        assertEquals("2024", d.get("4800元").split(" \\| ")[1], d.toString());
    }

    @Test
    void catalogueMeasuresForEarningsCashPowerCutsFlightsCandidatesSurgeAndPurses() {
        Map<String, String> firm = drafted("Acme said its EBITDA rose to $3.4 billion in 2024.", "en", "2025-02-06");
        assertEquals("ebitda", firm.get("$3.4 billion").split(" \\| ")[0], firm.toString());
        Map<String, String> cash = drafted("该公司2024年经营活动产生的现金流量净额为312.5亿元。", "zh", "2025-03-15");
        assertEquals("operating-cash-flow", cash.get("312.5亿元").split(" \\| ")[0], cash.toString());
        Map<String, String> storm = drafted("The gale left 310,000 customers without power, and airlines reported 640 flights cancelled.", "en", "2025-01-25");
        assertEquals("customers-without-power", storm.get("310,000").split(" \\| ")[0], storm.toString());
        assertEquals("flight-cancellations", storm.get("640").split(" \\| ")[0], storm.toString());
        Map<String, String> exam = drafted("今年報考人數為48210人。", "zh", "2025-07-15");
        assertEquals("exam-candidates", exam.get("48210人").split(" \\| ")[0], exam.toString());
        Map<String, String> surge = drafted("The hurricane pushed a storm surge of 12 feet onto the coast in 2024.", "en", "2025-03-20");
        assertEquals("storm-surge", surge.get("12 feet").split(" \\| ")[0], surge.toString());
        Map<String, String> purse = drafted("The tournament's purse rose to $18 million in 2025.", "en", "2025-04-14");
        assertEquals("prize-money", purse.get("$18 million").split(" \\| ")[0], purse.toString());
    }

    @Test
    void catalogueMeasuresForFuturesPricesTestScoresAndSevereCases() {
        Map<String, String> futures = drafted("Cotton futures settled at $0.72 a pound on Friday.", "en", "2025-03-08");
        assertEquals("futures-price", futures.get("$0.72").split(" \\| ")[0], futures.toString());
        Map<String, String> score = drafted("The average reading score of eighth-graders was 257 in 2024.", "en", "2025-01-29");
        assertEquals("test-score", score.get("257").split(" \\| ")[0], score.toString());
        Map<String, String> severe = drafted("本季累計流感併發重症病例412例。", "zh", "2026-01-27");
        assertEquals("severe-cases", severe.get("412例").split(" \\| ")[0], severe.toString());
    }

    @Test
    void initialsBeforeAFirmsNameArePartOfItAndTheHyphenatedLastWordStandsForIt() {
        Map<String, String> s = subjects("Freight results\n\nA.B. Kessler-Lund reported revenue of $5.5 billion for 2024. "
                + "Earlier in the week, Lund said profit rose to $1.1 billion.", "en", "2025-02-06");
        assertEquals("A.B. Kessler-Lund", s.get("$5.5 billion"), s.toString());
        assertEquals("A.B. Kessler-Lund", s.get("$1.1 billion"), s.toString());
        Map<String, String> us = subjects("Jobs in the U.S. Steel output fell to 80 million tonnes in 2024.", "en", "2025-02-06");
        assertEquals("united-states", us.get("80 million tonnes"), us.toString());
    }

    @Test
    void catalogueNamesForNewDiagnosesHomePricesRentIndicesAndAverageCrowds() {
        Map<String, String> tb = drafted("About 3.1 million people were newly diagnosed with malaria in 2023.", "en", "2024-10-29");
        assertEquals("cases", tb.get("3.1 million").split(" \\| ")[0], tb.toString());
        Map<String, String> homes = drafted("2022年全年，該市樓價累計下跌9.4%，住宅租金指數下跌約2.1%。", "zh", "2023-01-27");
        assertEquals("house-prices+growth", homes.get("9.4%").split(" \\| ")[0], homes.toString());
        assertEquals("rents+growth", homes.get("2.1%").split(" \\| ")[0], homes.toString());
        Map<String, String> crowds = drafted("联赛第二轮场均观众为9852人。", "zh", "2025-06-03");
        assertEquals("attendance", crowds.get("9852人").split(" \\| ")[0], crowds.toString());
    }

    @Test
    void chiayiCountyIsNotChiayiCity() {
        Map<String, String> s = subjects("今年本土病例中，嘉義縣有12例，嘉義市有7例。", "zh", "2024-03-06");
        assertEquals("chiayi-county", s.get("12例"), s.toString());
        assertEquals("chiayi", s.get("7例"), s.toString());
    }

    @Test
    void thisYearUpToADayIsTheYearsRunningTotal() {
        Map<String, String> d = drafted("今年截至4月8日，全省累計確診312例，其中某市205例。", "zh", "2024-04-09");
        assertEquals("2024-01-01/2024-04-08", d.get("312例").split(" \\| ")[1], d.toString());
        assertEquals("2024-01-01/2024-04-08", d.get("205例").split(" \\| ")[1], d.toString());
        // a stock at a day, with no 今年 before it, stands at that day
        Map<String, String> stock = drafted("截至2024年4月8日，全省共有醫院312家。", "zh", "2024-04-09");
        assertEquals("2024-04-08", stock.get("312家").split(" \\| ")[1], stock.toString());
    }

    @Test
    void anAssociationThatReportsFiguresIsNoSubject() {
        Map<String, String> s = subjects("Americans bought 4.06 million homes in 2024, the National Association of Realtors said.", "en", "2025-01-24");
        assertEquals("-", s.get("4.06 million"), s.toString());
    }

    @Test
    void moneyASharePartsTheMeasureBefore() {
        Map<String, String> d = drafted("Net income climbed 10% to $24.1 billion, or $3.23 a share. The board raised its dividends to $0.83 per share. "
                + "The shares closed at $410.", "en", "2025-01-29");
        assertEquals("net-profit", d.get("$24.1 billion").split(" \\| ")[0], d.toString());
        assertEquals("earnings-per-share", d.get("$3.23").split(" \\| ")[0], d.toString());
        assertEquals("dividend-per-share", d.get("$0.83").split(" \\| ")[0], d.toString());
        assertEquals("share-price", d.get("$410").split(" \\| ")[0], d.toString());
    }

    @Test
    void figuresGivenRespectivelyBelongToTheNamesInTurn() {
        Map<String, String> zh = subjects("菲律賓旅客接近120萬人次，印尼及馬來西亞旅客分別增加43%及50%。", "zh", "2025-01-15");
        assertEquals("indonesia", zh.get("43%"), zh.toString());
        assertEquals("malaysia", zh.get("50%"), zh.toString());
        Map<String, String> en = subjects("Visitors from Indonesia and Malaysia rose 43% and 50% respectively, while Japan saw 10%.", "en", "2025-01-15");
        assertEquals("indonesia", en.get("43%"), en.toString());
        assertEquals("malaysia", en.get("50%"), en.toString());
        assertEquals("japan", en.get("10%"), en.toString());
    }

    @Test
    void changesGivenRespectivelyAreOfTheFiguresBeforeInTurn() {
        Map<String, String> d = drafted("2024年全国快递业务量完成1745亿件，快递业务收入1.4万亿元，同比分别增长21%和13%。", "zh", "2025-01-17");
        assertEquals("parcel-volume+growth | 2024", d.get("21%"), d.toString());
        assertEquals("revenue-growth | 2024", d.get("13%"), d.toString());
    }

    @Test
    void aRatePerPeopleIsALevelWhateverMovedIt() {
        Map<String, String> zh = drafted("2023年孕产妇死亡率降至15.1/10万，婴儿死亡率降至4.5‰。", "zh", "2024-08-29");
        assertEquals("maternal-mortality | 2023", zh.get("15.1/10万"), zh.toString());
        assertEquals("infant-mortality | 2023", zh.get("4.5‰"), zh.toString());
        Map<String, String> en = drafted("In 2023 the infant mortality rate fell 3%, to 5.6 per 1,000.", "en", "2024-12-20");
        assertEquals("infant-mortality+growth | 2023", en.get("3%"), en.toString());
        assertEquals("infant-mortality | 2023", en.get("5.6 per 1,000"), en.toString());
    }

    @Test
    void theMonthsOfAWholeYearAreTheYearAndAirQualityMeasures() {
        Map<String, String> d = drafted("2023年1—12月，全省细颗粒物（PM2.5）平均浓度为31.5微克/立方米，比上年下降4.2%；优良天数比例为82.6%。",
                "zh", "2024-02-01");
        assertEquals("pm25-concentration | 2023", d.get("31.5微克/立方米"), d.toString());
        assertEquals("pm25-concentration+growth | 2023", d.get("4.2%"), d.toString());
        assertEquals("good-air-days-share | 2023", d.get("82.6%"), d.toString());
    }

    @Test
    void nationalWordsInATraditionalTextCallingChinaMainlandAreTaiwan() {
        Map<String, String> tw = subjects("央行公布，我國外匯存底為5,512億美元，中國大陸則為3兆1,000億美元。", "zh", "2025-02-05");
        assertEquals("taiwan", tw.get("5,512億美元"), tw.toString());
        assertEquals("china", tw.get("3兆1,000億美元"), tw.toString());
        Map<String, String> cn = subjects("我国外汇储备为32000亿美元。", "zh", "2025-02-05");
        assertEquals("china", cn.get("32000亿美元"), cn.toString());
    }

    @Test
    void verbsBeforeAFigureNameTheMeasuresOfAFireAndOfMakers() {
        Map<String, String> d = drafted("In 2024 the Ridge fire burned 5,200 acres. It destroyed 310 homes. The blaze killed 4 people. "
                + "Makers shipped 62 million tablets in 2024, and their shipments rose 3% in the fourth quarter.", "en", "2025-01-20");
        assertEquals("area-burned | 2024", d.get("5,200 acres"), d.toString());
        assertEquals("structures-destroyed | 2024", d.get("310"), d.toString());
        assertEquals("deaths | 2024", d.get("4"), d.toString());
        assertEquals("shipments | 2024", d.get("62 million"), d.toString());
        assertEquals("shipments+growth | 2024-Q4", d.get("3%"), d.toString());
    }

    @Test
    void aOneWordNameWithItsFiguresInBracketsIsTheirSubject() {
        Map<String, String> en = subjects("Vantel led the market in 2024. Korvix (41.2 million, 9.1%) and Pellar (38.5 million, 8.4%) followed.",
                "en", "2025-01-20");
        assertEquals("Korvix", en.get("41.2 million"), en.toString());
        assertEquals("Korvix", en.get("9.1%"), en.toString());
        assertEquals("Pellar", en.get("38.5 million"), en.toString());
    }

    @Test
    void measuresOfCrimeAndOfDomesticTourism() {
        Map<String, String> d = drafted("该市2024年劫案有120宗，爆窃案430宗，诈骗案2,300宗，破案率为41.5%，被捕人数为3,200人。", "zh", "2025-02-01");
        assertEquals("robberies | 2024", d.get("120宗"), d.toString());
        assertEquals("burglaries | 2024", d.get("430宗"), d.toString());
        assertEquals("fraud-cases | 2024", d.get("2,300宗"), d.toString());
        assertEquals("clearance-rate | 2024", d.get("41.5%"), d.toString());
        assertEquals("arrests | 2024", d.get("3,200人"), d.toString());
        Map<String, String> t = drafted("2024年，全省出游人次为3.2亿，游客出游总花费为2100亿元。", "zh", "2025-02-01");
        assertEquals("domestic-trips | 2024", t.get("3.2亿"), t.toString());
        assertEquals("tourism-revenue | 2024", t.get("2100亿元"), t.toString());
    }

    @Test
    void aWordOpenedBy按IsNoName() {
        Map<String, String> s = subjects("按城乡划分，城镇居民出游2.4亿人次。", "zh", "2025-02-01");
        assertFalse("按城乡".equals(s.get("2.4亿人次")), s.toString());
    }

    @Test
    void aPlaceAfter对AndBeforeExportsIsATradingPartnerNotTheSubject() {
        Map<String, String> s = subjects("2024年越南出口4050亿美元，其中对美国出口1190亿美元，对日本出口250亿美元。", "zh", "2025-01-10");
        assertEquals("vietnam", s.get("4050亿美元"), s.toString());
        assertFalse("united-states".equals(s.get("1190亿美元")), s.toString());
        assertFalse("japan".equals(s.get("250亿美元")), s.toString());
    }

    @Test
    void aRecordsStartAndTheClimateNormalAreNoPeriods() {
        Map<String, String> d = drafted("""
                某省气温创1961年以来新高

                2023年全省平均气温16.2℃，较常年偏高0.9℃，为1961年以来最高。
                全省年降水量1180毫米。
                """, "zh", "2024-01-15");
        assertEquals("2023", d.get("16.2℃").split(" \\| ")[1], d.toString());
        assertEquals("2023", d.get("0.9℃").split(" \\| ")[1], d.toString());
        // the year a record starts from is not what the text is about
        assertEquals("2023", d.get("1180毫米").split(" \\| ")[1], d.toString());
    }

    @Test
    void seasonsAreTheirThreeMonths() {
        Map<String, String> zh = drafted("""
                某市冬季偏暖

                2023年冬季，某市平均气温-3.2℃。
                全市降水量42毫米。
                """, "zh", "2024-03-05");
        assertEquals("2023-12/2024-02", zh.get("-3.2℃").split(" \\| ")[1], zh.toString());
        // a season named in the lead is what the figures after it cover
        assertEquals("2023-12/2024-02", zh.get("42毫米").split(" \\| ")[1], zh.toString());
        assertEquals("2025-03/2025-05", drafted("今春，某省降水量310毫米。", "zh", "2025-06-01").get("310毫米").split(" \\| ")[1]);
        // a month named with a season is the more precise
        assertEquals("2024-01", drafted("单看1月，冬季消费有所回暖：全省零售额为520亿元。", "zh", "2024-02-10").get("520亿元").split(" \\| ")[1]);
        Map<String, String> en = drafted("Rainfall in the summer of 2023 reached 310 mm across the region. Last winter brought 95 mm.", "en", "2024-04-02");
        assertEquals("2023-06/2023-08", en.get("310 mm").split(" \\| ")[1], en.toString());
        assertEquals("2023-12/2024-02", en.get("95 mm").split(" \\| ")[1], en.toString());
    }

    @Test
    void noiseAloneNamesTheNoiseLevel() {
        Map<String, String> en = drafted("The site recorded noise of 85 dB in 2024.", "en", "2025-01-01");
        assertEquals("noise-level | 2024", en.get("85 dB"), en.toString());
        Map<String, String> zh = drafted("2024年工地噪音85分贝。", "zh", "2025-01-01");
        assertEquals("noise-level | 2024", zh.get("85分贝"), zh.toString());
        assertEquals("noise-level", org.claimgraph.ClaimGraph.shippedVocabulary().metricId("noise").orElse(null));
    }

    @Test
    void aSeasonIsReadAsTheClaimReaderReadsIt() {
        // against 20 November 2025 (vocab.Periods): last summer is the one just ended, this winter the one to come
        Map<String, String> en = drafted("Sales reached $5 billion last summer. Sales may reach $6 billion this winter. Revenue was $7 billion last fall. "
                + "Its last fall in prices was 3%.", "en", "2025-11-20");
        assertEquals("2025-06/2025-08", en.get("$5 billion").split(" \\| ")[1], en.toString());
        assertEquals("2025-12/2026-02", en.get("$6 billion").split(" \\| ")[1], en.toString());
        assertEquals("2024-09/2024-11", en.get("$7 billion").split(" \\| ")[1], en.toString());
        Map<String, String> zh = drafted("该公司2024年秋营收50亿元。今夏利润8亿元。2024年春节销售额90亿元。", "zh", "2025-11-20");
        assertEquals("2024-09/2024-11", zh.get("50亿元").split(" \\| ")[1], zh.toString());
        assertEquals("2025-06/2025-08", zh.get("8亿元").split(" \\| ")[1], zh.toString());
        assertEquals("2024", zh.get("90亿元").split(" \\| ")[1], zh.toString());
    }

    @Test
    void seasonsAreReadAsClaimDocumentsReadThem() {
        // two years, before they can be read as a fiscal year; fall with its year; a southern place's winter is June to August
        Map<String, String> en = drafted("In winter 2023-24 rainfall in England was 450 mm. In fall 2023 Canada's exports rose 3%. "
                + "In winter 2024 rainfall in Australia was 95 mm.", "en", "2025-01-10");
        assertEquals(List.of("2023-12/2024-02", "2023-09/2023-11", "2024-06/2024-08"),
                List.of(en.get("450 mm").split(" \\| ")[1], en.get("3%").split(" \\| ")[1], en.get("95 mm").split(" \\| ")[1]), en.toString());
        assertEquals("2023-12/2024-02", drafted("2023-24年冬季，某市降水量为45毫米。", "zh", "2024-03-05").get("45毫米").split(" \\| ")[1]);
        // a season with its year is named in the sentence, no guess; one across new year written with one year is
        JsonNode d = EXTRACTOR.extract("In summer 2024 the average temperature in Britain was 15.2C. In summer 2024 rainfall in Australia was 210 mm.",
                "en", LocalDate.parse("2025-01-10"));
        JsonNode north = d.path("claims").get(0), south = d.path("claims").get(1);
        assertEquals(List.of("2024-06/2024-08", "[\"statement\"]", "2024-12/2025-02", "[\"statement\",\"period\"]"),
                List.of(north.path("period").asText(), north.path("todo").toString(), south.path("period").asText(), south.path("todo").toString()), d.toString());
    }

    @Test
    void aYearBeforeFallAndEachSeasonOfASentenceAreReadAsTheClaimReaderReadsThem() {
        // 2024 fall as the claim reader reads it (not its noun: the 2008 fall in prices)
        Map<String, String> en = drafted("In the 2024 fall term, enrolment rose 4% to 12,400 students. The 2008 fall in prices was 9%.", "en", "2024-12-01");
        assertEquals("2024-09/2024-11", en.get("12,400").split(" \\| ")[1], en.toString());
        assertEquals("2008", en.get("9%").split(" \\| ")[1], en.toString());
        // a second season in a Chinese sentence is the period of the figures after it
        Map<String, String> zh = drafted("2024年春季游客120万人次，秋季游客150万人次。", "zh", "2025-04-20");
        assertEquals(List.of("2024-03/2024-05", "2024-09/2024-11"),
                List.of(zh.get("120万人次").split(" \\| ")[1], zh.get("150万人次").split(" \\| ")[1]), zh.toString());
    }

    @Test
    void aYearStillToComeIsNotTheTextsYear() {
        Map<String, String> en = drafted("Nurses' deal agreed\n\nAverage pay for the nurses is $61,200.\nThe agreement runs out in 2029.", "en", "2025-03-01");
        assertEquals("2025", en.get("$61,200").split(" \\| ")[1], en.toString());
        Map<String, String> zh = drafted("某医院护士平均工资为9.8万元。\n新协议2029年到期。", "zh", "2025-03-01");
        assertEquals("2025", zh.get("9.8万元").split(" \\| ")[1], zh.toString());
    }

    @Test
    void aSeasonSpanningTwoYearsIsTheTextsYear() {
        Map<String, String> en = drafted("League clubs earn more\n\nRevenue reached £4.1bn in the 2022/23 season.\nWages rose 7% to £2.9bn.", "en", "2024-06-10");
        assertEquals("FY2022/23", en.get("£2.9bn").split(" \\| ")[1], en.toString());
        Map<String, String> zh = drafted("2023/24赛季，联赛收入为52亿元。\n球员工资总额为31亿元。", "zh", "2025-05-10");
        assertEquals("FY2023/24", zh.get("31亿元").split(" \\| ")[1], zh.toString());
    }

    @Test
    void aFigureWithAYearOfItsOwnPassesItToNoneAfterIt() {
        Map<String, String> d = drafted("2022年全国卫生总费用为8.5万亿元。个人支出占比比2012年的34.3%低了5.1个百分点，但总额达到1.9万亿元。", "zh", "2023-08-01");
        assertEquals("2012", d.get("34.3%").split(" \\| ")[1], d.toString());
        assertEquals("2022", d.get("1.9万亿元").split(" \\| ")[1], d.toString());
    }

    @Test
    void portCargoContainersInTeuTotalHealthSpendingAndUniversityAcceptances() {
        Map<String, String> zh = drafted("2023年某港货物吞吐量为6.2亿吨，集装箱吞吐量为2100万标箱。2022年全国卫生总费用为8.5万亿元，高校录取人数为1000万人。", "zh", "2024-03-01");
        assertEquals("port-cargo-throughput | 2023", zh.get("6.2亿吨"), zh.toString());
        // TEU is no currency code: a count of containers
        assertEquals("container-throughput | 2023", zh.get("2100万标箱"), zh.toString());
        assertEquals("total-health-spending | 2022", zh.get("8.5万亿元"), zh.toString());
        assertEquals("university-acceptances | 2022", zh.get("1000万人"), zh.toString());
        Map<String, String> en = drafted("In 2023 the port's cargo throughput reached 95 million tonnes and its container throughput 4.1 million TEU. "
                + "Total health expenditure was $4.5 trillion. University acceptances rose to 412,000.", "en", "2024-03-01");
        assertEquals("port-cargo-throughput | 2023", en.get("95 million tonnes"), en.toString());
        assertEquals("container-throughput | 2023", en.get("4.1 million TEU"), en.toString());
        assertEquals("total-health-spending | 2023", en.get("$4.5 trillion"), en.toString());
        assertEquals("university-acceptances | 2023", en.get("412,000"), en.toString());
    }

    @Test
    void aPartAfterASemicolonIsAboutItsOwnName() {
        Map<String, String> zh = subjects("2024年，广州港口货物吞吐量6.5亿吨，增长2%；天津港口货物吞吐量5.6亿吨，增长1.5%。", "zh", "2025-03-01");
        assertEquals("guangzhou", zh.get("2%"), zh.toString());
        assertEquals("tianjin", zh.get("1.5%"), zh.toString());
        Map<String, String> en = subjects("In 2024 exports from Ontario rose 4%, and imports grew 3%; in Quebec exports rose 2%, up from 1.5%.", "en", "2025-03-01");
        assertEquals("ontario", en.get("3%"), en.toString());
        assertEquals("quebec", en.get("1.5%"), en.toString());
    }

    @Test
    void aNewParagraphNamingNobodyGoesBackToWhatTheTextIsAbout() {
        Map<String, String> en = subjects("Canada's exports grew 5% in 2024.\nIn Ontario, exports rose 4%.\nImports fell 2%.", "en", "2025-03-01");
        assertEquals("ontario", en.get("4%"), en.toString());
        assertEquals("canada", en.get("2%"), en.toString());
        Map<String, String> zh = subjects("2024年中国出口增长5%。\n广东出口增长4%。\n进口下降2%。", "zh", "2025-03-01");
        assertEquals("guangdong", zh.get("4%"), zh.toString());
        assertEquals("china", zh.get("2%"), zh.toString());
    }

    @Test
    void aFiscalQuarterNamedBesideItsCalendarMonthsIsTheCompanysOwn() {
        Map<String, String> d = drafted("Acme's sales rose 4% to $10 billion in the three months to January, the last quarter of its 2025 "
                + "fiscal year. Its online arm grew 20% to $2 billion.", "en", "2025-02-20");
        // the company's quarter, not the calendar months 2024-11/2025-01, and the lead's quarter for the sentence after it
        assertEquals("FY2025-Q4", d.get("$10 billion").split(" \\| ")[1], d.toString());
        assertEquals("FY2025-Q4", d.get("$2 billion").split(" \\| ")[1], d.toString());
        Map<String, String> q2 = drafted("Acme's sales rose 4% to $10 billion in the three months to December, the second quarter of its "
                + "2025 fiscal year.", "en", "2025-01-29");
        assertEquals("FY2025-Q2", q2.get("$10 billion").split(" \\| ")[1], q2.toString());
    }

    @Test
    void theftsShootingsAndMajorCrimesAreMeasuresOfTheirOwn() {
        Map<String, String> en = drafted("In October the city's major crimes fell 6.1% to 10,420. Grand larcenies dropped 8.4% to 4,070, and there "
                + "were 81 shooting incidents.", "en", "2024-11-07");
        assertEquals("recorded-crime | 2024-10", en.get("10,420"), en.toString());
        assertEquals("thefts | 2024-10", en.get("4,070"), en.toString());
        assertEquals("shootings | 2024-10", en.get("81"), en.toString());
        Map<String, String> zh = drafted("2024年该市盗窃案为3406宗，枪击案为12宗。", "zh", "2025-01-10");
        assertEquals("thefts | 2024", zh.get("3406宗"), zh.toString());
        assertEquals("shootings | 2024", zh.get("12宗"), zh.toString());
    }

    @Test
    void theYearOfAMultipleIsWhatItIsAMultipleOfNotTheTextsYear() {
        Map<String, String> d = drafted("Turnout reached 82.5% in the election. The party took 20.8%, twice its share of 2021, and won 152 seats.", "en", "2025-02-24");
        assertEquals("2025", d.get("20.8%").split(" \\| ")[1], d.toString());
        assertEquals("2025", d.get("152").split(" \\| ")[1], d.toString());
        assertEquals("2025", d.get("82.5%").split(" \\| ")[1], d.toString());
        assertEquals("2025", d.get("twice").split(" \\| ")[1], d.toString());
    }

    @Test
    void aWordThatOpensSentencesAndIsNeverWrittenSmallIsAName() {
        // a one-word company the gazetteer lacks, named only where its sentences open, and its divisions after it
        Map<String, String> en = subjects("Brindlecorp lifts its dividend\n\nBrindlecorp said revenue rose 4% to $9 billion in 2024. "
                + "At home, Brindlecorp Retail grew 5% to $6 billion.\nBrindlecorp expects revenue to reach $10 billion in 2025.", "en", "2025-02-20");
        assertEquals("Brindlecorp", en.get("$9 billion"), en.toString());
        assertEquals("Brindlecorp Retail", en.get("$6 billion"), en.toString());
        // the word a longer name starts with is its owner, not that name
        assertEquals("Brindlecorp", en.get("$10 billion"), en.toString());
        // a word of a measure that opens sentences names no one
        Map<String, String> none = subjects("Revenue rose 4% to $9 billion in 2024.\nRevenue from services grew 5% to $2 billion.", "en", "2025-02-20");
        assertEquals("-", none.get("$9 billion"), none.toString());
    }

    @Test
    void theYearOfAForecastIsNotTheTextsYear() {
        // the year a forecast is for (published in it) gives way to the year the figures report; the last three months of a year are its fourth quarter
        Map<String, String> d = drafted("Acme raises its 2025 forecast\n\nAcme's revenue grew 16% to $10 billion in the last three months of 2024. "
                + "Operating income for the quarter rose 52% to $2 billion. Acme expects revenue of $44 billion in 2025, and its shares rose 13%.", "en", "2025-01-21");
        assertEquals("revenue | 2024-Q4", d.get("$10 billion"), d.toString());
        assertEquals("2024-Q4", d.get("$2 billion").split(" \\| ")[1], d.toString());
        assertEquals("revenue | 2025", d.get("$44 billion"), d.toString());
        // a text about a forecast alone keeps the forecast's year
        Map<String, String> f = drafted("The ministry expects exports to grow 3% to $800 billion in 2026.", "en", "2025-12-01");
        assertEquals("2026", f.get("$800 billion").split(" \\| ")[1], f.toString());
    }

    @Test
    void waterLevelsReservoirStorageAndDroughtAreasAreMeasures() {
        Map<String, String> en = drafted("In 2023 the water level of the lake fell to 80 feet.", "en", "2024-10-25");
        assertEquals("water-level | 2023", en.get("80 feet"), en.toString());
        Map<String, String> tw = drafted("2021年該水庫有效蓄水量6,700萬立方公尺，蓄水率33.9%。", "zh", "2021-04-07");
        assertEquals("reservoir-storage | 2021", tw.get("6,700萬立方公尺"), tw.toString());
        assertEquals("reservoir-storage-rate | 2021", tw.get("33.9%"), tw.toString());
        Map<String, String> cn = drafted("2022年该流域耕地受旱面积6632万亩，湖泊水位只有11.99米。", "zh", "2022-08-30");
        assertEquals("drought-area | 2022", cn.get("6632万亩"), cn.toString());
        assertEquals("water-level | 2022", cn.get("11.99米"), cn.toString());
    }

    @Test
    void aChineseReservoirIsANameAndARegionWordIsNone() {
        // a name the gazetteer lacks in the figure's clause comes before the gazetteer's place elsewhere in the sentence
        Map<String, String> zh = subjects("廣州自6日起限水，水利署公布，青山水庫有效蓄水量3,000萬立方公尺，蓄水率12.5%。", "zh", "2021-04-07");
        assertEquals("青山水庫", zh.get("3,000萬立方公尺"), zh.toString());
        assertEquals("青山水庫", zh.get("12.5%"), zh.toString());
        // 跨区域: 区 followed by 域 ends no name of a district
        Map<String, String> cn = subjects("2025年全国跨区域人员流动量达到90亿人次。", "zh", "2025-02-23");
        assertEquals("china", cn.get("90亿人次"), cn.toString());
    }

    @Test
    void theYearToDateRunsFromJanuaryToTheMonthTheTextIsAbout() {
        Map<String, String> en = drafted("Burglaries fell 4% to 900 in May 2023. There were 5,200 burglaries in the year to date, and since January "
                + "the city has recorded 61 murders.", "en", "2023-06-05");
        assertEquals("2023-01/2023-05", en.get("5,200").split(" \\| ")[1], en.toString());
        assertEquals("2023-01/2023-05", en.get("61").split(" \\| ")[1], en.toString());
        // no month named: up to the month of publication
        Map<String, String> zh = drafted("2023年该市今年以来共发生盗窃案3406宗。", "zh", "2023-09-20");
        assertEquals("thefts | 2023-01/2023-09", zh.get("3406宗"), zh.toString());
    }

    @Test
    void aSpanOfTimeAfterAMeasureOfTimeIsAClaim() {
        JsonNode d = EXTRACTOR.extract("該科的輪候時間中位數由11星期增至14星期，最長輪候205周。", "zh", LocalDate.parse("2022-10-31"));
        Map<String, String> m = new LinkedHashMap<>();
        for (JsonNode c : d.path("claims")) m.put(d.path("quantities").get(c.path("quantity").asInt()).path("text").asText(), c.path("metric").asText("-"));
        assertEquals("waiting-time", m.get("14星期"), d.toString());
        assertEquals("waiting-time", m.get("205周"), d.toString());
        // a span of time that names no measure of time stays no claim
        JsonNode w = EXTRACTOR.extract("The strike lasted 53 days in 2024.", "en", LocalDate.parse("2024-11-05"));
        assertEquals(0, w.path("claims").size(), w.toString());
    }

    @Test
    void aFiscalYearThatEndedInAMonthIsTheYearItEndedIn() {
        Map<String, String> en = drafted("City closes its books\n\nThe city collected $2.1 billion in the fiscal year that ended in June, "
                + "and spent $2.3 billion. In the fiscal year that ended on September 30, 2022, it collected $1.9 billion.", "en", "2024-08-20");
        assertEquals("FY2024", en.get("$2.1 billion").split(" \\| ")[1], en.toString());
        assertEquals("FY2024", en.get("$2.3 billion").split(" \\| ")[1], en.toString());
        assertEquals("FY2022", en.get("$1.9 billion").split(" \\| ")[1], en.toString());
        // published before the month ends: the year before's
        assertEquals("FY2023", drafted("The city collected $2.1 billion in the fiscal year that ended in September.", "en", "2024-08-20")
                .get("$2.1 billion").split(" \\| ")[1]);
        Map<String, String> zh = drafted("该市截至6月底的财年收入为210亿元。", "zh", "2024-08-20");
        assertEquals("FY2024", zh.get("210亿元").split(" \\| ")[1], zh.toString());
    }

    @Test
    void livestockOnHandAndSlaughteredAndMigrantWorkersAreMeasures() {
        Map<String, String> d = drafted("某省统计局公布，2023年全省生猪出栏3120.5万头，家禽出栏21.4亿只。年末全省生猪存栏1980.2万头，比一季度末增加12.4%，"
                + "比3000万头的正常保有量低。全年农民工总量为2650万人，其中外出农民工1410万人。", "zh", "2024-01-30");
        assertEquals("livestock-slaughtered | 2023", d.get("3120.5万头"), d.toString());
        assertEquals("livestock-slaughtered | 2023", d.get("21.4亿只"), d.toString());
        // the measure named right before the figure, not a stock of vehicles named later in the sentence
        assertEquals("livestock-inventory", d.get("1980.2万头").split(" \\| ")[0], d.toString());
        // 比一季度末: the base of the change, not its period
        assertFalse(d.get("12.4%").endsWith("2023-Q1"), d.toString());
        assertEquals("migrant-workers | 2023", d.get("2650万人"), d.toString());
        assertEquals("migrant-workers | 2023", d.get("1410万人"), d.toString());
        // 年末 opens no name: 末全省 is no subject
        JsonNode x = EXTRACTOR.extract("年末全省生猪存栏1980.2万头。", "zh", LocalDate.parse("2024-01-30"));
        for (JsonNode c : x.path("claims")) assertFalse(c.path("subject").asText().contains("末"), x.toString());
        Map<String, String> t = drafted("去年全台受僱員工平均總薪資為70.1萬元，總薪資中位數為52.3萬元。", "zh", "2025-02-01");
        assertEquals("average-earnings | 2024", t.get("70.1萬元"), t.toString());
        assertEquals("median-earnings | 2024", t.get("52.3萬元"), t.toString());
    }

    @Test
    void theShareOfSomethingIsNoSharePrice() {
        Map<String, String> d = drafted("The share of adults who smoke fell to 11.9% in 2023. Acme's shares rose 4% on the day.", "en", "2024-03-01");
        assertFalse(d.get("11.9%").startsWith("share-price"), d.toString());
        assertEquals("share-price+growth", d.get("4%").split(" \\| ")[0], d.toString());
    }

    @Test
    void allOfTaiwanIsTaiwanAndABodyAfterItInTheClauseIsNearer() {
        Map<String, String> t = subjects("主計總處公布，全台受僱員工平均總薪資為70.1萬元。", "zh", "2025-02-01");
        assertEquals("taiwan", t.get("70.1萬元"), t.toString());
        // 全台容量最大的青山水庫: the reservoir named after Taiwan in the figure's clause is the subject
        Map<String, String> r = subjects("全臺容量最大的青山水庫有效蓄水量3,000萬立方公尺，蓄水率12.5%。", "zh", "2021-04-07");
        assertEquals("青山水庫", r.get("3,000萬立方公尺"), r.toString());
        assertEquals("青山水庫", r.get("12.5%"), r.toString());
    }

    @Test
    void aQuarterWrittenByItsMonthsAndARecordSinceAQuarter() {
        Map<String, String> d = drafted("Acme said on Tuesday that operating profit for the April-June quarter rose 12% to 3.4 billion euros, "
                + "the first time it has passed 3 billion euros since the fourth quarter of 2019.\nIn January-March it had earned 2.1 billion euros.",
                "en", "2024-07-30");
        assertEquals("2024-Q2", d.get("3.4 billion euros").replaceAll(".* \\| ", ""), d.toString());
        assertEquals("2024-Q2", d.get("3 billion euros").replaceAll(".* \\| ", ""), d.toString());
        assertEquals("2024-Q1", d.get("2.1 billion euros").replaceAll(".* \\| ", ""), d.toString());
        // a month span that is not a calendar quarter is no quarter
        assertFalse(drafted("Sales were 2.1 billion euros in February-April.", "en", "2024-07-30").get("2.1 billion euros").endsWith("-Q2"));
    }

    @Test
    void aYearToldInThePastPerfectIsNotTheStorysYear() {
        Map<String, String> d = drafted("The Green Union won 41 seats, the commission said on Monday. It had won 55 seats in 2018 and 60 in 2014.\n"
                + "Turnout was 61%.", "en", "2023-05-09");
        assertEquals("2023", d.get("41").replaceAll(".* \\| ", ""), d.toString());
        assertEquals("2018", d.get("55").replaceAll(".* \\| ", ""), d.toString());
        assertEquals("2023", d.get("61%").replaceAll(".* \\| ", ""), d.toString());
    }

    @Test
    void measuresOfCourtsSchoolsHousingAndInsuranceAreNamed() {
        Map<String, String> zh = drafted("2024年全国法院收案4601.8万件，高等教育毛入学率为60.8%，基本医保参保率为95%，全年离婚351.3万对。", "zh", "2025-03-08");
        assertEquals("court-cases-filed | 2024", zh.get("4601.8万件"), zh.toString());
        assertEquals("gross-enrolment-rate | 2024", zh.get("60.8%"), zh.toString());
        assertEquals("insurance-coverage-rate | 2024", zh.get("95%"), zh.toString());
        assertEquals("divorces | 2024", zh.get("351.3万"), zh.toString());
        Map<String, String> en = drafted("In 2024 building permits totalled 1,471,200 and 641,000 homes were under construction.", "en", "2025-01-17");
        assertEquals("building-permits | 2024", en.get("1,471,200"), en.toString());
    }
    /** figure text → drafted claimant. */
    private static Map<String, String> claimants(String text, String lang, String published) {
        JsonNode d = EXTRACTOR.extract(text, lang, LocalDate.parse(published));
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode c : d.path("claims")) {
            out.put(d.path("quantities").get(c.path("quantity").asInt()).path("text").asText(), c.path("claimant").asText());
        }
        return out;
    }

    @Test
    void aStatisticsOfficeSpeaksForItsPlaceAndIsNoSubject() {
        String en = "The Office for National Statistics on Wednesday said consumer prices in Britain rose 2.3% in the year to April.";
        assertEquals("office-for-national-statistics", claimants(en, "en", "2024-05-22").get("2.3%"));
        assertEquals("united-kingdom", subjects(en, "en", "2024-05-22").get("2.3%"));
        String zh = "国家统计局11月9日发布数据显示，10月份全国居民消费价格同比上涨0.2%。";
        assertEquals("national-bureau-of-statistics-china", claimants(zh, "zh", "2025-11-09").get("0.2%"));
        assertEquals("china", subjects(zh, "zh", "2025-11-09").get("0.2%"));
    }

    @Test
    void aSpeakerTheGazetteerLacksIsNamedWhole() {
        String en = "The Office of Rail and Road last week said that rail fares would rise 4.6% in March.";
        assertEquals("Office of Rail and Road", claimants(en, "en", "2025-01-10").get("4.6%"));
    }

    @Test
    void aBarePercentageGoesOnWithTheShareBeforeItInItsParagraph() {
        Map<String, String> d = drafted("The Green Alliance came first with 31.2% of the votes, against 27.5% four years earlier; "
                + "the Civic Union won 22.4% and the Farmers' League 9.1%.\nThe Civic Union's leader said the result fell 12% short of its hopes.",
                "en", "2025-03-10");
        for (String f : List.of("31.2%", "27.5%", "22.4%", "9.1%")) assertEquals("vote-share", d.get(f).split(" \\| ")[0], f + " " + d);
        assertNotEquals("vote-share", d.get("12%").split(" \\| ")[0], d.toString());
    }

    @Test
    void propertyDevelopmentFiguresByMoneyAndByFloorArea() {
        Map<String, String> d = drafted("1—10月份，全国房地产开发投资85000亿元，同比下降9.5%。房屋新开工面积61000万平方米，下降22.5%。"
                + "房屋竣工面积48000万平方米，下降24.0%。新建商品房销售面积77000万平方米，下降15.6%；新建商品房销售额74000亿元，下降18.0%。"
                + "房地产开发企业到位资金89000亿元，下降16.8%。", "zh", "2025-11-15");
        assertEquals("property-investment", d.get("85000亿元").split(" \\| ")[0], d.toString());
        assertEquals("property-investment+growth", d.get("9.5%").split(" \\| ")[0], d.toString());
        assertEquals("floor-space-started", d.get("61000万平方米").split(" \\| ")[0], d.toString());
        assertEquals("floor-space-completed", d.get("48000万平方米").split(" \\| ")[0], d.toString());
        assertEquals("floor-space-sold", d.get("77000万平方米").split(" \\| ")[0], d.toString());
        assertEquals("new-home-sales-value", d.get("74000亿元").split(" \\| ")[0], d.toString());
        assertEquals("developer-funding", d.get("89000亿元").split(" \\| ")[0], d.toString());
        Map<String, String> e = drafted("Property investment fell 9.5% in the first ten months of 2025, and new construction starts "
                + "measured by floor area dropped 22.5% to 610 million square metres.", "en", "2025-11-15");
        assertEquals("property-investment+growth", e.get("9.5%").split(" \\| ")[0], e.toString());
    }

    @Test
    void aNameDescribingAnotherOrOwnedByTheSpeakerIsNoSubject() {
        Map<String, String> s = subjects("Skyline owner Harbor Aviation Holdings lifts profit 12%\n\n"
                + "Harbor Aviation Holdings, which owns Skyline, Nordair and Pacific Wings, said its operating profit rose 12% to $2.1 billion.",
                "en", "2025-02-28");
        assertEquals(java.util.Set.of("Harbor Aviation Holdings"), java.util.Set.copyOf(s.values()), s.toString());
    }

    @Test
    void lastYearOutweighsAYearLongAgoAndFewerThanIsNoBase() {
        // the story is about last year (2024); 1961 is history told beside it, "fewer than" qualifies the figure
        Map<String, String> d = drafted("Fewer than 400,000 couples married in the country last year. Divorces rose by 2,100 to 91,500, "
                + "about a third of the 270,000 recorded in 1961.", "en", "2025-06-04");
        assertTrue(d.get("400,000").endsWith("| 2024"), d.toString());
        assertTrue(d.get("91,500").endsWith("| 2024"), d.toString());
        assertTrue(d.get("270,000").endsWith("| 1961"), d.toString());
    }

    @Test
    void aYearBeforeYiLaiAndAFirstTimeIsTheStartOfARecordNotThePeriod() {
        Map<String, String> d = drafted("2024年全省出生人口52万人，比上年多出3万人，为2016年以来首次回升；死亡人口61万人。", "zh", "2025-01-17");
        assertTrue(d.get("61万人").endsWith("| 2024"), d.toString());
    }

    @Test
    void aWindowOfMonthsThatWillComeIsOfTheNextSuchMonths() {
        Map<String, String> d = drafted("Water bills will rise again from 1 April after the regulator lifted its cap by 4.1% for the three months to the end of June.",
                "en", "2025-02-25");
        assertTrue(d.get("4.1%").endsWith("| 2025-04/2025-06"), d.toString());
        Map<String, String> past = drafted("The regulator lifted its cap by 4.1% for the three months to the end of June.", "en", "2025-02-25");
        assertTrue(past.get("4.1%").endsWith("| 2024-04/2024-06"), past.toString());
    }

    @Test
    void aLeaguesRecordPointsAndGoalsAndTheUrbanisationRateHaveTheirMeasures() {
        Map<String, String> d = drafted("本赛季联赛落幕，某队以20胜6平4负积66分夺冠，全季攻入71球。", "zh", "2025-11-02");
        assertTrue(d.get("20胜").startsWith("wins |"), d.toString());
        assertTrue(d.get("6平").startsWith("draws |"), d.toString());
        assertTrue(d.get("4负").startsWith("defeats |"), d.toString());
        assertTrue(d.get("66分").startsWith("league-points |"), d.toString());
        assertTrue(d.get("71球").startsWith("goals |"), d.toString());
        Map<String, String> u = drafted("2024年末该省城镇化率为61.50%，总人口性别比为103.2。", "zh", "2025-01-20");
        assertTrue(u.get("61.50%").startsWith("urbanisation-rate |"), u.toString());
    }

    @Test
    void aCompanyAPlaceNameOpensIsTheSubjectOfWhatItReports() {
        Map<String, String> d = subjects("贵州茅台2日晚间发布2024年年度报告：全年营业总收入1741.44亿元，同比增长15.66%。", "zh", "2025-04-03");
        assertEquals("贵州茅台", d.get("1741.44亿元"), d.toString());
        // the place itself, with no report after it, stays the place
        Map<String, String> p = subjects("贵州全省2024年粮食产量1100万吨。", "zh", "2025-04-03");
        assertEquals("guizhou", p.get("1100万吨"), p.toString());
    }

    @Test
    void aLossIsANetLossNotAProfit() {
        Map<String, String> d = drafted("The industry collapsed to a $140 billion loss in 2020. In 2024 it made $30.5 billion of profit.", "en", "2024-06-03");
        assertEquals("net-loss | 2020", d.get("$140 billion"), d.toString());
        assertEquals("net-profit | 2024", d.get("$30.5 billion"), d.toString());
    }

    @Test
    void aPlaceInACauseIsNoSubject() {
        // 受…影响: the place that raised tariffs moved the figures; they are the country's
        Map<String, String> d = subjects("受美国上调我国出口水产品关税等影响，上半年水产品进口额87.19亿美元，同比增长30.89%。", "zh", "2019-09-10");
        assertEquals("china", d.get("87.19亿美元"), d.toString());
        // a place that is the figures' own, outside the cause, stays their subject
        Map<String, String> e = subjects("受需求回落影响，日本上半年出口额下降5.2%。", "zh", "2019-09-10");
        assertEquals("japan", e.get("5.2%"), e.toString());
    }

    @Test
    void provincesAsACommonNounAreNoProvince() {
        // 省份 is "provinces", no name ending in 省: the figures are the country's
        Map<String, String> d = subjects("2019年1至7月，主要渔业省份水产品总产量为2934.98万吨，同比微降0.03%。", "zh", "2019-09-10");
        assertEquals("china", d.get("2934.98万吨"), d.toString());
    }

    @Test
    void aBodyThatPublishesAMarketsFiguresIsNotTheirSubject() {
        // an institute or association the gazetteer lacks gives the figures of the country's market, in this sentence and after
        Map<String, String> d = subjects("某某通信研究院28日发布数据显示，7月国内市场手机出货量2420.4万部，同比增长30.5%。"
                + "1至7月，国内市场手机出货量累计1.71亿部。", "zh", "2024-08-28");
        assertEquals("china", d.get("2420.4万部"), d.toString());
        assertEquals("china", d.get("1.71亿部"), d.toString());
        Map<String, String> a = subjects("某某汽车工业协会1月13日发布数据，2024年汽车销量3143.6万辆。", "zh", "2025-01-14");
        assertEquals("china", a.get("3143.6万辆"), a.toString());
        // a company that speaks of its own figures stays their subject
        Map<String, String> c = subjects("某某科技公司28日发布数据显示，该公司7月手机出货量120万部。", "zh", "2024-08-28");
        assertEquals("某某科技公司", c.get("120万部"), c.toString());
    }

    @Test
    void aCommonWordEndingInAPlaceEndingIsNoName() {
        // 上市 (launched, listed) closes no city's name; 房山区 and 厦门市 stay places
        Map<String, String> d = subjects("7月国内上市新机型29款，比去年同期减少17.1%。", "zh", "2024-08-28");
        assertEquals("china", d.get("29款"), d.toString());
        Map<String, String> p = subjects("房山区降雨量达599毫米，厦门市降雨量为12毫米。", "zh", "2023-08-02");
        assertEquals("房山区", p.get("599毫米"), p.toString());
        assertTrue(p.get("12毫米").contains("xiamen") || p.get("12毫米").equals("厦门市"), p.toString());
    }

    @Test
    void aRateOrWhatAFigureIsForIsDraftedWithIt() throws Exception {
        String en = "Ruritania's minimum wage rose to $15 an hour in 2024. Diesel cost $4 a gallon in 2024, "
                + "and sales were 3,000 a month, up from 2,000 a year earlier.";
        var x = EXTRACTOR.extract(en, "en", LocalDate.parse("2025-01-10"));
        Map<String, String> q = new LinkedHashMap<>();
        x.path("quantities").forEach(n -> q.put(n.path("text").asText(), n.path("per").asText("-") + " " + n.path("basis").asText("-")));
        assertEquals("{$15=hour -, $4=- gallon, 3,000=month -, 2,000=- -}", q.toString());
        // the words go into the draft's value, and the claim reader reads them as users' values are read
        var doc = EXTRACTOR.claimDocument(x, en, "wages", null, LocalDate.parse("2025-01-10"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("document")).put("publisher", "Desk").remove("todo");
        for (JsonNode c : doc.path("claims")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) c).put("subject", "france").put("metric", "minimum-wage").remove("todo");
        }
        var cs = (com.fasterxml.jackson.databind.node.ArrayNode) doc.path("claims");
        ((com.fasterxml.jackson.databind.node.ObjectNode) cs.get(1)).put("metric", "fuel-price");
        ((com.fasterxml.jackson.databind.node.ObjectNode) cs.get(2)).put("metric", "units-sold");
        ((com.fasterxml.jackson.databind.node.ObjectNode) cs.get(3)).put("metric", "units-sold");
        assertEquals("15 an hour", cs.get(0).path("value").asText());
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            var read = cg.reader().read("draft.json", doc.toString(), f -> "").claims();
            assertEquals("hour", read.get(0).value().per());
            assertEquals("gallon", read.get(1).value().basis());
            assertEquals("month", read.get(2).value().per());
            assertEquals(null, read.get(3).value().per());
        }
        var zh = EXTRACTOR.extract("2024年，甲市汽油每升7.5元，电价为0.6元/千瓦时。", "zh", LocalDate.parse("2025-01-10"));
        assertEquals("L 每升7.5", zh.path("quantities").get(0).path("basis").asText() + " " + zh.path("claims").get(0).path("value").asText());
        assertEquals("kWh 0.6/千瓦时", zh.path("quantities").get(1).path("basis").asText() + " " + zh.path("claims").get(1).path("value").asText());
    }

    @Test
    void aScaledUnitIsDraftedInTheClaimUnit() {
        // 50 basis points drafted as 50 percentage points would be a hundred times the figure
        var x = EXTRACTOR.extract("Ruritania's central bank cut its rate by 50 basis points in 2024, and the jobless rate rose 3个千分点.", "en",
                LocalDate.parse("2025-01-10"));
        List<String> v = new java.util.ArrayList<>();
        x.path("claims").forEach(c -> v.add(c.path("value").asText() + " " + c.path("unit").asText()));
        assertEquals("[0.5 percentage-point, 0.3 percentage-point]", v.toString(), x.toString());
    }

    @Test
    void aFallIsDraftedBelowZeroAndALevelOrARiseIsNot() throws Exception {
        String en = "Ruritania's retail sales fell 0.8% in October and were down by 5.3% from a year earlier, a 2.1% drop in real terms. "
                + "Its exports rose 3.2% in October, down from 3.7% in September. Its inflation rate eased to 3.1% in October.";
        var x = EXTRACTOR.extract(en, "en", LocalDate.parse("2025-11-14"));
        List<String> v = new java.util.ArrayList<>();
        x.path("claims").forEach(c -> v.add(c.path("metric").asText("-") + c.path("change").asText("") + " " + c.path("value").asText()));
        assertEquals("[retail-sales-growth -0.8%, retail-sales-growth -5.3%, retail-sales-growth -2.1%, exportsgrowth 3.2%, exportsgrowth 3.7%, inflation-rate 3.1%]",
                v.toString(), x.toString());
        var zh = EXTRACTOR.extract("2025年前三季度，甲省居民消费价格同比下降0.1%，粮食产量比上年减少19万吨，至少增长2%的城市有5个。", "zh", LocalDate.parse("2025-10-20"));
        List<String> values = new java.util.ArrayList<>();
        zh.path("claims").forEach(c -> values.add(c.path("value").asText()));
        assertEquals("[-0.1%, -19万, 2%, 5]", values.subList(0, 4).toString(), zh.toString());
        // the reader takes the sign as users' values are taken
        var doc = EXTRACTOR.claimDocument(x, en, "sales", null, LocalDate.parse("2025-11-14"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("document")).put("publisher", "Desk").remove("todo");
        for (JsonNode c : doc.path("claims")) ((com.fasterxml.jackson.databind.node.ObjectNode) c).put("subject", "france").put("metric", "retail-sales-growth").remove("todo");
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            var read = cg.reader().read("draft.json", doc.toString(), f -> "").claims();
            assertEquals(-0.8, read.get(0).value().value(), 1e-9);
            assertEquals(3.2, read.get(3).value().value(), 1e-9);
        }
    }

    @Test
    void aPeriodComparedWithIsNotThePeriodOfTheFiguresAfterIt() {
        Map<String, String> d = drafted("前三季度，全国居民消费价格同比上涨0.6%，涨幅比上半年扩大0.2个百分点；全国城镇调查失业率平均值为5.2%。"
                + "个人支出所占比重比2013年的33.9%低了6.6个百分点。", "zh", "2025-10-20");
        assertEquals("2025-01/2025-09", d.get("0.2个百分点").replaceAll(".* \\| ", ""), d.toString());
        assertEquals("2025-01/2025-09", d.get("5.2%").replaceAll(".* \\| ", ""), d.toString());
        // the base of the comparison keeps the period it is compared at
        assertEquals("2013", d.get("33.9%").replaceAll(".* \\| ", ""), d.toString());
    }

    @Test
    void aTitleCaseHeadlineNamesNoSubjectAndTheSameTimeLastYearIsABase() {
        String text = "Shoe Prices Climb 4.1% in October\nThe Labor Department said Tuesday that shoe prices rose 0.4% in October. "
                + "Prices climbed 4.1% from the same time last year.";
        List<String> got = new java.util.ArrayList<>();
        EXTRACTOR.extract(text, "en", LocalDate.parse("2023-11-14")).path("claims")
                .forEach(c -> got.add(c.path("subject").asText("-") + " " + c.path("period").asText("-")));
        // the headline's capitals name nothing; the department speaks for its country; last year is what prices are compared with
        assertEquals("[- 2023-10, united-states 2023-10, united-states 2023-10]", got.toString());
    }

    @Test
    void aMeasureNamedAsLeftOutIsNotTheFiguresMeasure() {
        Map<String, String> d = drafted("2025年前三季度，全国居民人均可支配收入32509元，同比名义增长5.1%，扣除价格因素实际增长5.2%。", "zh", "2025-10-20");
        assertEquals("disposable-income+growth", d.get("5.2%").replaceAll(" \\|.*", ""), d.toString());
        // a comma ends what is left out: the measure after it is the figure's
        Map<String, String> e = drafted("Excluding the charge, Acme's earnings per share were $1.64 in 2024.", "en", "2025-01-30");
        assertEquals("earnings-per-share", e.get("$1.64").replaceAll(" \\|.*", ""), e.toString());
    }

    @Test
    void aDisastersDamagedHomesAndFailedCropsHaveTheirMeasures() {
        Map<String, String> d = drafted("台风造成46人死亡,3.7万间房屋倒塌,18.7万间不同程度损坏;农作物受灾面积1898.7千公顷,其中绝收250.3千公顷;直接损失达336亿元。",
                "zh", "2014-07-22");
        List<String> got = new java.util.ArrayList<>();
        d.values().forEach(v -> got.add(v.replaceAll(" \\|.*", "")));
        assertEquals("[deaths, structures-destroyed, structures-damaged, crop-area-affected, crop-area-failed, disaster-losses]", got.toString(), d.toString());
    }

    @Test
    void aHealthAgencySpeaksForItsCountryUpToMovesNothingAndACountOfAnotherNounIsNotTheMeasures() {
        String en = "The Centers for Disease Control and Prevention said 465 cases of measles had been confirmed in 2019. "
                + "Up to 90% of the people close to an infected person will catch it, the CDC said.";
        Map<String, String> s = subjects(en, "en", "2019-04-09");
        assertEquals("united-states", s.get("465"), s.toString());
        Map<String, String> d = drafted(en, "en", "2019-04-09");
        assertFalse(d.get("90%").contains("growth"), d.toString());
        // a count of another noun is not of the sentence's first measure; a list shorter by some is a fall in it
        Map<String, String> c = drafted("Backlog falls\n\nThe backlog of planned hospital care in Ruritania fell again in March, to 3.2 million treatments, "
                + "the health service said. The waiting list was 40,000 shorter than in February.", "en", "2025-04-10");
        assertEquals("- | 2025-03", c.get("3.2 million"), c.toString());
        assertEquals("waiting-list+change | 2025-03", c.get("40,000"), c.toString());
    }

    @Test
    void theValueAddedOfEachSectorIsAMeasure() {
        Map<String, String> d = drafted("2024年，第一产业增加值91414亿元，增长3.5%；第二产业增加值492087亿元，增长5.3%；"
                + "规模以上工业增加值增长5.8%，服务业增加值同比增长5.0%。", "zh", "2025-01-17");
        List<String> got = new java.util.ArrayList<>();
        d.values().forEach(v -> got.add(v.replaceAll(" \\|.*", "")));
        assertEquals("[agriculture-output, agriculture-output-growth, secondary-industry-output, secondary-industry-output-growth, "
                + "industrial-production-growth, services-output-growth]", got.toString(), d.toString());
    }

    @Test
    void thePastYearIsTheTwelveMonthsBefore() {
        Map<String, String> d = drafted("The jobless rate rose to 4.1% in June. Wages rose 3.9% over the past year, and prices rose 3% last year. "
                + "Rents rose 5% in the last 12 months.", "en", "2024-07-05");
        assertEquals("2023-07/2024-06", d.get("3.9%").split(" \\| ")[1], d.toString());
        assertEquals("2023", d.get("3%").split(" \\| ")[1], d.toString());
        Map<String, String> alone = drafted("Rents rose 5% in the last 12 months. 过去一年，房价上涨4%。", "en", "2024-07-05");
        assertEquals("2023-07/2024-06", alone.get("5%").split(" \\| ")[1], alone.toString());
        Map<String, String> zh = drafted("过去一年，全市房价上涨4%。", "zh", "2024-07-05");
        assertEquals("2023-07/2024-06", zh.get("4%").split(" \\| ")[1], zh.toString());
    }

    @Test
    void aStatisticsOfficesFiguresAreOfItsPlace() {
        Map<String, String> s = subjects("According to figures released by the Bureau of Labor Statistics, the unemployment rate rose to 4.1% in June. "
                + "Hourly pay rose 3.9% from a year earlier.", "en", "2024-07-05");
        assertEquals("{4.1%=united-states, 3.9%=united-states}", s.toString());
        Map<String, String> zh = subjects("据国家统计局发布的数据，10月份居民消费价格同比上涨0.3%。", "zh", "2024-11-09");
        assertEquals("{0.3%=china}", zh.toString());
    }

    @Test
    void industrialOutputAndItsGrowth() {
        Map<String, String> d = drafted("10月份，规模以上工业增加值同比实际增长4.9%。", "zh", "2025-11-14");
        assertEquals("industrial-output+growth | 2025-10", d.get("4.9%"), d.toString());
        Map<String, String> en = drafted("Industrial production rose 3.2% in October.", "en", "2025-11-14");
        assertEquals("industrial-output+growth | 2025-10", en.get("3.2%"), en.toString());
    }

    @Test
    void aTextAboutTwelveMonthsToAMonthIsAboutThoseMonths() {
        String text = "Burglaries in England and Wales rise 4% to a new high\n\nPolice recorded 300,000 burglaries in the year to March, "
                + "up from 288,000, the statistics office said. That is 20% more than when the series began in 2012/13.";
        Map<String, String> d = drafted(text, "en", "2024-07-20");
        assertEquals("2023-04/2024-03", d.get("4%").split(" \\| ")[1], d.toString());
        assertEquals("2023-04/2024-03", d.get("300,000").split(" \\| ")[1], d.toString());
        // the level twelve months changed from is the twelve months before's
        assertEquals("2022-04/2023-03", d.get("288,000").split(" \\| ")[1], d.toString());
        assertEquals("2023-04/2024-03", d.get("20%").split(" \\| ")[1], d.toString());
        assertEquals("{4%=england-and-wales, 300,000=england-and-wales, 288,000=england-and-wales, 20%=england-and-wales}",
                subjects(text, "en", "2024-07-20").toString());
    }

    @Test
    void thePreviousYearIsTheYearBeforeTheFiguresNotBeforePublication() {
        Map<String, String> d = drafted("Arrests rose to 46,000 in 2019, up from 43,000 the previous year. Volumes grew 0.8% in 2019 after a decline "
                + "of 0.3% the year before, and profit was more than double the year before.", "en", "2021-03-01");
        assertEquals("2018", d.get("43,000").split(" \\| ")[1], d.toString());
        assertEquals("2018", d.get("0.3%").split(" \\| ")[1], d.toString());
        assertEquals("2019", d.get("double").split(" \\| ")[1], d.toString());
    }

    @Test
    void monthsOfTwoYearsBoundAPeriodAndAreNoDates() {
        Map<String, String> en = drafted("Some 812.5mm of rain fell on Scotland between November 2021 and April 2023, more than the 790.1mm "
                + "of the 18 months to May 2015. Exports reached $4 billion from July 2023 to June 2024.", "en", "2024-07-10");
        assertEquals(java.util.Set.of("812.5mm", "790.1mm", "$4 billion"), en.keySet(), en.toString());
        assertEquals("2021-11/2023-04", en.get("812.5mm").split(" \\| ")[1], en.toString());
        assertEquals("2013-12/2015-05", en.get("790.1mm").split(" \\| ")[1], en.toString());
        assertEquals("2023-07/2024-06", en.get("$4 billion").split(" \\| ")[1], en.toString());
    }

    @Test
    void thereAndACatchmentAreNoNames() {
        Map<String, String> en = subjects("Business failures in Scotland rose to 1,204 in 2024. There were 310 administrations, up 4%.", "en", "2025-02-01");
        assertEquals("scotland", en.get("310"), en.toString());
        Map<String, String> zh = subjects("石门水库今年放水3亿立方公尺。水库集水区8月累积降雨达980毫米。", "zh", "2025-09-01");
        assertFalse(zh.get("980毫米").contains("集水"), zh.toString());
    }

    @Test
    void lotterySalesIronAndSteelProductsCapacityUseAndPrizeMoneyAreMeasures() {
        Map<String, String> zh = drafted("2023年全国共销售彩票5796.96亿元。当年生铁产量87101万吨，钢材产量136268万吨，工业产能利用率为75.1%。", "zh", "2024-02-01");
        assertEquals("lottery-sales", zh.get("5796.96亿元").split(" \\| ")[0], zh.toString());
        assertEquals("pig-iron-production", zh.get("87101万吨").split(" \\| ")[0], zh.toString());
        assertEquals("steel-products-output", zh.get("136268万吨").split(" \\| ")[0], zh.toString());
        assertEquals("capacity-utilisation", zh.get("75.1%").split(" \\| ")[0], zh.toString());
        Map<String, String> en = drafted("The open will pay total prize money of A$96.5 million in 2025.", "en", "2024-12-01");
        assertEquals("prize-money", en.get("A$96.5 million").split(" \\| ")[0], en.toString());
    }

    @Test
    void wildfiresTheAreaTheyBurnAndPatentsAreMeasures() {
        Map<String, String> zh = drafted("2021年全国共发生森林火灾616起。截至2023年底，全国有效发明专利达到153.4万件。", "zh", "2024-01-10");
        assertEquals("wildfires", zh.get("616起").split(" \\| ")[0], zh.toString());
        assertEquals("patents-held", zh.get("153.4万件").split(" \\| ")[0], zh.toString());
        Map<String, String> en = drafted("In 2023 the area burned reached 1,467,970 hectares. Patent filings rose to 199,264.", "en", "2024-03-01");
        assertEquals("area-burned", en.get("1,467,970 hectares").split(" \\| ")[0], en.toString());
        assertEquals("patent-applications", en.get("199,264").split(" \\| ")[0], en.toString());
        Map<String, String> hk = drafted("11月零售業總銷貨價值為317億元。", "zh", "2025-01-02");
        assertEquals("retail-sales", hk.get("317億元").split(" \\| ")[0], hk.toString());
    }

    @Test
    void lastYearOpeningASentenceIsLastYear() {
        Map<String, String> en = drafted("Canada's 2023 fire season is its worst. Last year 4,883 fires burned. This year 6,551 have.", "en", "2023-10-10");
        assertEquals("2022", en.get("4,883").split(" \\| ")[1], en.toString());
        assertEquals("2023", en.get("6,551").split(" \\| ")[1], en.toString());
    }

    @Test
    void aYearWhoseLevelIsRegainedIsNoPeriod() {
        Map<String, String> zh = drafted("2024年国际客运航班增至每周6400班，恢复至2019年的84%，国际货邮运输量同比增长29.3%。"
                + "至中亚方向旅客运输量超过2019年水平，增长152.4%。", "zh", "2025-01-09");
        assertEquals("2024", zh.get("84%").split(" \\| ")[1], zh.toString());
        assertEquals("2024", zh.get("29.3%").split(" \\| ")[1], zh.toString());
        assertEquals("2024", zh.get("152.4%").split(" \\| ")[1], zh.toString());
    }

    @Test
    void aHarvestNamedByItsYearIsNoPeriod() {
        Map<String, String> d = drafted("Japan will release 200,000 tonnes of rice, the minister said on Tuesday. Half of it, 100,000 tonnes from the 2021 "
                + "crop, goes first; the rest comes from the 2020 harvest. Prices reached 4,268 yen in May.", "en", "2025-06-03");
        assertEquals("2025", d.get("100,000 tonnes").split(" \\| ")[1], d.toString());
        assertEquals("2025-05", d.get("4,268 yen").split(" \\| ")[1], d.toString());
        // a harvest's year with no article before it is still the figure's year
        Map<String, String> h = drafted("The 2024 wheat harvest reached 140 million tonnes, after 2024 harvest delays.", "en", "2025-06-03");
        assertEquals("2024", h.get("140 million tonnes").split(" \\| ")[1], h.toString());
    }

    @Test
    void aPlaceAfterAnOrdinalIsARank() {
        Map<String, String> d = drafted("The parkway, long in first place, slipped to second place with 16.73 million visits. "
                + "The school added 300 places.", "en", "2025-03-07");
        assertEquals("-", d.get("16.73 million").split(" \\| ")[0], d.toString());
        assertEquals("school-places", d.get("300").split(" \\| ")[0], d.toString());
    }

    @Test
    void theDayFiguresWereToldIsNoPeriod() {
        Map<String, String> d = drafted("Shelters took in 40,000 people between April 2024 and March 2025, the charity said on 12 June, "
                + "more than a thousand of them children. That is 9% more than a year before.", "en", "2025-06-20");
        assertEquals("2024-04/2025-03", d.get("a thousand").split(" \\| ")[1], d.toString());
        assertEquals("2024-04/2025-03", d.get("9%").split(" \\| ")[1], d.toString());
        // a day that is no day of telling stays the figures' period
        Map<String, String> e = drafted("On 12 June the river rose 3 metres.", "en", "2025-06-20");
        assertEquals("2025-06-12", e.get("3 metres").split(" \\| ")[1], e.toString());
    }

    @Test
    void aNameRightAfterAGazetteerPlaceIsAPartOfItAndNearerTheFigure() {
        Map<String, String> s = subjects("重庆永川区去年税收收入33.31亿元，增长6%。", "zh", "2025-08-04");
        assertEquals("永川区", s.get("33.31亿元"), s.toString());
        // a name further on in the clause is no part of the place
        Map<String, String> t = subjects("重庆去年有多个区税收增长，其中永川区税收收入33.31亿元。", "zh", "2025-08-04");
        assertEquals("chongqing", t.get("33.31亿元"), t.toString());
    }

    @Test
    void theCountrysideIsNoVillageAndALongerUnitWordTakesNoClassifiersMeasure() {
        Map<String, String> s = subjects("2024年全国1亿多农村人口受益，农村自来水普及率达到94%。", "zh", "2025-01-01");
        assertFalse(s.values().stream().anyMatch(v -> v.contains("农村")), s.toString());
        Map<String, String> d = drafted("今年學測國文頂標為13級分。", "zh", "2024-02-27");
        assertEquals("- | 2024", d.get("13級分"), d.toString());
        Map<String, String> league = drafted("本赛季联赛积分：申花积63分。", "zh", "2024-11-02");
        assertTrue(league.get("63分").startsWith("league-points"), league.toString());
    }

    @Test
    void aPlaceGoodsAreImportedFromIsNotTheSubject() {
        Map<String, String> s = subjects("海关总署数据显示，8月从巴西进口大豆1049万吨，同比增长2.4%。据统计，8月自美国进口大豆22.72万吨。", "zh", "2025-09-20");
        assertEquals("china", s.get("1049万吨"), s.toString());
        assertEquals("china", s.get("2.4%"), s.toString());
        assertEquals("china", s.get("22.72万吨"), s.toString());
        // exported from a place: the place is the exporter
        Map<String, String> t = subjects("8月从巴西出口的大豆为1049万吨。", "zh", "2025-09-20");
        assertEquals("brazil", t.get("1049万吨"), t.toString());
    }

    @Test
    void theYearOfAnEventIsItsOwnPeriod() {
        Map<String, String> d = drafted("Tickets for 2020 sold out in 34 minutes. The farmer first staged it in 1970.", "en", "2023-11-20");
        assertEquals("1970", d.get("1970").split(" \\| ")[1], d.toString());
        assertEquals("2020", d.get("34 minutes").split(" \\| ")[1], d.toString());
    }

    @Test
    void petrolAndDieselAtAPriceAreFuelPrices() {
        Map<String, String> d = drafted("Petrol ended the year at 136.9p a litre and diesel at 142.9p; supermarkets sold unleaded at 134p. "
                + "Shares rose 3%.", "en", "2025-01-06");
        assertEquals("fuel-price", d.get("136.9p").split(" \\| ")[0], d.toString());
        assertEquals("fuel-price", d.get("142.9p").split(" \\| ")[0], d.toString());
        assertEquals("fuel-price", d.get("134p").split(" \\| ")[0], d.toString());
        assertNotEquals("fuel-price", d.get("3%").split(" \\| ")[0], d.toString());
    }

    @Test
    void aDayThatBoundsWhenSomethingMayHappenIsNoPeriod() {
        Map<String, String> d = drafted("Dockers end their walkout in 2024\n\nThe 12,000 dockers the union represents can go back as early as "
                + "Wednesday and no later than Nov. 12. Their average pay, $61,500 today, will rise.\n", "en", "2024-11-05");
        assertEquals("2024", d.get("12,000").split(" \\| ")[1], d.toString());
        assertEquals("2024", d.get("$61,500").split(" \\| ")[1], d.toString());
        Map<String, String> z = drafted("2024年码头工人结束罢工\n\n工会代表的1.2万名码头工人最迟于11月12日复工。\n", "zh", "2024-11-05");
        assertEquals("2024", z.get("1.2万名").split(" \\| ")[1], z.toString());
    }

    @Test
    void theDaySomethingOpenedIsNoPeriodOfTheFiguresAfterIt() {
        Map<String, String> z = drafted("2025年城市篮球联赛观众创新高\n\n城市篮球联赛于5月10日开幕，共有16支球队参赛。第二轮共有4.2万名球迷进场。\n", "zh", "2025-09-01");
        assertEquals("2025", z.get("16支").split(" \\| ")[1], z.toString());
        assertEquals("2025", z.get("4.2万名").split(" \\| ")[1], z.toString());
        Map<String, String> e = drafted("A book fair draws crowds in 2025\n\nThe fair opened on May 2 with 420 publishers taking part.\n", "en", "2025-09-01");
        assertEquals("2025", e.get("420").split(" \\| ")[1], e.toString());
    }

    @Test
    void aCraftNamedByItsNumberBeforeHaoIsAName() {
        Map<String, String> s = subjects("远望五号带回1200克样品，探测器约8吨重。", "zh", "2030-06-28");
        assertEquals("远望五号", s.get("1200克"), s.toString());
        Map<String, String> d = subjects("远航3号运送了45名乘客。", "zh", "2030-06-28");
        assertEquals("远航3号", d.get("45名"), d.toString());
        // a line or a building named by its number is none
        Map<String, String> l = subjects("地铁9号线日均客流12万人次。", "zh", "2030-06-28");
        assertNotEquals("地铁9号", l.get("12万人次"), l.toString());
    }

    @Test
    void aShortFormDefinedInBracketsStandsForTheNameItShortens() {
        Map<String, String> s = subjects("湖北省乡村篮球联赛（“鄂村篮”）决赛吸引3.1万人到场。鄂村篮共有24支球队参赛。", "zh", "2030-06-28");
        assertEquals("鄂村篮", s.get("3.1万人"), s.toString());
        assertEquals("鄂村篮", s.get("24支"), s.toString());
    }

    @Test
    void outputValueBookSalesAtListPriceAndACatchQuotaAreMeasures() {
        Map<String, String> z = drafted("2030年林业产值4200亿元，图书零售市场码洋规模为950亿元。\n", "zh", "2031-02-01");
        assertEquals("output-value", z.get("4200亿元").split(" \\| ")[0], z.toString());
        assertEquals("book-retail-sales", z.get("950亿元").split(" \\| ")[0], z.toString());
        Map<String, String> e = drafted("The ministry set the catch limit for the sardine season at 1.2 million tonnes in 2030.\n", "en", "2030-03-01");
        assertEquals("catch-quota", e.get("1.2 million tonnes").split(" \\| ")[0], e.toString());
    }

    @Test
    void waterResourcesSheltersAndPeopleOnBoardAreMeasuresOfTheirOwn() {
        Map<String, String> zh = drafted("该省水资源总量为812.4亿立方米。台风过后，仍有120人住在收容处所。", "zh", "2024-06-17");
        assertEquals("water-resources", zh.get("812.4亿立方米").split(" \\| ")[0], zh.toString());
        assertEquals("people-sheltered", zh.get("120人").split(" \\| ")[0], zh.toString());
        Map<String, String> en = drafted("The ferry had 312 people on board when it sank.", "en", "2024-06-17");
        assertEquals("people-on-board", en.get("312").split(" \\| ")[0], en.toString());
    }

    @Test
    void aNameRunningOnPastItsSentenceBreaksNoSearchForASubject() {
        // a headline ending on a name and a lede opening on one are read as one name, past the headline's end: the search
        // for the headline figure's subject looked at the words after that name within the headline, and threw
        JsonNode d = EXTRACTOR.extract("Profits rise 5% for Brandt Holdings\n\nKorvan Mills, which owns Brandt Holdings, reported the results on Monday.",
                "en", LocalDate.parse("2025-03-04"));
        assertEquals(1, d.path("claims").size(), d.toString());
        assertTrue(d.path("claims").get(0).path("subject").asText().startsWith("Brandt Holdings"), d.toString());
    }

    @Test
    void theMonthAPeriodEndsInAndTheDateAPlaceStandsOpenSinceAreNoPeriods() {
        Map<String, String> fy = drafted("Tolls slide\n\nThe Arlen Canal earned $3.1 billion in the 2023-24 financial year, which ended in June, against $4.2 billion "
                + "the year before.\n", "en", "2024-08-01");
        assertEquals("FY2023/24", fy.get("$3.1 billion").split(" \\| ")[1], fy.toString());
        assertEquals("FY2022/23", fy.get("$4.2 billion").split(" \\| ")[1], fy.toString());
        Map<String, String> open = drafted("Galleries gain\n\nThe Lyle Gallery drew 2.1 million visitors in 2024. The Harbour Gallery, open again since June 2023 "
                + "after a refurbishment, had 36% more visitors.\n", "en", "2025-03-01");
        assertEquals("2024", open.get("36%").split(" \\| ")[1], open.toString());
    }

    @Test
    void aNameOfTwoWordsGoesOnOverForTheToTheCapitalisedWordsAfterIt() {
        // the gazetteer's Democratic Party is part of a longer name here, not the subject
        Map<String, String> s = subjects("After the vote of 2030 the Democratic Party for the People held 28 seats.", "en", "2030-11-01");
        assertEquals("Democratic Party for the People", s.get("28"), s.toString());
        // one word opening a sentence does not: support for a party is no name
        Map<String, String> one = subjects("Support for the Democratic Party rose to 31% in 2030.", "en", "2030-11-01");
        assertNotEquals("Support for the Democratic Party", one.get("31%"), one.toString());
    }

    @Test
    void researchFundsInChineseAreResearchSpending() {
        Map<String, String> z = drafted("2030年该省研发经费为1200亿元。", "zh", "2031-02-01");
        assertEquals("rd-spending", z.get("1200亿元").split(" \\| ")[0], z.toString());
        Map<String, String> t = drafted("2030年該市研發經費為85億元。", "zh", "2031-02-01");
        assertEquals("rd-spending", t.get("85億元").split(" \\| ")[0], t.toString());
    }

    @Test
    void aGroupClassifierCountsGroupsButNotAfterTheArticleOne() {
        JsonNode d = EXTRACTOR.extract("调查人员在海湾共目击174群海豚。岸边还有一群游客。", "zh", LocalDate.parse("2031-02-01"));
        List<String> texts = new java.util.ArrayList<>();
        for (JsonNode q : d.path("quantities")) texts.add(q.path("text").asText());
        assertEquals(List.of("174群"), texts, d.toString());
    }
}
