package org.claimgraph.rules;

import org.claimgraph.model.Effect;
import org.claimgraph.model.Verdict;

/** The verdict rules' output for one claim, and which effect of findings decided it (null: none did). */
public record Decision(String claim, Verdict verdict, Effect decidedBy) {}
