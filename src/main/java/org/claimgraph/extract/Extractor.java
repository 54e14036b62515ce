package org.claimgraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.model.Qualifier;
import org.claimgraph.vocab.Vocabulary;

/**
 * Finds every checkable figure of an article (Chinese or English) and drafts a claim around each:
 * rule-based, every decision with its reason, the patterns in ontology/extract/*.json. Offsets in
 * the output count code points (as Python and the claim-document format do); the machinery works
 * on UTF-16 indices and converts at the end.
 */
public final class Extractor {

    /** Texts longer than this are refused: an article, not a book. */
    public static final int MAX_CHARS = 200_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Vocabulary vocab;
    private final Patterns patterns;

    public Extractor(Vocabulary vocab) {
        this.vocab = vocab;
        this.patterns = Patterns.of(vocab);
    }

    /**
     * Extracts from text.
     *
     * @param language "zh" or "en" (or a tag starting with them); null guesses from the characters
     * @param published the publication date relative dates are read against, or null
     * @throws IllegalArgumentException for an empty or over-long text or an unknown language
     */
    public ObjectNode extract(String text, String language, LocalDate published) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("the text is empty");
        if (text.length() > MAX_CHARS) throw new IllegalArgumentException("the text has " + text.length() + " characters; at most " + MAX_CHARS + " are read");
        String lang = language == null ? guessLanguage(text) : language.toLowerCase(Locale.ROOT);
        if (!lang.startsWith("zh") && !lang.startsWith("en")) {
            throw new IllegalArgumentException("language \"" + language + "\" is not one extract reads: give zh or en");
        }
        lang = lang.startsWith("zh") ? "zh" : "en";
        String simple = Chinese.simplified(text);
        List<int[]> sentences = Drafter.sentences(text, patterns.abbreviations);
        Figures figures = new Figures(patterns, text, simple, lang, published, sentences);
        List<Figures.Found> found = figures.find();
        Drafter drafter = new Drafter(patterns, vocab, text, simple, lang.equals("zh"), published, sentences, found);

