package org.claimgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.vocab.Suggest;

/**
 * The claim document's structure — fields, types, required fields, allowed values, id patterns — as the
 * published JSON Schema ({@code ontology/claim-document.schema.json}) says, checked by networknt's
 * validator. Its findings are put in the reader's words: the field by its path, what is wrong, what
 * would be right. What the schema cannot say (known entities, units, spans, dates) the reader checks.
 */
final class DocumentSchema {
    /** The field `extract --format claims` lists a draft's unfilled fields in: loading it means the draft was not finished. */
    private static final String DRAFT_TODO = "todo";


    static final String RESOURCE = "claimgraph/ontology/claim-document.schema.json";
    private static final JsonNode SCHEMA_JSON;
    private static final JsonSchema SCHEMA;

    static {
        try (InputStream in = DocumentSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + RESOURCE);
            SCHEMA_JSON = new ObjectMapper().readTree(in);
            SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SCHEMA_JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DocumentSchema() {}

    /** The schema as JSON, for the field lists other code and tests read. */
    static JsonNode json() { return SCHEMA_JSON; }

    /** The field names an object of this definition may have ("document", "claim", … or "" for the top level). */
    static List<String> fields(String definition) {
        JsonNode props = (definition.isEmpty() ? SCHEMA_JSON : SCHEMA_JSON.path("$defs").path(definition)).path("properties");
        List<String> out = new ArrayList<>();
        props.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The allowed values of an enumerated field of a definition, e.g. ("entity", "type"). */
    static List<String> values(String definition, String field) {
        List<String> out = new ArrayList<>();
        SCHEMA_JSON.path("$defs").path(definition).path("properties").path(field).path("enum").forEach(v -> out.add(v.asText()));
        return out;
    }

    /** Every structural problem of {@code root}, each with its field's path. */
    static List<BadInputException.Problem> check(String name, JsonNode root) {
        List<BadInputException.Problem> out = new ArrayList<>();
        for (ValidationMessage m : SCHEMA.validate(root)) out.add(problem(name, root, m));
        return out;
    }

    /** The problems in the order a person reads the file: by the object they are in, then by the schema's order of its fields. */
    static List<BadInputException.Problem> inOrder(JsonNode root, List<BadInputException.Problem> problems) {
        Map<String, Integer> order = new HashMap<>();
        number(root, "", order);
        List<BadInputException.Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt((BadInputException.Problem p) -> order.getOrDefault(parent(p.field()), -1))
                .thenComparingInt(p -> fieldIndex(p.field())));
        return out;
    }

    /** Numbers every node of the input in reading order, by path ("", "document", "claims[0]", "claims[0].value"). */
    private static void number(JsonNode n, String path, Map<String, Integer> order) {
        order.put(path, order.size());
        if (n.isObject()) n.properties().forEach(e -> number(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), order));
        else if (n.isArray()) for (int i = 0; i < n.size(); i++) number(n.get(i), path + "[" + i + "]", order);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** A field's place among its object's fields in the schema; an item's index in its list. */
    private static int fieldIndex(String path) {
        if (path.isEmpty()) return -1;
        if (path.endsWith("]")) return Integer.parseInt(path.substring(path.lastIndexOf('[') + 1, path.length() - 1));
        String name = path.substring(path.lastIndexOf('.') + 1);
        return indexOf(node(parent(path)).path("properties"), name);
    }

    /** The schema of the value at a path of the input, references followed. */
    private static JsonNode node(String path) {
        JsonNode n = SCHEMA_JSON;
        if (path.isEmpty()) return n;
        for (String seg : path.replace("[", ".[").split("\\.")) {
            n = seg.startsWith("[") ? resolve(n.path("items")) : resolve(n.path("properties").path(seg));
        }
        return n;
    }

    private static JsonNode resolve(JsonNode n) {
        return n.has("$ref") ? SCHEMA_JSON.at(n.get("$ref").asText().substring(1)) : n;
    }

    private static BadInputException.Problem problem(String name, JsonNode root, ValidationMessage m) {
        JsonNodePath at = m.getInstanceLocation();
        // required and unknown fields are reported on the object; name the field itself
        // a field another one needs ("denominator" with "numerator") is named, not the one present
        String named = m.getType().equals("dependentRequired") && m.getArguments() != null && m.getArguments().length > 0
                ? String.valueOf(m.getArguments()[0]) : m.getProperty();
        JsonNodePath field = named != null ? at.append(named) : at;
        JsonNode object = node(path(at));
        String where = where(root, field);
        JsonNode value = m.getInstanceNode();
        String text = switch (m.getType()) {
            case "additionalProperties" -> where(root, at) + (at.getNameCount() == 0 ? "" : ": ") + "unknown field \"" + m.getProperty() + "\""
                    + (m.getProperty().equals(DRAFT_TODO) ? ": a draft's list of what is left to fill; fill those fields, then delete the list"
                            : Suggest.hint(m.getProperty(), fields(object)));
            case "required", "dependentRequired" -> where + ": missing" + described(object.path("properties").path(named));
            case "type" -> where + ": " + typeProblem(m.getSchemaNode(), value);
            case "enum" -> where + ": unknown value \"" + Inputs.shorten(value.asText()) + "\"" + Suggest.hint(value.asText(), texts(m.getSchemaNode()))
                    + "; one of " + String.join(", ", texts(m.getSchemaNode()));
            case "pattern" -> where + ": \"" + Inputs.shorten(value.asText()) + "\" is not " + title(path(field));
            case "minLength" -> where + ": empty";
            case "maxLength" -> where + ": longer than " + m.getSchemaNode().asText() + " characters";
            case "minimum" -> where + ": " + value + (m.getSchemaNode().asInt() == 0 ? " is negative" : " is less than " + m.getSchemaNode().asText());
            default -> where + ": " + m.getMessage().substring(m.getMessage().indexOf(": ") + 2);
        };
        return new BadInputException.Problem(path(field), name + ": " + text);
    }

    /** What a patterned field should be, as its schema's title says ("a slug (lower-case letters, …)"). */
    private static String title(String path) {
        JsonNode parentSchema = node(parent(path));
        JsonNode own = path.endsWith("]") ? parentSchema.path("items") : parentSchema.path("properties").path(path.substring(path.lastIndexOf('.') + 1));
        return own.has("title") ? own.get("title").asText() : resolve(own).path("title").asText("in the expected form");
    }

    private static int indexOf(JsonNode properties, String field) {
        int i = 0;
        for (var it = properties.fieldNames(); it.hasNext(); i++) if (it.next().equals(field)) return i;
        return Integer.MAX_VALUE;
    }

    private static List<String> fields(JsonNode schemaObject) {
        List<String> out = new ArrayList<>();
        schemaObject.path("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String described(JsonNode property) {
        return property.has("description") ? " (" + property.get("description").asText() + ")" : "";
    }

    private static String typeProblem(JsonNode expected, JsonNode value) {
        List<String> types = expected.isArray() ? texts(expected) : List.of(expected.asText());
        if (types.equals(List.of("integer")) && value.isNumber()) return value + " is not a whole number";
        List<String> words = types.stream().map(t -> switch (t) {
            case "string" -> "text";
            case "array" -> "a list";
            case "object" -> "an object";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "null" -> "null";
            default -> t;
        }).toList();
        return "must be " + String.join(" or ", words) + ", not " + Inputs.kind(value);
    }

    /** How messages name a field: field "document.title", claim "c": field "compares".op, entity #2: field "aliases[0]". */
    static String where(JsonNode root, JsonNodePath path) {
        StringBuilder out = new StringBuilder();
        int n = path.getNameCount(), i = 0;
        if (n >= 2 && path.getElement(1) instanceof Integer index && !"document".equals(path.getElement(0))) {
            String list = String.valueOf(path.getElement(0));
            JsonNode item = root.path(list).path(index);
            String one = switch (list) { case "claims" -> "claim"; case "entities" -> "entity"; case "metrics" -> "metric"; case "units" -> "unit"; default -> list; };
            out.append(one.equals("claim") && item.path("id").isTextual() ? "claim \"" + Inputs.shorten(item.get("id").asText()) + "\""
                    : one + " #" + (index + 1));
            i = 2;
            if (i < n) out.append(": ");
        }
        if (i >= n) return out.toString();
        StringBuilder field = new StringBuilder(String.valueOf(path.getElement(i++)));
        if (field.toString().equals("document") && i < n) field.append('.').append(path.getElement(i++));
        while (i < n && path.getElement(i) instanceof Integer index) { field.append('[').append(index).append(']'); i++; }
        out.append("field \"").append(field).append('"');
        for (; i < n; i++) out.append(path.getElement(i) instanceof Integer index ? "[" + index + "]" : "." + path.getElement(i));
        return out.toString();
    }

    /** The field's path as the error type carries it: claims[2].value, document.url, "" for the whole input. */
    static String path(JsonNodePath path) {
        String s = path.toString();
        return s.equals("$") ? "" : s.startsWith("$.") ? s.substring(2) : s.substring(1);
    }
}
