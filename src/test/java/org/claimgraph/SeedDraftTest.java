package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimgraph.extract.Extractor;
import org.claimgraph.model.Assessment;
import org.claimgraph.vocab.Amounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article drafted by extract, its todos completed the way a person would (each field the
 * draft lists as todo taken from the hand-made claims.json, nothing else touched), loads and checks
 * to the same verdicts as claims.json for every claim both contain.
 */
class SeedDraftTest {

    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    @Test
    void completedDraftChecksLikeTheHandMadeClaims() throws Exception {
        Path data = Path.of("data");
        String text = Files.readString(data.resolve("ai-trillion-bubble/article.zh.txt"));
        JsonNode seed = JSON.readTree(data.resolve("ai-trillion-bubble/claims.json").toFile());
        Extractor extractor = new Extractor(ClaimGraph.shippedVocabulary());
        ObjectNode extraction = extractor.extract(text, "zh", LocalDate.parse("2025-11-20"));
        ObjectNode draft = extractor.claimDocument(extraction, text, "ai-trillion-bubble", null, LocalDate.parse("2025-11-20"));

        // the document: the todo fields from the hand-made one
        ObjectNode doc = (ObjectNode) draft.get("document");
        for (JsonNode t : doc.remove("todo")) doc.set(t.asText(), seed.path("document").path(t.asText()));
        doc.set("id", seed.path("document").path("id"));

        // each drafted claim whose figure lies in a hand-made claim with a value: that claim, completed
        ArrayNode claims = JSON.createArrayNode();
        Map<String, String> pairs = new TreeMap<>();
        for (int i = 0; i < draft.path("claims").size(); i++) {
            ObjectNode c = (ObjectNode) draft.path("claims").get(i);
            JsonNode q = extraction.path("quantities").get(extraction.path("claims").get(i).path("quantity").asInt());
            JsonNode match = null;
            for (JsonNode s : seed.path("claims")) {
                if (s.has("value") && s.path("start").asInt() <= q.path("start").asInt() && q.path("end").asInt() <= s.path("end").asInt()
                        && !pairs.containsKey(s.path("id").asText()) && sameValue(s.path("value").asText(), q.path("value").asDouble())) { match = s; break; }
            }
            if (match == null) continue;
            for (JsonNode t : c.remove("todo")) {
                if (match.has(t.asText())) c.set(t.asText(), match.get(t.asText())); else c.remove(t.asText());
            }
            c.set("id", match.path("id"));
            pairs.put(match.path("id").asText(), c.toString());
            claims.add(c);
        }
        draft.set("claims", claims);
        assertTrue(pairs.size() >= 10, "only " + pairs.size() + " drafted claims match hand-made ones: " + pairs.keySet());
        Path file = dir.resolve("draft.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(draft));

        List<Path> evidence = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("manifest.txt"))) {
            if (line.startsWith("evidence/")) evidence.add(data.resolve(line.strip()));
        }
        Map<String, String> want = verdicts(data.resolve("ai-trillion-bubble/claims.json"), evidence);
        Map<String, String> got = verdicts(file, evidence);
        List<String> differ = new ArrayList<>();
        for (String id : pairs.keySet()) {
            String k = seed.path("document").path("id").asText() + "/" + id;
            if (!want.get(k).equals(got.get(k))) differ.add(id + ": hand-made " + want.get(k) + ", draft " + got.get(k) + " " + pairs.get(id));
        }
        assertEquals(List.of(), differ);
    }

    private static boolean sameValue(String written, double v) {
        double w = Amounts.read(written, "zh").value();
        return Math.abs(w - v) <= 0.005 * Math.abs(w) + 1e-9;
    }

    private static Map<String, String> verdicts(Path article, List<Path> evidence) {
        List<Path> files = new ArrayList<>(List.of(article));
        files.addAll(evidence);
        try (ClaimGraph g = ClaimGraph.open("mem", null, null)) {
            g.load(files, "test");
            Map<String, String> out = new TreeMap<>();
            for (Assessment a : g.check()) out.put(a.claim(), a.verdict().name());
            return out;
        }
    }
}
