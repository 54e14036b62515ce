package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.claimgraph.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rank only a count of tied figures as one place allows is told as such: the findings of rules/ranking.cases.json's cases. */
class RankTiesTest {

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "three ahead, two of them tied, leave a third place open when tied figures share a place (1-2-2-3), not confirmed|For 2024, "
                    + "Statistics office (fictional) (\u201cRegional school statistics (fictional)\u201d, 2025-02-01) gives Northshire (fictional region)'s "
                    + "graduation rate as 84%; Southmark (fictional region) at 88%, Eastvale (fictional region) at 86%, Westholm (fictional region) at 86%, "
                    + "so no better than 4th when each figure takes a place; counting tied figures as one place (1, 2, 2, 3), those ahead may take as few "
                    + "as 2 places, which allows 3rd: not confirmed.",
            "three ahead, none tied, rule out a third place however ties count|For 2024, Statistics office (fictional) (\u201cRegional school "
                    + "statistics (fictional)\u201d, 2025-02-01) gives Northshire (fictional region)'s graduation rate as 84%; Southmark (fictional region) "
                    + "at 90%, Eastvale (fictional region) at 88%, Westholm (fictional region) at 86%, so it ranked no better than 4th, not 3rd."})
    void theRivalsFindingTellsTheTie(String caseEnd, String message) throws IOException {
        Finding f = RuleCasesTest.finding("ranking.cases.json", caseEnd, "story/rank", "ranking.rivals");
        assertEquals(message, f.message());
    }
}
