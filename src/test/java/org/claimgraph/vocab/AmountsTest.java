package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Settings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @ParameterizedTest(name = "{0} → {1} ± {2}")
    @CsvSource(delimiter = ';', value = {
            "1150亿; 1.15e11; 5e8", "1.3万亿; 1.3e12; 5e10", "115 billion; 1.15e11; 5e8", "$8.5B; 8.5e9; 5e7",
            "34%; 34; 0.5", "4,500; 4500; 50", "14; 14; 0.5", "100 billion; 1e11; 5e9", "886.3 billion; 8.863e11; 5e7",
            "0; 0; 0.5", "1,400; 1400; 50", "$4.03 trillion; 4.03e12; 5e9", "85亿美元; 8.5e9; 5e7"})
    void readsAmountsWithTheirPrecision(String text, double value, double half) {
        var p = Amounts.parse(text);
        assertEquals(value, p.value(), value * 1e-12);
        assertEquals(half, p.halfStep(), half * 1e-9);
    }

    @Test
    void keepsUnitWordsForTheCaller() {
        assertEquals("USD", Amounts.parse("115 billion USD").unitText());
        assertEquals("美元", Amounts.parse("1150亿美元").unitText());
        assertEquals("%", Amounts.parse("34%").unitText());
        assertEquals("USD", Amounts.parse("$13 billion").unitText());
    }

    @Test
    void refusesWhatIsNotANumber() {
        var e = assertThrows(IllegalArgumentException.class, () -> Amounts.parse("twelve"));
        assertEquals("malformed number \"twelve\"", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Amounts.parse("1,2,3"));
        assertThrows(IllegalArgumentException.class, () -> Amounts.parse(""));
    }

    @Test
    void qualifiersWidenTheInterval() {
        var p = Amounts.parse("1.3万亿");
        Quantity plain = Amounts.quantity(p, "USD", null, Set.of(), Settings.DEFAULTS, "1.3万亿");
        assertEquals(1.25e12, plain.low(), 1);
        assertEquals(1.35e12, plain.high(), 1);
        Quantity more = Amounts.quantity(p, "USD", null, EnumSet.of(Qualifier.MORE_THAN), Settings.DEFAULTS, "x");
        assertEquals(Double.POSITIVE_INFINITY, more.high());
        Quantity upTo = Amounts.quantity(p, "USD", null, EnumSet.of(Qualifier.UP_TO), Settings.DEFAULTS, "x");
        assertEquals(0, upTo.low());
        assertEquals(1.35e12, upTo.high(), 1);
        Quantity about = Amounts.quantity(Amounts.parse("5,000"), "sq-ft", null, EnumSet.of(Qualifier.ABOUT), Settings.DEFAULTS, "x");
        assertEquals(4950 - 250, about.low(), 1e-9);
        assertEquals(5050 + 250, about.high(), 1e-9);
        Quantity floorWins = Amounts.quantity(p, "USD", null, EnumSet.of(Qualifier.UP_TO, Qualifier.CONSERVATIVE_ESTIMATE), Settings.DEFAULTS, "x");
        assertEquals(1.25e12, floorWins.low(), 1);
    }
}
