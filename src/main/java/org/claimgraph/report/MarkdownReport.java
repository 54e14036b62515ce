package org.claimgraph.report;

import org.claimgraph.model.Finding;
import org.claimgraph.model.Verdict;
import org.claimgraph.vocab.Wording;

/** The report as Markdown for newsroom CMSs: the same facts as the JSON. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(Report r) {
        StringBuilder b = new StringBuilder();
        for (Report.DocumentReport d : r.documents()) {
            var doc = d.document();
            b.append("# ").append(esc(doc.title())).append("\n\n");
            b.append(esc(doc.publisher())).append(", ").append(doc.date());
            if (doc.url() != null) b.append(", <").append(doc.url()).append(">");
            b.append("\n\n");
            Report.Score s = d.score();
            b.append("**Credibility score:** ");
            if (Double.isNaN(s.value())) b.append("no checkable claims");
            else b.append(Wording.percent(s.value())).append(" (95% range ").append(Wording.percent(s.low())).append("–").append(Wording.percent(s.high()))
                    .append("; ").append(s.supported()).append(" of ").append(s.checked()).append(" checkable claims supported");
            if (!Double.isNaN(s.value())) b.append(")");
            b.append("  \n_").append(Report.Score.FORMULA).append("_  \n");
            b.append("Opinions and predictions, shown apart: ").append(s.notCheckable()).append("\n\n");
            b.append("| verdict | claims |\n|---|---|\n");
            for (Verdict v : Verdict.values()) b.append("| ").append(v).append(" | ").append(d.counts().get(v)).append(" |\n");
            b.append("\n");
            for (Report.ClaimReport cr : d.claims()) {
                var c = cr.claim();
                var a = cr.assessment();
                b.append("## ").append(cr.number()).append(". ").append(a == null ? "NOT CHECKED" : a.verdict().name()).append(": ").append(esc(c.statement())).append("\n\n");
                b.append("> ").append(esc(c.quote())).append("\n\n");
                b.append("- Claim: `").append(c.key()).append("`, claimant: ").append(esc(cr.claimant())).append(", kind: ").append(c.kind().json).append("\n");
                if (a == null) { b.append("\n"); continue; }
                if (!a.caveats().isEmpty()) b.append("- Caveats: ").append(esc(String.join("; ", a.caveats()))).append("\n");
                b.append("- Reasoning: ").append(esc(a.reason())).append("\n");
                for (Finding f : a.findings()) {
                    b.append("  - ").append(f.effect()).append(" · ").append(f.kind()).append(" · `").append(f.rule()).append("`: ").append(esc(f.message())).append("\n");
                }
                for (Report.Evidence e : cr.evidence()) {
                    var src = e.source();
                    b.append("- Evidence: \u201c").append(esc(e.claim().quote())).append("\u201d: ").append(esc(src.publisher()))
                            .append(", \u201c").append(esc(src.title())).append("\u201d, ")
                            .append(src.date());
                    if (src.url() != null) b.append(", <").append(src.url()).append(">");
                    b.append(" (").append(src.tier().json).append(")\n");
                }
                b.append("\n");
            }
        }
        return b.toString();
    }

    /** Markdown-significant characters and raw HTML are escaped, so text shows as text. */
    static String esc(String s) {
        if (s == null) return "";
        return s.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`").replace("|", "\\|").replace("[", "\\[").replace("]", "\\]").replace("\n", " ");
    }
}
