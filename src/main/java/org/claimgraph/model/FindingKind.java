package org.claimgraph.model;

/** What a finding found, so readers can tell a real contradiction from a rounding or a definition. */
public enum FindingKind {
    AGREEMENT, REAL_CONTRADICTION, DIFFERENT_PERIOD, DIFFERENT_MEASURE, ROUNDING, CONFLICTING_EVIDENCE,
    OUTDATED, PARAPHRASE, NOT_CHECKABLE, ATTRIBUTION_NOT_FOUND, SCOPE, QUALIFIED
}
