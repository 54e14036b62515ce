package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A total over a longer or a shorter nested period allows a claim's total and says why: rules/evidence.cases.json's cases. */
class OtherLengthTest {

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @Test void aWholeYearAboveTheYearToDateIsALongerPeriod() throws IOException {
        Finding f = RuleCasesTest.finding("evidence.cases.json", "above the claimed revenue for the year to 15 December is no contradiction",
                "story/acme-revenue", "evidence.other-length");
        assertEquals(Effect.CONTEXT, f.effect());
        assertEquals("Acme Corp (fictional) (\u201cAnnual report\u201d, 2025-03-01) gives Acme Corp's revenue for 2024 as $2.5B, a total over a longer period than the claim's 2024-01-01/2024-12-15, which may be larger than the claim's $2.2B: it allows that figure but does not establish it.",
                f.message());
    }

    @Test void elevenMonthsBelowTheYearIsAShorterPeriod() throws IOException {
        Finding f = RuleCasesTest.finding("evidence.cases.json", "全年游客1500万人次多于1-11月的1100万人次，不构成矛盾", "story/visitors", "evidence.other-length");
        assertEquals(Effect.CONTEXT, f.effect());
        assertEquals("Statistics Office (fictional) (\u201cTourism statistics, January\u2013November 2024 (fictional)\u201d, 2024-12-15) gives Binhai's tourist arrivals for 2024\u5e741-11\u6708 as 11M, a total over part of the claim's 2024, which may be smaller than the claim's 15M: it allows that figure but does not establish it.",
                f.message());
    }
}
