package org.claimgraph.report;

/**
 * Who publishes a report and where: the organisation named as the author of every ClaimReview, and
 * the address of the HTML report, to which "#claim-N" is appended for each claim's URL.
 */
public record Publishing(String organisation, String baseUrl) {

    public static final Publishing DEFAULTS = new Publishing("ClaimGraph", "report.html");

    public Publishing {
        if (organisation == null || organisation.isBlank()) throw new IllegalArgumentException("--org: the organisation's name is empty");
        if (baseUrl == null || baseUrl.isBlank()) throw new IllegalArgumentException("--base-url: the report's address is empty");
        if (baseUrl.contains("#")) {
            throw new IllegalArgumentException("--base-url: \"" + baseUrl + "\" has a fragment (#…); give the page's address, \"#claim-N\" is added per claim");
        }
    }

    /** The address of one claim's card in the HTML report. */
    public String claimUrl(int number) { return baseUrl + "#claim-" + number; }

    /**
     * An address as published: http(s) addresses as they are, relative ones resolved against an absolute
     * base URL; anything else (javascript:, data:, a relative address with no absolute base) is left out.
     */
    public String absolute(String url) {
        if (url == null || url.isBlank()) return null;
        String safe = View.safeUrl(url);
        if (safe != null) return safe;
        String base = View.safeUrl(baseUrl);
        if (base == null || url.strip().matches("(?i)^[a-z][a-z0-9+.-]*:.*")) return null;
        try {
            return View.safeUrl(java.net.URI.create(base).resolve(url.strip()).toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
