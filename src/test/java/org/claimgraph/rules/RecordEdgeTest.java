package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A stock's figure just before a record's window bounds it at the window's start: rules/records.cases.json's records.edge-of-window cases. */
class RecordEdgeTest {

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @Test
    void aPriceFarBelowJustBeforeTheWindowRulesOutTheLow() throws IOException {
        String name = "rules out the lowest in 14 years";
        var a = RuleCasesTest.run(name, RuleCasesTest.caseNamed("records.cases.json", name)).get("story/price-low");
        assertEquals("CONTRADICTED", a.verdict().name());
        assertEquals("For 2023-08, Northshire Building Society (fictional) (\u201cHouse price index (fictional)\u201d, 2023-09-07) gives Northshire (fictional region)'s "
                + "average house price as £280,000; Northshire Building Society (fictional) (\u201cHouse price index (fictional)\u201d, 2023-09-07) gives it as "
                + "£161,000 for 2009-08, before the window 14 years (2009-09–2023-08). Average house price moves by at most 50% a year (cg:maxYearlyChange), "
                + "so by 2009-09-30 (0.2 years on) it was at most £172,815.2, below the figure for 2023-08: the window's first month ranks ahead of it, "
                + "so 2023-08 was no better than the 2nd lowest there, not the lowest as claimed.", a.reason());
    }
}
