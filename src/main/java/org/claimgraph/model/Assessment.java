package org.claimgraph.model;

import java.util.List;

/** The verdict of one claim, the sentence that decided it, its caveats and every finding. */
public record Assessment(String claim, Verdict verdict, String reason, List<String> caveats, List<Finding> findings) {

    public Assessment {
        caveats = List.copyOf(caveats);
        findings = List.copyOf(findings);
    }
}
