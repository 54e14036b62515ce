package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {

    private static final List<String> NAMES = List.of("population", "unemployment rate", "oracle", "失业率", "net loss");

    @Test
    void aSwapOfNeighboursIsOneEdit() { assertEquals(" (did you mean \"oracle\"?)", Suggest.hint("Orcale", NAMES)); }

    @Test
    void longerNamesAllowMoreEdits() { assertEquals("population", Suggest.nearest("poplaton", NAMES)); }

    @Test
    void oneCharacterOffInChinese() { assertEquals("失业率", Suggest.nearest("失業率", NAMES)); }

    @Test
    void aPartOfANameSuggestsIt() { assertEquals("unemployment rate", Suggest.nearest("unemployment", NAMES)); }

    @Test
    void nothingCloseSuggestsNothing() { assertEquals("", Suggest.hint("inflation", NAMES)); }

    @Test
    void aShortNameInsideALongOneSuggestsNothing() {
        // "eu" is inside "Reuters", and no help to whoever wrote it
        assertEquals("", Suggest.hint("Reuters", List.of("eu", "oracle")));
        assertEquals("unemployment rate", Suggest.nearest("unemployment", List.of("eu", "unemployment rate")));
    }

    @Test
    void aKnownNameAsAPartOfTheInputAlsoSaysHowToDefineAnother() {
        List<String> known = List.of("manchester", "气温", "sam altman");
        assertEquals(" (did you mean \"manchester\"? if it is another, define it under \"entities\" beside the claims, or in a file of them loaded first)",
                Suggest.hint("Manchester City", known, "entities"));
        assertEquals(" (did you mean \"气温\"? if it is another, define it under \"metrics\" beside the claims, or in a file of them loaded first)",
                Suggest.hint("最高气温", known, "metrics"));
        // a slip of a letter is no other thing
        assertEquals(" (did you mean \"sam altman\"?)", Suggest.hint("Sam Altmann", known, "entities"));
        assertTrue(Suggest.slip("Sam Altmann", known));
        assertFalse(Suggest.slip("Bank of Manchester", known));
    }
}
