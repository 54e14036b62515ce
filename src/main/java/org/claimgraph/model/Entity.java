package org.claimgraph.model;

import java.util.List;

/**
 * A gazetteer entry: an organisation, person, place, index, group or topic. southernHemisphere: a place south of the
 * equator, whose seasons are the southern ones.
 */
public record Entity(String id, String labelEn, String labelZh, List<String> aliases, String type,
                     String role, List<String> sameAs, boolean southernHemisphere) {

    public Entity {
        aliases = List.copyOf(aliases);
        sameAs = List.copyOf(sameAs);
    }

    /** An entry north of the equator, or of no place. */
    public Entity(String id, String labelEn, String labelZh, List<String> aliases, String type, String role, List<String> sameAs) {
        this(id, labelEn, labelZh, aliases, type, role, sameAs, false);
    }

    public String label() { return labelEn != null ? labelEn : labelZh != null ? labelZh : id; }
}
