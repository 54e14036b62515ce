package org.claimgraph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.model.Verdict;
import org.junit.jupiter.api.Test;

class ClaimReviewJsonTest {

    static final String S = "http://schema.org/";
    static final Publishing PUB = new Publishing("Example Newsroom", "https://news.example/checks/ai.html");

    /** Parses with Jena's JSON-LD reader, offline: the remote schema.org context becomes an inline @vocab. */
    static Model parse(String jsonld) {
        String offline = jsonld.replace("\"@context\" : \"https://schema.org\"", "\"@context\" : {\"@vocab\" : \"" + S + "\"}");
        assertFalse(offline.contains("https://schema.org\""), "the remote context was replaced");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(offline, Lang.JSONLD).parse(m);
        return m;
    }

    static Property p(String local) { return ModelFactory.createDefaultModel().createProperty(S + local); }

    static RDFNode one(Resource r, String local) {
        List<Statement> ss = r.listProperties(p(local)).toList();
        assertEquals(1, ss.size(), r + " has exactly one schema:" + local);
        return ss.get(0).getObject();
    }

    static Resource typed(Resource r, String local, String type) {
        Resource o = one(r, local).asResource();
        assertTrue(o.hasProperty(RDF.type, o.getModel().createResource(S + type)), local + " is a schema:" + type);
        return o;
    }

    @Test
    void everyCheckedClaimHasAFullClaimReview() {
        Report r = Seed.report();
        checkAll(parse(ClaimReviewJson.render(r, PUB)), r);
    }

    @Test
    void theHtmlCarriesTheSameClaimReviews() {
        Report r = Seed.report();
        String html = HtmlReport.render(r, PUB);
        String open = "<script type=\"application/ld+json\">\n";
        int from = html.indexOf(open) + open.length(), to = html.indexOf("\n</script>", from);
        checkAll(parse(html.substring(from, to)), r);
    }

    private static void checkAll(Model m, Report r) {
        List<Resource> reviews = m.listSubjectsWithProperty(RDF.type, m.createResource(S + "ClaimReview")).toList();
        Map<String, Report.ClaimReport> scored = new HashMap<>();
        for (Report.ClaimReport cr : Seed.claims(r)) if (cr.scored()) scored.put(PUB.claimUrl(cr.number()), cr);
        assertTrue(reviews.size() >= 19, "at least 19 ClaimReviews, got " + reviews.size());
        assertEquals(scored.size(), reviews.size(), "one per checked claim");
        String checked = LocalDate.ofInstant(r.checkedAt(), ZoneOffset.UTC).toString();
        for (Resource rev : reviews) {
            String url = one(rev, "url").asLiteral().getString();
            Report.ClaimReport cr = scored.remove(url);
            assertNotNull(cr, "a claim for " + url);
            assertEquals(cr.claim().statement(), one(rev, "claimReviewed").asLiteral().getString());
            assertEquals(checked, one(rev, "datePublished").asLiteral().getString());
            assertEquals("Example Newsroom", one(typed(rev, "author", "Organization"), "name").asLiteral().getString());
            Resource item = typed(rev, "itemReviewed", "Claim");
            var doc = r.documents().get(0).document();
            boolean articleSays = cr.claim().claimant().equals("author") || cr.claim().kind() == org.claimgraph.model.Kind.ATTRIBUTION;
            String publisher = doc.tier() == org.claimgraph.model.Tier.ANONYMOUS ? null : ClaimReviewJson.known(doc.publisher());
            String expected = articleSays ? (ClaimReviewJson.known(doc.author()) != null ? doc.author() : publisher)
                    : cr.claimantEntity() != null ? cr.claimantEntity().label() : null;
            if (expected == null) {
                assertFalse(item.hasProperty(p("author")), "an unnamed claimant (" + cr.claim().claimant() + ") gives no author: " + url);
            } else {
                Resource author = one(item, "author").asResource();
                assertTrue(author.hasProperty(RDF.type, m.createResource(S + "Person")) || author.hasProperty(RDF.type, m.createResource(S + "Organization")),
                        "the claimant is a Person or an Organization");
                assertEquals(expected, one(author, "name").asLiteral().getString(), "who made claim " + cr.claim().key());
            }
            assertEquals("2025-11", one(item, "datePublished").asLiteral().getString());
            Resource appearance = typed(item, "appearance", "CreativeWork");
            assertEquals(r.documents().get(0).document().title(), one(appearance, "name").asLiteral().getString());
            Resource rating = typed(rev, "reviewRating", "Rating");
            Verdict v = cr.assessment().verdict();
            assertEquals(ClaimReviewJson.rating(v), one(rating, "ratingValue").asLiteral().getInt());
            assertEquals(5, one(rating, "bestRating").asLiteral().getInt());
            assertEquals(1, one(rating, "worstRating").asLiteral().getInt());
            assertEquals(ClaimReviewJson.words(v), one(rating, "alternateName").asLiteral().getString());
        }
        assertTrue(scored.isEmpty(), "no checked claim without a review: " + scored.keySet());
    }

