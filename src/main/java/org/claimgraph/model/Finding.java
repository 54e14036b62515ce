package org.claimgraph.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one rule found about one claim: its effect on the verdict, its kind, a sentence for readers,
 * the numbers it computed and the claims (keys) it used. Evidence findings carry the authority of
 * their best source (tier rank, date) so conflicts can be settled; others have authorityTier 0.
 */
public record Finding(String rule, String claim, Effect effect, FindingKind kind, String message,
                      Map<String, Double> numbers, List<String> used, String caveat,
                      int authorityTier, LocalDate authorityDate) {

    public Finding {
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
        used = List.copyOf(used);
    }

    public boolean fromEvidence() { return authorityTier > 0; }

    /**
     * From the rule and claim alone (strings the rules share, whose hash is kept): findings are hashed in the
     * rules' joins many times over, a hash over the numbers and used claims cost a fifth of a check, and one
     * over each new message a twentieth. A claim has few findings of a rule; equals compares everything.
     */
    @Override public int hashCode() { return 31 * java.util.Objects.hashCode(rule) + java.util.Objects.hashCode(claim); }

    /** The claim (key) the finding rests on first: for evidence, the source's claim; null when none. */
    public String source() { return used.isEmpty() ? null : used.get(0); }
}
