package org.claimgraph.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits facts into groups no rule can join across, so each group can be checked in a session of its
 * own. The rules join claims on subject and metric family (evidence, arithmetic, definitions, sourcing,
 * qualifiers, scope, dated statements), on object, metric and document (shares of one whole), on the
 * claims a comparison names, on a metric alone (ranks among rivals; a record, ranked among the subject's
 * own periods, needs only its subject) and on every dated event (gaps between events); the groups are the
 * connected components of those links. Some rules only read other claims as evidence, whose own findings
 * they never look at: a share against its part and whole (any claim on either entity), a change against
 * its measure's levels and a quotient against its numerator's and denominator's figures and a share
 * against its complement's (any claim on the subject: the measures are of other families), and a figure
 * in another currency against exchange rates. Those claims go into the batch as read-only evidence,
 * assessed in their own group's batch.
 */
final class Partitions {

    /** The metric the currency rule reads exchange rates from. */
    static final String EXCHANGE_RATE = "exchange-rate";

    /** The claims a session assesses and the claims from other groups it only reads. */
    record Batch<T>(List<T> own, List<T> evidence) {}

    /**
     * What the groups are made from: a claim's links, lighter than its {@link Fact}, which is made batch by
     * batch (a million facts made at once filled the old generation the collector then marked).
     */
    interface Linked {
        String key();
        /** The claim's own id, the end of its key. */
        String id();
        String docId();
        String subject();
        String object();
        String metric();
        String metricType();
        String family();
        String unit();
        Integer rank();
        org.claimgraph.model.Period getRankOver();
        org.claimgraph.model.Claim.Gap getGap();
        String compareOp();
        String compareLeft();
        String compareRight();
        String changeOf();
        String numerator();
        String complementOf();
        boolean isMoney();
    }

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

    /** The keys facts are linked by (records: cheaper to hash and compare than lists). */
    private record SubjectFamily(String subject, String family) {}
    private record ShareOf(String object, String metric, String docId) {}
    private record Ranked(String metric) {}
    private record SubjectMetric(String subject, String metric) {}

    /** The facts in batches of whole groups, each batch about {@code target} facts (a large group is a batch of its own). */
    static <T extends Linked> List<Batch<T>> of(List<T> facts, int target) {
        return of(facts, target, PARALLEL);
    }

