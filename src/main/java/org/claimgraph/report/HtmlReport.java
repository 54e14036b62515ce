package org.claimgraph.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The report as one self-contained HTML page, from the same templates as the server's pages: inline
 * stylesheet, the chart as inline SVG, no script but the ClaimReview JSON-LD data block, nothing
 * fetched. Every text from claims, sources and documents is escaped, and only http(s) addresses
 * become links.
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static String render(Report r, Publishing p) {
        String title = r.documents().size() == 1 ? "Credibility report: " + r.documents().get(0).document().title() : "Credibility report";
        String banner = p.organisation() + (r.checkedAt() != null ? " · checked " + LocalDate.ofInstant(r.checkedAt(), ZoneOffset.UTC) : " · not checked yet");
        Page page = new Page(title, false, ClaimReviewJson.forScript(r, p), null, null, banner);
        return Templates.render("report.jte", Map.of("page", page, "report", r));
    }
}
