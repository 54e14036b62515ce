package org.claimgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Extractor;
import org.claimgraph.vocab.Vocabulary;

/**
 * The /check form as the browser sends it back at every step: the article, its drafted claims (one row
 * per figure) and one piece of evidence. Nothing is kept on the server between steps.
 */
public final class CheckForm {

    /**
     * One claim row; empty strings for fields not filled in. guesses holds, for each field the drafter
     * was unsure of, what it drafted: the field stays a to-do until the journalist changes or confirms it.
     */
    public record Row(String id, String quote, String start, String end, String statement, String claimant, String subject,
                      String metric, String value, String unit, String period, String qualifiers, String kind, boolean keep,
                      Map<String, String> guesses) {

        static final Set<String> NEEDS_VALUE = Set.of("statistical");
        static final List<String> FIELDS = List.of("statement", "claimant", "subject", "metric", "value", "unit", "period");

        public Row {
            guesses = Map.copyOf(guesses);
        }

        String field(String name) {
            return switch (name) {
                case "statement" -> statement;
                case "claimant" -> claimant;
                case "subject" -> subject;
                case "metric" -> metric;
                case "value" -> value;
                case "unit" -> unit;
                case "period" -> period;
                default -> throw new IllegalArgumentException(name);
            };
        }

        /** A field still to do: empty where the reader needs it, or a drafted guess nobody has changed yet. */
        public boolean todo(String field) {
            if (guesses.containsKey(field) && guesses.get(field).equals(field(field))) return true;
            return switch (field) {
                case "statement", "subject", "metric" -> field(field).isBlank();
                case "value", "unit", "period" -> NEEDS_VALUE.contains(kind) && field(field).isBlank();
                default -> false;
            };
        }

        public boolean hasTodo() { return keep && FIELDS.stream().anyMatch(this::todo); }
    }

    /** One piece of evidence: a claim of a stored source (doc = its id) or of a new one (title, publisher, …). */
    public record Evidence(String doc, String title, String publisher, String published, String tier, String url, String quote,
                           String statement, String subject, String metric, String value, String unit, String period) {
        public boolean empty() { return quote.isBlank() && statement.isBlank() && value.isBlank(); }
    }

    public final String text, title, publisher, published, tier, language, url, author, search;
    public final List<Row> rows;
    public final Evidence evidence;

    CheckForm(String text, String title, String publisher, String published, String tier, String language, String url, String author,
              String search, List<Row> rows, Evidence evidence) {
        this.text = text;
        this.title = title;
        this.publisher = publisher;
        this.published = published;
        this.tier = tier;
        this.language = language;
        this.url = url;
        this.author = author;
        this.search = search;
        this.rows = rows;
        this.evidence = evidence;
    }

    static CheckForm empty() {
        return new CheckForm("", "", "", "", "major-press", "", "", "", "", List.of(), emptyEvidence());
    }

    private static Evidence emptyEvidence() { return new Evidence("", "", "", "", "primary", "", "", "", "", "", "", "", ""); }

    /** The most rows a form may carry: far more figures than any article has. */
    static final int MAX_ROWS = 200;

    static CheckForm parse(HttpServletRequest req) {
        List<Row> rows = new ArrayList<>();
        int n = Math.min(MAX_ROWS, intOr(req.getParameter("rows"), 0));
        for (int i = 0; i < n; i++) {
            String p = "r" + i + ".";
            if (req.getParameter(p + "quote") == null) continue;
            Map<String, String> guesses = new LinkedHashMap<>();
            for (String f : Row.FIELDS) if (req.getParameter(p + "guess." + f) != null) guesses.put(f, v(req, p + "guess." + f));
            rows.add(new Row(v(req, p + "id"), v(req, p + "quote"), v(req, p + "start"), v(req, p + "end"), v(req, p + "statement"),
                    v(req, p + "claimant"), v(req, p + "subject"), v(req, p + "metric"), v(req, p + "value"), v(req, p + "unit"),
                    v(req, p + "period"), v(req, p + "qualifiers"), v(req, p + "kind"), req.getParameter(p + "keep") != null, guesses));
        }
        Evidence e = new Evidence(v(req, "e.doc"), v(req, "e.title"), v(req, "e.publisher"), v(req, "e.published"), v(req, "e.tier"),
                v(req, "e.url"), v(req, "e.quote"), v(req, "e.statement"), v(req, "e.subject"), v(req, "e.metric"), v(req, "e.value"),
                v(req, "e.unit"), v(req, "e.period"));
        return new CheckForm(v(req, "text").replace("\r\n", "\n"), v(req, "title"), v(req, "publisher"), v(req, "published"), v(req, "tier"),
                v(req, "language"), v(req, "url"), v(req, "author"), v(req, "q"), rows, e);
    }

