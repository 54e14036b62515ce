package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2025, 2025-01-01, 2025-12-31", "2025-H1, 2025-01-01, 2025-06-30", "2025-Q3, 2025-07-01, 2025-09-30",
            "2025-09, 2025-09-01, 2025-09-30", "2025-09-22, 2025-09-22, 2025-09-22", "FY2024, 2023-10-01, 2024-09-30",
            "2025/2029, 2025-01-01, 2029-12-31", "2023-11/2025-11, 2023-11-01, 2025-11-30"})
    void readsPeriods(String text, String start, String end) {
        var p = Periods.parse(text);
        assertEquals(LocalDate.parse(start), p.start());
        assertEquals(LocalDate.parse(end), p.end());
        assertEquals(text, p.label());
    }

    @Test
    void openStartAndWholeYears() {
        var p = Periods.parse("/2029");
        assertNull(p.start());
        assertEquals(5.0, Periods.parse("2025/2029").wholeYears());
    }

    @Test
    void refusesNonsenseWithAReason() {
        assertEquals("the period ends (2024) before it starts (2025)",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("2025/2024")).getMessage());
        assertEquals("\"2025-02-30\" is not a real date",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("2025-02-30")).getMessage());
        assertEquals("\"next year\" is not a period: write 2025, 2025-H1, 2025-Q3, 2025-09, 2025-09-22, FY2024 or a range such as 2025/2029",
                assertThrows(IllegalArgumentException.class, () -> Periods.parse("next year")).getMessage());
    }
}
