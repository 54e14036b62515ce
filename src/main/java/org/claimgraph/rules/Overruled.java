package org.claimgraph.rules;

import org.claimgraph.model.Finding;

/** An evidence finding outweighed by a more authoritative or more recent source. */
public record Overruled(Finding finding, Finding by) {}