        ObjectNode out = JSON.createObjectNode();
        out.put("language", lang);
        if (published != null) out.put("published", published.toString());
        ArrayNode qs = out.putArray("quantities");
        ArrayNode claims = out.putArray("claims");
        Set<String> ids = new HashSet<>();
        for (Figures.Found f : found) {
            ObjectNode q = qs.addObject();
            q.put("start", text.codePointCount(0, f.start()));
            q.put("end", text.codePointCount(0, f.end()));
            q.put("text", f.text());
            if (f.date() != null) q.put("value", f.date()); else q.put("value", f.value());
            q.put("unit", f.unit());
            For each = forWhat(f, text);
            if (each != null) q.put(each.field(), each.unit());
            number(q, "low", f.low(), f.date());
            number(q, "high", f.high(), f.date());
            Qualifier first = f.qualifiers().stream().findFirst().orElse(null);
            if (first == null) q.putNull("qualifier"); else q.put("qualifier", first.json);
            q.put("confidence", Math.round(f.confidence() * 100) / 100.0);
            q.put("why", f.why());
            // a span of time is a claim where its clause names a measure of time before it (轮候时间…30周, a wait of 12 weeks);
            // so is the year of an event (founded in 1887): who did it, and when
            if (f.kind() != Figures.Kind.AMOUNT && f.kind() != Figures.Kind.YEAR && !(f.kind() == Figures.Kind.DURATION && drafter.measuresTime(f))) continue;
            Drafter.Draft d = drafter.draft(f);
            claims.add(claim(f, d, qs.size() - 1, text, ids, each));
        }
        entities(out, drafter);
        if (!figures.skipped().isEmpty()) {
            ArrayNode left = out.putArray("skipped");
            for (Figures.Skipped s : figures.skipped()) {
                left.addObject().put("start", text.codePointCount(0, s.start())).put("end", text.codePointCount(0, s.end()))
                        .put("text", s.text()).put("why", s.why());
            }
        }
        return out;
    }

    /**
     * The names the claims draft as subjects or objects that the gazetteer lacks, each as an entity a
     * claim document can define (its id in Latin letters, its kind where the name tells it), so a draft
     * loads once a person has checked them; their claims keep "subject" in todo.
     */
    private void entities(ObjectNode out, Drafter drafter) {
        Set<String> names = new LinkedHashSet<>();
        for (var c : out.path("claims")) {
            for (String field : new String[] {"subject", "object"}) {
                String n = c.path(field).asText(null);
                if (n != null && vocab.entityId(n).isEmpty()) names.add(n);
            }
        }
        if (names.isEmpty()) return;
        ArrayNode a = out.putArray("entities");
        Set<String> ids = new HashSet<>();
        for (String n : names) {
            String base = latinSlug(n), id = base;
            for (int k = 2; !ids.add(id) || vocab.entity(id) != null; k++) id = base + "-" + k;
            ObjectNode e = a.addObject().put("id", id).put("label", n);
            String kind = drafter.kindOf(n);
            if (kind != null) e.put("type", kind);
        }
        for (var c : out.path("claims")) {
            if (!names.contains(c.path("subject").asText("")) || !(c.path("todo") instanceof ArrayNode todo)) continue;
            boolean listed = false;
            for (var t : todo) listed |= t.asText().equals("subject");
            if (!listed) todo.add("subject");
        }
    }

    static String latinSlug(String name) {
        String x = org.claimgraph.vocab.Vocabulary.latinSlug(name);
        if (x.length() > 80) x = x.substring(0, 80).replaceAll("-$", "");
        return x.isEmpty() ? "claim" : x;
    }

    private static void number(ObjectNode q, String field, double v, String date) {
        if (date != null) q.put(field, date);
        else if (Double.isFinite(v)) q.put(field, v);
        else q.putNull(field);
    }

    private ObjectNode claim(Figures.Found f, Drafter.Draft d, int index, String text, Set<String> ids, For each) {
        ObjectNode c = JSON.createObjectNode();
        String base = latinSlug((d.subject() == null ? "claim" : d.subject()) + "-" + (d.metric() == null ? "figure" : d.metric())
                + (d.period() == null ? "" : "-" + d.period()));
        String id = base;
        for (int k = 2; !ids.add(id); k++) id = base + "-" + k;
        c.put("id", id);
        c.put("quote", text.substring(d.quoteStart(), d.quoteEnd()).strip());
        int lead = text.substring(d.quoteStart(), d.quoteEnd()).length() - text.substring(d.quoteStart(), d.quoteEnd()).stripLeading().length();
        int from = d.quoteStart() + lead;
        c.put("start", text.codePointCount(0, from));
        c.put("end", text.codePointCount(0, from + text.substring(d.quoteStart(), d.quoteEnd()).strip().length()));
        c.put("statement", statement(f, d));
        c.put("claimant", d.claimant() == null ? "author" : d.claimant());
        if (d.claimant() == null && d.claimantText() != null) c.put("claimantText", d.claimantText());
        if (d.subject() != null) c.put("subject", d.subject());
        if (d.object() != null) c.put("object", d.object());
        if (d.metric() != null) c.put("metric", d.metric());
        // the words as written, for the claim reader to read its rate or basis from (one reading of them)
        String written = (d.fall() ? "-" : "") + f.asWritten();
        c.put("value", each == null ? written : each.before() ? each.words() + written : written + each.words());
        c.put("unit", f.claimUnit() != null ? f.claimUnit() : f.unit());
        if (d.period() != null) c.put("period", d.period());
        Set<String> qual = new LinkedHashSet<>();
        for (Qualifier q : f.qualifiers()) qual.add(q.json);
        if (d.estimate()) qual.add(Qualifier.ESTIMATE.json);
        if (d.projection()) qual.add(Qualifier.PROJECTION.json);
        if (!qual.isEmpty()) {
            ArrayNode a = c.putArray("qualifiers");
            qual.forEach(a::add);
        }
        c.put("kind", "statistical");
        if (d.change() != null) c.put("change", d.change());
        c.put("quantity", index);
        ArrayNode todo = c.putArray("todo");
        todo.add("statement");
        if (d.subject() == null || d.guessed().contains("subject")) todo.add("subject");
        if (d.metric() == null || d.change() != null || d.guessed().contains("metric")) todo.add("metric");
        if (d.period() == null || d.guessed().contains("period")) todo.add("period");
        if (d.claimant() == null) todo.add("claimant");
        if (f.claimUnit() == null) todo.add("unit");
        ArrayNode why = c.putArray("why");
        d.why().forEach(why::add);
        return c;
    }

    /**
     * What a figure is for, written beside it: a rate ("$15 an hour", "562,000 a month", 每月5000元: field "per")
     * or one of a unit ("$80 a barrel", 每升7.5元, 0.6元/千瓦时: field "basis"); the unit's id and the words.
     */
    private record For(String field, String unit, String words, boolean before) {}

    private static final Pattern FOR_AFTER_EN = Pattern.compile("(?iu)\\G(?:\\s+(?:a|an|per|each|every)\\s+|\\s*/\\s*)(\\p{L}[\\p{L}²³]*(?:[ -]\\p{L}+)?)");
    private static final Pattern RATE_WORD_EN = Pattern.compile("(?iu)\\G\\s+(?:annually|yearly|monthly|weekly|daily|hourly)(?![\\p{L}-])");
    private static final Pattern FOR_AFTER_ZH = Pattern.compile("\\G\\s*(?:每(?:个|個)?|/)(\\p{IsHan}{1,4})");
    private static final Pattern FOR_BEFORE_ZH = Pattern.compile("每(?:个|個)?(\\p{IsHan}{1,4})\\s*$");
    /** Words after a unit of time that make it a time, not a rate: "a year ago", "a month earlier". */
    private static final Pattern NOT_A_RATE = Pattern.compile("(?iu)\\G\\s*(?:ago|earlier|later|before|after|since|on(?=\\s*[,.;])|back|previously|old|long|from)(?![\\p{L}-])");
    /** Units a figure in them is never for one of something: shares, multiples, dates, spans, rates already. */
    private static final Set<String> NOT_FOR = Set.of("percent", "percentage-point", "times", "date", "magnitude");

    private For forWhat(Figures.Found f, String text) {
        String u = f.claimUnit() != null ? f.claimUnit() : f.unit();
        if (f.kind() != Figures.Kind.AMOUNT || u == null || NOT_FOR.contains(u) || u.contains("/")) return null;
        var unit = vocab.unit(u);
        if (unit != null && unit.dimension().equals("Time")) return null;
        java.util.regex.Matcher m = RATE_WORD_EN.matcher(text).region(f.end(), text.length());
        if (m.lookingAt()) return of(m.group(), m.group(), false, text, m.end());
        m = FOR_AFTER_EN.matcher(text).region(f.end(), text.length());
        if (m.lookingAt()) {
            String two = m.group(1), one = two.split("[ -]")[0];
            For x = of(m.group(), two, false, text, m.end());
            return x != null || one.equals(two) ? x : of(m.group().substring(0, m.group().length() - two.length() + one.length()), one, false, text,
                    m.start(1) + one.length());
        }
        m = FOR_AFTER_ZH.matcher(text).region(f.end(), text.length());
        if (m.lookingAt()) {
            for (int n = m.group(1).length(); n > 0; n--) {
                For x = of(text.substring(f.end(), m.start(1) + n), m.group(1).substring(0, n), false, text, m.start(1) + n);
                if (x != null) return x;
            }
        }
        m = FOR_BEFORE_ZH.matcher(text).region(Math.max(0, f.start() - 8), f.start());
        if (m.find()) return of(text.substring(m.start(), f.start()), m.group(1), true, text, f.start());
        return null;
    }

    /** The rate or basis {@code name} names, or null; {@code after} is where the words end (a time must not go on "ago"). */
    private For of(String words, String name, boolean before, String text, int after) {
        var per = vocab.perUnit(name);
        if (per.isPresent()) {
            return NOT_A_RATE.matcher(text).region(after, text.length()).lookingAt() ? null : new For("per", per.get(), words, before);
        }
        return vocab.basisUnit(name).map(b -> new For("basis", b, words, before)).orElse(null);
    }

    /**
     * The metric a drafted claim goes into a claim document with: for a growth or change of a measure, that
     * growth's or change's metric ("passengers-growth", made for the document when no catalogue has it); else
     * the metric as drafted (a share of a measure keeps the measure and a note).
     */
    public String draftedMetric(com.fasterxml.jackson.databind.JsonNode claim) {
        String m = claim.path("metric").asText(""), change = claim.path("change").asText("");
        if (m.isEmpty() || !(change.equals("growth") || change.equals("change"))) return m;
        var d = vocab.derivedMetric(m + "-" + change);
        // percentage points move a percent, not a count: the draft keeps the measure for a person to mend
        boolean points = "percentage-point".equals(claim.path("unit").asText()) && d != null && !"Percent".equals(vocab.metric(m).dimension());
        return d == null || points ? m : d.id();
    }

    private String statement(Figures.Found f, Drafter.Draft d) {
        String subject = d.subject() == null ? "(subject)" : vocab.entityLabel(d.subject());
        String metric = d.metric() == null ? "(measure)" : vocab.metricLabel(d.metric()) + (d.change() == null ? "" : " " + d.change());
        return subject + ", " + metric + (d.period() == null ? "" : ", " + d.period()) + ": " + (d.fall() ? "-" : "") + f.text();
    }


    /** zh when Chinese characters outnumber half the Latin letters, else en. */
    public static String guessLanguage(String text) {
        long han = text.chars().filter(c -> Chinese.han((char) c)).count();
        long latin = text.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
        return han * 2 > latin ? "zh" : "en";
    }

    /**
     * A whole claim document drafted from an extraction: the document (with the text) and its
     * claims, each without the extractor's notes; load accepts it once every todo is done and removed.
     */
    public ObjectNode claimDocument(ObjectNode extraction, String text, String id, String title, LocalDate published) {
        ObjectNode doc = JSON.createObjectNode();
        ObjectNode d = doc.putObject("document");
        d.put("id", latinSlug(id));
        d.put("title", title != null ? title : text.strip().lines().findFirst().orElse(id));
        d.put("language", extraction.path("language").asText());
        d.put("publisher", "");
        d.put("published", published == null ? "" : published.toString());
        d.put("kind", "article");
        d.put("tier", "secondary");
        d.put("text", text);
        ArrayNode todo = d.putArray("todo");
        todo.add("publisher");
        if (published == null) todo.add("published");
        todo.add("tier");
        // a figure left out (too large for a claim) is no claim of the draft: a person writes it by hand or lets it go
        extraction.path("skipped").forEach(k -> todo.add("figure \"" + k.path("text").asText() + "\" at " + k.path("start").asInt() + "–"
                + k.path("end").asInt() + " has no claim (" + k.path("why").asText() + "): write one by hand or leave it out"));
        if (extraction.has("entities")) doc.set("entities", extraction.get("entities").deepCopy());
        ArrayNode claims = doc.putArray("claims");
        extraction.path("claims").forEach(c -> {
            ObjectNode copy = ((ObjectNode) c).deepCopy();
            copy.remove("quantity");
            copy.remove("claimantText");
            copy.remove("why");
            if (copy.has("change")) {
                String m = draftedMetric(c);
                if (m.equals(c.path("metric").asText())) copy.put("note", "the figure is a " + copy.path("change").asText() + " of the measure (drafted)");
                else copy.put("metric", m);
                copy.remove("change");
            }
            claims.add(copy);
        });
        return doc;
    }
}