    CheckForm withRows(List<Row> rows) {
        return new CheckForm(text, title, publisher, published, tier, language, url, author, search, rows, evidence);
    }

    private static String v(HttpServletRequest req, String name) {
        String s = req.getParameter(name);
        return s == null ? "" : s.strip();
    }

    private static int intOr(String s, int dflt) {
        try {
            return s == null ? dflt : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /** The article's language: as chosen, else Chinese when the text has Han characters, else English. */
    String lang() {
        if (!language.isBlank()) return language;
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh" : "en";
    }

    // ---- drafting: one row per figure ----

    /**
     * The rows the extractor drafts (subject, measure, period, claimant, unit where it can tell, its
     * unsure fields as to-dos); for a language it does not read, one row per figure with the rest to do.
     */
    static List<Row> draft(Vocabulary vocab, String text, String language, String published) {
        LocalDate date = null;
        try {
            date = published.isBlank() ? null : LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            // a month or a year: relative dates are then read without it
        }
        ObjectNode x;
        Extractor extractor;
        try {
            extractor = new Extractor(vocab);
            x = extractor.extract(text, language, date);
        } catch (IllegalArgumentException e) {
            return figures(text);
        }
        List<Row> out = new ArrayList<>();
        for (JsonNode c : x.path("claims")) {
            if (out.size() >= MAX_ROWS) break;
            Map<String, String> guesses = new LinkedHashMap<>();
            for (JsonNode t : c.path("todo")) if (Row.FIELDS.contains(t.asText())) guesses.put(t.asText(), c.path(t.asText()).asText(""));
            List<String> qualifiers = new ArrayList<>();
            c.path("qualifiers").forEach(q -> qualifiers.add(q.asText()));
            // the extractor counts code points already
            out.add(new Row(c.path("id").asText(), c.path("quote").asText(), c.path("start").asText(), c.path("end").asText(), c.path("statement").asText(""),
                    c.path("claimant").asText("author"), c.path("subject").asText(""), extractor.draftedMetric(c), c.path("value").asText(""),
                    c.path("unit").asText(""), c.path("period").asText(""), String.join(", ", qualifiers), c.path("kind").asText("statistical"),
                    true, guesses));
        }
        return out;
    }

    private static final Pattern FIGURE = Pattern.compile(
            "(?i)(?:[$€£¥]\\s?)?\\d+(?:[.,]\\d+)*(?:\\s?(?:%|％|万亿|亿|万|千|trillion|billion|million|thousand|bn|[bmkt](?![a-z])))?"
                    + "(?:\\s?(?:美元|元|dollars|usd|rmb|yuan|euros?))?");
    private static final Pattern BARE_YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    /**
     * One row per figure in the text: its clause as the quote, with its span in code points, the figure
     * as the value and a unit and year where the clause shows them; the rest is left to the journalist.
     */
    static List<Row> figures(String text) {
        List<Row> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        int k = 0;
        while (m.find() && out.size() < MAX_ROWS) {
            String fig = m.group().strip();
            if (BARE_YEAR.matcher(fig).matches()) continue;
            int from = m.start(), to = m.end();
            while (from > 0 && !boundary(text, from - 1)) from--;
            while (to < text.length() && !boundary(text, to)) to++;
            while (from < to && Character.isWhitespace(text.charAt(from))) from++;
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
            String clause = text.substring(from, to);
            Matcher y = YEAR.matcher(clause);
            String lower = fig.toLowerCase(Locale.ROOT);
            String unit = lower.contains("%") || lower.contains("％") ? "percent"
                    : lower.contains("$") || lower.contains("美元") || lower.contains("dollar") || lower.contains("usd") ? "USD" : "";
            String value = fig.replaceFirst("^[$€£¥]\\s?", "").replaceFirst("(?i)\\s?(美元|dollars|usd)$", "").replace("％", "%");
            if (value.endsWith("%")) value = value.substring(0, value.length() - 1).strip();
            out.add(new Row("figure-" + (++k), clause, Integer.toString(text.codePointCount(0, from)), Integer.toString(text.codePointCount(0, to)),
                    "", "author", "", "", value, unit, y.find() ? y.group() : "", "", "statistical", true, Map.of()));
        }
        return out;
    }

    /** Clauses end at CJK and Latin stops and commas; a full stop only before a space (not in "2.6"). */
    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        if ("。！？!?；;，\n".indexOf(c) >= 0) return true;
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        return (c == '.' || c == ',') && spaceAfter;
    }

    // ---- the claim documents a save sends to the add pipeline ----

    /** The article's id: letters and digits of its title (or "check"), with its date. */
    String articleId() {
        String base = Normalizer.normalize(title, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 48) base = base.substring(0, 48).replaceAll("-+$", "");
        if (base.isEmpty()) base = "check";
        return base + (published.isBlank() ? "" : "-" + published.replaceAll("[^0-9]", ""));
    }

    ObjectNode article(String id) {
        ObjectNode root = Problems.JSON.createObjectNode();
        ObjectNode d = root.putObject("document").put("id", id).put("title", title).put("language", lang()).put("publisher", publisher)
                .put("published", published).put("kind", "article").put("tier", tier).put("text", text);
        if (!url.isBlank()) d.put("url", url);
        if (!author.isBlank()) d.put("author", author);
        ArrayNode claims = root.putArray("claims");
        for (Row r : rows) {
            if (!r.keep()) continue;
            ObjectNode c = claims.addObject().put("id", r.id()).put("quote", r.quote());
            putInt(c, "start", r.start());
            putInt(c, "end", r.end());
            put(c, "statement", r.statement());
            c.put("claimant", r.claimant().isBlank() ? "author" : r.claimant());
            put(c, "subject", r.subject());
            put(c, "metric", r.metric());
            put(c, "value", r.value());
            put(c, "unit", r.unit());
            put(c, "period", r.period());
            if (!r.qualifiers().isBlank()) {
                ArrayNode q = c.putArray("qualifiers");
                for (String x : r.qualifiers().split("[,，\\s]+")) if (!x.isBlank()) q.add(x.strip());
            }
            c.put("kind", r.kind().isBlank() ? "statistical" : r.kind());
        }
        return root;
    }

    /** The evidence as a claim document: a new source with its citation, or only the id of a stored one. */
    ObjectNode evidence(String newSourceId, String claimId) {
        Evidence e = evidence;
        ObjectNode root = Problems.JSON.createObjectNode();
        if (!e.doc().isBlank()) {
            root.putObject("document").put("id", e.doc());
        } else {
            ObjectNode d = root.putObject("document").put("id", newSourceId).put("title", e.title()).put("language", lang())
                    .put("publisher", e.publisher()).put("published", e.published()).put("kind", "report").put("tier", e.tier());
            if (!e.url().isBlank()) d.put("url", e.url());
        }
        ObjectNode c = root.putArray("claims").addObject().put("id", claimId).put("quote", e.quote().isBlank() ? e.statement() : e.quote());
        put(c, "statement", e.statement());
        c.put("claimant", "author");
        put(c, "subject", e.subject());
        put(c, "metric", e.metric());
        put(c, "value", e.value());
        put(c, "unit", e.unit());
        put(c, "period", e.period());
        c.put("kind", "statistical");
        return root;
    }

    private static void put(ObjectNode n, String field, String v) { if (!v.isBlank()) n.put(field, v); }

    private static void putInt(ObjectNode n, String field, String v) {
        if (v.isBlank()) return;
        try {
            n.put(field, Integer.parseInt(v));
        } catch (NumberFormatException e) {
            n.put(field, v); // the reader names it
        }
    }
}
