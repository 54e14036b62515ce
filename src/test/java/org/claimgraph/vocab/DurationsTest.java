package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.model.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // a clock of three parts is hours, minutes and seconds, told to the second
            "2:00:35; hour; 2.009722; 2.009583; 2.009861; hour", "2:00:35; -; 7235; 7234.5; 7235.5; second",
            // of two parts: what the claim's unit says; a fraction makes the last part seconds
            "9:58; minute; 9.966667; 9.958333; 9.975; minute", "2:05; hour; 2.083333; 2.075; 2.091667; hour",
            "3:43.13; second; 223.13; 223.125; 223.135; second",
            // several units at once, in English and Chinese
            "2 hours 5 minutes; -; 125; 124.5; 125.5; minute", "1 min 45 s; second; 105; 104.5; 105.5; second",
            "1h 30min; hour; 1.5; 1.491667; 1.508333; hour", "2小时0分35秒; -; 7235; 7234.5; 7235.5; second",
            "1分45秒; -; 105; 104.5; 105.5; second", "2個小時30分鐘; -; 150; 149.5; 150.5; minute",
            // a race's time in Chinese: the digits after 秒 are its hundredths, after 分 its seconds
            "9秒83; -; 9.83; 9.825; 9.835; second", "1分45; second; 105; 104.5; 105.5; second",
            // a sentence in years and months, told to the month
            "7 years 6 months; year; 7.5; 7.458333; 7.541667; year", "7年6個月; -; 90; 89.5; 90.5; month",
            "1 year and 6 months; month; 18; 17.5; 18.5; month", "3年零2个月; year; 3.166667; 3.125; 3.208333; year",
            "2 weeks 3 days; -; 17; 16.5; 17.5; day"})
    void readsOneDurationInOneUnit(String figure, String unit, double value, double low, double high, String as) {
        assertTrue(Durations.written(figure), figure);
        var a = Durations.read(figure, unit, Settings.DEFAULTS);
        assertEquals(value, a.value(), 1e-6, "value of " + figure);
        assertEquals(low, a.low(), 1e-6, "low of " + figure);
        assertEquals(high, a.high(), 1e-6, "high of " + figure);
        assertEquals(as, a.unit());
    }

    @Test
    void oneUnitAloneOrUnitsOutOfOrderAreNoDuration() {
        for (String f : new String[] {"35 seconds", "9.58", "5 minutes 2 hours", "12:30 pm", "2 hours and", "3 seconds 45", "1,000", "2年半", "2024年3月"}) {
            assertFalse(Durations.written(f), f);
        }
    }

    @Test
    void aClockOfTwoPartsNeedsItsUnit() {
        var e = assertThrows(IllegalArgumentException.class, () -> Durations.read("9:58", null, Settings.DEFAULTS));
        assertEquals("\"9:58\" is a time on a clock of two parts: give its unit (hour for hours and minutes, minute for minutes and seconds)",
                e.getMessage());
    }
}
