package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.claimgraph.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rate is derived in the unit it was written in (a day, not the year it is compared in), and an average
 * over part of its period is told as an estimate, as is a total from part of its period: rules/derived.cases.json's
 * cases, their findings' sentences.
 */
class RatesTest {

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "is over twice the part's average|derived.rate-from-part|From Arden Transport Ministry (fictional) (“Road deaths, provisional figures (fictional)”, 2026-01-10): 219 over 2025-01/2025-09 (273 days, 75% of 2025) is 0.802 a day. An average over part of a period only estimates the whole's: the claim's 4 a day (1,461 a year at 365.2425 days a year) (3.5–4.5, tolerance.rounding 5%) is 5 times it, beyond rate.partFactor 2; for the claim to hold, the rest of 2025 (92 days) would have to average 13.49 a day.",
            "the part alone holds more than the claim gives the year)|derived.rate-from-part|From Arden Transport Ministry (fictional) (“Road deaths, provisional figures (fictional)”, 2026-01-10): 219 over 2025-01/2025-09 (273 days, 75% of 2025) is 0.802 a day. An average over part of a period only estimates the whole's: the claim's 0.3 a day (109.6 a year at 365.2425 days a year) (0.25–0.35, tolerance.rounding 5%) is 37% of it, below 1/2 (rate.partFactor 2); the part alone is more than the 109.5 the claim's rate gives for all of 2025.",
            "so it is not contradicted|derived.rate-from-part|From Arden Transport Ministry (fictional) (“Road deaths, provisional figures (fictional)”, 2026-01-10): 219 over 2025-01/2025-09 (273 days, 75% of 2025) is 0.802 a day. An average over part of a period only estimates the whole's: the claim's 1.5 a day (547.9 a year at 365.2425 days a year) (1.43–1.58, tolerance.rounding 5%) is within rate.partFactor 2 of it, so the part neither confirms nor contradicts it; for the claim to hold, the rest of 2025 (92 days) would have to average 3.57 a day.",
            "in Chinese|derived.rate-from-part|From Arden Transport Ministry (fictional) (“道路交通死亡人数初步统计（虚构）”, 2026-01-10): 219 over 2025-01/2025-09 (273 days, 75% of 2025) is 0.802 a day. An average over part of a period only estimates the whole's: the claim's 4 a day (1,461 a year at 365.2425 days a year) (3.5–4.5, tolerance.rounding 5%) is 5 times it, beyond rate.partFactor 2; for the claim to hold, the rest of 2025 (92 days) would have to average 13.49 a day.",
            "(a daily average from a span of months)|derived.rate-from-total|From Arden Transport Ministry (fictional) (“Road deaths, provisional figures (fictional)”, 2026-01-10): 490 over 2025-04/2025-11 (244 days) is 2.01 a day, matching the claim's 2 a day (730.5 a year at 365.2425 days a year) (tolerance.arithmetic 10%).",
            "far beyond twice the part's pace|derived.total-from-part|From Arden Finance Ministry (fictional) (“Spending on the school meals subsidy, June–December 2025 (fictional)”, 2026-01-20): €4M over 2025-06/2025-12 (214 days, 59% of 2025) gives €6.82M for all of 2025 at the same pace. A total over part of a period only estimates the whole's: the claim's €3B (€2.5B–€3.5B, tolerance.rounding 5%) is 439.7 times it, beyond rate.partFactor 2; for the claim to hold, the rest of 2025 (151 days) would have to add €3B, 1061.5 times the part's pace.",
            "远超部分期间的两倍 (in Chinese)|derived.total-from-part|From Arden Finance Ministry (fictional) (“学校午餐补贴支出（2025年6月至12月，虚构）”, 2026-01-20): €4M over 2025-06/2025-12 (214 days, 59% of 2025) gives €6.82M for all of 2025 at the same pace. A total over part of a period only estimates the whole's: the claim's €3B (€2.85B–€3.15B, tolerance.rounding 5%) is 439.7 times it, beyond rate.partFactor 2; for the claim to hold, the rest of 2025 (151 days) would have to add €3B, 1061.5 times the part's pace.",
            "June–December, so it is not contradicted|derived.total-from-part|From Arden Finance Ministry (fictional) (“Spending on the school meals subsidy, June–December 2025 (fictional)”, 2026-01-20): €4M over 2025-06/2025-12 (214 days, 59% of 2025) gives €6.82M for all of 2025 at the same pace. A total over part of a period only estimates the whole's: the claim's €9M (€8.5M–€9.5M, tolerance.rounding 5%) is within rate.partFactor 2 of it, so the part neither confirms nor contradicts it; for the claim to hold, the rest of 2025 (151 days) would have to add €5M, 1.8 times the part's pace.",
            "(a total from a daily rate over months)|derived.total-from-rate|From Arden Transport Ministry (fictional) (“Road deaths, provisional figures (fictional)”, 2026-01-10): 2 a day (730.5 a year at 365.2425 days a year) over 2025-04/2025-11 (244 days) is 488, matching the claim's 490 (tolerance.arithmetic 10%)."})
    void theFindingSaysTheArithmetic(String caseEnd, String rule, String message) throws IOException {
        assertEquals(message, finding(caseEnd, rule).message());
    }

    /** The numbers in the units the rate was written in: 273 days, 0.802 a day, and the 13.49 a day the rest of the year would need. */
    @Test
    void thePartsNumbersAreInTheClaimsUnit() throws IOException {
        var n = finding("is over twice the part's average", "derived.rate-from-part").numbers();
        assertEquals(273, n.get("units"));
        assertEquals(273.0 / 365, n.get("coverage"), 1e-12);
        assertEquals(219.0 / 273, n.get("computedRate"), 1e-12);
        assertEquals(4, n.get("claimed"), 1e-12);
        assertEquals((4 * 365 - 219) / 92.0, n.get("restNeeded"), 1e-12);
        assertEquals(2, n.get("rate.partFactor"));
    }

    /** A total from part of its period: the part scaled by the share of the period it covers, and what the rest would have to add. */
    @Test
    void aTotalFromPartScalesThePartToTheWhole() throws IOException {
        var n = finding("far beyond twice the part's pace", "derived.total-from-part").numbers();
        assertEquals(214.0 / 365, n.get("coverage"), 1e-12);
        assertEquals(4e6 / (214.0 / 365), n.get("estimate"), 1e-3);
        assertEquals(3e9 - 4e6, n.get("restNeeded"), 1e-3);
        assertEquals(2, n.get("rate.partFactor"));
    }

    static Finding finding(String caseEnd, String rule) throws IOException {
        return RuleCasesTest.finding("derived.cases.json", caseEnd, rule);
    }
}
