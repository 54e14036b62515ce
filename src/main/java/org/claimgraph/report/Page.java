package org.claimgraph.report;

/**
 * What the one layout needs besides the content: the title, and either the report file's frame (inline
 * stylesheet, JSON-LD, no navigation) or the site's (served stylesheet and script, navigation, sign-in).
 *
 * @param site   true for the server's pages, false for a self-contained report file
 * @param jsonLd ClaimReview JSON-LD already made safe for a script element, or null
 * @param user   who is signed in, or null
 * @param csrf   the session's form token, or null when there is no session
 * @param banner the line under the title bar (organisation, check date), or null
 */
public record Page(String title, boolean site, String jsonLd, String user, String csrf, String banner) {

    /** A page of the site. */
    public static Page site(String title, String user, String csrf) { return new Page(title, true, null, user, csrf, null); }
}
