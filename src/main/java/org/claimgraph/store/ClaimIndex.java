package org.claimgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;

/**
 * The store's claims and documents held in memory, a stamp of each stored assessment, and the lookups a
 * re-check needs (by entity, by metric, by the claims a comparison names), so a warm process answers them
 * without reading the graph. The store keeps it in step with its own writes and drops it when anyone
 * else wrote.
 */
final class ClaimIndex {

    private final Map<String, Claim> claims = new HashMap<>();
    private final Map<String, Document> documents = new HashMap<>();
    /**
     * What is kept of each stored assessment: its verdict and print (a few dozen bytes); the assessments
     * themselves are read from the store when wanted (a million of them need gigabytes).
     */
    private Map<String, RdfMapping.Stamp> stamps;
    /** Reads the stamps from the store: only writes and re-checks need them, so a command that reads never does. */
    private final java.util.function.Supplier<Map<String, RdfMapping.Stamp>> readStamps;
    /**
     * The lookups a write's re-check uses, built when one first asks: a full check never does, and at a
     * million claims they take some 300 MB.
     */
    private Links links;

    private static final class Links {
        final Map<String, Set<String>> byEntity = new HashMap<>(), byMetric = new HashMap<>(), bySide = new HashMap<>();
        /** Ranking claims by metric: a metric may have hundreds of thousands of claims and a handful of ranks. */
        final Map<String, Set<String>> rankedByMetric = new HashMap<>();

        void link(Claim c) {
            String k = c.key(); // one string for every map: a key made for each took 140 MB more at a million claims
            ClaimIndex.link(byEntity, c.subject(), k);
            ClaimIndex.link(byEntity, c.object(), k);
            ClaimIndex.link(byMetric, c.metric(), k);
            if (c.rank() != null) ClaimIndex.link(rankedByMetric, c.metric(), k);
            if (c.compares() != null) {
                ClaimIndex.link(bySide, c.compares().left(), k);
                ClaimIndex.link(bySide, c.compares().right(), k);
            }
        }

        void unlink(Claim c) {
            String k = c.key();
            ClaimIndex.unlink(byEntity, c.subject(), k);
            ClaimIndex.unlink(byEntity, c.object(), k);
            ClaimIndex.unlink(byMetric, c.metric(), k);
            if (c.rank() != null) ClaimIndex.unlink(rankedByMetric, c.metric(), k);
            if (c.compares() != null) {
                ClaimIndex.unlink(bySide, c.compares().left(), k);
                ClaimIndex.unlink(bySide, c.compares().right(), k);
            }
        }
    }

    ClaimIndex(Collection<Document> documents, Collection<Claim> claims, java.util.function.Supplier<Map<String, RdfMapping.Stamp>> readStamps) {
        documents.forEach(this::put);
        claims.forEach(this::put);
        this.readStamps = readStamps;
    }

    /** The stamps, read when first wanted; a write reads them before it changes anything ({@code ClaimStore.write}). */
    synchronized Map<String, RdfMapping.Stamp> stamps() {
        if (stamps == null) stamps = readStamps.get();
        return stamps;
    }

    /** The stamps if they were read or kept, else null (reading them is what a snapshot should not force). */
    synchronized Map<String, RdfMapping.Stamp> knownStamps() { return stamps; }

    void put(Document d) { documents.put(d.id(), d); }

    synchronized void put(Claim c) {
        Claim old = claims.put(c.key(), c);
        if (links == null) return;
        if (old != null) links.unlink(old);
        links.link(c);
    }

    synchronized void remove(String key) {
        Claim old = claims.remove(key);
        if (old != null && links != null) links.unlink(old);
        removeAssessment(key);
    }

    private synchronized Links links() {
        if (links == null) {
            links = new Links();
            claims.values().forEach(links::link);
        }
        return links;
    }

    void putAssessment(Assessment a) { stamps().put(a.claim(), RdfMapping.Stamp.of(a)); }

    void removeAssessment(String key) { stamps().remove(key); }

    /** The verdict of a claim's stored assessment, or null when it has none. */
    org.claimgraph.model.Verdict verdict(String key) {
        RdfMapping.Stamp s = stamps().get(key);
        return s == null ? null : s.verdict();
    }

    /** Whether the store holds this assessment already, as the same triples. */
    boolean stores(Assessment a) {
        RdfMapping.Stamp s = stamps().get(a.claim());
        return s != null && s.same(a);
    }

    /** The claims with a stored assessment. */
    java.util.Set<String> assessed() { return stamps().keySet(); }

    /** Replaces the stamps with these (every stored assessment's, after a full check). */
    synchronized void keepStamps(Map<String, RdfMapping.Stamp> all) { stamps = all; }

    Claim claim(String key) { return claims.get(key); }

    Document document(String id) { return documents.get(id); }

    Collection<Claim> claims() { return claims.values(); }

    Collection<Document> documents() { return documents.values(); }

    /** The same answer as the store's query of that name, from memory. */
    List<Claim> touching(Set<String> entities, Set<String> rankMetrics, Set<String> keys) {
        Links l = links();
        Set<String> found = new LinkedHashSet<>();
        for (String e : entities) found.addAll(l.byEntity.getOrDefault(e, Set.of()));
        for (String m : rankMetrics) found.addAll(l.rankedByMetric.getOrDefault(m, Set.of()));
        for (String k : keys) {
            if (claims.containsKey(k)) found.add(k);
            found.addAll(l.bySide.getOrDefault(k, Set.of()));
        }
        return resolve(found);
    }

    List<Claim> onMetrics(Set<String> metrics) {
        Set<String> found = new LinkedHashSet<>();
        Links l = links();
        for (String m : metrics) found.addAll(l.byMetric.getOrDefault(m, Set.of()));
        return resolve(found);
    }

    private List<Claim> resolve(Set<String> keys) {
        List<Claim> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            Claim c = claims.get(k);
            if (c != null) out.add(c);
        }
        return out;
    }

    private static void link(Map<String, Set<String>> m, String k, String claim) {
        if (k != null) m.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(claim);
    }

    private static void unlink(Map<String, Set<String>> m, String k, String claim) {
        if (k == null) return;
        Set<String> s = m.get(k);
        if (s != null && s.remove(claim) && s.isEmpty()) m.remove(k);
    }
}
