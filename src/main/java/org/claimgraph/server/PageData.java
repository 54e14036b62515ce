package org.claimgraph.server;

import java.util.List;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Document;
import org.claimgraph.report.Report;
import org.claimgraph.search.TextIndex;

/** What the page templates show beyond the report: public because the compiled templates read it. */
public final class PageData {
    private PageData() {}

    /** A document in the list: its report section and the search hits inside it. */
    public record Listed(Report.DocumentReport report, List<TextIndex.Hit> hits) {}

    /** Another claim a finding used, with its verdict as reported. */
    public record Compared(String key, Report.ClaimReport claim, String how) {}

    /** A SPARQL result as a table: column names and rows of cell texts (null: unbound). */
    public record Table(List<String> columns, List<List<String>> rows) {}

    /** A stored source a journalist can add evidence to. */
    public record Source(Document document, List<TextIndex.Hit> hits) {}

    /** What a save did: the new document's report, other claims' verdicts it changed, similar claims already stored. */
    public record Changed(ClaimGraph.VerdictChange change, Report.ClaimReport claim) {}
}
