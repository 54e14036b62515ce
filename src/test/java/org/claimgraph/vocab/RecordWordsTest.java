package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A record a sentence states in words is read with its rank, end and window, in English and Chinese; other superlatives are not. */
class RecordWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a series' beginning is its whole record
            "The rate was 6.8% in December 2017, the lowest since the series began in 1972.|1|true|on record|false",
            "Kenya harvested 42.5 million bags in 2015, the largest harvest in the records going back to 1960.|1|false|on record|false",
            "The summer was the third-warmest since records began in 1895.|3|false|on record|false",
            "Seasonally adjusted, 996,863 were unemployed, the most on record for the state.|1|false|on record|false",
            "It was the highest ever recorded.|1|false|on record|false",
            "The rate was 4.3%, the lowest since 1975.|1|true|since 1975|false",
            "Output was the 2nd highest in the past 20 years.|2|false|in the past 20 years|false",
            // a change's record: a fall's largest is the lowest change
            "Prices fell 4.6% in the year to August 2023, the largest annual fall since 2009.|1|true|since 2009|true",
            "Sales rose 9%, the biggest rise since March 2019.|1|false|since March 2019|true",
            "About 1.3 million people moved to the UK, a record.|1|false|on record|false",
            "The rate stayed at that record low of 3.1% through January 2000.|1|true|on record|false",
            "全省小麦平均亩产的历史最高水平是447.3公斤。|1|false|on record|false",
            "2024年失业率为3.1%，为1990年有统计以来最低。|1|true|on record|false",
            "2024年失业率为5.6%，为2011年以来最高。|1|false|2011年以来|false",
            "出口额为近十年最低。|1|true|近十年|false",
            "成交量創歷史新高。|1|false|on record|false"})
    void aRecordInWordsIsRead(String sentence, int rank, boolean fromLowest, String window, boolean ofChange) {
        RecordWords.Stated s = RecordWords.read(sentence);
        assertEquals(rank, s.rank());
        assertEquals(fromLowest, s.fromLowest());
        assertEquals(window, s.window());
        assertEquals(ofChange, s.ofChange());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Texas had 9,410 megawatts of wind capacity, the largest of any state.",
            "18 of the 19 hottest years on record have occurred since 2001.",
            "The previous record low was 7% in September 2017.",
            "The rate peaked at 16.6% in April 2010.",
            "Police record every burglary reported to them.",
            "The rate was the highest in the country since 1990.",
            "At least 2 people were injured.",
            "该市失业率为全省最低。"})
    void otherSuperlativesAreNotRecords(String sentence) {
        assertNull(RecordWords.read(sentence));
    }
}
