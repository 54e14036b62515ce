package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 3);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2025; 2025-01-01; 2025-12-31", "2025-H1; 2025-01-01; 2025-06-30", "2025-Q3; 2025-07-01; 2025-09-30",
            "2025-09; 2025-09-01; 2025-09-30", "2025-09-22; 2025-09-22; 2025-09-22", "FY2024; 2023-10-01; 2024-09-30",
            "2025/2029; 2025-01-01; 2029-12-31", "2023-11/2025-11; 2023-11-01; 2025-11-30",
            // spans of years, written as articles write them
            "2023-2024; 2023-01-01; 2024-12-31", "2023–2024; 2023-01-01; 2024-12-31", "2023 — 2024; 2023-01-01; 2024-12-31",
            "2019-22; 2019-01-01; 2022-12-31", "2011-12; 2011-12-01; 2011-12-31", "2023至2024年; 2023-01-01; 2024-12-31",
            "2023年至2024年; 2023-01-01; 2024-12-31", "between 2020 and 2024; 2020-01-01; 2024-12-31",
            "2025年; 2025-01-01; 2025-12-31",
            // a school or fiscal year written as a year and the next: July to June unless a convention says
            "2020-21; 2020-07-01; 2021-06-30", "2020/21; 2020-07-01; 2021-06-30", "2020–21; 2020-07-01; 2021-06-30",
            "2011/12; 2011-07-01; 2012-06-30", "1999-00; 1999-07-01; 2000-06-30", "2020-2021 school year; 2020-07-01; 2021-06-30",
            "2020/21學年度; 2020-07-01; 2021-06-30", "2020-21 (uk); 2020-04-01; 2021-03-31", "2020/21 (CN); 2020-07-01; 2021-06-30",
            "2020-21/2022-23; 2020-07-01; 2023-06-30", "2020-21 to 2021-22; 2020-07-01; 2022-06-30",
            // quarters and halves
            "Q3 2025; 2025-07-01; 2025-09-30", "2025Q3; 2025-07-01; 2025-09-30", "3Q 2025; 2025-07-01; 2025-09-30",
            "third quarter of 2025; 2025-07-01; 2025-09-30", "2024年第三季度; 2024-07-01; 2024-09-30",
            "2024年三季度; 2024-07-01; 2024-09-30", "2024年前三季度; 2024-01-01; 2024-09-30", "H1 2025; 2025-01-01; 2025-06-30",
            "2024年第三季; 2024-07-01; 2024-09-30", "2024年第3季; 2024-07-01; 2024-09-30", "2024年前三季; 2024-01-01; 2024-09-30",
            "2024年前8個月; 2024-01-01; 2024-08-31", "2024年第一季度; 2024-01-01; 2024-03-31", "2024年度第一季; 2024-01-01; 2024-03-31",
            "Q1-Q3 2024; 2024-01-01; 2024-09-30", "1H24; 2024-01-01; 2024-06-30", "2024 first half; 2024-01-01; 2024-06-30",
            "2024.05; 2024-05-01; 2024-05-31", "2024/05; 2024-05-01; 2024-05-31", "May 2024-April 2025; 2024-05-01; 2025-04-30",
            "week ending 5 May 2024; 2024-04-29; 2024-05-05", "2024學年度; 2024-07-01; 2025-06-30",
            "2025H2; 2025-07-01; 2025-12-31", "first half of 2025; 2025-01-01; 2025-06-30", "2025年上半年; 2025-01-01; 2025-06-30",
            "2025年下半年; 2025-07-01; 2025-12-31", "Q1 2024–Q3 2025; 2024-01-01; 2025-09-30",
            // months and days
            "2025年9月; 2025-09-01; 2025-09-30", "2025年9月22日; 2025-09-22; 2025-09-22", "September 2025; 2025-09-01; 2025-09-30",
            "Sept. 2025; 2025-09-01; 2025-09-30", "22 September 2025; 2025-09-22; 2025-09-22",
            "September 22, 2025; 2025-09-22; 2025-09-22", "2024年1-9月; 2024-01-01; 2024-09-30", "2024年前8个月; 2024-01-01; 2024-08-31",
            // fiscal years in the default (US federal) convention
            "FY24; 2023-10-01; 2024-09-30", "FY2024/25; 2024-10-01; 2025-09-30", "fiscal 2024; 2023-10-01; 2024-09-30",
            "FY2024 (uk); 2023-04-01; 2024-03-31", "FY2024/25 (GB); 2024-04-01; 2025-03-31", "FY2024 (au); 2023-07-01; 2024-06-30",
            "FY2024 (japan); 2024-04-01; 2025-03-31", "FY2024 (IN); 2023-04-01; 2024-03-31", "FY2024 (TW); 2024-01-01; 2024-12-31",
            "2024财年 (cn); 2024-01-01; 2024-12-31", "FY2024–25 (uk); 2024-04-01; 2025-03-31",
            "Q3 FY2025; 2025-04-01; 2025-06-30", "FY2008/FY2009; 2007-10-01; 2009-09-30", "FY2008/FY2009 (uk); 2007-04-01; 2009-03-31",
            "2019财年/2023财年 (cn); 2019-01-01; 2023-12-31", "FY2025 Q1 (japan); 2025-04-01; 2025-06-30", "H2 FY2024 (au); 2024-01-01; 2024-06-30",
            "2024 financial year; 2023-10-01; 2024-09-30", "2023-24 financial year (uk); 2023-04-01; 2024-03-31",
            "financial year 2023/24 (uk); 2023-04-01; 2024-03-31",
            // decades, the months ending with a period, weeks
            "the 2020s; 2020-01-01; 2029-12-31", "1990s; 1990-01-01; 1999-12-31", "1990年代; 1990-01-01; 1999-12-31",
            "20世纪90年代; 1990-01-01; 1999-12-31", "the year to March 2024; 2023-04-01; 2024-03-31",
            "12 months to June 2024; 2023-07-01; 2024-06-30", "the three months to June 2024; 2024-04-01; 2024-06-30",
            "the year ended 31 March 2024; 2023-04-01; 2024-03-31", "quarter ending September 2024; 2024-07-01; 2024-09-30",
            "2024-W23; 2024-06-03; 2024-06-09", "2026-W01; 2025-12-29; 2026-01-04", "the week of 5 June 2024; 2024-06-03; 2024-06-09",
            // a quarter in short, months of one year, dotted dates, seasons, China's five-year plans
            "3Q24; 2024-07-01; 2024-09-30", "Jan-Mar 2024; 2024-01-01; 2024-03-31", "January to March 2024; 2024-01-01; 2024-03-31",
            "2024.03.24; 2024-03-24; 2024-03-24", "2024-25 season; 2024-07-01; 2025-06-30", "2024/25赛季; 2024-07-01; 2025-06-30",
            "十四五期间; 2021-01-01; 2025-12-31", "“十三五”时期; 2016-01-01; 2020-12-31"})
    void readsPeriods(String text, String start, String end) {
        var p = Periods.parse(text);
        assertEquals(LocalDate.parse(start), p.start());
        assertEquals(LocalDate.parse(end), p.end());
        assertEquals(text, p.label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "by 2029; -; 2029-12-31", "through 2029; -; 2029-12-31", "until June 2026; -; 2026-06-30", "到2030年; -; 2030-12-31",
            "截至2025年6月; -; 2025-06-30", "到2030年底; -; 2030-12-31", "/2029; -; 2029-12-31", "before 2030; -; 2029-12-31",
            "since 2020; 2020-01-01; -", "2025/; 2025-01-01; -", "自2020年以来; 2020-01-01; -",
            "as of 2024-06-30; -; 2024-06-30", "as at 31 March 2024; -; 2024-03-31", "at the end of 2024; -; 2024-12-31",
            "2008 to present; 2008-01-01; -", "2008–present; 2008-01-01; -", "2008年至今; 2008-01-01; -", "2015年以来; 2015-01-01; -",
            "2023年底; -; 2023-12-31", "2024年末; -; 2024-12-31", "2024年6月底; -; 2024-06-30", "2024年第一季度末; -; 2024-03-31",
            "end-2023; -; 2023-12-31", "year-end 2023; -; 2023-12-31", "end-June 2024; -; 2024-06-30"})
    void readsOpenPeriods(String text, String start, String end) {
        var p = Periods.parse(text);
        assertEquals(start == null ? null : LocalDate.parse(start), p.start());
        assertEquals(end == null ? null : LocalDate.parse(end), p.end());
        assertEquals(text, p.label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "last year; 2024; 2024-01-01; 2024-12-31", "this year; 2025; 2025-01-01; 2025-12-31",
            "next year; 2026; 2026-01-01; 2026-12-31", "去年; 2024年; 2024-01-01; 2024-12-31", "今年; 2025年; 2025-01-01; 2025-12-31",
            "明年; 2026年; 2026-01-01; 2026-12-31", "前年; 2023年; 2023-01-01; 2023-12-31", "去年上半年; 2024年上半年; 2024-01-01; 2024-06-30",
            "今年前三季度; 2025年前三季度; 2025-01-01; 2025-09-30", "Q3 last year; Q3 2024; 2024-07-01; 2024-09-30",
            "last month; 2025-10; 2025-10-01; 2025-10-31", "上个月; 2025年10月; 2025-10-01; 2025-10-31",
            "by next year; by 2026; 0001-01-01; 2026-12-31",
            // a part of a year without its year: the year of publication, or the one before when the part has not ended
            "前三季度; 2025年前三季度; 2025-01-01; 2025-09-30", "1-9月; 2025年1-9月; 2025-01-01; 2025-09-30",
            "12月24日; 2024年12月24日; 2024-12-24; 2024-12-24", "下半年; 2024年下半年; 2024-07-01; 2024-12-31",
            "第三季; 2025年第三季; 2025-07-01; 2025-09-30", "前三季; 2025年前三季; 2025-01-01; 2025-09-30"})
    void resolvesRelativePeriodsAgainstThePublicationDate(String text, String label, String start, String end) {
        var p = Periods.parse(text, PUBLISHED);
        assertEquals(label, p.label());
        assertEquals(start.equals("0001-01-01") ? null : LocalDate.parse(start), p.start());
        assertEquals(LocalDate.parse(end), p.end());
    }

    @Test
    void aDocumentsFiscalYearConventionIsKeptInTheLabel() {
        var p = Periods.parse("FY2024", null, "AU");
        assertEquals(LocalDate.of(2023, 7, 1), p.start());
        assertEquals("FY2024 (australia)", p.label());
        assertEquals(p.start(), Periods.parse(p.label()).start());
        assertEquals("2025", Periods.parse("2025", null, "AU").label());
        assertEquals("uk", Periods.fiscalYear("gb"));
        assertEquals("unknown fiscal-year convention \"ukk\" (did you mean \"uk\"?); one of us-federal, uk, australia, new-zealand, "
                        + "india, japan, canada, hong-kong, south-africa, calendar or a country code such as GB, AU, JP",
                assertThrows(IllegalArgumentException.class, () -> Periods.fiscalYear("ukk")).getMessage());
    }

    @Test
    void yearsOfTheRepublicOfChinaWithTheirEraName() {
        var y = Periods.parse("民國108年");
        assertEquals(LocalDate.of(2019, 1, 1), y.start());
        assertEquals(LocalDate.of(2019, 12, 31), y.end());
        assertEquals("民國108年", y.label());
        var m = Periods.parse("民国113年12月");
        assertEquals(LocalDate.of(2024, 12, 1), m.start());
        assertEquals(LocalDate.of(2024, 12, 31), m.end());
        assertEquals("\"105年\" is not a period: a year of the Republic of China is written with 民國, as 民國105年 (2016)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("105年")).getMessage());
    }

    @Test
    void aSchoolYearOfTheRepublicOfChina() {
        // Taiwan's 112學年度 runs from August 2023; written bare it was refused with the list of every form
        var s = Periods.parse("民國112學年度");
        assertEquals(LocalDate.of(2023, 7, 1), s.start());
        assertEquals(LocalDate.of(2024, 6, 30), s.end());
        assertEquals("\"112學年度\" is not a period: a year of the Republic of China is written with 民國, as 民國112學年度 (2023)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("112學年度")).getMessage());
    }

    @Test
    void openStartAndWholeYears() {
        var p = Periods.parse("/2029");
        assertNull(p.start());
        assertEquals(5.0, Periods.parse("2025/2029").wholeYears());
        assertEquals(2.0, Periods.parse("2023-2024").wholeYears());
    }

    @Test
    void refusesNonsenseWithAReason() {
        assertEquals("the period ends (2024) before it starts (2025)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("2025/2024")).getMessage());
        assertEquals("the period ends (2023) before it starts (2024)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("2024-2023")).getMessage());
        assertEquals("\"2025-02-30\" is not a real date",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("2025-02-30")).getMessage());
        assertEquals("\"2025-13\" is not a real date",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("2025-13")).getMessage());
        assertEquals("\"5/6/2024\" is a day written with slashes, month first in the US and day first elsewhere: write it as 2024-05-06 (month first)"
                        + " or 2024-06-05 (day first)", assertThrows(IllegalArgumentException.class, () -> Periods.parse("5/6/2024")).getMessage());
        assertEquals("\"5/5/24\" is a day written with slashes, month first in the US and day first elsewhere: write it as 2024-05-05",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("5/5/24")).getMessage());
        assertEquals("\"soon\" is not a period: write 2025, 2023-2024, 2025-H1, 2025-Q3, 2025-09, 2025-09-22, FY2024, 2025年上半年, "
                        + "a range such as 2026/2030 or an open one such as \"by 2031\"",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("soon")).getMessage());
        assertEquals("\"next year\" is relative to the publication date, which is unknown: write the period itself (e.g. 2024)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("next year")).getMessage());
        assertEquals("\"去年\" is relative to the publication date, which is unknown: write the period itself (e.g. 2024)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("去年", null)).getMessage());
        assertEquals("\"FY2024/26\" is not one fiscal year: the second year must follow the first",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("FY2024/26")).getMessage());
        assertEquals("\"FY2024/25\" spans two calendar years, but the calendar fiscal year is the calendar year",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("FY2024/25", null, "CN")).getMessage());
        assertEquals("\"2020-2022 school year\" is not one school or fiscal year: the second year must follow the first",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("2020-2022 school year")).getMessage());
        var uk = Periods.parse("2020-21", null, "uk");
        assertEquals(List.of(LocalDate.parse("2020-04-01"), LocalDate.parse("2021-03-31"), "2020-21 (uk)"), List.of(uk.start(), uk.end(), uk.label()));
        assertEquals("\"Nov-Feb 2024\" is not a period: its months run backwards (give each its year, as 2023-11/2024-02)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("Nov-Feb 2024")).getMessage());
        assertEquals("\"上半年\" is relative to the publication date, which is unknown: write the period itself (e.g. 2024年上半年)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("上半年")).getMessage());
        assertEquals("a range needs at least one end", assertThrows(IllegalArgumentException.class, () -> Periods.parse("/")).getMessage());
        assertEquals("empty period", assertThrows(IllegalArgumentException.class, () -> Periods.parse(" ")).getMessage());
    }

    @Test
    void aYearAndTheNextThatCouldBeAMonthIsTheFiscalYearOnlyWhereOneIsNamed() {
        // a document that names a fiscal year not starting in January writes its years 2011-12, 2009-10
        var year = Periods.parse("2011-12", null, "uk");
        assertEquals(List.of(LocalDate.parse("2011-04-01"), LocalDate.parse("2012-03-31"), "2011-12 (uk)"), List.of(year.start(), year.end(), year.label()));
        var change = Periods.parse("2009-10/2012-13", null, "uk");
        assertEquals(List.of(LocalDate.parse("2009-04-01"), LocalDate.parse("2013-03-31")), List.of(change.start(), change.end()));
        var named = Periods.parse("2010-11 (au)");
        assertEquals(List.of(LocalDate.parse("2010-07-01"), LocalDate.parse("2011-06-30"), "2010-11 (au)"), List.of(named.start(), named.end(), named.label()));
        // otherwise, and in a calendar-year convention, it stays the month
        var month = Periods.parse("2011-12");
        assertEquals(List.of(LocalDate.parse("2011-12-01"), LocalDate.parse("2011-12-31")), List.of(month.start(), month.end()));
        var calendar = Periods.parse("2011-12", null, "CN");
        assertEquals(List.of(LocalDate.parse("2011-12-01"), LocalDate.parse("2011-12-31")), List.of(calendar.start(), calendar.end()));
        var ukMonth = Periods.parse("2011-09", null, "uk");
        assertEquals(List.of(LocalDate.parse("2011-09-01"), LocalDate.parse("2011-09-30")), List.of(ukMonth.start(), ukMonth.end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // a part of a year or decade said loosely: the whole third it may mean, so a figure dated anywhere in it meets it
            "early 2024; 2024-01-01; 2024-04-30", "mid-2025; 2025-05-01; 2025-08-31", "mid 2025; 2025-05-01; 2025-08-31",
            "late 2023; 2023-09-01; 2023-12-31", "2025年初; 2025-01-01; 2025-04-30", "2025年中; 2025-05-01; 2025-08-31",
            "2025年年中; 2025-05-01; 2025-08-31", "the early 1990s; 1990-01-01; 1993-12-31", "the mid-1990s; 1994-01-01; 1996-12-31",
            "the late 1990s; 1997-01-01; 1999-12-31", "1990年代初; 1990-01-01; 1993-12-31", "1990年代末; 1997-01-01; 1999-12-31",
            "20世纪90年代中期; 1994-01-01; 1996-12-31", "early 2024 to late 2025; 2024-01-01; 2025-12-31",
            // seasons, the northern hemisphere's unless the claim is about a place south of the equator
            "summer 2024; 2024-06-01; 2024-08-31", "the summer of 2024; 2024-06-01; 2024-08-31", "spring 2025; 2025-03-01; 2025-05-31",
            "autumn 2023; 2023-09-01; 2023-11-30", "fall 2023; 2023-09-01; 2023-11-30", "winter 2023-24; 2023-12-01; 2024-02-29",
            "winter 2023/24; 2023-12-01; 2024-02-29", "2024年夏季; 2024-06-01; 2024-08-31", "2024年夏天; 2024-06-01; 2024-08-31",
            "2023-24年冬季; 2023-12-01; 2024-02-29"})
    void readsLoosePartsAndSeasons(String text, String start, String end) {
        var p = Periods.parse(text);
        assertEquals(List.of(LocalDate.parse(start), LocalDate.parse(end), text), List.of(p.start(), p.end(), p.label()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // against 20 November 2025: the last to end before it, the one under way or else the nearer, the first to begin after it
            "last summer; summer 2025; 2025-06-01; 2025-08-31", "this summer; summer 2025; 2025-06-01; 2025-08-31",
            "this winter; winter 2025-26; 2025-12-01; 2026-02-28", "last winter; winter 2024-25; 2024-12-01; 2025-02-28",
            "next spring; spring 2026; 2026-03-01; 2026-05-31", "last fall; fall 2024; 2024-09-01; 2024-11-30",
            "this autumn; autumn 2025; 2025-09-01; 2025-11-30", "the coming winter; winter 2025-26; 2025-12-01; 2026-02-28",
            // a season with the year of the calendar, as 今年夏天 is
            "今夏; 2025年夏季; 2025-06-01; 2025-08-31", "明春; 2026年春季; 2026-03-01; 2026-05-31", "今年夏天; 2025年夏天; 2025-06-01; 2025-08-31",
            // the other ways round and without 季
            "fall 2024; fall 2024; 2024-09-01; 2024-11-30", "2024 fall; 2024 fall; 2024-09-01; 2024-11-30",
            "autumn of 2024; autumn of 2024; 2024-09-01; 2024-11-30", "2024年秋; 2024年秋; 2024-09-01; 2024-11-30", "2024年秋季; 2024年秋季; 2024-09-01; 2024-11-30"})
    void readsSeasonsNamedAgainstTheDate(String text, String label, String start, String end) {
        var p = Periods.parse(text, LocalDate.parse("2025-11-20"), null);
        assertEquals(List.of(LocalDate.parse(start), LocalDate.parse(end), label), List.of(p.start(), p.end(), p.label()));
    }

    @Test
    void aSeasonNamedAgainstTheDateNeedsTheDateAndBothYearsAcrossNewYear() {
        assertEquals("\"last summer\" is relative to the publication date, which is unknown: write the period itself (e.g. summer 2024)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("last summer")).getMessage());
        assertEquals("\"去冬\" is relative to the publication date, which is unknown: write the period itself (e.g. 2024年冬季)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("去冬")).getMessage());
        // 去冬 is 去年冬季: which winter of 2024 is not said
        assertEquals("\"去冬\" does not say which winter: in the northern hemisphere it runs from December into February; write both years (2024-25 for "
                + "December 2024 to February 2025, 2023-24 for the one ending in 2024) or the months (e.g. 2024-12/2025-02)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("去冬", LocalDate.parse("2025-11-20"), null)).getMessage());
        // south of the equator last summer is the one that ended in February
        assertEquals("summer 2024-25", Periods.parse("last summer", LocalDate.parse("2025-11-20"), null, true).label());
    }

    @Test
    void aSeasonSouthOfTheEquatorIsSixMonthsOn() {
        var winter = Periods.parse("winter 2024", null, null, true);
        assertEquals(List.of(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-08-31")), List.of(winter.start(), winter.end()));
        var summer = Periods.parse("summer 2023-24", null, null, true);
        assertEquals(List.of(LocalDate.parse("2023-12-01"), LocalDate.parse("2024-02-29")), List.of(summer.start(), summer.end()));
        assertEquals("\"summer 2024\" does not say which summer: in the southern hemisphere it runs from December into February; write both years"
                        + " (2024-25 for December 2024 to February 2025, 2023-24 for the one ending in 2024) or the months (e.g. 2024-12/2025-02)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("summer 2024", null, null, true)).getMessage());
        assertEquals("\"winter 2023-24\" is not a season: in the southern hemisphere it lies within one year; write it with one year, or give the months"
                        + " (e.g. 2023-06/2023-08)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("winter 2023-24", null, null, true)).getMessage());
    }

    @Test
    void aSeasonAcrossNewYearNeedsBothYears() {
        assertEquals("\"winter 2023\" does not say which winter: in the northern hemisphere it runs from December into February; write both years"
                        + " (2023-24 for December 2023 to February 2024, 2022-23 for the one ending in 2023) or the months (e.g. 2023-12/2024-02)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("winter 2023")).getMessage());
        assertEquals("\"2024年冬季\" does not say which winter: in the northern hemisphere it runs from December into February; write both years"
                        + " (2024-25 for December 2024 to February 2025, 2023-24 for the one ending in 2024) or the months (e.g. 2024-12/2025-02)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("2024年冬季")).getMessage());
        assertEquals("\"winter 2023-25\" is not a season: the second year must follow the first",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("winter 2023-25")).getMessage());
        assertEquals("\"summer 2023-24\" is not a season: in the northern hemisphere it lies within one year; write it with one year, or give the months"
                        + " (e.g. 2023-06/2023-08)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("summer 2023-24")).getMessage());
    }
}
