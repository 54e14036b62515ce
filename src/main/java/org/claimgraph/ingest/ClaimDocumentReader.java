package org.claimgraph.ingest;

import org.claimgraph.vocab.Periods;
import org.claimgraph.vocab.Amounts;
import org.claimgraph.vocab.Suggest;
import org.claimgraph.vocab.Vocabulary;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.vocab.CG;
import org.claimgraph.model.Claim;
import org.claimgraph.model.CompareOp;
import org.claimgraph.model.Document;
import org.claimgraph.model.DocumentKind;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Kind;
import org.claimgraph.model.MetricType;
import org.claimgraph.model.Period;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Settings;
import org.claimgraph.model.Tier;

/**
 * Reads a claim document (JSON) strictly: every problem is collected, each naming the file, the claim
 * and the field, with a suggestion where one fits; one problem and the whole document is refused.
 */
public final class ClaimDocumentReader {

    static final Set<String> TOP_FIELDS = Set.of("document", "claims", "entities", "metrics", "units");
    static final Set<String> METRIC_FIELDS = Set.of("id", "label", "labelZh", "aliases", "type", "dimension", "family", "wikidata", "definition");
    static final Set<String> UNIT_FIELDS = Set.of("id", "label", "labelZh", "aliases", "dimension", "indriya", "qudt", "definition");
    static final Set<String> DOCUMENT_FIELDS = Set.of("id", "title", "language", "publisher", "author", "published",
            "url", "kind", "tier", "textFile", "text", "fiscalYear");
    static final Set<String> CLAIM_FIELDS = Set.of("id", "quote", "start", "end", "statement", "claimant", "subject",
            "object", "metric", "value", "unit", "per", "period", "term", "rank", "qualifiers", "kind", "said", "scope",
            "note", "compares", "between");
    static final Set<String> ENTITY_FIELDS = Set.of("id", "label", "labelZh", "aliases", "type", "role", "wikidata");
    static final List<String> ENTITY_TYPES = List.of("organization", "person", "place", "index", "topic", "group");
    private static final Set<String> COMPARES_FIELDS = Set.of("op", "left", "right", "factor");
    private static final Set<String> EVENT_FIELDS = Set.of("subject", "object", "metric");
    private static final String COUNT = "count";
    /** Ids: lower-case letters, digits and hyphens, at most {@link #MAX_ID} characters. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    static final int MAX_ID = 80;
    /** A claim named from another: its id, or document-id/claim-id. */
    private static final Pattern CLAIM_REF = Pattern.compile("(?:[a-z0-9][a-z0-9-]{0,79}/)?[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}");
    private static final Pattern TERM = Pattern.compile("(?:about\\s+|约)?(\\d+(?:\\.\\d+)?)\\s*(?:years?|年)?", Pattern.CASE_INSENSITIVE);
    /** A message's leading field: "claim \"c\": field \"compares\".left" → compares, .left. */
    private static final Pattern FIELD_PATH = Pattern.compile(
            "^(?:claim \"[^\"]*\": |claim #\\d+: |entity #\\d+: )?(?:unknown )?field \"([^\"]+)\"(\\.[a-z]+)?(?:: unknown field \"([^\"]+)\")?");
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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
        return new Run(name, siblings).read(root);
    }

    /** One reading: collects problems, then either returns the document or throws them all. */
    private final class Run {
        final String name;
        final Function<String, String> siblings;
        final List<BadInputException.Problem> problems = new ArrayList<>();
        /** Where in the input the reader is: "", "claims[2]", "entities[0]". */
        String at = "";
        /** The document's fiscal-year convention (null: the default), for its claims' periods. */
        String fiscalYear;

        Run(String name, Function<String, String> siblings) {
            this.name = name;
            this.siblings = siblings;
        }

        ClaimDocument read(JsonNode root) {
            if (root == null || !root.isObject()) throw new BadInputException(name + ": a claim document is a JSON object with \"document\" and \"claims\"");
            if (!root.has("document") && !root.has("claims") && !root.has("entities") && !root.has("metrics") && !root.has("units")) {
                List<String> found = new ArrayList<>();
                root.fieldNames().forEachRemaining(found::add);
                throw new BadInputException(name + ": not a claim document: it needs \"document\" and \"claims\" (or \"entities\", \"metrics\", \"units\" alone); it has "
                        + (found.isEmpty() ? "no fields" : (found.size() > 5 ? String.join(", ", found.subList(0, 5)) + ", …" : String.join(", ", found))));
            }
            unknownFields(root, TOP_FIELDS, "");
            List<Entity> entities = new ArrayList<>();
            JsonNode es = root.get("entities");
            if (es != null) {
                if (!es.isArray()) problem("field \"entities\": must be a list");
                else for (int i = 0; i < es.size(); i++) {
                    at = "entities[" + i + "]";
                    Entity e = entity(es.get(i), i);
                    if (e != null) { entities.add(e); vocabulary.addEntity(e); }
                }
            }
            at = "";
            Model definitions = definitions(root);
            JsonNode d = root.get("document");
            if (d == null && root.get("claims") == null && (es != null || root.has("metrics") || root.has("units"))) {
                // a gazetteer file: entities, metrics and units only
                if (!problems.isEmpty()) throw refused();
                return new ClaimDocument(null, List.of(), entities, definitions);
            }
            if (d == null || !d.isObject()) {
                problem("field \"document\": missing (an object with id, title, language, publisher, published, tier)");
                throw refused();
            }
            Document doc = document(d);
            JsonNode cs = root.get("claims");
            List<Claim> claims = new ArrayList<>();
            if (cs == null || !cs.isArray()) problem("field \"claims\": missing (a list of claims, may be empty)");
            else {
                Set<String> ids = new HashSet<>();
                List<Integer> positions = new ArrayList<>();
                for (int i = 0; i < cs.size(); i++) {
                    at = "claims[" + i + "]";
                    Claim c = claim(cs.get(i), i, doc);
                    if (c == null) continue;
                    if (!ids.add(c.id())) problem("claim \"" + c.id() + "\": field \"id\": used twice in this document");
                    claims.add(c);
                    positions.add(i);
                }
                for (int i = 0; i < claims.size(); i++) {
                    Claim c = claims.get(i);
                    at = "claims[" + positions.get(i) + "]";
                    if (c.compares() == null) continue;
                    for (String ref : List.of(c.compares().left(), c.compares().right())) {
                        if (ref.startsWith(doc.id() + "/") && !ids.contains(ref.substring(doc.id().length() + 1))) {
                            problem("claim \"" + c.id() + "\": field \"compares\": no claim \"" + ref.substring(doc.id().length() + 1)
                                    + "\" in this document" + Suggest.hint(ref.substring(doc.id().length() + 1), ids));
                        }
                    }
                }
            }
            if (!problems.isEmpty()) throw refused();
            return new ClaimDocument(doc, claims, entities, definitions);
        }

        void problem(String p) { problems.add(new BadInputException.Problem(path(p), name + ": " + p)); }

        /** The field a message is about, as a path in the input: claims[2].value, document.url, entities[0].aliases[1]. */
        String path(String message) {
            Matcher m = FIELD_PATH.matcher(message);
            if (!m.find()) return at;
            String f = m.group(1) + (m.group(2) == null ? "" : m.group(2)) + (m.group(3) == null ? "" : "." + m.group(3));
            return f.startsWith("document") || at.isEmpty() ? f : at + "." + f;
        }

        BadInputException refused() { return new BadInputException(BadInputException.Kind.INVALID, problems); }

        /** "metrics" and "units" as RDF, checked by the vocabulary and usable by this document's claims at once. */
        Model definitions(JsonNode root) {
            Model m = ModelFactory.createDefaultModel();
            JsonNode ms = root.get("metrics"), us = root.get("units");
            if (ms != null && !ms.isArray()) problem("field \"metrics\": must be a list");
            else if (ms != null) for (int i = 0; i < ms.size(); i++) {
                JsonNode x = ms.get(i);
                Resource r = term(m, x, "metric #" + (i + 1) + ": ", METRIC_FIELDS, CG.METRIC, CG.Metric);
                if (r == null) continue;
                String type = text(x, "type", "metric #" + (i + 1) + ": field \"type\"", true);
                if (type != null) r.addProperty(CG.metricType, CG.term(type));
                String family = text(x, "family", "metric #" + (i + 1) + ": field \"family\"", false);
                if (family != null) r.addProperty(CG.family, family);
                String wd = text(x, "wikidata", "metric #" + (i + 1) + ": field \"wikidata\"", false);
                if (wd != null) r.addProperty(CG.wikidataProperty, m.createResource("http://www.wikidata.org/entity/" + wd));
            }
            if (us != null && !us.isArray()) problem("field \"units\": must be a list");
            else if (us != null) for (int i = 0; i < us.size(); i++) {
                JsonNode x = us.get(i);
                Resource r = term(m, x, "unit #" + (i + 1) + ": ", UNIT_FIELDS, CG.UNIT, CG.Unit);
                if (r == null) continue;
                String ind = text(x, "indriya", "unit #" + (i + 1) + ": field \"indriya\"", false);
                if (ind != null) r.addProperty(CG.indriyaUnit, ind);
                String qudt = text(x, "qudt", "unit #" + (i + 1) + ": field \"qudt\"", false);
                if (qudt != null && !qudt.matches("http://qudt\\.org/vocab/(unit|currency)/\\S+")) {
                    problem("unit #" + (i + 1) + ": field \"qudt\": \"" + qudt + "\" is not a QUDT unit IRI such as http://qudt.org/vocab/unit/GigaW");
                } else if (qudt != null) r.addProperty(SKOS.exactMatch, m.createResource(qudt));
            }
            Model accepted = ModelFactory.createDefaultModel();
            if (m.isEmpty()) return accepted;
            for (String p : vocabulary.define(m, name, accepted)) problem(p);
            return accepted;
        }

        /** What metric and unit definitions share: id, labels, aliases, dimension, definition. */
        Resource term(Model m, JsonNode x, String where, Set<String> fields, String ns, Resource type) {
            if (!x.isObject()) { problem(where + "must be an object"); return null; }
            unknownFields(x, fields, where);
            String id = text(x, "id", where + "field \"id\"", true), label = text(x, "label", where + "field \"label\"", true);
            String dim = text(x, "dimension", where + "field \"dimension\"", true);
            if (id == null || label == null || dim == null) return null;
            Resource r = m.createResource(ns + id).addProperty(RDF.type, type).addProperty(RDFS.label, label, "en")
                    .addProperty(CG.dimension, CG.term(dim.equalsIgnoreCase("none") ? "no-dimension" : dim));
            String zh = text(x, "labelZh", where + "field \"labelZh\"", false);
            if (zh != null) r.addProperty(RDFS.label, zh, "zh");
            String def = text(x, "definition", where + "field \"definition\"", false);
            if (def != null) r.addProperty(RDFS.comment, def, "en");
            JsonNode as = x.get("aliases");
            if (as != null && !as.isArray()) problem(where + "field \"aliases\": must be a list");
            else if (as != null) as.forEach(a -> r.addProperty(SKOS.altLabel, a.asText(), languageOf(a.asText(), "en")));
            return r;
        }

        void unknownFields(JsonNode n, Set<String> known, String where) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!known.contains(f)) problem(where + "unknown field \"" + f + "\"" + Suggest.hint(f, known));
            }
        }

        Document document(JsonNode d) {
            unknownFields(d, DOCUMENT_FIELDS, "field \"document\": ");
            String id = text(d, "id", "field \"document.id\"", true);
            if (id != null && !SLUG.matcher(id).matches()) {
                problem("field \"document.id\": \"" + Inputs.shorten(id) + "\" is not a slug (lower-case letters, digits and hyphens, at most " + MAX_ID + ")");
            }
            String title = text(d, "title", "field \"document.title\"", true);
            String language = text(d, "language", "field \"document.language\"", true);
            if (language != null && !LANGUAGE.matcher(language).matches()) {
                problem("field \"document.language\": \"" + Inputs.shorten(language) + "\" is not a language tag such as en, zh or zh-Hant");
                language = null;
            }
            String publisher = text(d, "publisher", "field \"document.publisher\"", true);
            String author = text(d, "author", "field \"document.author\"", false);
            String url = text(d, "url", "field \"document.url\"", false);
            String badUrl = url == null ? null : Inputs.urlProblem(url);
            if (badUrl != null) { problem("field \"document.url\": " + badUrl); url = null; }
            Period published = null;
            // null or "unknown": the date is not known, and is never taken as recent
            JsonNode pubNode = d.get("published");
            String pub = null;
            if (pubNode == null) problem("field \"document.published\": missing (a date such as 2025-11-03, or null or \"unknown\" when it is not known)");
            else if (!pubNode.isNull() && !(pubNode.isTextual() && pubNode.asText().trim().equalsIgnoreCase("unknown"))) {
                pub = text(d, "published", "field \"document.published\"", true);
            }
            if (pub != null && !pub.trim().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                problem("field \"document.published\": \"" + pub + "\" is not a date (write 2025-11-03, 2025-11 or 2025, or null when it is unknown)");
            } else if (pub != null) {
                try {
                    published = Periods.parse(pub);
                } catch (IllegalArgumentException e) {
                    problem("field \"document.published\": " + e.getMessage());
                }
            }
            String fy = text(d, "fiscalYear", "field \"document.fiscalYear\"", false);
            if (fy != null) {
                try { fiscalYear = Periods.fiscalYear(fy); } catch (IllegalArgumentException e) { problem("field \"document.fiscalYear\": " + e.getMessage()); }
            }
            DocumentKind kind = DocumentKind.ARTICLE;
            String k = text(d, "kind", "field \"document.kind\"", false);
            if (k != null) kind = pick(DocumentKind.values(), k, x -> x.json, "field \"document.kind\"", DocumentKind.ARTICLE);
            Tier tier = null;
            String t = text(d, "tier", "field \"document.tier\"", true);
            if (t != null) tier = pick(Tier.values(), t, x -> x.json, "field \"document.tier\"", null);
            String textFile = text(d, "textFile", "field \"document.textFile\"", false);
            String inline = text(d, "text", "field \"document.text\"", false);
            String body = inline;
            if (textFile != null && inline != null) problem("field \"document.textFile\": give either \"text\" or \"textFile\", not both");
            else if (textFile != null) {
                try {
                    body = siblings.apply(textFile);
                } catch (RuntimeException e) {
                    problem("field \"document.textFile\": cannot read \"" + textFile + "\": " + e.getMessage());
                }
            }
            if (body != null && body.isBlank()) problem("field \"document.text\": the text is empty");
            else if (body != null && Inputs.characterProblem(body, true) != null) problem("field \"document.text\": " + Inputs.characterProblem(body, true));
            return new Document(id, title, language, publisher, author, published, url, kind, tier, body);
        }

        Entity entity(JsonNode e, int index) {
            String where = "entity #" + (index + 1) + ": ";
            if (!e.isObject()) { problem(where + "must be an object"); return null; }
            unknownFields(e, ENTITY_FIELDS, where);
            String id = text(e, "id", where + "field \"id\"", true);
            String label = text(e, "label", where + "field \"label\"", true);
            if (id == null || label == null) return null;
            if (!SLUG.matcher(id).matches()) problem(where + "field \"id\": \"" + Inputs.shorten(id) + "\" is not a slug (lower-case letters, digits and hyphens, at most " + MAX_ID + ")");
            List<String> aliases = new ArrayList<>();
            JsonNode as = e.get("aliases");
            if (as != null && !as.isArray()) problem(where + "field \"aliases\": must be a list of names");
            else if (as != null) for (int i = 0; i < as.size(); i++) {
                JsonNode a = as.get(i);
                String bad = !a.isTextual() ? "must be text" : a.asText().isBlank() ? "empty" : Inputs.characterProblem(a.asText(), false);
                if (bad != null) problem(where + "field \"aliases[" + i + "]\": " + bad);
                else aliases.add(a.asText().strip());
            }
            String type = "organization";
            String givenType = text(e, "type", where + "field \"type\"", false);
            if (givenType != null) {
                if (ENTITY_TYPES.contains(givenType)) type = givenType;
                else problem(where + "field \"type\": unknown value \"" + Inputs.shorten(givenType) + "\"" + Suggest.hint(givenType, ENTITY_TYPES)
                        + "; one of " + String.join(", ", ENTITY_TYPES));
            }
            String wd = text(e, "wikidata", where + "field \"wikidata\"", false);
            List<String> same = new ArrayList<>();
            if (wd != null) {
                if (!wd.matches("Q\\d+")) problem(where + "field \"wikidata\": \"" + wd + "\" is not a Wikidata id such as Q2283");
                else same.add("http://www.wikidata.org/entity/" + wd);
            }
            return new Entity(id, label, text(e, "labelZh", where + "field \"labelZh\"", false), aliases, type,
                    text(e, "role", where + "field \"role\"", false), same);
        }

        Claim claim(JsonNode c, int index, Document doc) {
            if (!c.isObject()) { problem("claim #" + (index + 1) + ": must be an object"); return null; }
            String cid = c.path("id").isTextual() ? c.get("id").asText() : null;
            String where = cid == null ? "claim #" + (index + 1) + ": " : "claim \"" + Inputs.shorten(cid) + "\": ";
            int before = problems.size();
            unknownFields(c, CLAIM_FIELDS, where);
            if (cid == null) problem(where + "field \"id\": missing");
            else if (!SLUG.matcher(cid).matches()) problem(where + "field \"id\": \"" + Inputs.shorten(cid) + "\" is not a slug (lower-case letters, digits and hyphens, at most " + MAX_ID + ")");
            String quote = text(c, "quote", where + "field \"quote\"", true);
            String statement = text(c, "statement", where + "field \"statement\"", true);
            Kind kind = null;
            String k = text(c, "kind", where + "field \"kind\"", true);
            if (k != null) kind = pick(Kind.values(), k, x -> x.json, where + "field \"kind\"", null);
            boolean needsFacts = kind == null || kind.checkable();

            Integer start = integer(c, "start", where), end = integer(c, "end", where);
            if (doc.text() != null && quote != null) span(doc.text(), quote, start, end, where);
            else if (doc.text() == null && (start != null || end != null)) {
                problem(where + "field \"start\": the document has no text to point into (give \"text\" or \"textFile\")");
            }

            String claimant = null;
            String cl = text(c, "claimant", where + "field \"claimant\"", true);
            if (cl != null) {
                if (Vocabulary.CLAIMANT_GROUPS.contains(cl.toLowerCase(Locale.ROOT))) claimant = cl.toLowerCase(Locale.ROOT);
                else claimant = entity(cl, where + "field \"claimant\"", " (or one of " + String.join(", ", Vocabulary.CLAIMANT_GROUPS) + ")");
            }
            String subjectText = text(c, "subject", where + "field \"subject\"", false);
            String subject = subjectText == null ? null : entity(subjectText, where + "field \"subject\"", "");
            String objectText = text(c, "object", where + "field \"object\"", false);
            String object = objectText == null ? null : entity(objectText, where + "field \"object\"", "");
            String metricText = text(c, "metric", where + "field \"metric\"", false);
            String metric = metricText == null ? null : metric(metricText, where + "field \"metric\"");
            if (needsFacts && subjectText == null) problem(where + "field \"subject\": missing (who or what the claim is about)");
            if (needsFacts && metricText == null) problem(where + "field \"metric\": missing (what is measured or said)" );

            Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
            JsonNode qs = c.get("qualifiers");
            if (qs != null) {
                if (!qs.isArray()) problem(where + "field \"qualifiers\": must be a list");
                else qs.forEach(q -> {
                    Qualifier x = pick(Qualifier.values(), q.asText(), v -> v.json, where + "field \"qualifiers\"", null);
                    if (x != null) qualifiers.add(x);
                });
            }

            Period period = null;
            String p = text(c, "period", where + "field \"period\"", false);
            if (p != null) {
                try {
                    period = Periods.parse(p, doc.published() == null ? null : doc.published().start(), fiscalYear);
                } catch (IllegalArgumentException e) { problem(where + "field \"period\": " + e.getMessage()); }
            }
            Double term = null;
            String t = text(c, "term", where + "field \"term\"", false);
            if (t != null) {
                Matcher m = TERM.matcher(t.trim());
                if (m.matches()) term = Double.parseDouble(m.group(1));
                else problem(where + "field \"term\": \"" + t + "\" is not a number of years such as \"5 years\"");
            }
            Integer rank = integer(c, "rank", where);
            if (rank != null && rank < 1) problem(where + "field \"rank\": " + rank + " is not a rank (1 is first)");

            String per = null;
            String perText = text(c, "per", where + "field \"per\"", false);
            if (perText != null) {
                per = vocabulary.perUnit(perText).orElse(null);
                if (per == null) problem(where + "field \"per\": \"" + perText + "\" is not a unit of time (write per day, per week, per month or per year)");
            }

            Quantity value = quantity(c, where, metric, qualifiers, per, doc.language());

            Claim.Comparison compares = compares(c.get("compares"), where, doc.id());
            Claim.Gap between = gap(c.get("between"), where);

            if (problems.size() > before) return null;
            return new Claim(doc.id(), cid, quote, doc.text() != null ? doc.language() : languageOf(quote, doc.language()),
                    start, end, statement, claimant, subject, object, metric, value, period, term, rank, qualifiers, kind,
                    text(c, "said", where + "field \"said\"", false), text(c, "scope", where + "field \"scope\"", false),
                    text(c, "note", where + "field \"note\"", false), compares, between);
        }

        void span(String text, String quote, Integer start, Integer end, String where) {
            int len = text.codePointCount(0, text.length());
            if (start == null || end == null) {
                int at = text.indexOf(quote);
                String hint = at < 0 ? "" : " (the quote is found at " + text.codePointCount(0, at) + "–"
                        + (text.codePointCount(0, at) + quote.codePointCount(0, quote.length())) + ")";
                problem(where + "field \"" + (start == null ? "start" : "end") + "\": missing: the document has text, so the quote needs its span" + hint);
                return;
            }
            if (start < 0) { problem(where + "field \"start\": " + start + " is negative"); return; }
            if (end < start) { problem(where + "field \"end\": " + end + " is before start " + start); return; }
            if (end > len) { problem(where + "field \"end\": " + end + " is past the end of the text (" + len + " characters)"); return; }
            String there = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            if (!there.equals(quote)) {
                int at = text.indexOf(quote);
                String hint = at < 0 ? "; the quote is not in the text at all"
                        : "; the quote is at " + text.codePointCount(0, at) + "–" + (text.codePointCount(0, at) + quote.codePointCount(0, quote.length()));
                problem(where + "field \"start\": the text at " + start + "–" + end + " is \"" + abbreviate(there) + "\", not the quote" + hint);
            }
        }

        /** The value read in the document's language; cue words in it ("超過2500萬") join the claim's qualifiers. */
        Quantity quantity(JsonNode c, String where, String metric, Set<Qualifier> qualifiers, String per, String language) {
            String v = text(c, "value", where + "field \"value\"", false);
            String u = text(c, "unit", where + "field \"unit\"", false);
            if (v == null) {
                if (u != null) problem(where + "field \"unit\": a unit without a value");
                return null;
            }
            Amounts.Amount parsed;
            try {
                parsed = Amounts.read(v, language, settings);
            } catch (IllegalArgumentException e) {
                problem(where + "field \"value\": " + e.getMessage());
                return null;
            }
            if (!inRange(parsed.value())) {
                problem(where + "field \"value\": \"" + Inputs.shorten(v) + "\" is out of range (at most " + Inputs.MAX_NUMBER.toPlainString() + " in magnitude)");
                return null;
            }
            String unitId = null;
            if (u != null) unitId = unit(u, where + "field \"unit\"");
            if (parsed.unit() != null) {
                String inValue = unitInValue(parsed.unit(), where);
                if (inValue != null && unitId != null && !inValue.equals(unitId)) {
                    problem(where + "field \"unit\": \"" + u + "\" disagrees with the unit in the value \"" + v + "\"");
                }
                if (unitId == null) unitId = inValue;
            }
            if (unitId == null && u == null && parsed.unit() == null) {
                problem(where + "field \"unit\": missing (the value \"" + v + "\" needs a unit, e.g. USD, percent, GW)");
                return null;
            }
            if (unitId == null) return null;
            if (metric != null) {
                var m = vocabulary.metric(metric);
                var un = vocabulary.unit(unitId);
                if (m != null && un != null && m.type() != MetricType.STATEMENT && !m.dimension().equals(un.dimension())
                        && !(m.type() == MetricType.RATIO || m.type() == MetricType.EVENT_DATE)) {
                    problem(where + "field \"unit\": " + unitId + " measures " + un.dimension() + ", but " + metric
                            + " is measured in " + m.dimension());
                }
            }
            qualifiers.addAll(parsed.qualifiers());
            Quantity q = parsed.qualified(qualifiers, settings).quantity(unitId, per);
            // a count keeps the noun it was written with: "people", "人", "jobs"
            String noun = u != null ? u.trim() : parsed.unit() == null ? null : parsed.unit().trim();
            return unitId.equals(COUNT) && noun != null && !noun.equalsIgnoreCase(COUNT) ? q.withNoun(noun) : q;
        }

        /** Unit words inside a value ("24 billion USD", "240亿美元", "12%"); "billion" words are already consumed. */
        String unitInValue(String words, String where) {
            var id = vocabulary.unitId(words);
            if (id.isPresent()) return id.get();
            problem(where + "field \"value\": unknown unit \"" + words + "\"" + vocabulary.suggestUnit(words));
            return null;
        }

        Claim.Comparison compares(JsonNode n, String where, String docId) {
            if (n == null) return null;
            String w = where + "field \"compares\"";
            if (!n.isObject()) { problem(w + ": must be an object with op, left, right"); return null; }
            unknownFields(n, COMPARES_FIELDS, w + ": ");
            String op = text(n, "op", w + ".op", true);
            String left = text(n, "left", w + ".left", true), right = text(n, "right", w + ".right", true);
            Double factor = null;
            String f = text(n, "factor", w + ".factor", false);
            if (f != null) {
                try {
                    var a = Amounts.read(f, null);
                    if (a.unit() != null) problem(w + ".factor: \"" + Inputs.shorten(f) + "\" is not a plain number (such as 17 or 2.5)");
                    else factor = a.value();
                } catch (IllegalArgumentException e) {
                    problem(w + ".factor: " + e.getMessage());
                }
                if (factor != null && !inRange(factor)) { problem(w + ".factor: \"" + Inputs.shorten(f) + "\" is out of range"); factor = null; }
            }
            CompareOp o = op == null ? null : pick(CompareOp.values(), op, x -> x.json, w + ".op", null);
            if (left != null && !CLAIM_REF.matcher(left).matches()) { problem(w + ".left: \"" + Inputs.shorten(left) + "\" is not a claim id (or document-id/claim-id)"); left = null; }
            if (right != null && !CLAIM_REF.matcher(right).matches()) { problem(w + ".right: \"" + Inputs.shorten(right) + "\" is not a claim id (or document-id/claim-id)"); right = null; }
            if (o == CompareOp.TIMES && factor == null) problem(w + ".factor: missing (\"times\" needs the factor, e.g. \"17\")");
            if (o == null || left == null || right == null) return null;
            return new Claim.Comparison(o, left.contains("/") ? left : docId + "/" + left,
                    right.contains("/") ? right : docId + "/" + right, factor);
        }

        Claim.Gap gap(JsonNode n, String where) {
            if (n == null) return null;
            String w = where + "field \"between\"";
            if (!n.isObject()) { problem(w + ": must be an object with from and to"); return null; }
            unknownFields(n, Set.of("from", "to"), w + ": ");
            Claim.EventRef from = event(n.get("from"), w + ".from"), to = event(n.get("to"), w + ".to");
            return from == null || to == null ? null : new Claim.Gap(from, to);
        }

        Claim.EventRef event(JsonNode n, String w) {
            if (n == null || !n.isObject()) { problem(w + ": missing (an object with subject, metric and optionally object)"); return null; }
            unknownFields(n, EVENT_FIELDS, w + ": ");
            String s = text(n, "subject", w + ".subject", true), m = text(n, "metric", w + ".metric", true);
            String o = text(n, "object", w + ".object", false);
            String sid = s == null ? null : entity(s, w + ".subject", "");
            String oid = o == null ? null : entity(o, w + ".object", "");
            String mid = m == null ? null : metric(m, w + ".metric");
            return sid == null || mid == null || (o != null && oid == null) ? null : new Claim.EventRef(sid, oid, mid);
        }

        String entity(String name, String where, String extra) {
            var id = vocabulary.entityId(name);
            if (id.isPresent()) return id.get();
            problem(where + ": unknown entity \"" + name + "\"" + vocabulary.suggestEntity(name) + extra);
            return null;
        }

        String metric(String name, String where) {
            var id = vocabulary.metricId(name);
            if (id.isPresent()) return id.get();
            problem(where + ": unknown metric \"" + name + "\"" + vocabulary.suggestMetric(name));
            return null;
        }

        String unit(String name, String where) {
            var id = vocabulary.unitId(name);
            if (id.isPresent()) return id.get();
            problem(where + ": unknown unit \"" + name + "\"" + vocabulary.suggestUnit(name));
            return null;
        }

        String text(JsonNode n, String field, String where, boolean required) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                if (required) problem(where + ": missing");
                return null;
            }
            if (v.isNumber() && (field.equals("value") || field.equals("factor"))) {
                if (!Double.isFinite(v.doubleValue()) || v.decimalValue().abs().compareTo(Inputs.MAX_NUMBER) > 0) {
                    problem(where + ": " + Inputs.shorten(v.toString()) + " is out of range (at most " + Inputs.MAX_NUMBER.toPlainString() + ")");
                    return null;
                }
                return v.decimalValue().toPlainString();
            }
            if (!v.isTextual()) { problem(where + ": must be text, not " + Inputs.kind(v)); return null; }
            String s = v.asText();
            if (s.isBlank()) { problem(where + ": empty"); return null; }
            String bad = s.length() > (field.equals("text") ? SiblingFiles.MAX_BYTES : Inputs.MAX_TEXT) ? "longer than " + (field.equals("text") ? SiblingFiles.MAX_BYTES : Inputs.MAX_TEXT) + " characters" : Inputs.characterProblem(s, false);
            if (bad != null) { problem(where + ": " + bad); return null; }
            return s;
        }

        Integer integer(JsonNode n, String field, String where) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) return null;
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                problem(where + "field \"" + field + "\": " + v + " is not a whole number");
                return null;
            }
            return v.asInt();
        }

        <E> E pick(E[] values, String given, Function<E, String> json, String where, E fallback) {
            List<String> names = new ArrayList<>();
            for (E e : values) {
                if (json.apply(e).equalsIgnoreCase(given.trim())) return e;
                names.add(json.apply(e));
            }
            problem(where + ": unknown value \"" + given + "\"" + Suggest.hint(given, names) + "; one of " + String.join(", ", names));
            return fallback;
        }
    }

    private static boolean inRange(double v) { return Double.isFinite(v) && Math.abs(v) <= Inputs.MAX_NUMBER.doubleValue(); }

    private static String abbreviate(String s) { return s.length() <= 40 ? s : s.substring(0, 37) + "…"; }

    /** Reads the metrics and units a Turtle (or other RDF) file defines into this reading's vocabulary; empty when it defines none. */
    public Model define(String name, Model rdf) {
        Model accepted = ModelFactory.createDefaultModel();
        if (!rdf.contains(null, RDF.type, CG.Metric) && !rdf.contains(null, RDF.type, CG.Unit)) return accepted;
        List<String> problems = vocabulary.define(rdf, name, accepted).stream().map(p -> name + ": " + p).toList();
        if (!problems.isEmpty()) throw new BadInputException(problems);
        return accepted;
    }

    /** Evidence quotes without text are usually the source's own (English) words. */
    private static String languageOf(String quote, String docLanguage) {
        if (quote == null) return docLanguage;
        boolean cjk = quote.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return cjk ? "zh" : "en";
    }

}
