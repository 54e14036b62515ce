package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The published JSON Schema and the reader agree on every field name. */
class SchemaTest {

    static Set<String> names(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void schemaFieldsAreTheReadersFields() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("ontology/claim-document.schema.json").toFile());
        JsonNode defs = schema.path("$defs");
        assertEquals(new TreeSet<>(ClaimDocumentReader.TOP_FIELDS), names(schema.path("properties")));
        assertEquals(new TreeSet<>(ClaimDocumentReader.DOCUMENT_FIELDS), names(defs.path("document").path("properties")));
        assertEquals(new TreeSet<>(ClaimDocumentReader.CLAIM_FIELDS), names(defs.path("claim").path("properties")));
        assertEquals(new TreeSet<>(ClaimDocumentReader.ENTITY_FIELDS), names(defs.path("entity").path("properties")));
        assertEquals(new TreeSet<>(ClaimDocumentReader.METRIC_FIELDS), names(defs.path("metric").path("properties")));
        assertEquals(new TreeSet<>(ClaimDocumentReader.UNIT_FIELDS), names(defs.path("unit").path("properties")));
    }
}
