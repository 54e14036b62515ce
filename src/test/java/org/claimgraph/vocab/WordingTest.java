package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "42500000000 | USD | $42.5B", "-1200000000000 | USD | -$1.2T", "3500000 | EUR | €3.5M", "999999 | USD | $999,999",
            "34 | percent | 34%", "17 | times | 17×", "1 | day | 1 day", "14 | day | 14 days", "4500 | sq-ft | 4,500 sq ft",
            "1400 | acre | 1,400 acres", "6 | GW | 6 GW", "2.706 | times | 2.71×",
            "300000000000 | TWD | NT$300B", "1500000 | HKD | HK$1.5M", "3000000000 | ZAR | ZAR 3B", "-2000000 | GBP | -£2M",
            "31306.5 | GBP | £31,306.5", "6000000000 | W | 6 GW", "1500000000000 | Wh | 1.5 TWh", "37000000 | t | 37 Mt",
            "2 | percentage-point | 2 percentage points", "18 | week | 18 weeks", "1.5 | celsius | 1.5°C", "-40 | fahrenheit | -40°F", "0 | kelvin | 0 K"})
    void showsAFigureAsAReaderWritesIt(double value, String unit, String shown) {
        assertEquals(shown, Wording.show(value, unit));
    }

    @Test
    void aCountShowsItsEnglishNoun() {
        assertEquals("23.4M people", Wording.show(2.34e7, "count", "people"));
        assertEquals("23.4M", Wording.show(2.34e7, "count", "人"));
        assertEquals("1,200 jobs", Wording.show(1200, "count", "jobs"));
    }

    @Test
    void anOpenSideIsNeverAPoint() {
        assertEquals("at least $1.25T", Wording.range(1.25e12, Double.POSITIVE_INFINITY, "USD"));
        assertEquals("at most $300B", Wording.range(0, 3e11, "USD"));
        assertEquals("at most $300B", Wording.range(Double.NEGATIVE_INFINITY, 3e11, "USD"));
        assertEquals("more than $300B", Wording.range(3e11, true, Double.POSITIVE_INFINITY, false, "USD"));
        assertEquals("less than 10%", Wording.range(0, false, 10, true, "percent"));
        assertEquals("9.5%–less than 10%", Wording.range(9.5, false, 10, true, "percent"));
        assertEquals("$114.5B–$115.5B", Wording.range(1.145e11, 1.155e11, "USD"));
        assertEquals("any value", Wording.range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "USD"));
        assertEquals("unbounded", Wording.show(Double.POSITIVE_INFINITY, "USD"));
    }

    @Test
    void plainKeepsThreeSignificantDecimalsAtMost() {
        assertEquals("0.123", Wording.plain(0.12345));
        assertEquals("2.71", Wording.plain(2.7059));
        assertEquals("123.5", Wording.plain(123.45));
        assertEquals("2.7", Wording.oneDecimal(2.7059));
        assertEquals("37%", Wording.percent(0.3696));
    }

    @Test
    void aNounTakesItsArticleBySound() {
        assertEquals("a year", Wording.a("year"));
        assertEquals("an hour", Wording.a("hour"));
        assertEquals("an acre", Wording.a("acre"));
        assertEquals("a kilowatt hour", Wording.a("kilowatt hour"));
        assertEquals("a euro", Wording.a("euro"));
    }
}
