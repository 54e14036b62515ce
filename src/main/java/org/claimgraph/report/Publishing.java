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
}
