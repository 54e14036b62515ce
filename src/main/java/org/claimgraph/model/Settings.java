package org.claimgraph.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named tolerances and thresholds; every finding that uses one prints its name and value.
 *
 * @param about           relative widening of a value qualified "about" (each side)
 * @param arithmetic      relative tolerance when a computed total is compared with a stated one
 * @param comparableShare share of each period that must overlap for two figures to count as the same period
 * @param datedYears      a statement at least this many years older than the article is "dated"
 * @param growthCoverage  share of a claim's period that a source's growth figure must cover to bear on it
 * @param rounding        least relative half-width a claim's figure is read with, however precisely it is
 *                        written: speakers round "192.6 billion" to "194 billion" and "30.2%" to "29%"
 * @param ratePartCoverage share of a claim's period that a total over part of it must cover for its average to
 *                        bear on the rate claimed for the whole
 * @param ratePartFactor  how many times above or below such a part's average a claimed rate must lie to be
 *                        contradicted by it (the rest of the period may differ, so the part is only an estimate)
 */
public record Settings(double about, double arithmetic, double comparableShare, double datedYears, double growthCoverage,
                       double rounding, double ratePartCoverage, double ratePartFactor) {

    public static final Settings DEFAULTS = new Settings(0.05, 0.10, 0.66, 3, 0.4, 0.05, 0.5, 2);

    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("tolerance.about", about);
        m.put("tolerance.arithmetic", arithmetic);
        m.put("period.comparableShare", comparableShare);
        m.put("dated.years", datedYears);
        m.put("growth.coverage", growthCoverage);
        m.put("tolerance.rounding", rounding);
        m.put("rate.partCoverage", ratePartCoverage);
        m.put("rate.partFactor", ratePartFactor);
        return m;
    }
}
