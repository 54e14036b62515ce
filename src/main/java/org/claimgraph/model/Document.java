package org.claimgraph.model;

/** An article, press release, filing or report; text is null when only the citation is known. */
public record Document(String id, String title, String language, String publisher, String author,
                       Period published, String url, DocumentKind kind, Tier tier, String text) {}
