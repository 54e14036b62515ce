package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.claimgraph.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rank read through a scope within the claim's names both scopes: the findings of rules/ranking.cases.json's cases. */
class RankWithinTest {

    private static final String OFFICE = "Statistics office (fictional) (\u201cRegional statistics (fictional)\u201d, 2025-02-01)";
    private static final String WIDE = "\u201call of Fictland, Statistics office (fictional) 2024 projections\u201d";
    private static final String COAST = "\u201ccoastal Fictland, Statistics office (fictional) 2024 table 3\u201d";

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "rivals ahead in a scope within the claim's contradict a first place in the wider one|ranking.rivals-within|For 2024, OFFICE gives "
                    + "Northshire (fictional region)'s GDP growth rate as 3% in COAST, a scope within the claim's WIDE; Southmark (fictional region) at 4%, "
                    + "so Northshire (fictional region) ranked no better than 2nd in the wider scope too, not 1st.",
            "no rival ahead in a scope within the claim's leaves a first place in the wider one open|ranking.rivals-within|For 2024, OFFICE gives "
                    + "Northshire (fictional region)'s GDP growth rate as 3% in COAST, a scope within the claim's WIDE; no other's value above it among "
                    + "the sources: consistent with 1st, but the wider scope's others may be missing from the sources, so not confirmed.",
            "the subject's figure in the claim's scope, its rivals ahead only in a scope within it|ranking.rivals-within|For 2024, OFFICE gives "
                    + "Northshire (fictional region)'s GDP growth rate as 3%; Southmark (fictional region) at 4% in \u201ccoastal Fictland\u201d; "
                    + "\u201ccoastal Fictland\u201d lies within the claim's \u201call of Fictland\u201d, so Northshire (fictional region) ranked no better "
                    + "than 2nd, not 1st.",
            "a rival ahead in a scope within the claim's tips a rank its own scope's rivals allow|ranking.rivals|For 2024, OFFICE gives Northshire "
                    + "(fictional region)'s GDP growth rate as 3%; Southmark (fictional region) at 4% in \u201ccoastal Fictland\u201d, Eastvale (fictional "
                    + "region) at 3.5%; \u201ccoastal Fictland\u201d lies within the claim's \u201call of Fictland\u201d, so it ranked no better than 3rd, "
                    + "not in the top 2.",
            "a 3rd place in a scope within the claim's contradicts a first place in the wider one|ranking.stated-rank-within|OFFICE ranks Northshire "
                    + "(fictional region) 3rd on GDP growth rate for 2024 in COAST, a scope within the claim's WIDE, so no better than 3rd in the wider "
                    + "scope either, not 1st as claimed.",
            "a first place in a scope within the claim's does not confirm it in the wider one|ranking.stated-rank-within|OFFICE ranks Northshire "
                    + "(fictional region) 1st on GDP growth rate for 2024 in COAST, a scope within the claim's WIDE: consistent with 1st, but others in "
                    + "the wider scope may rank ahead, so not confirmed."})
    void theFindingNamesBothScopes(String caseEnd, String rule, String message) throws IOException {
        Finding f = RuleCasesTest.finding("ranking.cases.json", caseEnd, "story/first", rule);
        assertEquals(message.replace("OFFICE", OFFICE).replace("WIDE", WIDE).replace("COAST", COAST), f.message());
    }
}
