package org.claimgraph.model;

import java.util.List;

/** A gazetteer entry: an organisation, person, place, index, group or topic. */
public record Entity(String id, String labelEn, String labelZh, List<String> aliases, String type,
                     String role, List<String> sameAs) {

    public Entity {
        aliases = List.copyOf(aliases);
        sameAs = List.copyOf(sameAs);
    }

    public String label() { return labelEn != null ? labelEn : labelZh != null ? labelZh : id; }
}
