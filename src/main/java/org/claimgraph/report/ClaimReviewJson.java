package org.claimgraph.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Verdict;

/**
 * The schema.org ClaimReview of every checked, checkable claim of a report, as one JSON-LD document
 * ({@code @graph}). Opinions and predictions get none: there is no fact to rate.
 */
public final class ClaimReviewJson {
    private ClaimReviewJson() {}

    /** Rating of each verdict, on a 1 (worst) to 5 (best) scale. */
    static int rating(Verdict v) {
        return switch (v) {
            case SUPPORTED -> 5;
            case UNSUPPORTED -> 3;
            case CONTRADICTED -> 1;
        };
    }

    /** The verdict in words, as readers see it on the badge. */
    static String words(Verdict v) {
        return switch (v) {
            case SUPPORTED -> "Supported";
            case UNSUPPORTED -> "Unsupported";
            case CONTRADICTED -> "Contradicted";
        };
    }

    public static String render(Report r, Publishing p) {
        java.io.StringWriter w = new java.io.StringWriter();
        // written by the streaming generator, as the object mapper would indent it: making a mapper took half of this
        try (JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
            write(g, tree(r, p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /** A tree as JSON: objects, arrays, strings, numbers, booleans and nulls (what {@link #tree} makes). */
    private static void write(JsonGenerator g, JsonNode n) throws java.io.IOException {
        if (n.isObject()) {
            g.writeStartObject();
            for (var e : n.properties()) { g.writeFieldName(e.getKey()); write(g, e.getValue()); }
            g.writeEndObject();
        } else if (n.isArray()) {
            g.writeStartArray();
            for (var x : n) write(g, x);
            g.writeEndArray();
        } else if (n.isTextual()) g.writeString(n.textValue());
        else if (n.isInt() || n.isLong()) g.writeNumber(n.longValue());
        else if (n.isNumber()) g.writeNumber(n.doubleValue());
        else if (n.isBoolean()) g.writeBoolean(n.booleanValue());
        else g.writeNull();
    }

    /** For a {@code <script>} element: '<', '>' and '&' written as \\u escapes so no text can close it. */
    static String forScript(Report r, Publishing p) {
        return render(r, p).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    static ObjectNode tree(Report r, Publishing p) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        String checked = r.checkedAt() == null ? null : LocalDate.ofInstant(r.checkedAt(), ZoneOffset.UTC).toString();
        for (Report.DocumentReport d : r.documents()) {
            for (Report.ClaimReport cr : d.claims()) {
                if (cr.scored()) review(graph.addObject(), d.document(), cr, p, checked);
            }
        }
        return root;
    }

    private static void review(ObjectNode n, Document doc, Report.ClaimReport cr, Publishing p, String checked) {
        Claim c = cr.claim();
        Verdict v = cr.assessment().verdict();
        n.put("@type", "ClaimReview");
        n.put("url", p.claimUrl(cr.number()));
        n.put("claimReviewed", c.statement());
        n.putObject("author").put("@type", "Organization").put("name", p.organisation());
        if (checked != null) n.put("datePublished", checked);
        n.put("reviewBody", cr.assessment().reason());
        ObjectNode item = n.putObject("itemReviewed").put("@type", "Claim");
        item.put("text", c.quote());
        if (c.quoteLang() != null) item.put("inLanguage", c.quoteLang());
        claimant(item, doc, cr);
        if (doc.published() != null) item.put("datePublished", doc.published().label());
        ObjectNode appearance = item.putObject("appearance").put("@type", "CreativeWork").put("name", doc.title());
        String url = p.absolute(doc.url());
        if (url != null) appearance.put("url", url);
        if (known(doc.publisher()) != null) appearance.putObject("publisher").put("@type", "Organization").put("name", known(doc.publisher()));
        if (doc.published() != null) appearance.put("datePublished", doc.published().label());
        n.putObject("reviewRating").put("@type", "Rating").put("ratingValue", rating(v)).put("bestRating", 5).put("worstRating", 1)
                .put("alternateName", words(v));
    }

    /**
     * Who made the claim: a gazetteer person or organisation; for an attribution ("X said Y", which the
     * article asserts) and for the author's own claims, the article's author, else its publisher. A group
     * with no name (analysts, an unnamed source) gives no author: better none than a made-up one.
     */
    private static void claimant(ObjectNode item, Document doc, Report.ClaimReport cr) {
        Entity e = cr.claimantEntity();
        boolean articleSays = "author".equals(cr.claim().claimant()) || cr.claim().kind() == org.claimgraph.model.Kind.ATTRIBUTION;
        if (articleSays) {
            String author = known(doc.author()), publisher = doc.tier() == org.claimgraph.model.Tier.ANONYMOUS ? null : known(doc.publisher());
            if (author != null) item.putObject("author").put("@type", "Person").put("name", author);
            else if (publisher != null) item.putObject("author").put("@type", "Organization").put("name", publisher);
        } else if (e != null) {
            ObjectNode n = item.putObject("author").put("@type", e.type().equals("person") ? "Person" : "Organization").put("name", e.label());
            if (!e.sameAs().isEmpty()) n.put("sameAs", e.sameAs().get(0));
        }
    }

    /** A name, or null when it only says that nobody is known ("unknown (…)", "anonymous", blank). */
    static String known(String name) {
        if (name == null || name.isBlank() || name.strip().matches("(?iu)^(unknown|unnamed|anonymous|unattributed|n/a)\\s*($|[(,:;–-]).*")) return null;
        return name.strip();
    }

    /** A claimant group in words. */
    static String groupName(String group) {
        return switch (group) {
            case "analysts" -> "unnamed analysts";
            case "experts" -> "unnamed experts";
            case "company-documents" -> "company documents";
            case "unnamed" -> "an unnamed source";
            default -> group;
        };
    }
}
