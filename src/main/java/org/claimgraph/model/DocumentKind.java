package org.claimgraph.model;

/** What sort of publication a document is. */
public enum DocumentKind {
    ARTICLE("article"), PRESS_RELEASE("press-release"), FILING("filing"), REPORT("report"),
    BROADCAST("broadcast"), SOCIAL_POST("social-post"), RESEARCH("research");

    public final String json;

    DocumentKind(String json) { this.json = json; }
}
