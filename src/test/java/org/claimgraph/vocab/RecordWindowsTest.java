package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.claimgraph.model.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A record's window is read against the claim's period, in English and Chinese, and told in words by its days. */
class RecordWindowsTest {

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiter = ';', value = {
            // on record: from the first figure there is, up to the end of the claim's period
            "2023; on record; ; 2023-12-31; up to 2023", "2023; ever; ; 2023-12-31; up to 2023",
            "2023; since records began; ; 2023-12-31; up to 2023", "2024年; 有记录以来; ; 2024-12-31; up to 2024",
            "2024年; 有記錄以來; ; 2024-12-31; up to 2024", "2024-01; 史上; ; 2024-01-31; up to 2024-01",
            // since a period: it is left out (the record last stood there)
            "2024; since 1975; 1976-01-01; 2024-12-31; 1976–2024", "2024年; 1975年以来; 1976-01-01; 2024-12-31; 1976–2024",
            "2024年; 自2011年以來; 2012-01-01; 2024-12-31; 2012–2024",
            "2024-01; since March 2019; 2019-04-01; 2024-01-31; 2019-04–2024-01",
            "2024年1月; 2019年3月以来; 2019-04-01; 2024-01-31; 2019-04–2024-01",
            // a length ending with the claim's period, the period counted in it
            "2022; 40 years; 1983-01-01; 2022-12-31; 1983–2022", "2022; in 40 years; 1983-01-01; 2022-12-31; 1983–2022",
            "2022; in the last forty years; 1983-01-01; 2022-12-31; 1983–2022", "2023; the past decade; 2014-01-01; 2023-12-31; 2014–2023",
            "2023; two decades; 2004-01-01; 2023-12-31; 2004–2023", "2024-06; 18 months; 2023-01-01; 2024-06-30; 2023-01–2024-06",
            "2023年; 近十年; 2014-01-01; 2023-12-31; 2014–2023", "2022年; 过去40年; 1983-01-01; 2022-12-31; 1983–2022",
            "2022年; 過去四十年; 1983-01-01; 2022-12-31; 1983–2022", "2023年; 十年来; 2014-01-01; 2023-12-31; 2014–2023",
            "2024年6月; 近6个月; 2024-01-01; 2024-06-30; 2024-01–2024-06", "2024-Q2; 近两年; 2022-07-01; 2024-06-30; 2022-07–2024-06",
            // a span as periods are written, both ends in it; an open end is the claim's period's
            "2020; 1975/2024; 1975-01-01; 2024-12-31; 1975–2024", "2020; 1975-2024; 1975-01-01; 2024-12-31; 1975–2024",
            "2020年; 1975年至2024年; 1975-01-01; 2024-12-31; 1975–2024", "2020; 1975/; 1975-01-01; 2020-12-31; 1975–2020",
            "2020; /2024; ; 2024-12-31; up to 2024", "2024-09-22; 2024-09-01/2024-09-30; 2024-09-01; 2024-09-30; 2024-09",
            "2024-09-22; 2024-09-10/2024-09-30; 2024-09-10; 2024-09-30; 2024-09-10–2024-09-30"})
    void aWindowIsReadAgainstTheClaimsPeriod(String period, String text, String start, String end, String words) {
        Period w = RecordWindows.parse(text, Periods.parse(period));
        assertEquals(start == null ? null : java.time.LocalDate.parse(start), w.start());
        assertEquals(java.time.LocalDate.parse(end), w.end());
        assertEquals(text, w.label());
        assertEquals(words, RecordWindows.span(w));
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiter = ';', value = {
            "2024; lately; \"lately\" is not a record window: write on record, since 1975, 1975/2024, 40 years, 有记录以来, 1975年以来 or 近十年",
            "2024; since the war; \"since the war\" is not a record window: write on record, since 1975, 1975/2024, 40 years, 有记录以来, 1975年以来 or 近十年",
            "2024; since 2024; \"since 2024\" starts after the claim's period (2024) begins: a record's window holds its period",
            "2024年; 2024年以来; \"2024年以来\" starts after the claim's period (2024年) begins: a record's window holds its period",
            "2024; 1975/2000; \"1975/2000\" (1975–2000) ends before the claim's period (2024) does: a record's window holds its period",
            "2024; 1 year; \"1 year\" (2024) leaves no room for another period as long as the claim's (2024)",
            "2024-Q3; since 2024-Q2; \"since 2024-Q2\" (2024-07–2024-09) leaves no room for another period as long as the claim's (2024-Q3)",
            "2024; 0 years; \"0 years\" is out of range: a whole number of years or months, more than 0 and at most 1000 years",
            "2024; 2.5 years; \"2.5 years\" is out of range: a whole number of years or months, more than 0 and at most 1000 years",
            "2024; 2024/1975; the period ends (1975) before it starts (2024)",
            "2024; ' '; empty record window",
            "by 2029; on record; a record window needs a period with both ends"})
    void aBadWindowIsRefusedWithTheExactMessage(String period, String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> RecordWindows.parse(text, Periods.parse(period))).getMessage());
    }
}
