package org.claimgraph.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Qualifier;
import org.claimgraph.vocab.Wording;

/** Writes a document and its claims back as a claim document, the inverse of {@link ClaimDocumentReader}. */
public final class ClaimDocumentWriter {
    private ClaimDocumentWriter() {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static String write(Document d, List<Claim> claims) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode doc = root.putObject("document").put("id", d.id()).put("title", d.title()).put("language", d.language())
                .put("publisher", d.publisher()).put("published", d.publishedLabel()).put("kind", d.kind().json).put("tier", d.tier().json);
        if (d.author() != null) doc.put("author", d.author());
        if (d.url() != null) doc.put("url", d.url());
        if (d.text() != null) doc.put("text", d.text());
        var list = root.putArray("claims");
        for (Claim c : claims) {
            ObjectNode n = list.addObject().put("id", c.id()).put("quote", c.quote());
            if (c.start() != null) n.put("start", c.start()).put("end", c.end());
            n.put("statement", c.statement()).put("claimant", c.claimant());
            if (c.subject() != null) n.put("subject", c.subject());
            if (c.object() != null) n.put("object", c.object());
            if (c.metric() != null) n.put("metric", c.metric());
            if (c.value() != null) {
                n.put("value", c.value().statedAs());
                n.put("unit", c.value().unit());
                if (c.value().per() != null) n.put("per", c.value().per());
                if (c.value().basis() != null) n.put("basis", c.value().basis());
            }
            if (c.period() != null) n.put("period", c.period().label());
            if (c.termYears() != null) n.put("term", Wording.plain(c.termYears()) + " years");
            if (c.rank() != null) n.put("rank", c.rank());
            if (c.rankFrom() != null) n.put("rankFrom", c.rankFrom().json);
            if (c.rankOver() != null) n.put("rankOver", c.rankOver().label());
            if (!c.qualifiers().isEmpty()) {
                var q = n.putArray("qualifiers");
                for (Qualifier x : Qualifier.values()) if (c.has(x)) q.add(x.json);
            }
            n.put("kind", c.kind().json);
            if (c.said() != null) n.put("said", c.said());
            if (c.scope() != null) n.put("scope", c.scope());
            if (c.note() != null) n.put("note", c.note());
            if (c.compares() != null) {
                ObjectNode k = n.putObject("compares").put("op", c.compares().op().json).put("left", c.compares().left()).put("right", c.compares().right());
                if (c.compares().factor() != null) k.put("factor", Wording.plain(c.compares().factor()));
            }
            if (c.between() != null) {
                ObjectNode b = n.putObject("between");
                event(b, "from", c.between().from());
                if (!c.between().toClaimDate()) event(b, "to", c.between().to()); // absent: up to the claim's own date
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void event(ObjectNode between, String side, Claim.EventRef e) {
        ObjectNode x = between.putObject(side).put("subject", e.subject()).put("metric", e.metric());
        if (e.object() != null) x.put("object", e.object());
    }

    /** Entity types a claim document can name (the schema's enum); others are left for the reader's default. */
    private static final java.util.Set<String> ENTITY_TYPES = java.util.Set.of("organization", "person", "place", "index", "topic", "group");
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** A gazetteer file ({"entities": […]}) that the reader reads back as the same entries. */
    public static String writeEntities(java.util.Collection<Entity> entities) {
        ObjectNode root = JSON.createObjectNode();
        var list = root.putArray("entities");
        for (Entity e : entities) {
            ObjectNode n = list.addObject().put("id", e.id()).put("label", e.label());
            if (e.labelZh() != null && e.labelEn() != null) n.put("labelZh", e.labelZh());
            if (!e.aliases().isEmpty()) {
                var a = n.putArray("aliases");
                e.aliases().forEach(a::add);
            }
            if (ENTITY_TYPES.contains(e.type())) n.put("type", e.type());
            if (e.role() != null) n.put("role", e.role());
            e.sameAs().stream().filter(s -> s.startsWith(WIKIDATA)).findFirst().ifPresent(s -> n.put("wikidata", s.substring(WIKIDATA.length())));
            if (e.southernHemisphere()) n.put("southernHemisphere", true);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
