package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CurrencyCodeTest {

    @Test
    void aCodeInAnyCaseIsTheCodeInCapitals() {
        assertEquals("USD", Calc.currency("USD"));
        assertEquals("USD", Calc.currency("usd"));
        assertEquals("EUR", Calc.currency("Eur"));
        assertEquals("CNY", Calc.currency("cnY"));
    }

    @Test
    void threeLettersNoCodeSpellsAreNoCurrency() {
        assertNull(Calc.currency("ton"));
        assertNull(Calc.currency("TON"));
        assertNull(Calc.currency("kWh"));
        assertNull(Calc.currency("m³s"));
        assertNull(Calc.currency("usdx"));
        assertNull(Calc.currency(null));
    }
}
