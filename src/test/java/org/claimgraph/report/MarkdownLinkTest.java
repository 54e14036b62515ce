package org.claimgraph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An address in a Markdown report stays one autolink whatever it holds. */
class MarkdownLinkTest {
    @Test void everyCharacterThatCouldEndTheLinkIsEncoded() {
        assertEquals("<https://ev.example/%22%3E%3Cscript%3Ealert(1)%3C/script%3E>", MarkdownReport.link("https://ev.example/\"><script>alert(1)</script>"));
        assertEquals("<https://example.org/a?x=1&y=2#f>", MarkdownReport.link("https://example.org/a?x=1&y=2#f"));
        assertEquals("<https://example.org/%E6%96%B0%20x%60%5C>", MarkdownReport.link("https://example.org/新 x`\\"));
    }
}