    /** The same, the subject links made on every core from {@code parallel} facts up. */
    static <T extends Linked> List<Batch<T>> of(List<T> facts, int target, int parallel) {
        int n = facts.size();
        Partitions p = new Partitions(n);
        Set<String> rankedMetrics = new HashSet<>(), sides = new HashSet<>(), entities = new HashSet<>();
        List<T> rates = new ArrayList<>();
        boolean[] money = new boolean[n], derived = new boolean[n];
        boolean gaps = false;
        for (int i = 0; i < n; i++) {
            T f = facts.get(i);
            // a record ranks the subject's own figures, which its subject already links
            if (f.rank() != null && f.metric() != null && f.getRankOver() == null) rankedMetrics.add(f.metric());
            if (f.getGap() != null) gaps = true;
            if (f.compareOp() != null) {
                if (f.compareLeft() != null) sides.add(f.compareLeft());
                if (f.compareRight() != null) sides.add(f.compareRight());
            }
            money[i] = f.isMoney();
            if (EXCHANGE_RATE.equals(f.metric())) rates.add(f);
            derived[i] = "SHARE".equals(f.metricType()) && f.object() != null || f.changeOf() != null || f.numerator() != null || f.complementOf() != null;
            if (derived[i]) {
                if (f.subject() != null) entities.add(f.subject());
                if (f.object() != null) entities.add(f.object());
            }
        }
        // only what the rare comparisons, money in several currencies and derived figures need is indexed
        Map<Object, Integer> first = new HashMap<>();
        Map<String, Integer> byKey = new HashMap<>();
        Map<SubjectMetric, Set<String>> moneyUnits = new HashMap<>();
        Map<String, List<T>> bySubject = new HashMap<>();
        // a key is made only for a claim whose id ends a side's key after a slash: most claims are no side
        Set<String> sideEnds = new HashSet<>();
        for (String side : sides) {
            for (int k = side.indexOf('/'); k >= 0; k = side.indexOf('/', k + 1)) sideEnds.add(side.substring(k + 1));
        }
        for (int i = 0; i < n; i++) {
            T f = facts.get(i);
            if (!sideEnds.isEmpty() && sideEnds.contains(f.id()) && sides.contains(f.key())) byKey.put(f.key(), i);
            if (money[i] && !rates.isEmpty()) moneyUnits.computeIfAbsent(new SubjectMetric(f.subject(), f.metric()), k -> new HashSet<>(2)).add(f.unit());
            if (!entities.isEmpty() && f.subject() != null && entities.contains(f.subject())) bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>(4)).add(f);
        }
        boolean[] converts = new boolean[n];
        int[] sameSubject = sameSubjectAndFamily(facts, parallel);
        for (int i = 0; i < n; i++) {
            T f = facts.get(i);
            if (sameSubject[i] != i) p.union(sameSubject[i], i);
            if ("SHARE".equals(f.metricType())) link(p, first, new ShareOf(f.object(), f.metric(), f.docId()), i);
            if (f.metric() != null && !rankedMetrics.isEmpty() && rankedMetrics.contains(f.metric())) link(p, first, new Ranked(f.metric()), i);
            if (gaps && (f.getGap() != null || "EVENT_DATE".equals(f.metricType()))) link(p, first, "events", i);
            if (f.compareOp() != null) {
                for (String side : new String[] {f.compareLeft(), f.compareRight()}) {
                    Integer s = side == null ? null : byKey.get(side);
                    if (s != null) p.union(i, s);
                }
            }
            // exchange rates are read only for a figure whose subject and metric are given in several currencies
            converts[i] = money[i] && !rates.isEmpty() && moneyUnits.get(new SubjectMetric(f.subject(), f.metric())).size() > 1;
        }
        // the groups in the order of their first fact, each in the facts' order
        int[] groupOf = new int[n], size = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        int groups = 0;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int r = p.find(i);
            if (groupOf[r] < 0) groupOf[r] = groups++;
            order[i] = groupOf[r];
            size[order[i]]++;
        }
        int[] start = new int[groups + 1];
        for (int g = 0; g < groups; g++) start[g + 1] = start[g] + size[g];
        int[] sorted = new int[n], next = java.util.Arrays.copyOf(start, groups);
        for (int i = 0; i < n; i++) sorted[next[order[i]]++] = i;
        List<Batch<T>> batches = new ArrayList<>();
        int from = 0;
        for (int g = 0; g < groups; g++) {
            if (start[g] > from && start[g + 1] - from > target) {
                batches.add(withEvidence(facts, sorted, from, start[g], converts, derived, rates, bySubject));
                from = start[g];
            }
        }
        if (n > from) batches.add(withEvidence(facts, sorted, from, n, converts, derived, rates, bySubject));
        return batches;
    }

    /** Below this many facts the subject links are made on one thread. */
    static final int PARALLEL = 20_000;

    /**
     * For each fact, a fact with the same subject and metric family (itself when it is the first seen): the
     * link every fact has, so the one worth making on every core.
     */
    private static int[] sameSubjectAndFamily(List<? extends Linked> facts, int parallel) {
        int n = facts.size();
        int[] out = new int[n];
        Map<SubjectFamily, Integer> first = n < parallel ? new HashMap<>(2 * n) : new java.util.concurrent.ConcurrentHashMap<>(2 * n);
        java.util.function.IntConsumer each = i -> {
            Linked f = facts.get(i);
            Integer other = first.putIfAbsent(new SubjectFamily(f.subject(), f.family()), i);
            out[i] = other == null ? i : other;
        };
        if (n < parallel) for (int i = 0; i < n; i++) each.accept(i);
        else java.util.stream.IntStream.range(0, n).parallel().forEach(each);
        return out;
    }

    /** A batch with the claims of other groups its rules read: exchange rates, a share's or quotient's part and whole, a change's levels. */
    private static <T extends Linked> Batch<T> withEvidence(List<T> facts, int[] sorted, int from, int to, boolean[] converts, boolean[] derived,
                                                            List<T> rates, Map<String, List<T>> bySubject) {
        List<T> own = new ArrayList<>(to - from);
        boolean convert = false, derive = false;
        for (int k = from; k < to; k++) {
            int i = sorted[k];
            own.add(facts.get(i));
            convert |= converts[i];
            derive |= derived[i];
        }
        if (!convert && !derive) return new Batch<>(own, List.of()); // most batches read nothing from elsewhere
        Map<T, Boolean> mine = new IdentityHashMap<>();
        own.forEach(f -> mine.put(f, true));
        Map<T, Boolean> extra = new IdentityHashMap<>();
        for (int k = from; k < to; k++) {
            if (!derived[sorted[k]]) continue;
            T f = facts.get(sorted[k]);
            for (String entity : new String[] {f.subject(), f.object()}) {
                if (entity == null) continue;
                for (T e : bySubject.getOrDefault(entity, List.of())) if (!mine.containsKey(e)) extra.put(e, true);
            }
        }
        if (convert) for (T r : rates) if (!mine.containsKey(r)) extra.put(r, true);
        return new Batch<>(own, new ArrayList<>(extra.keySet()));
    }
}
