package org.claimgraph.model;

/**
 * An article, press release, filing or report; text is null when only the citation is known, and
 * published is null when the publication date is unknown (such a document is never taken as recent).
 */
public record Document(String id, String title, String language, String publisher, String author,
                       Period published, String url, DocumentKind kind, Tier tier, String text) {

    /** The publication date as written, or "date unknown". */
    public String date() { return published == null ? "date unknown" : published.label(); }

    /** The publication date as written, or null when unknown (for JSON). */
    public String publishedLabel() { return published == null ? null : published.label(); }
}
