package org.claimgraph.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.vocab.Vocabulary;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Finding;
import org.claimgraph.model.Verdict;

/**
 * A credibility report: per document, every claim with its verdict, reasoning and the evidence it used.
 * checkedAt is when the latest check ended (null when nothing was checked).
 */
public record Report(List<DocumentReport> documents, Instant checkedAt) {

    /**
     * A claim with its assessment and the claims of other documents the findings used. number counts
     * the claims of the whole report from 1, in reading order; claimantEntity is null for groups; basis
     * names the unit the figure is for (litre, barrel), null when it is for none.
     */
    public record ClaimReport(int number, Claim claim, Assessment assessment, List<Evidence> evidence, String claimant,
                              Entity claimantEntity, String subject, String metric, String basis) {

        /** Checked and checkable: counted in the score and published as a ClaimReview. */
        public boolean scored() { return assessment != null && claim.kind().checkable(); }
    }

    /** A claim of another document, with the document that carries it. */
    public record Evidence(Claim claim, Document source) {}

    /**
     * The share of the claims evidence settles (supported or contradicted) that came out supported, with a
     * 95% Wilson interval. Claims no evidence settles (unsupported: no evidence found) are counted apart and
     * are never a failure; opinions and predictions are not checkable and not counted either.
     */
    public record Score(int supported, int contradicted, int noEvidence, int notCheckable, double value, double low, double high) {
        public static final String FORMULA = "score = supported / (supported + contradicted): only claims that evidence settles count; "
                + "claims with no evidence found (unsupported) are shown apart and never count as failures; opinions and predictions "
                + "are not counted; range = 95% Wilson interval: (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z = 1.96, n = settled claims";

        /** The claims evidence settles: the score's denominator. */
        public int settled() { return supported + contradicted; }

