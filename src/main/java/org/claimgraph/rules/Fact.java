package org.claimgraph.rules;

import java.time.LocalDate;
import java.util.Set;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;

/**
 * A claim as the rules see it: flat, with its document's tier and date and its metric's type and family,
 * so joins are plain {@code ==} on subject, metric and family. Absent numbers are NaN, absent text null.
 */
public record Fact(String key, String docId, String kind, String claimant, String claimantRole, String subject,
                   String object, String metric, String metricType, String family, String unit, String per,
                   double value, double low, double high, LocalDate start, LocalDate end, Double termYears,
                   Integer rank, Set<String> qualifiers, int tier, LocalDate published, String compareOp,
                   String compareLeft, String compareRight, Claim claim, Document doc) {

    public boolean isHasValue() { return !Double.isNaN(value); }
    public boolean isTrusted() { return tier <= 3; }
    public boolean isCheckable() { return !kind.equals("opinion") && !kind.equals("prediction"); }
    public boolean isAttribution() { return kind.equals("attribution"); }
    public boolean has(String qualifier) { return qualifiers.contains(qualifier); }
    public Claim.Gap getGap() { return claim.between(); }
    public String getSaid() { return claim.said(); }
    public String getScope() { return claim.scope(); }
    public String getPeriodLabel() { return claim.period() == null ? null : claim.period().label(); }
    public String getSourceName() { return doc.publisher(); }
}
