package org.claimgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.DocumentKind;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Period;
import org.claimgraph.model.Settings;
import org.claimgraph.model.Tier;
import org.claimgraph.vocab.Periods;
import org.claimgraph.vocab.Suggest;
import org.claimgraph.vocab.Vocabulary;

/**
 * One reading of a well-formed claim document (the schema has passed it): what its fields mean — known
 * entities, metrics and units, dates, spans, references between claims. Collects every problem with its
 * field's path, then either returns the document or throws them all.
 */
final class Reading {
    final String name;
    final Vocabulary vocabulary;
    final Settings settings;
    private final Function<String, String> siblings;
    private final List<BadInputException.Problem> problems;
    /** Fields the schema found malformed: read as absent, so each problem is told once. */
    private final Set<String> malformed = new HashSet<>();
    /** Where in the input the reader is: "", "claims[2]", "entities[0]". */
    private String at = "";
    /** The document's fiscal-year convention (null: the default), for its claims' periods. */
    String fiscalYear;
    private JsonNode root;
    /** The metrics and units the document defines, and those made for it (a growth of a measure it names). */
    private Model definitions;

    Reading(String name, Function<String, String> siblings, Vocabulary vocabulary, Settings settings, List<BadInputException.Problem> structure) {
        this.name = name;
        this.problems = new ArrayList<>(structure);
        structure.forEach(p -> malformed.add(p.field()));
        this.siblings = siblings;
        this.vocabulary = vocabulary;
        this.settings = settings;
    }

    /** The entities of the document: those it defines, and the claimants it names that nothing else does. */
    private final List<Entity> entities = new ArrayList<>();

