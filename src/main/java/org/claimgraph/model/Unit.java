package org.claimgraph.model;

import java.util.List;

/** A unit of measure, with the ways people write it. */
public record Unit(String id, String labelEn, String labelZh, List<String> aliases, String dimension) {

    public Unit {
        aliases = List.copyOf(aliases);
    }
}