    @Test
    void verdictsMapToRatings() {
        assertEquals(List.of(5, 3, 1), List.of(ClaimReviewJson.rating(Verdict.SUPPORTED), ClaimReviewJson.rating(Verdict.UNSUPPORTED),
                ClaimReviewJson.rating(Verdict.CONTRADICTED)));
        assertEquals(List.of("Supported", "Unsupported", "Contradicted"), List.of(ClaimReviewJson.words(Verdict.SUPPORTED),
                ClaimReviewJson.words(Verdict.UNSUPPORTED), ClaimReviewJson.words(Verdict.CONTRADICTED)));
    }

    @Test
    void attributionsAreTheArticlesAndNoAuthorIsMadeUp() {
        Report r = Seed.report();
        String json = ClaimReviewJson.render(r, PUB);
        Model m = parse(json);
        assertTrue(Seed.claims(r).stream().anyMatch(c -> c.claim().kind() == org.claimgraph.model.Kind.ATTRIBUTION && c.scored()),
                "the seed has attributions (\"X said Y\")");
        for (var n : m.listObjectsOfProperty(p("name")).toList()) {
            String name = n.asLiteral().getString().toLowerCase(java.util.Locale.ROOT);
            assertFalse(name.startsWith("unknown") || name.startsWith("unnamed") || name.startsWith("an unnamed"), "a made-up author: " + name);
        }
    }

    @Test
    void namesThatOnlySayNobodyIsKnownAreNoNames() {
        assertEquals(null, ClaimReviewJson.known("unknown (unattributed commentary)"));
        assertEquals(null, ClaimReviewJson.known("Anonymous"));
        assertEquals(null, ClaimReviewJson.known(" "));
        assertEquals("Unknown Pleasures Records", ClaimReviewJson.known("Unknown Pleasures Records"), "a real name that starts with the word");
        assertEquals("Reuters", ClaimReviewJson.known(" Reuters "));
    }

    @Test
    void addressesAreAbsoluteWithABaseUrl() {
        Publishing p = new Publishing("Org", "https://news.example/checks/r.html");
        assertEquals("https://news.example/checks/a/b.html", p.absolute("a/b.html"));
        assertEquals("https://elsewhere.example/x", p.absolute("https://elsewhere.example/x"));
        assertEquals(null, p.absolute("javascript:alert(1)"));
        assertEquals(null, Publishing.DEFAULTS.absolute("a/b.html"), "no absolute base: a relative address is left out");
    }

    @Test
    void publishingSettingsAreChecked() {
        assertEquals("--base-url: \"https://x.example/r.html#top\" has a fragment (#…); give the page's address, \"#claim-N\" is added per claim",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> new Publishing("Org", "https://x.example/r.html#top")).getMessage());
        assertEquals("--org: the organisation's name is empty",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Publishing(" ", "r.html")).getMessage());
        assertEquals("https://x.example/r.html#claim-7", new Publishing("Org", "https://x.example/r.html").claimUrl(7));
    }
}
