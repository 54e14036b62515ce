package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A verdict's reason says each sentence once, even when several claims of one source give the same figure. */
class ReasonTest {

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @Test
    void twoClaimsOfOneSourceWithTheSameFigureGiveOneSentence() throws IOException {
        String name = "the reason says it once";
        var a = RuleCasesTest.run(name, RuleCasesTest.caseNamed("evidence.cases.json", name)).get("story/mean");
        assertEquals("Met Office (fictional) (\u201cClimate summary 2025 (fictional)\u201d, 2026-01-01) gives Riverton's temperature for 2025 as 12.4°C, "
                + "matching the claim's 12.4°C.", a.reason());
    }

    @Test
    void aFallOfAlmostSeventeenPercentAllowsAFallJustShortOfIt() throws IOException {
        String name = "so a source's 16.6% fall agrees";
        var a = RuleCasesTest.run(name, RuleCasesTest.caseNamed("evidence.cases.json", name)).get("story/fall");
        assertEquals("Norland Environment Agency (fictional) (\u201cNorland greenhouse gas inventory (fictional)\u201d, 2021-03-01) gives "
                + "Republic of Norland's change in emissions for 2005/2020 as -16.6%, within the range the claim's almost -17% allows.", a.reason());
        var b = RuleCasesTest.run(name, RuleCasesTest.caseNamed("evidence.cases.json", "not short of it")).get("story/fall");
        assertEquals("CONTRADICTED", b.verdict().name());
    }
}
