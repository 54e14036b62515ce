package org.claimgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void sameTextsAreWhollyAlikeAndUnrelatedOnesNot() {
        assertEquals(1.0, Similarity.of("Revenue rose to $12 billion in 2024.", "Revenue rose to $12 billion in 2024."));
        assertEquals(0.0, Similarity.of("Revenue rose.", "降雨量减少"));
        assertEquals(0.0, Similarity.of(null, "Revenue rose."));
    }

    @Test
    void overlapIsSharedTermsOverAllTerms() {
        // terms: revenue as written and stemmed, and rose / fell: two shared of four
        assertEquals(java.util.Set.of("revenue", "revenu", "rose"), Similarity.terms("revenue rose"));
        assertEquals(0.5, Similarity.of("revenue rose", "revenue fell"), 1e-9);
        // asked again (the terms now remembered), and the other way round: the same
        assertEquals(0.5, Similarity.of("revenue fell", "revenue rose"), 1e-9);
    }

    @Test
    void chineseTextsShareWordsAndCharacterPairs() {
        double sim = Similarity.of("公司营收增长百分之十", "公司营收下降百分之十");
        assertTrue(sim > 0.3 && sim < 1, "similarity " + sim);
        assertEquals(sim, Similarity.of("公司营收下降百分之十", "公司营收增长百分之十"), 1e-9);
    }
}
