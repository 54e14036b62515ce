package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.rdf.model.ModelFactory;
import org.claimgraph.model.Finding;
import org.claimgraph.vocab.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stock at one date bounded by a trusted figure at another and the most its measure moves in a year
 * (cg:maxYearlyChange): rules/derived.cases.json's derived.level-from-other-date cases, their sentences and numbers.
 */
class OtherDateTest {

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "no population makes in the time|From Arden Statistics Office (fictional) (“Population at the end of 2024 (fictional)”, 2025-03-01): 5M people for 2024. Population moves by at most 10% a year (cg:maxYearlyChange), so over the 517 days from 2024-01-01 to 2025-05-31 (1.4 years) it could be 4.26M–5.78M for 2025-05: the claim's 3.8M people (3.61M–3.99M, tolerance.rounding 5%) is below that, more than population moves in the time.",
            "降幅超出人口一年间可能的变化 (in Chinese)|From Arden Statistics Office (fictional) (“2024年末人口（虚构）”, 2025-03-01): 5M people for 2024. Population moves by at most 10% a year (cg:maxYearlyChange), so over the 517 days from 2024-01-01 to 2025-05-31 (1.4 years) it could be 4.26M–5.78M for 2025-05: the claim's 3M people (2.85M–3.15M, tolerance.rounding 5%) is below that, more than population moves in the time.",
            "allows, so it is not contradicted|From Arden Statistics Office (fictional) (“Population at the end of 2024 (fictional)”, 2025-03-01): 5M people for 2024. Population moves by at most 10% a year (cg:maxYearlyChange), so over the 517 days from 2024-01-01 to 2025-05-31 (1.4 years) it could be 4.26M–5.78M for 2025-05: the claim's 4.8M people (4.56M–5.04M, tolerance.rounding 5%) is within that: a figure at another date allows it but does not establish it."})
    void theFindingSaysTheBound(String caseEnd, String message) throws IOException {
        assertEquals(message, finding(caseEnd).message());
    }

    /** 2024-01-01 to 2025-05-31 is 517 days; 4.95M less a tenth a year over them is the lowest the claim may be. */
    @Test
    void theBoundCompoundsOverTheLongestSpan() throws IOException {
        var n = finding("no population makes in the time").numbers();
        double years = 517 / 365.2425;
        assertEquals(0.1, n.get("maxYearlyChange"));
        assertEquals(years, n.get("years"), 1e-12);
        assertEquals(4.95e6 * Math.pow(0.9, years), n.get("lowest"), 1e-3);
        assertEquals(5.05e6 * Math.pow(1.1, years), n.get("highest"), 1e-3);
    }

    /** The catalogue declares the bound on population and none on employment. */
    @Test
    void theCatalogueDeclaresTheBound() {
        var v = new Vocabulary(Vocabulary.shipped(Path.of(".")), ModelFactory.createDefaultModel());
        assertEquals(0.1, v.metric("population").maxYearlyChange());
        assertNull(v.metric("employment").maxYearlyChange());
    }

    static Finding finding(String caseEnd) throws IOException {
        return RuleCasesTest.finding("derived.cases.json", caseEnd, "derived.level-from-other-date");
    }
}