    ClaimDocument read(JsonNode root) {
        this.root = root;
        JsonNode es = root.path("entities");
        for (int i = 0; es.isArray() && i < es.size(); i++) {
            if (!es.get(i).isObject()) continue;
            at = "entities[" + i + "]";
            Entity e = entity(es.get(i), i);
            if (e != null) { entities.add(e); vocabulary.addEntity(e); }
        }
        at = "";
        definitions = new Definitions(this).read(root);
        JsonNode d = root.get("document");
        if (d == null || !d.isObject()) {
            // a gazetteer file: entities, metrics and units only
            if (!problems.isEmpty()) throw refused();
            return new ClaimDocument(null, List.of(), entities, definitions);
        }
        Document doc = document(d);
        JsonNode cs = root.path("claims");
        List<Claim> claims = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Integer> positions = new ArrayList<>();
        ClaimFields fields = new ClaimFields(this, doc);
        for (int i = 0; cs.isArray() && i < cs.size(); i++) {
            at = "claims[" + i + "]";
            Claim c = cs.get(i).isObject() ? fields.read(cs.get(i), i) : null;
            if (c == null) continue;
            if (!ids.add(c.id())) problem("id", "claim \"" + c.id() + "\": field \"id\": used twice in this document");
            claims.add(c);
            positions.add(i);
        }
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            at = "claims[" + positions.get(i) + "]";
            if (c.compares() == null) continue;
            for (String ref : List.of(c.compares().left(), c.compares().right())) {
                String local = ref.startsWith(doc.id() + "/") ? ref.substring(doc.id().length() + 1) : null;
                if (local != null && !ids.contains(local)) {
                    problem("compares", "claim \"" + c.id() + "\": field \"compares\": no claim \"" + local + "\" in this document" + Suggest.hint(local, ids));
                }
            }
        }
        if (!problems.isEmpty()) throw refused();
        return new ClaimDocument(doc, claims, entities, definitions);
    }

    int problems() { return problems.size(); }

    /** Whether the schema found a field of the item being read malformed ("start", "compares.op"). */
    boolean malformedHere(String field) { return malformed.contains(full(field)); }

    /** Whether the schema found something malformed at or under this path ("metrics[0]"). */
    boolean malformed(String path) {
        return malformed.stream().anyMatch(m -> m.equals(path) || m.startsWith(path + ".") || m.startsWith(path + "["));
    }

    /** A problem with {@code field}, a path inside the item being read ("value", "compares.left"; "document.url" from the top). */
    void problem(String field, String message) {
        problems.add(new BadInputException.Problem(full(field), name + ": " + message));
    }

    private BadInputException refused() { return new BadInputException(BadInputException.Kind.INVALID, DocumentSchema.inOrder(root, problems)); }

    /** The full path of a field of the item being read. */
    private String full(String field) {
        return at.isEmpty() || field.startsWith("document") ? field : field.isEmpty() ? at : at + "." + field;
    }

    private Document document(JsonNode d) {
        String id = documentText(d, "id");
        String title = documentText(d, "title");
        String language = documentText(d, "language");
        String publisher = documentText(d, "publisher");
        String author = documentText(d, "author");
        String url = documentText(d, "url");
        String badUrl = url == null ? null : Inputs.urlProblem(url);
        if (badUrl != null) { problem("document.url", "field \"document.url\": " + badUrl); url = null; }
        // null or "unknown": the date is not known, and is never taken as recent
        Period published = null;
        String pub = documentText(d, "published");
        if (pub != null && !pub.equals("unknown")) {
            try {
                published = Periods.parse(pub);
                // nothing was published before printing, and year 0 (or before it) is a typo
                if (published.start().getYear() < 1400) {
                    problem("document.published", "field \"document.published\": \"" + Inputs.shorten(pub) + "\" is before 1400: write the date the document was published");
                    published = null;
                }
            } catch (IllegalArgumentException e) {
                problem("document.published", "field \"document.published\": " + e.getMessage());
            }
        }
        String fy = documentText(d, "fiscalYear");
        if (fy != null) {
            try { fiscalYear = Periods.fiscalYear(fy); } catch (IllegalArgumentException e) { problem("document.fiscalYear", "field \"document.fiscalYear\": " + e.getMessage()); }
        }
        String k = documentText(d, "kind");
        DocumentKind kind = k == null ? DocumentKind.ARTICLE : pick(DocumentKind.values(), k, x -> x.json);
        Tier tier = pick(Tier.values(), documentText(d, "tier"), x -> x.json);
        String textFile = documentText(d, "textFile");
        String body = documentText(d, "text");
        if (textFile != null && body != null) problem("document.textFile", "field \"document.textFile\": give either \"text\" or \"textFile\", not both");
        else if (textFile != null) {
            try {
                body = siblings.apply(textFile);
            } catch (RuntimeException e) {
                problem("document.textFile", "field \"document.textFile\": cannot read \"" + textFile + "\": " + e.getMessage());
            }
            if (body != null && body.isBlank()) problem("document.text", "field \"document.text\": the text is empty");
            else if (body != null && Inputs.characterProblem(body, true) != null) problem("document.text", "field \"document.text\": " + Inputs.characterProblem(body, true));
        }
        return new Document(id, title, language, publisher, author, published, url, kind, tier, body);
    }

    private Entity entity(JsonNode e, int index) {
        String where = "entity #" + (index + 1) + ": ";
        String id = text(e, "id", "id", where + "field \"id\""), label = text(e, "label", "label", where + "field \"label\"");
        if (id == null || label == null) return null;
        List<String> aliases = new ArrayList<>();
        JsonNode as = e.path("aliases");
        for (int i = 0; i < as.size(); i++) {
            String a = text(as.get(i), "aliases[" + i + "]", where + "field \"aliases[" + i + "]\"");
            if (a != null) aliases.add(a.strip());
        }
        String type = text(e, "type", "type", where + "field \"type\"");
        String wd = text(e, "wikidata", "wikidata", where + "field \"wikidata\"");
        boolean south = e.path("southernHemisphere").asBoolean(false);
        // a season is read by where a place lies: only a place lies somewhere (an office speaks for its place)
        if (south && !"place".equals(type)) {
            problem("southernHemisphere", where + "field \"southernHemisphere\": only a place lies in a hemisphere (give \"type\": \"place\"; an office's seasons are those of the place it speaks for)");
        }
        return new Entity(id, label, text(e, "labelZh", "labelZh", where + "field \"labelZh\""), aliases, type == null ? "organization" : type,
                text(e, "role", "role", where + "field \"role\""), wd == null ? List.of() : List.of("http://www.wikidata.org/entity/" + wd), south);
    }

    /** A document field's text ({@link #text(JsonNode, String, String, String)}). */
    String documentText(JsonNode d, String key) {
        return text(d, key, "document." + key, "field \"document." + key + "\"");
    }

    /**
     * A text field's value, null when absent. The schema has checked its type; this checks what a schema
     * cannot: blank text, control characters and lone surrogates, and length. Numbers, where the schema
     * allows them, come as plain text. {@code path} is the field's path inside the item being read,
     * {@code where} how messages name it (field "document.title", claim "c": field "quote").
     */
    String text(JsonNode parent, String key, String path, String where) {
        return text(parent.get(key), path, where);
    }

    String text(JsonNode v, String path, String where) {
        if (v == null || !(v.isTextual() || v.isNumber()) || malformed.contains(full(path))) return null;
        if (v.isNumber()) {
            if (!Double.isFinite(v.doubleValue()) || v.decimalValue().abs().compareTo(Inputs.MAX_NUMBER) > 0) {
                problem(path, where + ": " + Inputs.shorten(v.toString()) + " is out of range (at most " + Inputs.MAX_NUMBER.toPlainString() + ")");
                return null;
            }
            return v.decimalValue().toPlainString();
        }
        String s = v.asText();
        boolean body = path.equals("document.text");
        int max = body ? SiblingFiles.MAX_BYTES : Inputs.MAX_TEXT;
        String bad = s.isBlank() ? (body ? "the text is empty" : "empty") : s.length() > max ? "longer than " + max + " characters" : Inputs.characterProblem(s, body);
        if (bad != null) { problem(path, where + ": " + bad); return null; }
        return s;
    }

    /** The enum constant a value the schema allows names (a test keeps the two lists equal); null for none. */
    static <E> E pick(E[] values, String given, Function<E, String> json) {
        for (E e : values) if (json.apply(e).equals(given)) return e;
        return null;
    }

    /** What to do about a name nothing in the gazetteer or the catalogue is near. */
    static final String NOT_IN_GAZETTEER = " (not in the gazetteer: " + Suggest.defineUnder("entities") + ")",
            NOT_IN_CATALOGUE = " (not in the catalogue: " + Suggest.defineUnder("metrics") + ")",
            UNIT_NOT_IN_CATALOGUE = " (not in the catalogue: " + Suggest.defineUnder("units") + ")";

    String entity(String name, String field, String where, String extra) {
        var id = vocabulary.entityId(name);
        if (id.isPresent()) return id.get();
        String currency = vocabulary.unitId(name).filter(u -> "Currency".equals(vocabulary.unit(u).dimension())).orElse(null);
        if (currency != null) { // "USD" as an exchange rate's subject: "did you mean us?" would mislead
            problem(field, where + ": unknown entity \"" + name + "\" (a currency is a subject, as an exchange rate's, only as an entity whose name or alias is its code: "
                    + Suggest.defineUnder("entities") + ", e.g. {\"id\": \"" + currency.toLowerCase(java.util.Locale.ROOT) + "\", \"label\": \"" + currency
                    + "\", \"type\": \"topic\"})" + extra);
            return null;
        }
        String near = vocabulary.suggestEntity(name);
        problem(field, where + ": unknown entity \"" + name + "\"" + (near.isEmpty() ? NOT_IN_GAZETTEER : near) + extra);
        return null;
    }

    /**
     * A claimant the gazetteer lacks, named as people and bodies are (a capital or a Chinese character first,
     * nothing in the gazetteer near it, which would more likely be a slip): an entity of the document, as if it
     * had defined it, a person when the name has two words or is written in Chinese. A known name as a part of it
     * (Bank of England) is no slip. Who said a figure changes
     * no verdict, so a writer need not define every speaker first.
     */
    String claimant(String name, String field, String where, String extra) {
        var id = vocabulary.entityId(name);
        if (id.isPresent()) return id.get();
        String n = name.strip(), slug = Vocabulary.latinSlug(n);
        boolean named = n.codePoints().limit(1).allMatch(c -> Character.isUpperCase(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (!named || slug.isEmpty() || slug.length() > 80 || vocabulary.entity(slug) != null || vocabulary.slipOfEntity(n)) {
            return entity(name, field, where, extra);
        }
        boolean chinese = Character.UnicodeScript.of(n.codePointAt(0)) == Character.UnicodeScript.HAN;
        Entity e = new Entity(slug, n, n, List.of(), chinese || n.contains(" ") ? "person" : "organization", null, List.of());
        entities.add(e);
        vocabulary.addEntity(e);
        return slug;
    }

    String metric(String name, String field, String where) {
        var id = vocabulary.metricId(name);
        if (id.isPresent()) return id.get();
        // "passengers-growth": defined for the document as if it had defined it, and stored with it
        var derived = vocabulary.derivedMetric(name);
        if (derived != null) {
            if (derived.definition() != null) vocabulary.define(derived.definition(), this.name, definitions).forEach(p -> problem(field, where + ": " + p));
            return derived.id();
        }
        String near = vocabulary.suggestMetric(name);
        problem(field, where + ": unknown metric \"" + name + "\"" + (near.isEmpty() ? NOT_IN_CATALOGUE : near));
        return null;
    }

    String unit(String name, String field, String where) {
        var id = vocabulary.unitId(name);
        if (id.isPresent()) return id.get();
        String near = vocabulary.suggestUnit(name);
        problem(field, where + ": unknown unit \"" + name + "\"" + (near.isEmpty() ? UNIT_NOT_IN_CATALOGUE : near));
        return null;
    }
}
