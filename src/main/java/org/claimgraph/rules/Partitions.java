package org.claimgraph.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits facts into groups no rule can join across, so each group can be checked in a session of its
 * own. The rules join claims on subject and metric family (evidence, arithmetic, definitions, sourcing,
 * qualifiers, scope, dated statements), on object, metric and document (shares of one whole), on the
 * claims a comparison names, on a metric alone (ranks among rivals) and on every dated event (gaps
 * between events); the groups are the connected components of those links. Some rules only read other
 * claims as evidence, whose own findings they never look at: a share against its part and whole (any
 * claim on either entity), a change against its measure's levels and a quotient against its numerator's
 * and denominator's figures and a share against its complement's (any claim on the subject: the measures
 * are of other families), and a
 * figure in another currency against exchange rates. Those claims go into the batch as read-only
 * evidence, assessed in their own group's batch.
 */
final class Partitions {

    /** The metric the currency rule reads exchange rates from. */
    static final String EXCHANGE_RATE = "exchange-rate";

    /** The claims a session assesses and the claims from other groups it only reads. */
    record Batch(List<Fact> own, List<Fact> evidence) {}

    private final int[] parent;

    private Partitions(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra != rb) parent[ra] = rb;
    }

    /** Joins every fact with the first one that had the same key. */
    private static void link(Partitions p, Map<Object, Integer> first, Object key, int i) {
        Integer other = first.putIfAbsent(key, i);
        if (other != null) p.union(other, i);
    }

    /** The facts in batches of whole groups, each batch about {@code target} facts (a large group is a batch of its own). */
    static List<Batch> of(List<Fact> facts, int target) {
        Partitions p = new Partitions(facts.size());
        Map<Object, Integer> first = new HashMap<>();
        Map<String, Integer> byKey = new HashMap<>();
        Set<String> rankedMetrics = new HashSet<>();
        Map<List<String>, Set<String>> moneyUnits = new HashMap<>();
        Map<String, List<Fact>> bySubject = new HashMap<>();
        List<Fact> rates = new ArrayList<>();
        boolean gaps = false;
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            byKey.put(f.key(), i);
            if (f.rank() != null && f.metric() != null) rankedMetrics.add(f.metric());
            if (f.getGap() != null) gaps = true;
            if (f.isMoney()) moneyUnits.computeIfAbsent(Arrays.asList(f.subject(), f.metric()), k -> new HashSet<>()).add(f.unit());
            if (EXCHANGE_RATE.equals(f.metric())) rates.add(f);
            if (f.subject() != null) bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
        }
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            link(p, first, Arrays.asList("subject-family", f.subject(), f.family()), i);
            if ("SHARE".equals(f.metricType())) link(p, first, Arrays.asList("share", f.object(), f.metric(), f.docId()), i);
            if (f.metric() != null && rankedMetrics.contains(f.metric())) link(p, first, List.of("ranked", f.metric()), i);
            if (gaps && (f.getGap() != null || "EVENT_DATE".equals(f.metricType()))) link(p, first, "events", i);
            for (String side : new String[] {f.compareLeft(), f.compareRight()}) {
                Integer s = side == null ? null : byKey.get(side);
                if (s != null) p.union(i, s);
            }
        }
        Map<Integer, List<Fact>> groups = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) groups.computeIfAbsent(p.find(i), k -> new ArrayList<>()).add(facts.get(i));
        List<Batch> batches = new ArrayList<>();
        List<Fact> batch = new ArrayList<>();
        for (List<Fact> g : groups.values()) {
            if (!batch.isEmpty() && batch.size() + g.size() > target) {
                batches.add(withEvidence(batch, moneyUnits, rates, bySubject));
                batch = new ArrayList<>();
            }
            batch.addAll(g);
        }
        if (!batch.isEmpty()) batches.add(withEvidence(batch, moneyUnits, rates, bySubject));
        return batches;
    }

    /** A batch with the claims of other groups its rules read: exchange rates, a share's or quotient's part and whole, a change's levels. */
    private static Batch withEvidence(List<Fact> own, Map<List<String>, Set<String>> moneyUnits, List<Fact> rates, Map<String, List<Fact>> bySubject) {
        Map<Fact, Boolean> mine = new IdentityHashMap<>();
        own.forEach(f -> mine.put(f, true));
        Map<Fact, Boolean> extra = new IdentityHashMap<>();
        boolean converts = false;
        for (Fact f : own) {
            if (f.isMoney() && moneyUnits.get(Arrays.asList(f.subject(), f.metric())).size() > 1) converts = true;
            boolean derived = "SHARE".equals(f.metricType()) && f.object() != null || f.changeOf() != null || f.numerator() != null
                    || f.complementOf() != null;
            if (derived) {
                for (String entity : new String[] {f.subject(), f.object()}) {
                    if (entity == null) continue;
                    for (Fact e : bySubject.getOrDefault(entity, List.of())) if (!mine.containsKey(e)) extra.put(e, true);
                }
            }
        }
        if (converts) for (Fact r : rates) if (!mine.containsKey(r)) extra.put(r, true);
        return new Batch(own, new ArrayList<>(extra.keySet()));
    }
}
