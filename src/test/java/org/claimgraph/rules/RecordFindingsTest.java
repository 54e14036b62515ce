package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A record's findings name its window, the periods and figures that decide it, and why a partial series does not. */
class RecordFindingsTest {

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a lower rate inside the window rules out the lowest since 2015|story/north-record|records.series|For 2024, Statistics office (fictional) (“Regional labour statistics (fictional)”, 2025-02-01) gives Northshire (fictional region)'s unemployment rate as 3.8%; within the window since 2015 (2016–2024) the sources give it below that for 2019 at 3.5%, so 2024 ranked no better than the 2nd lowest there, not the lowest as claimed.",
            "every year of the window given, none higher: the highest since 2015|story/north-record|records.series|For 2020, Statistics office (fictional) (“Regional labour statistics (fictional)”, 2025-02-01) gives Northshire (fictional region)'s unemployment rate as 6.1%; the sources give it for all 4 other years of the window since 2015 (2016–2020), none above it: the highest there, consistent with the claim.",
            "some years of the window, none higher, do not confirm the highest since 2015|story/north-record|records.partial-series|For 2020, Statistics office (fictional) (“Regional labour statistics (fictional)”, 2025-02-01) gives Northshire (fictional region)'s unemployment rate as 6.1%; the sources give it for 3 other years of the window since 2015 (2016–2020), none above it: a partial series neither confirms nor rules out the highest there.",
            "one equal to it as written: the highest since 2015 is ruled out (the figure was reached again inside the window)|story/north-record|records.series|For 2020, Statistics office (fictional) (“Regional labour statistics (fictional)”, 2025-02-01) gives Northshire (fictional region)'s unemployment rate as 6.1%; within the window since 2015 (2016–2020) the sources give the same figure for 2017 at 6.1%: a record since 2015 says the figure was last reached at or before the window's start, and it was reached again inside it, so 2020 was not the highest there as claimed.",
            "one only level with it (about 6%, not 6.1%): the highest since 2015 is left open|story/north-record|records.partial-series|For 2020, Statistics office (fictional) (“Regional labour statistics (fictional)”, 2025-02-01) gives Northshire (fictional region)'s unemployment rate as 6.1%; the sources give it for all 4 other years of the window since 2015 (2016–2020), none above it, 2017 at 6% level with it: figures level with it leave the order open, so they neither confirm nor rule out the highest there.",
            "近十年最低 ruled out by an equal rate in 2019, from a partial series (Chinese)|baodao/shiyelv-zuidi|records.series|For 2024年, 青川市统计局（虚构） (“青川市统计公报（虚构）”, 2025-01-10) gives Qingchuan (fictional city)'s unemployment rate as 5%; within the window 近十年 (2015–2024) the sources give the same figure for 2019年 at 5%: a record 近十年 says the figure was last reached at or before the window's start, and it was reached again inside it, so 2024年 was not the lowest there as claimed.",
            "a source's lowest on record confirms the lowest since 2015|story/north-record|records.stated|Statistics office (fictional) (“Regional labour statistics (fictional)”, 2025-02-01) ranks Northshire (fictional region)'s unemployment rate for 2024 the lowest on record (up to 2024); so the lowest since 2015 (2016–2024), consistent with the claim.",
            "the figure confirmed, the record not: not supported|story/north-record|records.figure-alone|The claim's figure is confirmed, but not its record (the lowest since 1969): a record is supported only by a trusted source stating it or by the subject's figures for every period of a window with a start.",
            "近十年最高 ruled out by a higher rate in 2020 (Chinese)|baodao/shiyelv-shinian|records.series|For 2024年, 青川市统计局（虚构） (“青川市统计公报（虚构）”, 2025-01-10) gives Qingchuan (fictional city)'s unemployment rate as 5.6%; within the window 近十年 (2015–2024) the sources give it above that for 2020年 at 6.2%, 2022年 at 5.9%, so 2024年 ranked no better than the 3rd highest there, not the highest as claimed."})
    void theFindingSaysWhatDecidesTheRecord(String caseEnd, String claim, String rule, String message) throws IOException {
        assertEquals(message, RuleCasesTest.finding("records.cases.json", caseEnd, claim, rule).message());
    }
}
