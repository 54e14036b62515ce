package org.claimgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.model.Verdict;

/**
 * A synthetic newsroom with known answers, written as claim documents (JSON, as users write them): per
 * block of groups an article, a primary filing and a major-press story, each group on companies of its
 * own, planting one answer of one rule family (evidence, tiers, arithmetic, comparison, qualifiers,
 * derived figures, gaps between events, ranks among rivals).
 */
public final class Workload {

    /** A planted answer: the verdict the rules must give a claim, and a caveat it must carry (or null). */
    public record Planted(String family, Verdict verdict, String caveat) {}

    /** One claim document as text, by a name for error messages. */
    public record Doc(String name, String json) {}

    /** The documents to load, in order, and the planted answers by claim key. */
    public record Graph(List<Doc> documents, Map<String, Planted> planted, int claims) {}

    static final int GROUPS_PER_BLOCK = 50;
    /** Rules that compare a claim with every claim on its metric (ranks, gaps) are planted this many times at most. */
    static final int WIDE_GROUPS = 100;
    static final String ARTICLE = "bench-article-", FILING = "bench-filing-", PRESS = "bench-press-", ENTITIES = "bench-entities-";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, Planted> planted = new LinkedHashMap<>();
    private int claims, block = -1, ranks, gaps;
    private ArrayNode entities, article, filing, press;

    private Workload() {}

    /** At least {@code claims} claims (a few more to finish the last group). */
    public static Graph generate(int claims) {
        Workload w = new Workload();
        for (int g = 0; w.claims < claims; g++) w.group(g);
        w.flush();
        return new Graph(w.docs, w.planted, w.claims);
    }

    private void group(int g) {
        if (g / GROUPS_PER_BLOCK != block) {
            flush();
            block = g / GROUPS_PER_BLOCK;
            entities = JSON.createArrayNode();
            article = JSON.createArrayNode();
            filing = JSON.createArrayNode();
            press = JSON.createArrayNode();
        }
        String co = company(g, "");
        int year = 2015 + g % 10;
        long v = 10 + (g * 7919L) % 9000; // millions
        String y = Integer.toString(year);
        switch (g % 10) {
            case 0 -> evidence(g, co, "revenue", v, y, v, y, Verdict.SUPPORTED, "evidence");
            case 1 -> evidence(g, co, "revenue", v, y, v * 2 + 7, y, Verdict.CONTRADICTED, "evidence");
            case 2 -> evidence(g, co, "revenue", v, y, v, Integer.toString(year + 3), Verdict.UNSUPPORTED, "evidence");
            case 3, 4 -> {
                // two trusted sources disagree: the more authoritative (the filing) decides
                boolean filingAgrees = g % 10 == 3;
                claim(article, g, "a", co, "revenue", money(v), y, null);
                claim(filing, g, "f", co, "revenue", money(filingAgrees ? v : v * 2 + 7), y, null);
                claim(press, g, "p", co, "revenue", money(filingAgrees ? v * 2 + 7 : v), y, null);
                plant(ARTICLE, g, "a", "tiers", filingAgrees ? Verdict.SUPPORTED : Verdict.CONTRADICTED, null);
            }
            case 5 -> {
                ObjectNode c = claim(article, g, "a", co, "market-cap-share", null, y, null);
                c.put("value", (101 + g % 50) + "%");
                plant(ARTICLE, g, "a", "arithmetic", Verdict.CONTRADICTED, null);
            }
            case 6 -> {
                String other = company(g, "-b");
                boolean holds = g % 20 < 10;
                long w = holds ? v / 2 + 1 : v * 2;
                claim(article, g, "a", co, "revenue", money(v), y, null);
                claim(article, g, "b", other, "revenue", money(w), y, null);
                ObjectNode cmp = claim(article, g, "cmp", co, "revenue", null, null, null);
                cmp.put("kind", "comparative");
                cmp.putObject("compares").put("op", "exceeds").put("left", id(g, "a")).put("right", id(g, "b"));
                claim(filing, g, "fa", co, "revenue", money(v), y, null);
                claim(filing, g, "fb", other, "revenue", money(w), y, null);
                plant(ARTICLE, g, "cmp", "comparison", holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, null);
            }
            case 7 -> {
                claim(article, g, "a", co, "revenue", money(v), y, null).putArray("qualifiers").add("estimate");
                claim(filing, g, "f", co, "revenue", money(v), y, null);
                plant(ARTICLE, g, "a", "qualifiers", Verdict.SUPPORTED, "estimate");
            }
            case 8 -> {
                // a yearly rate and a total over five years in one article that cannot both hold; a filing backs the total
                String span = year + "/" + (year + 4);
                claim(article, g, "rate", co, "net-loss", money(v * 2), span, null).put("per", "year");
                claim(article, g, "total", co, "net-loss", money(v * 5), span, null);
                claim(filing, g, "total", co, "net-loss", money(v * 5), span, null);
                plant(ARTICLE, g, "rate", "derived", Verdict.CONTRADICTED, null);
                plant(ARTICLE, g, "total", "derived", Verdict.SUPPORTED, null);
            }
            default -> {
                if (gaps < WIDE_GROUPS) gap(g, co);
                else if (ranks < WIDE_GROUPS) rank(g, co);
                else evidence(g, co, "costs", v, y, v, y, Verdict.SUPPORTED, "evidence");
            }
        }
    }

