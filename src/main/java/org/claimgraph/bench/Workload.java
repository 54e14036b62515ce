package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.claimgraph.ingest.ClaimDocument;
import org.claimgraph.vocab.Periods;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.DocumentKind;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Kind;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Tier;
import org.claimgraph.model.Verdict;

/**
 * A synthetic graph with known answers: articles whose figures a primary source confirms, contradicts
 * or does not cover, spread over many companies and years, so every verdict can be checked.
 */
public final class Workload {

    /** The documents to load and, for every planted claim, the verdict the rules must give. */
    public record Graph(List<ClaimDocument> documents, Map<String, Verdict> expected, int claims) {}

    static final String[] METRICS = {"revenue", "net-loss", "costs", "operating-loss"};
    static final int CLAIMS_PER_DOCUMENT = 50;
    static final int COMPANIES = 2000;

    private Workload() {}

    /**
     * About {@code claims} claims: article claims, and for each a primary claim on the same company,
     * metric and year that agrees (1 in 3), disagrees (1 in 3) or is on another year (1 in 3). Up to
     * 2,000 companies × 4 metrics × 500 years of distinct pairs.
     */
    public static Graph generate(int claims, long seed) {
        Random rnd = new Random(seed);
        List<Entity> companies = new ArrayList<>();
        for (int i = 0; i < COMPANIES; i++) {
            companies.add(new Entity("bench-co-" + i, "Bench Company " + i, null, List.of(), "organization", null, List.of()));
        }
        List<ClaimDocument> docs = new ArrayList<>();
        docs.add(new ClaimDocument(null, List.of(), companies));
        Map<String, Verdict> expected = new LinkedHashMap<>();
        int pairs = claims / 2, made = 0;
        List<Claim> article = new ArrayList<>(), filing = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            // company, metric and year never repeat, so each planted pair is the only evidence on its claim
            String company = "bench-co-" + (i % COMPANIES), metric = METRICS[(i / COMPANIES) % METRICS.length];
            int year = 1900 + i / (COMPANIES * METRICS.length);
            long millions = 10 + rnd.nextInt(9000);
            int kind = i % 3;
            String adoc = "bench-article-" + (i / CLAIMS_PER_DOCUMENT), fdoc = "bench-filing-" + (i / CLAIMS_PER_DOCUMENT);
            Claim a = claim(adoc, "c" + i, company, metric, millions, year);
            long other = kind == 1 ? millions * 2 + 7 : millions;
            Claim f = claim(fdoc, "c" + i, company, metric, other, kind == 2 ? year + 500 : year);
            article.add(a);
            filing.add(f);
            expected.put(a.key(), kind == 0 ? Verdict.SUPPORTED : kind == 1 ? Verdict.CONTRADICTED : Verdict.UNSUPPORTED);
            made += 2;
            if (article.size() == CLAIMS_PER_DOCUMENT || i == pairs - 1) {
                docs.add(new ClaimDocument(document(adoc, Tier.SECONDARY), article, List.of()));
                docs.add(new ClaimDocument(document(fdoc, Tier.PRIMARY), filing, List.of()));
                article = new ArrayList<>();
                filing = new ArrayList<>();
            }
        }
        return new Graph(docs, expected, made);
    }

    private static Document document(String id, Tier tier) {
        return new Document(id, "Synthetic " + id, "en", tier == Tier.PRIMARY ? "Bench Filings" : "Bench Times", null,
                Periods.parse("2025-01-01"), null, tier == Tier.PRIMARY ? DocumentKind.FILING : DocumentKind.ARTICLE, tier, null);
    }

    private static Claim claim(String doc, String id, String company, String metric, long millions, int year) {
        double v = millions * 1e6;
        String stated = millions + " million";
        Quantity q = new Quantity(v, "USD", v - 5e5, v + 5e5, stated, null);
        return new Claim(doc, id, company + " " + metric + " " + year + " " + stated, "en", null, null,
                "Company " + company + " reported " + metric + " of $" + stated + " in " + year + ".", "author", company, null, metric, q,
                Periods.parse(Integer.toString(year)), null, null, EnumSet.noneOf(Qualifier.class), Kind.STATISTICAL, null, null, null, null, null);
    }
}
