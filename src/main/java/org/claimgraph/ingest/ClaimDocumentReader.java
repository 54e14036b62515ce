package org.claimgraph.ingest;

import org.claimgraph.vocab.Vocabulary;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.vocab.CG;
import org.claimgraph.model.Kind;
import org.claimgraph.model.Settings;

/**
 * Reads a claim document (JSON) strictly: every problem is collected, each naming the file, the claim
 * and the field, with a suggestion where one fits; one problem and the whole document is refused.
 */
public final class ClaimDocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final List<String> TOP_FIELDS = DocumentSchema.fields("");

    private final Vocabulary vocabulary;
    private final Settings settings;

    /** Entities a document brings are added to {@code vocabulary}: give it a {@link Vocabulary#copy()} unless the input will surely be stored. */
    public ClaimDocumentReader(Vocabulary vocabulary, Settings settings) {
        this.vocabulary = vocabulary;
        this.settings = settings;
    }

    /**
     * @param name     how messages name the input (a file path, or "stdin")
     * @param json     the document's JSON text
     * @param siblings loads a file named relative to the input (for "textFile"); may throw to say it is missing
     * @throws BadInputException listing every problem
     */
    public ClaimDocument read(String name, String json, Function<String, String> siblings) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new BadInputException(name + ": not valid JSON at line " + (loc == null ? "?" : loc.getLineNr())
                    + ", column " + (loc == null ? "?" : loc.getColumnNr()) + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new BadInputException(name + ": a claim document is a JSON object with \"document\" and \"claims\"");
        if (TOP_FIELDS.stream().noneMatch(root::has)) {
            List<String> found = new ArrayList<>();
            root.fieldNames().forEachRemaining(found::add);
            throw new BadInputException(name + ": not a claim document: it needs \"document\" and \"claims\" (or \"entities\", \"metrics\", \"units\" alone); it has "
                    + (found.isEmpty() ? "no fields" : (found.size() > 5 ? String.join(", ", found.subList(0, 5)) + ", …" : String.join(", ", found))));
        }
        // structure by the published schema, meaning (entities, units, spans, dates) by the reading; both told at once
        return new Reading(name, siblings, vocabulary, settings, DocumentSchema.check(name, root)).read(root);
    }

    /** Reads the metrics and units a Turtle (or other RDF) file defines into this reading's vocabulary; empty when it defines none. */
    public Model define(String name, Model rdf) {
        Model accepted = ModelFactory.createDefaultModel();
        if (!rdf.contains(null, RDF.type, CG.Metric) && !rdf.contains(null, RDF.type, CG.Unit)) return accepted;
        List<String> problems = vocabulary.define(rdf, name, accepted).stream().map(p -> name + ": " + p).toList();
        if (!problems.isEmpty()) throw new BadInputException(problems);
        return accepted;
    }
}
