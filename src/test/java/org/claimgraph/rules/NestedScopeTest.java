package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A source's figure on a scope nested with the claim's contradicts it: a whole's count is more than a part
 * counts, and what every member gets each group within gets. The findings of rules/scope.cases.json's cases,
 * in English and Chinese.
 */
class NestedScopeTest {

    private static final String OFFICE = "Statistics Office (fictional) (\u201cRoad safety statistics 2024 (fictional)\u201d, 2025-02-01)";

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "more children killed on the roads than all road deaths|story/deaths|scope.part-exceeds-whole|OFFICE gives Riverton's deaths for 2024 as 950 people on \u201croad accidents\u201d, which takes in the claim's \u201croad accidents involving children\u201d: a part counts no more than its whole, and the claim's 1,200 people is more.",
            "交通事故中的儿童死亡多于交通事故死亡总数|story/deaths|scope.part-exceeds-whole|OFFICE gives Binhai's deaths for 2024 as 950 people on \u201c交通事故\u201d, which takes in the claim's \u201c交通事故中的儿童\u201d: a part counts no more than its whole, and the claim's 1,200 people is more.",
            "ten times smaller|video/pension|scope.every-member|Pensions Office (fictional) (\u201cPension law (fictional)\u201d, 2025-01-01) gives Riverton's state pension for 2025-02 as $120 a month ($1,440 a year at 12 months a year) on \u201clow-income retirees\u201d, a group within the claim's \u201call retirees\u201d: what every member gets, each group of them gets, and the claim's $1,200 a month ($14,400 a year at 12 months a year) is not that.",
            "低收入退休人员也领取|video/pension|scope.every-member|Pensions Office (fictional) (\u201c养老金条例（虚构）\u201d, 2025-01-01) gives Riverton's state pension for 2025-02 as ¥800 a month (¥9,600 a year at 12 months a year) on \u201c低收入退休人员\u201d, a group within the claim's \u201c所有退休人员\u201d: what every member gets, each group of them gets, and the claim's ¥8,000 a month (¥96,000 a year at 12 months a year) is not that."})
    void theFindingNamesBothScopes(String caseEnd, String claim, String rule, String message) throws IOException {
        Finding f = RuleCasesTest.finding("scope.cases.json", caseEnd, claim, rule);
        assertEquals(Effect.CONTRADICTS, f.effect());
        assertEquals(message.replace("OFFICE", OFFICE), f.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "contradict a larger budget claimed for the whole city|story/budget|Riverton Police (fictional) (\u201cPolice plan 2025 (fictional)\u201d, 2025-01-15) gives Riverton's budget for 2025 as $95M on \u201cpolice department\u201d, a part of the whole the claim's $480M counts (no stated scope): a part counts less than its whole, so it neither confirms nor contradicts it.",
            "not contradicted by the whole's larger count|story/primary|Statistics Office (fictional) (\u201cSchool census 2025 (fictional)\u201d, 2025-02-01) gives Riverton's pupils for 2025 as more than 90,000 on no stated scope (the headline measure), the whole of which the claim's 42,000 on \u201cprimary schools\u201d counts a part: a part counts less than its whole, so it neither confirms nor contradicts it."})
    void aPartBelowItsWholeIsNamedNotCounted(String caseEnd, String claim, String message) throws IOException {
        Finding f = RuleCasesTest.finding("scope.cases.json", caseEnd, claim, "scope.part-below-whole");
        assertEquals(Effect.CONTEXT, f.effect());
        assertEquals(message, f.message());
    }
}
