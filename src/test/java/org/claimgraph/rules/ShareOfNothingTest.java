package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.Map;
import org.claimgraph.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A share whose part a source gives as exactly nothing (a word for nothing, "none", 没有): rules/derived.cases.json's
 * derived.share-of-nothing cases, their sentences and numbers.
 */
class ShareOfNothingTest {

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "over a period holding the claim's|50|From Arden Trade Office (fictional) (“Arden grain exports by destination”, 2025-07-01): Arden (fictional country)'s grain exports by volume (exports to Belmark): exactly nothing (0 Mt) over 2024-03/2025-05, a period holding all of 2024-07/2025-04 (a flow that is nothing over a period is nothing over every part of it). The share it makes of any whole above zero is 0 ÷ whole × 100 = 0%, outside the range the claim's more than 50% allows (more than 50%, tolerance.rounding 5%).",
            "(in Chinese, supported)|0|From Arden Trade Office (fictional) (“阿尔登谷物出口去向”, 2025-07-01): Arden (fictional country)'s grain exports by volume (出口到贝尔马克): exactly nothing (0 t) for 2024-07/2025-04, the claim's period. The share it makes of any whole above zero is 0 ÷ whole × 100 = 0%, within the range the claim's 0% allows (-0.5%–0.5%, tolerance.rounding 5%).",
            "context, not evidence|50|From the document's own figures: Arden (fictional country)'s grain exports by volume (exports to Belmark): exactly nothing (0 Mt) over 2024-03/2025-05, a period holding all of 2024-07/2025-04 (a flow that is nothing over a period is nothing over every part of it). The share it makes of any whole above zero is 0 ÷ whole × 100 = 0%, outside the range the claim's more than 50% allows (more than 50%, tolerance.rounding 5%)."})
    void theFindingShowsTheArithmetic(String caseEnd, double claimed, String message) throws IOException {
        Finding f = RuleCasesTest.finding("derived.cases.json", caseEnd, "derived.share-of-nothing");
        assertEquals(message, f.message());
        assertEquals(Map.of("part", 0.0, "computed", 0.0, "claimed", claimed, "tolerance.rounding", 0.05), f.numbers());
        if (caseEnd.startsWith("context")) assertEquals("the document's own figure gives nothing, 0%", f.caveat());
        else assertNull(f.caveat());
    }
}
