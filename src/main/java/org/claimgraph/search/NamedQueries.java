package org.claimgraph.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.claimgraph.vocab.Vocabulary;
import org.claimgraph.vocab.CG;

/**
 * The SPARQL queries shipped with ClaimGraph (claimgraph/queries/NAME.rq). A query's first comment line
 * says what it answers; "# param NAME: description" lines declare its parameters, which are bound to
 * the query's variables of the same name after they are resolved (an entity name to its IRI, …).
 */
public final class NamedQueries {
    private NamedQueries() {}

    private static final String FOLDER = "claimgraph/queries/";

    /** A parameter of a named query. */
    public record Param(String name, String description) {}

    /** A named query: its name, what it answers, its parameters and its SPARQL text. */
    public record Named(String name, String title, List<Param> params, String sparql) {}

    /** Every shipped query, in the order of the index. */
    public static List<Named> all() {
        List<Named> out = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) out.add(parse(name, resource(name + ".rq")));
        }
        return out;
    }

    public static Optional<Named> find(String name) {
        return all().stream().filter(q -> q.name().equals(name)).findFirst();
    }

    private static Named parse(String name, String text) {
        String title = null;
        List<Param> params = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            String c = line.substring(1).strip();
            if (c.startsWith("param ")) {
                int colon = c.indexOf(':');
                params.add(new Param(c.substring(6, colon).strip(), c.substring(colon + 1).strip()));
            } else if (title == null) {
                title = c;
            }
        }
        return new Named(name, title, List.copyOf(params), text);
    }

    /**
     * The query with its parameters bound.
     *
     * @throws BadParametersException naming every unknown, missing or unresolvable parameter
     */
    public static Query bind(Named q, Map<String, String> args, java.util.function.Supplier<Vocabulary> vocabulary) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Map<Var, Node> binding = new LinkedHashMap<>();
        List<String> declared = q.params().stream().map(Param::name).toList();
        for (String k : args.keySet()) {
            if (!declared.contains(k)) {
                errors.put(k, List.of(declared.isEmpty() ? "unknown parameter: " + q.name() + " takes none"
                        : "unknown parameter (" + q.name() + " takes " + String.join(", ", declared) + ")"));
            }
        }
        for (Param p : q.params()) {
            String v = args.get(p.name());
            if (v == null || v.isBlank()) {
                errors.put(p.name(), List.of("required: " + p.description()));
                continue;
            }
            try {
                binding.put(Var.alloc(p.name()), resolve(p.name(), v.strip(), vocabulary));
            } catch (IllegalArgumentException e) {
                errors.put(p.name(), List.of(e.getMessage()));
            }
        }
        if (!errors.isEmpty()) throw new BadParametersException("query " + q.name(), errors);
        return QueryTransformOps.replaceVars(QueryFactory.create(q.sparql()), binding);
    }

    private static Node resolve(String param, String value, java.util.function.Supplier<Vocabulary> vocabulary) {
        return switch (param) {
            case "claimant" -> Vocabulary.CLAIMANT_GROUPS.contains(value) ? CG.term(value).asNode() : entity(value, vocabulary.get());
            case "entity" -> entity(value, vocabulary.get());
            default -> NodeFactory.createLiteralString(value);
        };
    }

    private static Node entity(String value, Vocabulary vocabulary) {
        return vocabulary.entityId(value).map(id -> NodeFactory.createURI(CG.ENTITY + id))
                .orElseThrow(() -> new IllegalArgumentException("no entity \"" + value + "\" in the gazetteer" + vocabulary.suggestEntity(value)));
    }

    private static String resource(String name) {
        try (InputStream in = NamedQueries.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IllegalStateException("no " + FOLDER + name + " in the program");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
