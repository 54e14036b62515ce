package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.Test;

/** A refused document leaves none of the entities it brought in the program's vocabulary. */
class WorkingVocabularyTest {

    @Test
    void entitiesOfARefusedDocumentDoNotLinger() {
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            String json = "{\"entities\": [{\"id\": \"ghost-co\", \"label\": \"Ghost Co\"}], \"document\": {\"id\": \"d\", \"title\": \"T\", "
                    + "\"language\": \"en\", \"publisher\": \"P\", \"published\": \"2025\", \"tier\": \"gold\"}, \"claims\": []}";
            assertThrows(BadInputException.class, () -> cg.add("x.json", json, f -> "", null, null, true, null));
            assertTrue(cg.vocabulary().entityId("ghost-co").isEmpty());
        }
    }
}
