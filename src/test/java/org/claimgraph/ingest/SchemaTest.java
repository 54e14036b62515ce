package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.CompareOp;
import org.claimgraph.model.DocumentKind;
import org.claimgraph.model.Kind;
import org.claimgraph.model.MetricType;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.RankFrom;
import org.claimgraph.model.Tier;
import org.junit.jupiter.api.Test;

/** The reader checks structure by the very schema the project publishes, and the schema's lists are the model's. */
class SchemaTest {

    @Test
    void theReaderUsesThePublishedSchema() throws Exception {
        assertEquals(new ObjectMapper().readTree(Path.of("ontology/claim-document.schema.json").toFile()), DocumentSchema.json());
    }

    @Test
    void theSchemasAllowedValuesAreTheModels() {
        assertEquals(Arrays.stream(Kind.values()).map(k -> k.json).toList(), DocumentSchema.values("claim", "kind"));
        assertEquals(Arrays.stream(RankFrom.values()).map(k -> k.json).toList(), DocumentSchema.values("claim", "rankFrom"));
        assertEquals(Arrays.stream(Tier.values()).map(k -> k.json).toList(), DocumentSchema.values("document", "tier"));
        assertEquals(Arrays.stream(DocumentKind.values()).map(k -> k.json).toList(), DocumentSchema.values("document", "kind"));
        assertEquals(Arrays.stream(MetricType.values()).map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-')).sorted().toList(),
                DocumentSchema.values("metric", "type").stream().sorted().toList());
        assertEquals(Arrays.stream(Qualifier.values()).map(k -> k.json).toList(), texts("/$defs/claim/properties/qualifiers/items/enum"));
        assertEquals(Arrays.stream(CompareOp.values()).map(k -> k.json).toList(), texts("/$defs/claim/properties/compares/properties/op/enum"));
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            assertEquals(cg.vocabulary().dimensionNames().stream().sorted().toList(), texts("/$defs/dimension/enum").stream().sorted().toList());
        }
    }

    private static List<String> texts(String pointer) {
        List<String> out = new java.util.ArrayList<>();
        DocumentSchema.json().at(pointer).forEach(v -> out.add(v.asText()));
        return out;
    }
}
