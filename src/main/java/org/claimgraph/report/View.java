package org.claimgraph.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Finding;
import org.claimgraph.vocab.Wording;

/**
 * What the HTML templates show, computed in Java so the templates only lay it out: tones, the article
 * cut into highlighted segments, the chart's bars, numbers and links. Shared by the report file and
 * the pages.
 */
public final class View {
    private View() {}

    /** How a claim is coloured: by verdict, with opinions and predictions (not scored) and unchecked claims apart. */
    public enum Tone {
        SUPPORTED("supported", "Supported"), UNSUPPORTED("unsupported", "Unsupported"), CONTRADICTED("contradicted", "Contradicted"),
        NOT_SCORED("opinion", "Opinion or prediction, not scored"), UNCHECKED("unchecked", "Not checked yet");

        public final String css;
        public final String label;

        Tone(String css, String label) { this.css = css; this.label = label; }

        public static Tone of(Report.ClaimReport cr) {
            if (cr.assessment() == null) return UNCHECKED;
            if (!cr.claim().kind().checkable()) return NOT_SCORED;
            return switch (cr.assessment().verdict()) {
                case SUPPORTED -> SUPPORTED;
                case UNSUPPORTED -> UNSUPPORTED;
                case CONTRADICTED -> CONTRADICTED;
            };
        }
    }

    /** The score's headline in words: "67% (2 of 3 settled claims supported)". */
    public static String scoreWords(Report.Score s) {
        return Double.isNaN(s.value()) ? "no claim settled by evidence yet"
                : Wording.percent(s.value()) + " (" + s.supported() + " of " + s.settled() + " settled claims supported)";
    }

    public static String percent(double ratio) { return Wording.percent(ratio); }

    /** A computed number in full, to ten significant digits, thousands grouped: 4.0300000000000005E12 → 4,030,000,000,000. */
    public static String number(double v) {
        if (Double.isNaN(v)) return "not a number";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        var d = new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros();
        if (d.scale() <= 0) return String.format(Locale.ROOT, "%,d", d.toBigInteger());
        return d.toPlainString();
    }

    static String fmt(double v) { return String.format(Locale.ROOT, "%.1f", v); }

