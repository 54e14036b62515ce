package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.claimgraph.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A prediction beyond a trusted source's bound on what the figure can be: rules/prediction.cases.json's
 * prediction.beyond-bound cases, their sentences and numbers.
 */
class PredictionBoundTest {

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "above the cap the law sets|Riverton Transit Authority (fictional) (“Riverton Transit Fares Act (fictional)”, 2025-06-01) gives Riverton's rise in bus fares for 2026 as at most 3%, a bound the predicted 10% lies beyond: a forecast of what the source rules out is contradicted (one within the bound is never confirmed).",
            "超出调查所所说的顶多规模6 (in Chinese)|地质调查所（虚构） (“地质调查所：里弗顿断层的发震潜能（虚构）”, 2025-09-01) gives Riverton Fault's earthquake magnitude for 2026 as at most 6, a bound the predicted at least 8 lies beyond: a forecast of what the source rules out is contradicted (one within the bound is never confirmed)."})
    void theFindingNamesTheBound(String caseEnd, String message) throws IOException {
        assertEquals(message, finding(caseEnd).message());
    }

    /** The numbers behind the sentence: the predicted figure and the bound it lies beyond. */
    @Test
    void theNumbersAreTheForecastAndTheBound() throws IOException {
        var n = finding("above the cap the law sets").numbers();
        assertEquals(10, n.get("claimed"));
        assertEquals(3, n.get("bound"));
    }

    static Finding finding(String caseEnd) throws IOException {
        return RuleCasesTest.finding("prediction.cases.json", caseEnd, "prediction.beyond-bound");
    }
}
