package org.claimgraph.report;

import org.claimgraph.model.Finding;
import org.claimgraph.model.Verdict;

/** The report as Markdown for newsroom CMSs: the same facts and counts as the JSON and the HTML. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(Report r) {
        StringBuilder b = new StringBuilder();
        for (Report.DocumentReport d : r.documents()) {
            var doc = d.document();
            b.append("# ").append(esc(doc.title())).append("\n\n");
            b.append(esc(doc.publisher())).append(", ").append(esc(doc.date())).append(cited(doc.url())).append("\n\n");
            Report.Score s = d.score();
            b.append("**Credibility score:** ");
            if (Double.isNaN(s.value())) b.append("none yet: no claim is settled by evidence");
            else b.append(View.percent(s.value())).append(" (95% range ").append(View.percent(s.low())).append("–").append(View.percent(s.high()))
                    .append("; ").append(s.supported()).append(" supported of ").append(s.settled()).append(" settled by evidence: ")
                    .append(s.supported()).append(" supported + ").append(s.contradicted()).append(" contradicted)");
            b.append("  \n_").append(esc(Report.Score.FORMULA)).append("_  \n");
            b.append("No evidence found (unsupported), shown apart and not counted as failures: ").append(s.noEvidence()).append("  \n");
            b.append("Opinions and predictions, shown apart: ").append(s.notCheckable()).append("\n\n");
            b.append("| verdict | claims |\n|---|---|\n");
            for (Verdict v : Verdict.values()) b.append("| ").append(v).append(" | ").append(d.counts().get(v)).append(" |\n");
            b.append("\n");
            for (Report.ClaimReport cr : d.claims()) {
                var c = cr.claim();
                var a = cr.assessment();
                b.append("## ").append(cr.number()).append(". ").append(a == null ? "NOT CHECKED" : a.verdict().name()).append(": ").append(esc(c.statement())).append("\n\n");
                b.append("> ").append(esc(c.quote())).append("\n\n");
                b.append("- Claim: ").append(esc(c.key())).append(", claimant: ").append(esc(cr.claimant())).append(", kind: ").append(c.kind().json).append("\n");
                if (a == null) { b.append("\n"); continue; }
                b.append("- Why: ").append(esc(a.reason())).append("\n");
                if (!a.caveats().isEmpty()) b.append("- Caveats: ").append(esc(String.join("; ", a.caveats()))).append("\n");
                for (Report.Evidence e : cr.evidence()) {
                    var src = e.source();
                    b.append("- Evidence: \u201c").append(esc(e.claim().quote())).append("\u201d: ").append(esc(src.publisher()))
                            .append(", \u201c").append(esc(src.title())).append("\u201d, ").append(esc(src.date()))
                            .append(cited(src.url())).append(" (").append(src.tier().json).append(")\n");
                }
                if (!a.findings().isEmpty()) {
                    b.append("- How this was computed:\n");
                    for (Finding f : a.findings()) {
                        b.append("  - ").append(f.effect()).append(" · ").append(f.kind()).append(" · rule ").append(esc(f.rule())).append(": ")
                                .append(esc(f.message()));
                        if (!f.numbers().isEmpty()) {
                            StringBuilder nums = new StringBuilder();
                            f.numbers().forEach((k, v) -> nums.append(nums.length() == 0 ? "" : ", ").append(k).append(" = ").append(View.number(v)));
                            b.append(" (").append(esc(nums.toString())).append(")");
                        }
                        b.append("\n");
                    }
                }
                b.append("\n");
            }
        }
        return b.toString();
    }

    /** ", <https://…>" for an http(s) address; any other address (javascript:, data:, …) as escaped text, never a link. */
    private static String cited(String url) {
        if (url == null || url.isBlank()) return "";
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return ", " + (lower.startsWith("https://") || lower.startsWith("http://") ? link(url.strip()) : esc(url));
    }

    /**
     * An address as a Markdown autolink: every character that could end it or open markup is
     * percent-encoded, so a stored address can never become HTML.
     */
    static String link(String url) {
        StringBuilder b = new StringBuilder("<");
        for (byte x : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:/?#@!$&'()*+,;=%".indexOf(c) >= 0;
            if (plain) b.append((char) c);
            else b.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
        }
        return b.append('>').toString();
    }

    /** Markdown-significant characters and raw HTML are escaped, so every text shows as text, on one line. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if ("\\`*_{}[]()#+!|~".indexOf(ch) >= 0) out.append('\\');
                    out.append(ch);
                }
            }
        }
        return out.toString();
    }
}
