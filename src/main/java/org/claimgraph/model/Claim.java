package org.claimgraph.model;

import java.util.List;
import java.util.Set;

/**
 * One checkable assertion of a document, normalised. Optional parts are null (or empty for sets).
 * Entity, metric and unit references are ids of the vocabulary; claimant is an entity id or a group.
 * rankFrom is the end a rank counts from as written; null is from the highest ({@link #fromLowest}).
 * rankOver makes the rank a record: the window of the subject's own periods it ranks among ("the lowest since
 * 1975"), resolved against the claim's period, its label as written; null when the rank is among rivals.
 */
public record Claim(String docId, String id, String quote, String quoteLang, Integer start, Integer end,
                    String statement, String claimant, String subject, String object, String metric,
                    Quantity value, Period period, Double termYears, Integer rank, RankFrom rankFrom, Period rankOver,
                    Set<Qualifier> qualifiers, Kind kind, String said, String scope, String note, Comparison compares, Gap between) {

    public Claim {
        qualifiers = Set.copyOf(qualifiers);
    }

    /** The store-wide key: document id, slash, claim id. */
    public String key() { return docId + "/" + id; }

    public boolean has(Qualifier q) { return qualifiers.contains(q); }

    /** Whether the rank counts from the lowest value ("the lowest", "the second smallest"). */
    public boolean fromLowest() { return rankFrom == RankFrom.LOWEST; }

    /** "A exceeds B", "A is N times B": left and right are claim keys. */
    public record Comparison(CompareOp op, String left, String right, Double factor) {}

    /**
     * The time between two events, each found among the claims by subject, object and metric; to is null for
     * the time since from, up to the claim's own date ({@link #ownDate}).
     */
    public record Gap(EventRef from, EventRef to) {
        /** Whether the gap runs up to the claim's own date rather than to a second event. */
        public boolean toClaimDate() { return to == null; }
    }

    /**
     * The date a claim speaks at, which a time since an event counts up to: its period when that is one day
     * (a statement dated to its day), else its document's publication date; null when neither is known.
     */
    public static Period ownDate(Period period, Document doc) {
        return period != null && period.bounded() && period.days() == 1 ? period : doc.published();
    }

    public record EventRef(String subject, String object, String metric) {
        public List<String> parts() { return object == null ? List.of(subject, metric) : List.of(subject, object, metric); }
    }
}
