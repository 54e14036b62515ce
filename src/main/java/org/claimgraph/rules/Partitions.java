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
    private record SubjectFamily(String subject, String family) {
        // written out, as Checker.ScopeGroup's: every fact makes one, on every core
        @Override public boolean equals(Object o) {
            return o instanceof SubjectFamily k && java.util.Objects.equals(subject, k.subject) && java.util.Objects.equals(family, k.family);
        }

        @Override public int hashCode() { return java.util.Objects.hashCode(subject) * 31 + java.util.Objects.hashCode(family); }
    }
    private record ShareOf(String object, String metric, String docId) {}
    private record Ranked(String metric) {}
    private record SubjectMetric(String subject, String metric) {}

    /** The facts in batches of whole groups, each batch about {@code target} facts (a large group is a batch of its own). */
    static <T extends Linked> List<Batch<T>> of(List<T> facts, int target) {
        return of(facts, target, PARALLEL);
    }

    /** What a fact is, as the links need it: one bit each, read once from the fact (on every core for many facts). */
    private static final int MONEY = 1, DERIVED = 2, RATE = 4, GAP = 8, RANK = 16, COMPARES = 32, SHARE = 64, EVENT = 128;

    /** What the sets of the rare facts name in a fact: it is a comparison's side, on a ranked metric, on a derived figure's entity. */
    private static final int SIDE = 1, RANKED = 2, NEAR_DERIVED = 4;

    private static <T extends Linked> int kinds(T f) {
        int k = 0;
        if (f.isMoney()) k |= MONEY;
        String type = f.metricType();
        if ("SHARE".equals(type)) k |= SHARE;
        if ("EVENT_DATE".equals(type)) k |= EVENT;
        if ("SHARE".equals(type) && f.object() != null || f.changeOf() != null || f.numerator() != null || f.complementOf() != null) k |= DERIVED;
        if (EXCHANGE_RATE.equals(f.metric())) k |= RATE;
        if (f.getGap() != null) k |= GAP;
        // a record ranks the subject's own figures, which its subject already links
        if (f.rank() != null && f.metric() != null && f.getRankOver() == null) k |= RANK;
        if (f.compareOp() != null) k |= COMPARES;
        return k;
    }

    /** Runs {@code each} for 0..n-1, on every core from {@code parallel} up (each index writes only its own array slots). */
    private static void forEach(int n, int parallel, java.util.function.IntConsumer each) {
        if (n < parallel) for (int i = 0; i < n; i++) each.accept(i);
        else java.util.stream.IntStream.range(0, n).parallel().forEach(each);
    }

    /** The same, the links made on every core from {@code parallel} facts up. */
    static <T extends Linked> List<Batch<T>> of(List<T> facts, int target, int parallel) {
        int n = facts.size();
        Partitions p = new Partitions(n);
        byte[] kind = new byte[n];
        forEach(n, parallel, i -> kind[i] = (byte) kinds(facts.get(i)));
        Set<String> rankedMetrics = new HashSet<>(), sides = new HashSet<>(), entities = new HashSet<>();
        List<T> rates = new ArrayList<>();
        boolean gaps = false;
        // only the rare ranks, comparisons, exchange rates and derived figures are read again here
        for (int i = 0; i < n; i++) {
            int k = kind[i];
            if ((k & (RANK | GAP | COMPARES | RATE | DERIVED)) == 0) continue;
            T f = facts.get(i);
            if ((k & RANK) != 0) rankedMetrics.add(f.metric());
            if ((k & GAP) != 0) gaps = true;
            if ((k & COMPARES) != 0) {
                if (f.compareLeft() != null) sides.add(f.compareLeft());
                if (f.compareRight() != null) sides.add(f.compareRight());
            }
            if ((k & RATE) != 0) rates.add(f);
            if ((k & DERIVED) != 0) {
                if (f.subject() != null) entities.add(f.subject());
                if (f.object() != null) entities.add(f.object());
            }
        }
        // a key is made only for a claim whose id ends a side's key after a slash: most claims are no side
        Set<String> sideEnds = new HashSet<>();
        for (String side : sides) {
            for (int k = side.indexOf('/'); k >= 0; k = side.indexOf('/', k + 1)) sideEnds.add(side.substring(k + 1));
        }
        // which facts those sets name, looked up on every core: a side, a fact on a ranked metric, one on a derived figure's entity
        boolean withRates = !rates.isEmpty();
        byte[] named = new byte[n];
        if (!sideEnds.isEmpty() || !rankedMetrics.isEmpty() || !entities.isEmpty()) {
            forEach(n, parallel, i -> {
                T f = facts.get(i);
                int k = 0;
                if (!sideEnds.isEmpty() && sideEnds.contains(f.id()) && sides.contains(f.key())) k |= SIDE;
                if (!rankedMetrics.isEmpty() && f.metric() != null && rankedMetrics.contains(f.metric())) k |= RANKED;
                if (!entities.isEmpty() && f.subject() != null && entities.contains(f.subject())) k |= NEAR_DERIVED;
                named[i] = (byte) k;
            });
        }
        Map<Object, Integer> first = new HashMap<>();
        Map<String, Integer> byKey = new HashMap<>();
        Map<SubjectMetric, Set<String>> moneyUnits = new HashMap<>();
        Map<String, List<T>> bySubject = new HashMap<>();
        for (int i = 0; i < n; i++) {
            boolean money = withRates && (kind[i] & MONEY) != 0;
            if (named[i] == 0 && !money) continue;
            T f = facts.get(i);
            if ((named[i] & SIDE) != 0) byKey.put(f.key(), i);
            if (money) moneyUnits.computeIfAbsent(new SubjectMetric(f.subject(), f.metric()), k -> new HashSet<>(2)).add(f.unit());
            if ((named[i] & NEAR_DERIVED) != 0) bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>(4)).add(f);
        }
        boolean[] converts = new boolean[n];
        int[] sameSubject = sameSubjectAndFamily(facts, parallel);
        for (int i = 0; i < n; i++) {
            if (sameSubject[i] != i) p.union(sameSubject[i], i);
            int k = kind[i];
            if ((k & (SHARE | COMPARES | EVENT | GAP)) == 0 && (named[i] & RANKED) == 0 && !(withRates && (k & MONEY) != 0)) continue;
            T f = facts.get(i);
            if ((k & SHARE) != 0) link(p, first, new ShareOf(f.object(), f.metric(), f.docId()), i);
            if ((named[i] & RANKED) != 0) link(p, first, new Ranked(f.metric()), i);
            if (gaps && (k & (GAP | EVENT)) != 0) link(p, first, "events", i);
            if ((k & COMPARES) != 0) {
                for (String side : new String[] {f.compareLeft(), f.compareRight()}) {
                    Integer s = side == null ? null : byKey.get(side);
                    if (s != null) p.union(i, s);
                }
            }
            // exchange rates are read only for a figure whose subject and metric are given in several currencies
            converts[i] = withRates && (k & MONEY) != 0 && moneyUnits.get(new SubjectMetric(f.subject(), f.metric())).size() > 1;
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
                batches.add(withEvidence(facts, sorted, from, start[g], converts, kind, rates, bySubject));
                from = start[g];
            }
        }
        if (n > from) batches.add(withEvidence(facts, sorted, from, n, converts, kind, rates, bySubject));
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
    private static <T extends Linked> Batch<T> withEvidence(List<T> facts, int[] sorted, int from, int to, boolean[] converts, byte[] kind,
                                                            List<T> rates, Map<String, List<T>> bySubject) {
        List<T> own = new ArrayList<>(to - from);
        boolean convert = false, derive = false;
        for (int k = from; k < to; k++) {
            int i = sorted[k];
            own.add(facts.get(i));
            convert |= converts[i];
            derive |= (kind[i] & DERIVED) != 0;
        }
        if (!convert && !derive) return new Batch<>(own, List.of()); // most batches read nothing from elsewhere
        Map<T, Boolean> mine = new IdentityHashMap<>();
        own.forEach(f -> mine.put(f, true));
        Map<T, Boolean> extra = new IdentityHashMap<>();
        for (int k = from; k < to; k++) {
            if ((kind[sorted[k]] & DERIVED) == 0) continue;
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