    /** Only http(s) addresses become links: a javascript: or data: address stays text. */
    public static String safeUrl(String url) {
        if (url == null) return null;
        String s = url.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || s.length() <= lower.indexOf("//") + 2) return null;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) <= ' ' || s.charAt(i) == 0x7f) return null;
        return s;
    }

    /** The host of an http(s) address, shown as the link's text. */
    public static String host(String url) {
        int s = url.indexOf("://") + 3, e = url.indexOf('/', s);
        return e < 0 ? url.substring(s) : url.substring(s, e);
    }

    /** One path segment, percent-encoded, for the pages' own links. */
    public static String seg(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }

    /**
     * The claim's figure as stated and as read: "$2.6B = 2.6 billion USD (read as …)"; a figure for one of a
     * unit names it as cr does ("¥7.5 per litre"), or by its id when c is another version with another basis.
     */
    public static String value(Claim c, Report.ClaimReport cr) {
        var q = c.value();
        if (q == null) return null;
        String basis = q.basis() == null ? null
                : cr.claim().value() != null && q.basis().equals(cr.claim().value().basis()) && cr.basis() != null ? cr.basis() : q.basis();
        String shown = q.statedAs() + " = " + Wording.show(q.value(), q.unit()) + (q.per() != null ? " per " + q.per() : "") + (basis != null ? " per " + basis : "");
        if (q.low() != q.high()) shown += " (read as " + Wording.range(q.low(), q.high(), q.unit()) + ")";
        return shown;
    }

    /** Who made the claim, in words. */
    public static String claimant(Report.ClaimReport cr) {
        return "author".equals(cr.claim().claimant()) ? "the author" : ClaimReviewJson.groupName(cr.claimant());
    }

    public static String qualifiers(Claim c) {
        return c.qualifiers().isEmpty() ? null : String.join(", ", c.qualifiers().stream().map(x -> x.json).sorted().toList());
    }

    /** A finding's effect and kind in lower-case words. */
    public static String effect(Finding f) { return f.effect().name().toLowerCase(Locale.ROOT); }

    public static String kind(Finding f) { return f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '); }

    /** The claims split into those scored and opinions/predictions, shown apart. */
    public static List<Report.ClaimReport> scored(List<Report.ClaimReport> claims) {
        return claims.stream().filter(c -> Tone.of(c) != Tone.NOT_SCORED).toList();
    }

    public static List<Report.ClaimReport> apart(List<Report.ClaimReport> claims) {
        return claims.stream().filter(c -> Tone.of(c) == Tone.NOT_SCORED).toList();
    }

    /** The evidence grouped by source document, in first-use order. */
    public static List<List<Report.Evidence>> bySource(List<Report.Evidence> evidence) {
        Map<String, List<Report.Evidence>> out = new LinkedHashMap<>();
        for (Report.Evidence e : evidence) out.computeIfAbsent(e.source().id(), k -> new ArrayList<>()).add(e);
        return List.copyOf(out.values());
    }

    /** A run of a search hit's text, marked when it matched. */
    public record Mark(String text, boolean marked) {}

    /** A search hit's text (matches between « and ») as runs, so the template can mark them without raw HTML. */
    public static List<Mark> marks(String s) {
        List<Mark> out = new ArrayList<>();
        if (s == null) return out;
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf('«', i), close = open < 0 ? -1 : s.indexOf('»', open);
            if (open < 0 || close < 0) { out.add(new Mark(s.substring(i), false)); break; }
            if (open > i) out.add(new Mark(s.substring(i, open), false));
            out.add(new Mark(s.substring(open + 1, close), true));
            i = close + 1;
        }
        return out;
    }

    // ---- the chart ----

    /** One bar of the verdict chart: geometry in SVG units. */
    public record Bar(String css, String label, int count, int y, String width, String countX) {}

    /** Counts by tone as horizontal bars; opinions and predictions in a bar of their own, unchecked only when there are some. */
    public static List<Bar> bars(Report.DocumentReport d) {
        Map<Tone, Integer> counts = new LinkedHashMap<>();
        for (Tone t : Tone.values()) counts.put(t, 0);
        for (Report.ClaimReport cr : d.claims()) counts.merge(Tone.of(cr), 1, Integer::sum);
        if (counts.get(Tone.UNCHECKED) == 0) counts.remove(Tone.UNCHECKED);
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        List<Bar> out = new ArrayList<>();
        int y = 0;
        for (var e : counts.entrySet()) {
            double w = 170.0 * e.getValue() / max;
            String label = e.getKey() == Tone.NOT_SCORED ? "Opinion/prediction" : e.getKey() == Tone.UNSUPPORTED ? "No evidence found" : e.getKey().label;
            out.add(new Bar(e.getKey().css, label, e.getValue(), y, fmt(Math.max(w, 1)), fmt(128 + w)));
            y += 30;
        }
        return out;
    }

    public static String barsLabel(List<Bar> bars) {
        StringBuilder b = new StringBuilder();
        for (Bar bar : bars) b.append(b.length() == 0 ? "" : ", ").append(bar.label()).append(": ").append(bar.count());
        return b.toString();
    }

    /** The score's 95% range as a bar 300 units wide: x of the range's start, its width, and the marker's x. */
    public record RangeBar(String lowX, String width, String markX) {}

    public static RangeBar rangeBar(Report.Score s) {
        double lo = s.low() * 300, hi = s.high() * 300, v = s.value() * 300;
        return new RangeBar(fmt(lo), fmt(Math.max(2, hi - lo)), fmt(Math.min(297, Math.max(0, v - 1.5))));
    }

    // ---- the article with its claims highlighted ----

    /**
     * A piece of the article: a claim's number marker where a claim starts (marker > 0), or text covered
     * by the claims numbered in {@code covering} (none: plain text). inner is the innermost covering claim
     * (it is what the text links to); outerCss the outermost one's tone when two or more overlap.
     */
    public record Piece(int marker, String text, Report.ClaimReport inner, String toneCss, String outerCss, String covering) {
        public boolean plain() { return marker == 0 && inner == null; }
    }

    private record Span(int from, int to, Report.ClaimReport claim) {
        int length() { return to - from; }
    }

    /**
     * The text cut at every claim boundary, so overlapping and nested claims all show: a segment links to
     * the innermost claim covering it, lists every covering claim, and shows the outermost claim's colour
     * as an underline. Claim offsets are code points. Empty when the text is not stored.
     */
    public static List<Piece> pieces(Document doc, List<Report.ClaimReport> claims) {
        String text = doc.text();
        List<Piece> out = new ArrayList<>();
        if (text == null) return out;
        int[] charAt = codePointIndex(text);
        List<Span> spans = new ArrayList<>();
        for (Report.ClaimReport cr : claims) {
            Claim c = cr.claim();
            if (c.start() == null || c.end() == null || c.start() < 0 || c.end() >= charAt.length || c.start() >= c.end()) continue;
            spans.add(new Span(charAt[c.start()], charAt[c.end()], cr));
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Span s : spans) { cuts.add(s.from); cuts.add(s.to); }
        spans.sort(Comparator.comparingInt((Span s) -> s.from).thenComparing(s -> -s.to));
        List<Span> active = new ArrayList<>();
        int next = 0;
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) out.add(segment(text.substring(prev, cut), active));
            final int at = cut;
            active.removeIf(s -> s.to <= at);
            while (next < spans.size() && spans.get(next).from == cut) {
                Span s = spans.get(next++);
                out.add(new Piece(s.claim.number(), null, s.claim, Tone.of(s.claim).css, null, null));
                active.add(s);
            }
            prev = cut;
        }
        return out;
    }

    private static Piece segment(String piece, List<Span> active) {
        if (active.isEmpty()) return new Piece(0, piece, null, null, null, null);
        Span inner = active.stream().min(Comparator.comparingInt(Span::length)).orElseThrow();
        Span outer = active.stream().max(Comparator.comparingInt(Span::length)).orElseThrow();
        StringBuilder numbers = new StringBuilder();
        active.stream().mapToInt(s -> s.claim.number()).sorted().forEach(n -> numbers.append(numbers.length() == 0 ? "" : " ").append(n));
        return new Piece(0, piece, inner.claim, Tone.of(inner.claim).css, active.size() > 1 ? Tone.of(outer.claim).css : null, numbers.toString());
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
}
