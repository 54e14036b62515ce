package org.claimgraph.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Finding;
import org.claimgraph.model.Verdict;
import org.claimgraph.vocab.Wording;

/**
 * The report as one self-contained HTML page: inline CSS, the chart as inline SVG, no script but the
 * ClaimReview JSON-LD data block, nothing fetched. Every text from claims, sources and documents is
 * escaped, and only http(s) addresses become links.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /** How a claim is coloured: by verdict, with opinions and predictions (not scored) and unchecked claims apart. */
    enum Tone {
        SUPPORTED("supported", "Supported"), UNSUPPORTED("unsupported", "Unsupported"), CONTRADICTED("contradicted", "Contradicted"),
        NOT_SCORED("opinion", "Opinion or prediction, not scored"), UNCHECKED("unchecked", "Not checked yet");

        final String css;
        final String label;

        Tone(String css, String label) { this.css = css; this.label = label; }

        static Tone of(Report.ClaimReport cr) {
            if (cr.assessment() == null) return UNCHECKED;
            if (!cr.claim().kind().checkable()) return NOT_SCORED;
            return switch (cr.assessment().verdict()) {
                case SUPPORTED -> SUPPORTED;
                case UNSUPPORTED -> UNSUPPORTED;
                case CONTRADICTED -> CONTRADICTED;
            };
        }
    }

    public static String render(Report r, Publishing p) {
        StringBuilder b = new StringBuilder(64 * 1024);
        String title = r.documents().size() == 1 ? "Credibility report: " + r.documents().get(0).document().title() : "Credibility report";
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>").append(CSS).append("</style>\n")
                .append("<script type=\"application/ld+json\">\n").append(ClaimReviewJson.forScript(r, p)).append("\n</script>\n")
                .append("</head>\n<body>\n<header class=\"top\"><div class=\"wrap\"><strong>Credibility report</strong> · ")
                .append(esc(p.organisation()));
        if (r.checkedAt() != null) b.append(" · checked ").append(LocalDate.ofInstant(r.checkedAt(), ZoneOffset.UTC));
        else b.append(" · not checked yet");
        b.append("</div></header>\n<main class=\"wrap\">\n");
        if (r.documents().size() > 1) contents(b, r);
        for (Report.DocumentReport d : r.documents()) document(b, d);
        b.append(LEGEND_FOOTER).append("</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void contents(StringBuilder b, Report r) {
        b.append("<nav class=\"toc\"><h2>Documents (").append(r.documents().size()).append(")</h2><ol>\n");
        for (Report.DocumentReport d : r.documents()) {
            b.append("<li><a href=\"#doc-").append(esc(d.document().id())).append("\">").append(esc(d.document().title())).append("</a> <span class=\"muted\">")
                    .append(esc(d.document().publisher())).append(", ").append(esc(d.document().date())).append(" · ")
                    .append(scoreWords(d.score())).append("</span></li>\n");
        }
        b.append("</ol></nav>\n");
    }

    private static String scoreWords(Report.Score s) {
        return Double.isNaN(s.value()) ? "no checkable claims" : Wording.percent(s.value()) + " (" + s.supported() + " of " + s.checked() + " supported)";
    }

    private static void document(StringBuilder b, Report.DocumentReport d) {
        Document doc = d.document();
        String lang = doc.language() == null ? "" : " lang=\"" + esc(doc.language()) + "\"";
        b.append("<article class=\"doc\" id=\"doc-").append(esc(doc.id())).append("\">\n");
        b.append("<h1").append(lang).append(">").append(esc(doc.title())).append("</h1>\n<p class=\"meta\">");
        b.append("<span>").append(esc(doc.publisher())).append("</span>");
        if (doc.author() != null) b.append(" · <span>").append(esc(doc.author())).append("</span>");
        b.append(" · <time>").append(esc(doc.date())).append("</time> · ").append(esc(doc.kind().json)).append(", ")
                .append(esc(doc.tier().json)).append(" source");
        String url = safeUrl(doc.url());
        if (url != null) b.append(" · <a href=\"").append(esc(url)).append("\" rel=\"noopener noreferrer\">original</a>");
        b.append("</p>\n");
        summary(b, d);
        articleText(b, doc, d.claims());
        List<Report.ClaimReport> scored = new ArrayList<>(), apart = new ArrayList<>();
        for (Report.ClaimReport cr : d.claims()) (Tone.of(cr) == Tone.NOT_SCORED ? apart : scored).add(cr);
        b.append("<section class=\"claims\"><h2>Claims (").append(scored.size()).append(")</h2>\n");
        if (scored.isEmpty()) b.append("<p class=\"muted\">No checkable claims.</p>\n");
        for (Report.ClaimReport cr : scored) card(b, doc, cr);
        b.append("</section>\n");
        if (!apart.isEmpty()) {
            b.append("<section class=\"claims apart\"><h2>Opinions and predictions (").append(apart.size())
                    .append(")</h2>\n<p class=\"muted\">Not checkable against facts, so not counted in the score.</p>\n");
            for (Report.ClaimReport cr : apart) card(b, doc, cr);
            b.append("</section>\n");
        }
        b.append("</article>\n");
    }

    // ---- score and chart ----

    private static void summary(StringBuilder b, Report.DocumentReport d) {
        Report.Score s = d.score();
        b.append("<section class=\"summary\">\n<div class=\"scorebox\">\n<h2>Credibility score</h2>\n");
        if (Double.isNaN(s.value())) {
            b.append("<p class=\"score\"><strong>–</strong> <span>no checkable claims, so no score</span></p>\n");
        } else {
            b.append("<p class=\"score\"><strong>").append(Wording.percent(s.value())).append("</strong> <span>= ").append(s.supported())
                    .append(" supported / ").append(s.checked()).append(" checked claims</span></p>\n");
            b.append("<p class=\"range\">95% range <strong>").append(Wording.percent(s.low())).append("–").append(Wording.percent(s.high()))
                    .append("</strong>").append(s.checked() < 10 ? " — few claims checked, so the range is wide" : "").append("</p>\n");
            rangeBar(b, s);
        }
        b.append("<p class=\"formula\">").append(esc(Report.Score.FORMULA)).append("</p>\n");
        if (s.notCheckable() > 0) {
            b.append("<p class=\"apartnote\">").append(s.notCheckable()).append(s.notCheckable() == 1 ? " opinion or prediction is" : " opinions and predictions are")
                    .append(" shown apart and not scored.</p>\n");
        }
        b.append("</div>\n");
        chart(b, d);
        b.append("</section>\n");
    }

    private static void rangeBar(StringBuilder b, Report.Score s) {
        double lo = s.low() * 300, hi = s.high() * 300, v = s.value() * 300;
        b.append("<svg class=\"rangebar\" viewBox=\"0 0 300 34\" role=\"img\" aria-label=\"score ").append(Wording.percent(s.value()))
                .append(", 95% range ").append(Wording.percent(s.low())).append(" to ").append(Wording.percent(s.high())).append("\">")
                .append("<rect x=\"0\" y=\"6\" width=\"300\" height=\"10\" rx=\"5\" fill=\"#eaeef2\"/>")
                .append("<rect x=\"").append(fmt(lo)).append("\" y=\"6\" width=\"").append(fmt(Math.max(2, hi - lo)))
                .append("\" height=\"10\" rx=\"5\" fill=\"#8fb8ff\"/>")
                .append("<rect x=\"").append(fmt(Math.min(297, Math.max(0, v - 1.5)))).append("\" y=\"2\" width=\"3\" height=\"18\" fill=\"#0a3069\"/>")
                .append("<text x=\"0\" y=\"32\" class=\"axis\">0%</text><text x=\"150\" y=\"32\" class=\"axis\" text-anchor=\"middle\">50%</text>")
                .append("<text x=\"300\" y=\"32\" class=\"axis\" text-anchor=\"end\">100%</text></svg>\n");
    }

    /** Counts by verdict as horizontal bars; opinions and predictions in a bar of their own. */
    private static void chart(StringBuilder b, Report.DocumentReport d) {
        Map<Tone, Integer> counts = new LinkedHashMap<>();
        for (Tone t : Tone.values()) counts.put(t, 0);
        for (Report.ClaimReport cr : d.claims()) counts.merge(Tone.of(cr), 1, Integer::sum);
        if (counts.get(Tone.UNCHECKED) == 0) counts.remove(Tone.UNCHECKED);
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int row = 30, height = counts.size() * row;
        StringBuilder aria = new StringBuilder();
        counts.forEach((t, n) -> aria.append(aria.length() == 0 ? "" : ", ").append(t.label).append(": ").append(n));
        b.append("<figure class=\"chart\"><figcaption>Claims by verdict</figcaption>\n<svg viewBox=\"0 0 320 ").append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(aria.toString())).append("\">");
        int y = 0;
        for (var e : counts.entrySet()) {
            double w = 170.0 * e.getValue() / max;
            String label = e.getKey() == Tone.NOT_SCORED ? "Opinion/prediction" : e.getKey().label;
            b.append("<g class=\"bar t-").append(e.getKey().css).append("\"><text x=\"0\" y=\"").append(y + 19).append("\">").append(label)
                    .append("</text><rect x=\"122\" y=\"").append(y + 5).append("\" width=\"").append(fmt(Math.max(w, 1))).append("\" height=\"20\" rx=\"3\"/>")
                    .append("<text x=\"").append(fmt(128 + w)).append("\" y=\"").append(y + 19).append("\" class=\"count\">").append(e.getValue())
                    .append("</text></g>");
            y += row;
        }
        b.append("</svg></figure>\n");
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.1f", v); }

    // ---- the article with its claims highlighted ----

    /**
     * The text cut into segments at every claim boundary, so overlapping and nested claims all show:
     * a segment links to the innermost claim covering it, lists every covering claim in data-c, and
     * shows an outer claim's colour as an underline. Claim offsets are code points.
     */
    static void articleText(StringBuilder b, Document doc, List<Report.ClaimReport> claims) {
        String text = doc.text();
        b.append("<section class=\"text\"><h2>The text, claims highlighted</h2>\n");
        if (text == null) {
            b.append("<p class=\"muted\">The full text is not stored; its claims are listed below.</p></section>\n");
            return;
        }
        legend(b);
        int[] charAt = codePointIndex(text);
        List<Span> spans = new ArrayList<>();
        for (Report.ClaimReport cr : claims) {
            Claim c = cr.claim();
            if (c.start() == null || c.end() == null || c.start() < 0 || c.end() >= charAt.length || c.start() >= c.end()) continue;
            spans.add(new Span(charAt[c.start()], charAt[c.end()], cr));
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Span s : spans) { cuts.add(s.from); cuts.add(s.to); }
        spans.sort(Comparator.comparingInt((Span s) -> s.from).thenComparing(s -> -s.to));
        List<Span> active = new ArrayList<>();
        int next = 0;
        String lang = doc.language() == null ? "" : " lang=\"" + esc(doc.language()) + "\"";
        b.append("<div class=\"article\"").append(lang).append(">");
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) segment(b, text.substring(prev, cut), active);
            final int at = cut;
            active.removeIf(s -> s.to <= at);
            while (next < spans.size() && spans.get(next).from == cut) {
                Span s = spans.get(next++);
                Tone t = Tone.of(s.claim);
                int n = s.claim.number();
                b.append("<a class=\"n t-").append(t.css).append("\" id=\"ref-").append(n).append("\" href=\"#claim-").append(n)
                        .append("\" title=\"claim ").append(n).append(": ").append(esc(t.label)).append("\">").append(n).append("</a>");
                active.add(s);
            }
            prev = cut;
        }
        b.append("</div>\n</section>\n");
    }

    private record Span(int from, int to, Report.ClaimReport claim) {
        int length() { return to - from; }
    }

    private static void segment(StringBuilder b, String piece, List<Span> active) {
        if (active.isEmpty()) { b.append(esc(piece)); return; }
        Span inner = active.stream().min(Comparator.comparingInt(Span::length)).orElseThrow();
        Span outer = active.stream().max(Comparator.comparingInt(Span::length)).orElseThrow();
        StringBuilder numbers = new StringBuilder();
        active.stream().mapToInt(s -> s.claim.number()).sorted().forEach(n -> numbers.append(numbers.length() == 0 ? "" : " ").append(n));
        b.append("<a class=\"hl t-").append(Tone.of(inner.claim).css);
        if (active.size() > 1) b.append(" o-").append(Tone.of(outer.claim).css);
        b.append("\" href=\"#claim-").append(inner.claim.number()).append("\" data-c=\"").append(numbers).append("\">").append(esc(piece)).append("</a>");
    }

    /** charAt[k] is the char index of code point k; charAt[count] is the text's length. */
    private static int[] codePointIndex(String text) {
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        int i = 0, k = 0;
        while (i < text.length()) {
            out[k++] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        out[k] = text.length();
        return out;
    }

    private static void legend(StringBuilder b) {
        b.append("<p class=\"legend\">");
        for (Tone t : Tone.values()) {
            if (t == Tone.UNCHECKED) continue;
            b.append("<span class=\"hl t-").append(t.css).append("\">").append(t.label).append("</span> ");
        }
        b.append("</p>\n");
    }

    // ---- one card per claim ----

    private static void card(StringBuilder b, Document doc, Report.ClaimReport cr) {
        Claim c = cr.claim();
        Assessment a = cr.assessment();
        Tone t = Tone.of(cr);
        int n = cr.number();
        b.append("<article class=\"card t-").append(t.css).append("\" id=\"claim-").append(n).append("\">\n<header><span class=\"num\">").append(n)
                .append("</span><span class=\"badge t-").append(t.css).append("\">")
                .append(a == null ? t.label : ClaimReviewJson.words(a.verdict())).append("</span><span class=\"kind\">").append(esc(c.kind().json))
                .append("</span>");
        if (c.start() != null && doc.text() != null) b.append("<a class=\"back\" href=\"#ref-").append(n).append("\">in the text ↑</a>");
        b.append("</header>\n");
        String qlang = c.quoteLang() == null ? "" : " lang=\"" + esc(c.quoteLang()) + "\"";
        b.append("<blockquote").append(qlang).append(">").append(esc(c.quote())).append("</blockquote>\n");
        b.append("<p class=\"statement\">").append(esc(c.statement())).append("</p>\n<dl class=\"facts\">");
        fact(b, "Claimant", "author".equals(c.claimant()) ? "the author" : ClaimReviewJson.groupName(cr.claimant()));
        if (cr.subject() != null) fact(b, "Subject", cr.subject());
        if (cr.metric() != null) fact(b, "Measure", cr.metric());
        if (c.value() != null) {
            var q = c.value();
            String shown = q.statedAs() + " = " + Wording.show(q.value(), q.unit()) + (q.per() != null ? " per " + q.per() : "");
            if (q.low() != q.high()) shown += " (read as " + Wording.range(q.low(), q.high(), q.unit()) + ")";
            fact(b, "Value", shown);
        }
        if (c.period() != null) fact(b, "Period", c.period().label());
        if (!c.qualifiers().isEmpty()) fact(b, "Qualifiers", String.join(", ", c.qualifiers().stream().map(x -> x.json).sorted().toList()));
        if (c.note() != null) fact(b, "Note", c.note());
        fact(b, "Claim id", c.key());
        b.append("</dl>\n");
        if (a == null) {
            b.append("<p class=\"muted\">Not checked yet: run <code>claimgraph check</code>.</p>\n</article>\n");
            return;
        }
        if (!a.caveats().isEmpty()) {
            b.append("<p class=\"caveats\"><span class=\"lbl\">Caveats</span> ");
            for (String cav : a.caveats()) b.append("<span class=\"caveat\">").append(esc(cav)).append("</span> ");
            b.append("</p>\n");
        }
        b.append("<h3>Reasoning</h3>\n<p class=\"reason\">").append(esc(a.reason())).append("</p>\n");
        if (!a.findings().isEmpty()) {
            b.append("<ol class=\"findings\">\n");
            for (Finding f : a.findings()) finding(b, f);
            b.append("</ol>\n");
        }
        evidence(b, cr.evidence());
        b.append("</article>\n");
    }

    private static void fact(StringBuilder b, String name, String value) {
        b.append("<div><dt>").append(name).append("</dt><dd>").append(esc(value)).append("</dd></div>");
    }

    private static void finding(StringBuilder b, Finding f) {
        String effect = f.effect().name().toLowerCase(Locale.ROOT);
        b.append("<li><span class=\"effect e-").append(effect).append("\">").append(effect).append("</span> <span class=\"fkind\">")
                .append(f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("</span> ").append(esc(f.message()))
                .append(" <code class=\"rule\">").append(esc(f.rule())).append("</code>");
        if (!f.numbers().isEmpty()) {
            b.append("<dl class=\"nums\">");
            f.numbers().forEach((k, v) -> b.append("<div><dt>").append(esc(k)).append("</dt><dd>").append(number(v)).append("</dd></div>"));
            b.append("</dl>");
        }
        b.append("</li>\n");
    }

    /** A computed number in full, to ten significant digits, thousands grouped: 4.0300000000000005E12 → 4,030,000,000,000. */
    static String number(double v) {
        if (Double.isNaN(v)) return "not a number";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        var d = new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros();
        if (d.scale() <= 0) return String.format(Locale.ROOT, "%,d", d.toBigInteger());
        return d.toPlainString();
    }

    /** The evidence grouped by source document: publisher, title, date, tier, link, and the words used. */
    private static void evidence(StringBuilder b, List<Report.Evidence> evidence) {
        if (evidence.isEmpty()) return;
        Map<String, List<Report.Evidence>> bySource = new LinkedHashMap<>();
        for (Report.Evidence e : evidence) bySource.computeIfAbsent(e.source().id(), k -> new ArrayList<>()).add(e);
        b.append("<h3>Evidence</h3>\n<ul class=\"evidence\">\n");
        for (List<Report.Evidence> group : bySource.values()) {
            Document src = group.get(0).source();
            b.append("<li><span class=\"pub\">").append(esc(src.publisher())).append("</span>, <cite>").append(esc(src.title()))
                    .append("</cite>, <time>").append(esc(src.date())).append("</time> <span class=\"tier\">")
                    .append(esc(src.tier().json)).append("</span>");
            String url = safeUrl(src.url());
            if (url != null) b.append(" <a href=\"").append(esc(url)).append("\" rel=\"noopener noreferrer\">").append(esc(host(url))).append("</a>");
            for (Report.Evidence e : group) {
                String lang = e.claim().quoteLang() == null ? "" : " lang=\"" + esc(e.claim().quoteLang()) + "\"";
                b.append("<q").append(lang).append(">").append(esc(e.claim().quote())).append("</q>");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private static String host(String url) {
        int s = url.indexOf("://") + 3, e = url.indexOf('/', s);
        return e < 0 ? url.substring(s) : url.substring(s, e);
    }

    /** Only http(s) addresses become links: a javascript: or data: address stays text. */
    static String safeUrl(String url) {
        if (url == null) return null;
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static final String LEGEND_FOOTER = "<footer class=\"foot\"><p><strong>How to read this report.</strong> Every claim is checked by "
            + "rules against the other claims and against evidence from trusted sources. <em>Supported</em>: independent trusted evidence "
            + "agrees and nothing contradicts it. <em>Contradicted</em>: trustworthy evidence or arithmetic contradicts it beyond tolerance. "
            + "<em>Unsupported</em>: neither; no trusted source was found. Opinions and predictions cannot be checked against facts and are "
            + "not scored. Each card shows the reasoning, every number the rules computed and the sources used.</p>"
            + "<p class=\"muted\">Made with ClaimGraph. The ClaimReview data in this page rate verdicts 5 (supported), 3 (unsupported) "
            + "and 1 (contradicted) on a scale of 1 to 5.</p></footer>\n";

    private static final String CSS = """
            :root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--accent:#0969da;
            --supported:#1a7f37;--supported-bg:#d2f4da;--unsupported:#9a6700;--unsupported-bg:#fff1b8;
            --contradicted:#cf222e;--contradicted-bg:#ffd8d3;--opinion:#6e7781;--opinion-bg:#e6e9ee;--unchecked:#8250df;--unchecked-bg:#eee6ff}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:#f4f6f8;color:var(--fg);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","PingFang SC","Hiragino Sans GB",sans-serif}
            .wrap{max-width:62rem;margin:0 auto;padding:0 1rem}
            .top{background:#0a3069;color:#fff;padding:.6rem 0;font-size:.95rem}
            main{padding-top:1rem}
            a{color:var(--accent);overflow-wrap:anywhere}
            h1{font-size:1.65rem;line-height:1.3;margin:.2rem 0 .4rem}
            h2{font-size:1.2rem;margin:1.4rem 0 .6rem}
            h3{font-size:1rem;margin:.9rem 0 .3rem}
            .muted,.meta{color:var(--muted)}
            .meta{margin:0 0 1rem;font-size:.95rem}
            .doc,.toc{background:#fff;border:1px solid var(--line);border-radius:10px;padding:1.25rem 1.5rem;margin:0 0 1.5rem}
            .toc ol{padding-left:1.4rem}
            .summary{display:grid;grid-template-columns:minmax(0,1.1fr) minmax(0,1fr);gap:1.25rem;align-items:start}
            .summary h2{margin-top:0}
            .scorebox,.chart{border:1px solid var(--line);border-radius:8px;padding:1rem;margin:0}
            .score{margin:0;font-size:1rem}
            .score strong{font-size:2.6rem;line-height:1.1;margin-right:.3rem}
            .range{margin:.2rem 0}
            .rangebar{width:100%;max-width:320px;height:auto;display:block;margin:.2rem 0 .5rem}
            .axis{font-size:10px;fill:var(--muted)}
            .formula{font:.8rem/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f6f8fa;border-radius:6px;padding:.5rem .6rem;margin:.5rem 0;overflow-wrap:anywhere}
            .apartnote{margin:.3rem 0 0;font-size:.95rem}
            .chart figcaption{font-weight:600;margin-bottom:.5rem}
            .chart svg{width:100%;height:auto;display:block;font-size:13px}
            .bar text{fill:var(--fg)}
            .bar .count{font-weight:700}
            .t-supported rect{fill:var(--supported)}.t-unsupported rect{fill:var(--unsupported)}.t-contradicted rect{fill:var(--contradicted)}
            .t-opinion rect{fill:var(--opinion)}.t-unchecked rect{fill:var(--unchecked)}
            .legend{font-size:.9rem;display:flex;flex-wrap:wrap;gap:.4rem}
            .legend .hl{padding:.1rem .4rem}
            .article{white-space:pre-wrap;line-height:2.1;font-size:1.05rem;border-left:3px solid var(--line);padding-left:1rem;overflow-wrap:anywhere}
            .hl{color:inherit;text-decoration:none;border-radius:3px;padding:.12em 0;-webkit-box-decoration-break:clone;box-decoration-break:clone}
            .hl.t-supported{background:var(--supported-bg)}.hl.t-unsupported{background:var(--unsupported-bg)}
            .hl.t-contradicted{background:var(--contradicted-bg)}.hl.t-opinion{background:var(--opinion-bg)}.hl.t-unchecked{background:var(--unchecked-bg)}
            .hl.o-supported{box-shadow:inset 0 -.22em 0 var(--supported)}.hl.o-unsupported{box-shadow:inset 0 -.22em 0 var(--unsupported)}
            .hl.o-contradicted{box-shadow:inset 0 -.22em 0 var(--contradicted)}.hl.o-opinion{box-shadow:inset 0 -.22em 0 var(--opinion)}
            .hl.o-unchecked{box-shadow:inset 0 -.22em 0 var(--unchecked)}
            a.hl:hover,a.hl:focus{outline:2px solid var(--accent)}
            .n{display:inline-block;font:700 .68rem/1.35 system-ui,sans-serif;color:#fff;border-radius:.7rem;padding:0 .38rem;margin:0 .12rem;vertical-align:.45em;text-decoration:none;white-space:nowrap}
            .n.t-supported,.badge.t-supported{background:var(--supported)}.n.t-unsupported,.badge.t-unsupported{background:var(--unsupported)}
            .n.t-contradicted,.badge.t-contradicted{background:var(--contradicted)}.n.t-opinion,.badge.t-opinion{background:var(--opinion)}
            .n.t-unchecked,.badge.t-unchecked{background:var(--unchecked)}
            .card{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin:0 0 1rem;scroll-margin-top:1rem}
            .card.t-supported{border-left-color:var(--supported)}.card.t-unsupported{border-left-color:var(--unsupported)}
            .card.t-contradicted{border-left-color:var(--contradicted)}.card.t-opinion{border-left-color:var(--opinion)}.card.t-unchecked{border-left-color:var(--unchecked)}
            .card:target{outline:3px solid var(--accent)}
            .card header{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}
            .num{background:#24292f;color:#fff;font-weight:700;border-radius:1rem;padding:0 .55rem;font-size:.9rem}
            .badge{color:#fff;font-weight:700;border-radius:4px;padding:.05rem .5rem;font-size:.85rem;text-transform:uppercase;letter-spacing:.03em}
            .kind{color:var(--muted);font-size:.85rem}
            .back{margin-left:auto;font-size:.85rem}
            blockquote{margin:.6rem 0;padding:.3rem .8rem;border-left:3px solid var(--line);font-size:1.05rem;background:#f6f8fa;border-radius:0 6px 6px 0}
            .statement{font-weight:600;margin:.4rem 0}
            .facts{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:.4rem 0;font-size:.9rem}
            .facts div,.nums div{display:flex;gap:.35rem;min-width:0}
            .facts dt,.nums dt{color:var(--muted);white-space:nowrap}
            .facts dd,.nums dd{margin:0;overflow-wrap:anywhere}
            .caveats{margin:.4rem 0}.lbl{font-weight:600;margin-right:.3rem}
            .caveat{display:inline-block;background:#fff8c5;border:1px solid #d4a72c;border-radius:.6rem;padding:0 .55rem;font-size:.85rem;margin:.1rem 0}
            .reason{margin:.2rem 0 .4rem}
            .findings{padding-left:1.3rem;margin:.3rem 0;font-size:.93rem}
            .findings li{margin:.35rem 0}
            .effect{font-weight:700;text-transform:uppercase;font-size:.75rem;letter-spacing:.03em}
            .e-supports{color:var(--supported)}.e-contradicts{color:var(--contradicted)}.e-context{color:var(--muted)}
            .fkind{font-size:.8rem;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 .3rem}
            .rule{font-size:.75rem;color:var(--muted)}
            .nums{display:flex;flex-wrap:wrap;gap:.1rem 1rem;margin:.25rem 0 0;font:.8rem/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f6f8fa;border-radius:6px;padding:.3rem .5rem}
            .evidence{padding-left:1.2rem;margin:.3rem 0;font-size:.93rem}
            .evidence li{margin:.4rem 0}
            .evidence q{display:block;color:var(--muted);margin:.1rem 0 0 .2rem}
            .pub{font-weight:600}
            .tier{font-size:.75rem;border:1px solid var(--line);border-radius:4px;padding:0 .3rem;color:var(--muted)}
            .foot{font-size:.9rem;padding:0 .5rem 2rem}
            @media (max-width:44rem){
            body{font-size:15px}
            .wrap{padding:0 .5rem}
            .doc,.toc{padding:.9rem .8rem;border-radius:8px}
            h1{font-size:1.35rem}
            .summary{grid-template-columns:1fr}
            .article{padding-left:.6rem;font-size:1rem}
            .card{padding:.7rem .7rem}
            .score strong{font-size:2.2rem}
            }
            @media print{body{background:#fff}.top{color:#000;background:none}.card{break-inside:avoid}}
            """;
}
