package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.claimgraph.model.Assessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A verdict's reason in words: each sentence once, even when several claims of one source give the same figure;
 * a fall of "almost" a figure; a record ruled out from the edge of its window; a temperature below absolute zero.
 */
class ReasonTest {

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    /** The assessment of one claim of the rule case whose name ends so. */
    private static Assessment assess(String file, String nameEnd, String claim) throws IOException {
        return RuleCasesTest.run(nameEnd, RuleCasesTest.caseNamed(file, nameEnd)).get(claim);
    }

    @Test
    void twoClaimsOfOneSourceWithTheSameFigureGiveOneSentence() throws IOException {
        assertEquals("Met Office (fictional) (\u201cClimate summary 2025 (fictional)\u201d, 2026-01-01) gives Riverton's temperature for 2025 as 12.4°C, "
                + "matching the claim's 12.4°C.", assess("evidence.cases.json", "the reason says it once", "story/mean").reason());
    }

    @Test
    void aFallOfAlmostSeventeenPercentAllowsAFallJustShortOfIt() throws IOException {
        assertEquals("Norland Environment Agency (fictional) (\u201cNorland greenhouse gas inventory (fictional)\u201d, 2021-03-01) gives "
                + "Republic of Norland's change in emissions for 2005/2020 as -16.6%, within the range the claim's almost -17% allows.",
                assess("evidence.cases.json", "so a source's 16.6% fall agrees", "story/fall").reason());
        assertEquals("CONTRADICTED", assess("evidence.cases.json", "not short of it", "story/fall").verdict().name());
    }

    @Test
    void aPriceFarBelowJustBeforeTheWindowRulesOutTheLow() throws IOException {
        var a = assess("records.cases.json", "rules out the lowest in 14 years", "story/price-low");
        assertEquals("CONTRADICTED", a.verdict().name());
        assertEquals("For 2023-08, Northshire Building Society (fictional) (\u201cHouse price index (fictional)\u201d, 2023-09-07) gives Northshire (fictional region)'s "
                + "average house price as £280,000; Northshire Building Society (fictional) (\u201cHouse price index (fictional)\u201d, 2023-09-07) gives it as "
                + "£161,000 for 2009-08, before the window 14 years (2009-09–2023-08). Average house price moves by at most 50% a year (cg:maxYearlyChange), "
                + "so by 2009-09-30 (0.2 years on) it was at most £172,815.2, below the figure for 2023-08: the window's first month ranks ahead of it, "
                + "so 2023-08 was no better than the 2nd lowest there, not the lowest as claimed.", a.reason());
    }

    @Test
    void aTemperatureBelowAbsoluteZeroIsRuledOutInTheUnitItWasGiven() throws IOException {
        assertEquals("No temperature lies below absolute zero (-273.15°C, -459.67°F); the claim gives -300°C.",
                assess("arithmetic.cases.json", "in degrees Celsius is ruled out", "text-message/low").reason());
        assertEquals("No temperature lies below absolute zero (-273.15°C, -459.67°F); the claim gives -500°F.",
                assess("arithmetic.cases.json", "below absolute zero in degrees Fahrenheit", "story/low").reason());
    }

    @Test
    void aChangeJustOutsideRoundingIsToldNeitherConfirmedNorContradicted() throws IOException {
        assertEquals("Norland Environment Agency (fictional) (\u201cNorland greenhouse gas inventory (fictional)\u201d, 2021-03-01) gives "
                + "Republic of Norland's change in emissions for 1990/2020 as -39%, just outside the range the claim's -42% (-44.1%–-39.9%) allows, "
                + "within twice its tolerance: a change in percent rests on two levels, each rounded and often revised, so the claim is neither "
                + "confirmed nor contradicted.", assess("evidence.cases.json", "neither confirmed nor contradicted", "story/fall").reason());
    }
}
