package org.claimgraph.rules;

import java.time.LocalDate;
import java.util.Set;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Period;
import org.claimgraph.model.RankFrom;

/**
 * A claim as the rules see it: flat, with its document's tier and date and its metric's type and family,
 * so joins are plain {@code ==} on subject, metric and family. Absent numbers are NaN, absent text null.
 * low and high are the interval the figure means with bounds as written ({@link Bounds}); lowOpen and
 * highOpen say a bound excludes its value ("more than", "less than"). scopeKey is the scope in lower case
 * with single spaces; soleScope says the document gives this subject and metric in no other scope;
 * selfPublished says the document's publisher is the claim's subject (its own figures); subjectCurrency
 * is the ISO 4217 code the subject stands for (an exchange rate's subject), else null. changeOf is the metric
 * the claim's metric is a change of, numerator and denominator the metrics it is a quotient of (from the
 * catalogue or a document's definitions, {@code Vocabulary.changeBase} and {@code quotientOf}), else null.
 * scopeTerms are the words of the scope that its metric's names do not already say; described the words of
 * the scope and the metric's names together ({@link ScopeTerms}). complementOf is the share the claim's share
 * is 100% minus ({@code Vocabulary.complementOf}), else null. maxYearlyChange is the most a stock of the claim's
 * measure moves in a year, as a fraction (the metric's cg:maxYearlyChange), else null.
 */
public record Fact(String key, String docId, String kind, String claimant, String claimantRole, String subject,
                   String object, String metric, String metricType, String family, String unit, String per,
                   double value, double low, double high, LocalDate start, LocalDate end, Double termYears,
                   Integer rank, Set<String> qualifiers, int tier, LocalDate published, String compareOp,
                   String compareLeft, String compareRight, Claim claim, Document doc,
                   boolean lowOpen, boolean highOpen, String scopeKey, boolean soleScope,
                   boolean selfPublished, String subjectCurrency, String changeOf, String numerator,
                   String denominator, Set<String> scopeTerms, Set<String> described, String complementOf,
                   Double maxYearlyChange) {

    /**
     * The same claim: a key names one claim, and a check makes one fact of it. Rules ask this of every pair
     * they join ({@code this != $r}); the record's own test walked the claim and its document.
     */
    @Override public boolean equals(Object o) { return this == o || o instanceof Fact f && key.equals(f.key); }

    @Override public int hashCode() { return key.hashCode(); }

    /** The same figure read to {@code half} either side of its value (a table's column at its finer precision). */
    Fact within(double half) {
        return with(value - half, value + half, rank, claim);
    }

    /** The same figure ranked as a record a source states in words: {@code rank} from the end given, over {@code window}. */
    Fact recorded(int rank, boolean fromLowest, Period window) {
        Claim c = claim;
        Claim r = new Claim(c.docId(), c.id(), c.quote(), c.quoteLang(), c.start(), c.end(), c.statement(), c.claimant(), c.subject(),
                c.object(), c.metric(), c.value(), c.period(), c.termYears(), rank, fromLowest ? RankFrom.LOWEST : RankFrom.HIGHEST, window,
                c.qualifiers(), c.kind(), c.said(), c.scope(), c.note(), c.compares(), c.between());
        return with(low, high, rank, r);
    }

    /** This fact with another interval, rank and claim, the rest as it is. */
    private Fact with(double low, double high, Integer rank, Claim claim) {
        return new Fact(key, docId, kind, claimant, claimantRole, subject, object, metric, metricType, family, unit, per, value,
                low, high, start, end, termYears, rank, qualifiers, tier, published, compareOp, compareLeft,
                compareRight, claim, doc, lowOpen, highOpen, scopeKey, soleScope, selfPublished, subjectCurrency, changeOf,
                numerator, denominator, scopeTerms, described, complementOf, maxYearlyChange);
    }

    public boolean isHasValue() { return !Double.isNaN(value); }
    /** Whether the figure is an amount of money in an ISO 4217 currency. */
    public boolean isMoney() { return Calc.currency(unit) != null; }
    public boolean isTrusted() { return tier <= 3; }
    public boolean isCheckable() { return !kind.equals("opinion") && !kind.equals("prediction"); }
    public boolean isAttribution() { return kind.equals("attribution"); }
    public boolean has(String qualifier) { return qualifiers.contains(qualifier); }
    /** Whether the claimed rank counts from the lowest value ("the lowest", 最低). */
    public boolean isFromLowest() { return claim.fromLowest(); }
    /** The window a record's rank is among the subject's own periods in ("the lowest since 1975"); null for a rank among rivals. */
    public Period getRankOver() { return claim.rankOver(); }
    public Claim.Gap getGap() { return claim.between(); }
    /** Whether the claim states the time since an event, up to its own date (a gap without a later event). */
    public boolean isToClaimDate() { return claim.between() != null && claim.between().toClaimDate(); }
    public String getSaid() { return claim.said(); }
    public String getScope() { return claim.scope(); }
    public String getPeriodLabel() { return claim.period() == null ? null : claim.period().label(); }
    public String getSourceName() { return doc.publisher(); }
}
