package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
