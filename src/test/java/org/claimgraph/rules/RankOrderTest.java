package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.claimgraph.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rank counted from the lowest is told as such: the findings of rules/ranking.cases.json's cases say "lowest". */
class RankOrderTest {

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "no rival's value is below the subject's|story/north-lowest|For 2024, Statistics office (fictional) (“Regional labour statistics (fictional)”, 2025-02-01) gives Northshire (fictional region)'s unemployment rate as 3.1%; no other's value below it among the sources: consistent with the lowest.",
            "a rival's value is below the subject's|story/south-lowest|For 2024, Statistics office (fictional) (“Regional labour statistics (fictional)”, 2025-02-01) gives Southmark (fictional region)'s unemployment rate as 4.5%; Northshire (fictional region) at 3.1%, so it ranked no better than 2nd lowest, not the lowest.",
            // the rival's unadjusted 2.8% is of another scope, so it is not below the subject
            "a rival's figure in another scope is no rival (like for like)|story/north-lowest|For 2024, Statistics office (fictional) (“Regional labour statistics (fictional)”, 2025-02-01) gives Northshire (fictional region)'s unemployment rate as 3.1%; no other's value below it among the sources: consistent with the lowest."})
    void theRivalsFindingSaysLowest(String caseEnd, String claim, String message) throws IOException {
        Finding f = RuleCasesTest.finding("ranking.cases.json", caseEnd, claim, "ranking.rivals");
        assertEquals(message, f.message());
    }
}
