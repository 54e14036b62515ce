package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A count for a whole contradicts a larger count for a part of it: the findings of rules/scope.cases.json's cases, in English and Chinese. */
class PartExceedsWholeTest {

    private static final String OFFICE = "Statistics Office (fictional) (\u201cRoad safety statistics 2024 (fictional)\u201d, 2025-02-01)";

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "more children killed on the roads than all road deaths|OFFICE gives Riverton's deaths for 2024 as 950 people on \u201croad accidents\u201d, which takes in the claim's \u201croad accidents involving children\u201d: a part counts no more than its whole, and the claim's 1,200 people is more.",
            "交通事故中的儿童死亡多于交通事故死亡总数|OFFICE gives Binhai's deaths for 2024 as 950 people on \u201c交通事故\u201d, which takes in the claim's \u201c交通事故中的儿童\u201d: a part counts no more than its whole, and the claim's 1,200 people is more."})
    void theFindingNamesTheWholeAndThePart(String caseEnd, String message) throws IOException {
        Finding f = RuleCasesTest.finding("scope.cases.json", caseEnd, "story/deaths", "scope.part-exceeds-whole");
        assertEquals(Effect.CONTRADICTS, f.effect());
        assertEquals(message.replace("OFFICE", OFFICE), f.message());
    }
}
