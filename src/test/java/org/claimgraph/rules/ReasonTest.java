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
}