        static Score of(int supported, int contradicted, int noEvidence, int notCheckable) {
            int settled = supported + contradicted;
            if (settled == 0) return new Score(0, 0, noEvidence, notCheckable, Double.NaN, 0, 1);
            double z = 1.96, n = settled, p = supported / n;
            double centre = p + z * z / (2 * n), spread = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)), den = 1 + z * z / n;
            return new Score(supported, contradicted, noEvidence, notCheckable, p, Math.max(0, (centre - spread) / den),
                    Math.min(1, (centre + spread) / den));
        }
    }

    public record DocumentReport(Document document, Map<Verdict, Integer> counts, Score score, List<ClaimReport> claims) {}

    /** Builds the report of one document (docId) or of all; claims without an assessment count as unchecked. */
    public static Report build(List<Document> docs, List<Claim> claims, List<Assessment> assessments, Vocabulary vocabulary, String docId,
                               Instant checkedAt) {
        Index ix = new Index(docs, claims, assessments);
        Map<String, Assessment> byClaim = ix.byClaim();
        Map<String, Claim> claimsByKey = ix.claims();
        Map<String, Document> docsById = ix.docs();
        if (docId != null && !docsById.containsKey(docId)) {
            throw noSuchDocument(docId, List.copyOf(docsById.keySet()));
        }
        List<DocumentReport> out = new ArrayList<>();
        int number = 0;
        for (Document d : docs) {
            if (docId != null && !d.id().equals(docId)) continue;
            List<Claim> theirs = claims.stream().filter(c -> c.docId().equals(d.id()))
                    .sorted(Comparator.comparing((Claim c) -> c.start() == null ? Integer.MAX_VALUE : c.start()).thenComparing(Claim::id)).toList();
            DocumentReport section = section(d, theirs, byClaim, claimsByKey, docsById, vocabulary, number, false);
            number += theirs.size();
            out.add(section);
        }
        return new Report(out, checkedAt);
    }

    /** An unknown document, naming the first 20 stored ones and how many there are. */
    public static IllegalArgumentException noSuchDocument(String docId, List<String> ids) {
        return new IllegalArgumentException("no document \"" + docId + "\" in the store; documents: " + String.join(", ", ids.subList(0, Math.min(20, ids.size())))
                + (ids.size() > 20 ? ", … (" + ids.size() + " in all)" : ""));
    }

    /**
     * A track record: every claim of one publisher's documents (source) or by one claimant, across all
     * documents, under a header standing for the source. A claim repeated by several documents (same
     * claimant, subject, measure, period and figure) counts once in the score.
     */
    public static Report trackRecord(List<Document> docs, List<Claim> claims, List<Assessment> assessments, Vocabulary vocabulary,
                                     String source, String claimant, Instant checkedAt) {
        Index ix = new Index(docs, claims, assessments);
        Map<String, Assessment> byClaim = ix.byClaim();
        Map<String, Claim> claimsByKey = ix.claims();
        Map<String, Document> docsById = ix.docs();
        String who;
        List<Claim> theirs;
        if (source != null) {
            String needle = source.toLowerCase(java.util.Locale.ROOT).strip();
            theirs = claims.stream().filter(c -> docsById.get(c.docId()).publisher().toLowerCase(java.util.Locale.ROOT).contains(needle)).toList();
            if (theirs.isEmpty()) {
                throw new IllegalArgumentException("--source: no document's publisher contains \"" + source + "\"; publishers: "
                        + String.join(", ", new java.util.TreeSet<>(docs.stream().map(Document::publisher).toList())));
            }
            who = source;
        } else {
            String id = Vocabulary.CLAIMANT_GROUPS.contains(claimant) ? claimant : vocabulary.entityId(claimant).orElseThrow(
                    () -> new IllegalArgumentException("--claimant: unknown claimant \"" + claimant + "\"" + vocabulary.suggestEntity(claimant)));
            theirs = claims.stream().filter(c -> c.claimant().equals(id)).toList();
            who = vocabularyName(vocabulary, id);
        }
        theirs = theirs.stream().sorted(Comparator.comparing(Claim::docId).thenComparing(Claim::id)).toList();
        var latest = theirs.stream().map(c -> docsById.get(c.docId()).published()).filter(java.util.Objects::nonNull).max(Comparator.comparing(org.claimgraph.model.Period::start))
                .orElse(new org.claimgraph.model.Period(null, null, "undated"));
        Document header = new Document("track-record", "Track record: " + who, "en", who, null, latest, null,
                org.claimgraph.model.DocumentKind.REPORT, org.claimgraph.model.Tier.SECONDARY, null);
        return new Report(List.of(section(header, theirs, byClaim, claimsByKey, docsById, vocabulary, 0, true)), checkedAt);
    }

    /** Assessments, claims and documents by key, as every report looks them up. */
    private record Index(Map<String, Assessment> byClaim, Map<String, Claim> claims, Map<String, Document> docs) {
        Index(List<Document> docs, List<Claim> claims, List<Assessment> assessments) {
            this(new HashMap<>(), new HashMap<>(), new java.util.LinkedHashMap<>());
            assessments.forEach(a -> byClaim.put(a.claim(), a));
            claims.forEach(c -> this.claims.put(c.key(), c));
            docs.forEach(d -> this.docs.put(d.id(), d));
        }
    }

    private static DocumentReport section(Document d, List<Claim> theirs, Map<String, Assessment> byClaim, Map<String, Claim> claimsByKey,
                                          Map<String, Document> docsById, Vocabulary vocabulary, int number, boolean onceEach) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) counts.put(v, 0);
        int supported = 0, contradicted = 0, noEvidence = 0, notCheckable = 0;
        Set<String> origins = new java.util.HashSet<>();
        List<ClaimReport> crs = new ArrayList<>();
        for (Claim c : theirs) {
            Assessment a = byClaim.get(c.key());
            boolean counted = !onceEach || origins.add(String.join("|", c.claimant(), String.valueOf(c.subject()), String.valueOf(c.metric()),
                    String.valueOf(c.period()), c.value() == null ? "" : Double.toString(c.value().value()), String.valueOf(c.said())));
            if (a != null && counted) {
                counts.merge(a.verdict(), 1, Integer::sum);
                if (!c.kind().checkable()) notCheckable++;
                else switch (a.verdict()) {
                    case SUPPORTED -> supported++;
                    case CONTRADICTED -> contradicted++;
                    case UNSUPPORTED -> noEvidence++;
                }
            }
            crs.add(new ClaimReport(++number, c, a, evidence(c, a, claimsByKey, docsById), vocabularyName(vocabulary, c.claimant()),
                    vocabulary.entity(c.claimant()), vocabulary.entityLabel(c.subject()),
                    c.metric() == null ? null : vocabulary.metricLabel(c.metric()),
                    c.value() == null ? null : vocabulary.unitLabel(c.value().basis())));
        }
        return new DocumentReport(d, counts, Score.of(supported, contradicted, noEvidence, notCheckable), crs);
    }

    private static String vocabularyName(Vocabulary v, String claimant) {
        return Vocabulary.CLAIMANT_GROUPS.contains(claimant) ? claimant : v.entityLabel(claimant);
    }

    private static List<Evidence> evidence(Claim c, Assessment a, Map<String, Claim> claims, Map<String, Document> docs) {
        if (a == null) return List.of();
        Set<String> keys = new LinkedHashSet<>();
        for (Finding f : a.findings()) keys.addAll(f.used());
        List<Evidence> out = new ArrayList<>();
        for (String k : keys) {
            Claim e = claims.get(k);
            if (e == null || e.docId().equals(c.docId())) continue;
            out.add(new Evidence(e, docs.get(e.docId())));
        }
        return out;
    }
}
