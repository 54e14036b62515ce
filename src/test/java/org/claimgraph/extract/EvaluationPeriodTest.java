package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A drafted period is scored by the days it names, not by how its label is spelt. */
class EvaluationPeriodTest {

    @Test
    void aHalfYearQuarterOrSeasonWrittenAsItsMonthsOrDaysIsTheSamePeriod() {
        assertTrue(Evaluation.samePeriod("2019-01/2019-06", "2019-H1"));
        assertTrue(Evaluation.samePeriod("2024-07/2024-12", "2024-H2"));
        assertTrue(Evaluation.samePeriod("2024-10/2024-12", "2024-Q4"));
        assertTrue(Evaluation.samePeriod("2024-10/2025-04", "2024-10-01/2025-04-30"));
        assertTrue(Evaluation.samePeriod("2024", "2024"));
        assertTrue(Evaluation.samePeriod(null, "2024"));
    }

    @Test
    void otherDaysOrNoDraftedPeriodAreNot() {
        assertFalse(Evaluation.samePeriod("2019-01/2019-06", "2019-H2"));
        assertFalse(Evaluation.samePeriod("2024-10/2025-04", "2024-10-01/2025-04-29"));
        assertFalse(Evaluation.samePeriod("2024-01/2024-06", "2024"));
        assertFalse(Evaluation.samePeriod("2024", null));
        assertFalse(Evaluation.samePeriod("not a period", "2024"));
    }
}