    private void evidence(int g, String co, String metric, long v, String period, long source, String sourcePeriod, Verdict verdict, String family) {
        claim(article, g, "a", co, metric, money(v), period, null);
        claim(filing, g, "f", co, metric, money(source), sourcePeriod, null);
        plant(ARTICLE, g, "a", family, verdict, null);
    }

    /** Two dated events and the days between them, right or wrong by a week. */
    private void gap(int g, String co) {
        String later = company(g, "-b");
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(40L * gaps);
        boolean right = gaps++ % 2 == 0;
        ObjectNode c = claim(article, g, "gap", later, "days-between", null, null, null);
        c.put("value", right ? "14" : "21").put("unit", "day").put("kind", "temporal");
        ObjectNode between = c.putObject("between");
        between.putObject("from").put("subject", co).put("metric", "announcement-date");
        between.putObject("to").put("subject", later).put("metric", "announcement-date");
        claim(filing, g, "from", co, "announcement-date", null, day.toString(), null).put("kind", "temporal");
        claim(filing, g, "to", later, "announcement-date", null, day.plusDays(14).toString(), null).put("kind", "temporal");
        plant(ARTICLE, g, "gap", "temporal", right ? Verdict.SUPPORTED : Verdict.CONTRADICTED, null);
    }

    /** "The most valuable" against two rivals' values on the same day, one of which is higher half the time. */
    private void rank(int g, String co) {
        String day = LocalDate.of(2001, 1, 1).plusDays(40L * ranks).toString();
        boolean holds = ranks++ % 2 == 0;
        long v = 1000 + g % 500;
        claim(article, g, "rank", co, "market-cap", null, day, null).put("rank", 1);
        claim(filing, g, "own", co, "market-cap", money(v), day, null);
        claim(filing, g, "r1", company(g, "-b"), "market-cap", money(holds ? v / 2 : v * 2), day, null);
        claim(filing, g, "r2", company(g, "-c"), "market-cap", money(v / 3), day, null);
        plant(ARTICLE, g, "rank", "ranking", holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, null);
    }

    private String company(int g, String suffix) {
        String id = "bco-" + g + suffix;
        entities.addObject().put("id", id).put("label", "Bench Company " + g + suffix).put("type", "organization");
        return id;
    }

    private static String id(int g, String part) { return "g" + g + "-" + part; }

    private static String money(long millions) { return "$" + millions + " million"; }

    private ObjectNode claim(ArrayNode doc, int g, String part, String subject, String metric, String value, String period, String per) {
        String words = String.format(Locale.ROOT, "%s %s %s %s", subject, metric, value == null ? "" : value, period == null ? "" : period).strip();
        ObjectNode c = doc.addObject().put("id", id(g, part)).put("quote", words).put("statement", words + ".")
                .put("claimant", "author").put("subject", subject).put("metric", metric).put("kind", "statistical");
        if (value != null) c.put("value", value).put("unit", "USD");
        if (period != null) c.put("period", period);
        if (per != null) c.put("per", per);
        claims++;
        return c;
    }

    private void plant(String doc, int g, String part, String family, Verdict verdict, String caveat) {
        planted.put(doc + block + "/" + id(g, part), new Planted(family, verdict, caveat));
    }

    private void flush() {
        if (block < 0) return;
        ObjectNode e = JSON.createObjectNode();
        e.set("entities", entities);
        docs.add(new Doc(ENTITIES + block + ".json", e.toString()));
        docs.add(document(ARTICLE, "article", "major-press", "Bench Times", article));
        docs.add(document(FILING, "filing", "primary", "Bench Filings", filing));
        if (!press.isEmpty()) docs.add(document(PRESS, "article", "major-press", "Bench Wire", press));
    }

    private Doc document(String prefix, String kind, String tier, String publisher, ArrayNode claimList) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("document").put("id", prefix + block).put("title", "Synthetic " + prefix + block).put("language", "en")
                .put("publisher", publisher).put("published", "2026-01-01").put("kind", kind).put("tier", tier);
        root.set("claims", claimList);
        return new Doc(prefix + block + ".json", root.toString());
    }
}
