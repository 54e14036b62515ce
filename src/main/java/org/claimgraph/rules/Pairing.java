package org.claimgraph.rules;

import org.claimgraph.model.Settings;

/**
 * A claim and a trusted source's figure that can bear on it (same subject, metric, unit and parties, the
 * source no less authoritative, from another document, scopes that meet), with what every evidence rule
 * asks of the two computed once: the rules match this rather than each joining claim and source again.
 * sameFooting is {@link Calc#sameBasis} and {@link Calc#comparable} both; agreement is
 * {@link Bounds#agreement}, or null when they are not on the same footing; claimantMatches is true but
 * for an attribution whose claimant the source is not ({@link Calc#claimantMatches}).
 */
public record Pairing(Fact claim, Fact evidence, boolean comparable, boolean sameFooting, boolean claimantMatches,
                      Bounds.Agreement agreement) {

    /** Identity: one pairing per claim and source, and equality would walk both facts. */
    @Override public boolean equals(Object o) { return this == o; }

    @Override public int hashCode() { return System.identityHashCode(this); }

    public static Pairing of(Fact c, Fact e, Settings s) {
        boolean comparable = Calc.comparable(c, e, s), footing = comparable && Calc.sameBasis(c, e);
        return new Pairing(c, e, comparable, footing, !c.isAttribution() || Calc.claimantMatches(c, e),
                footing ? Bounds.agreement(c, e, s) : null);
    }
}
