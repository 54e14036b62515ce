package org.claimgraph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.ClaimGraph.AddResult;
import org.claimgraph.ClaimGraph.Similar;
import org.claimgraph.ClaimGraph.VerdictChange;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.ingest.ClaimDocument;
import org.claimgraph.ingest.ClaimDocumentReader;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Period;
import org.claimgraph.model.Document;
import org.claimgraph.model.MetricType;
import org.claimgraph.model.Verdict;
import org.claimgraph.search.Similarity;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.vocab.Vocabulary;

/**
 * Writes by journalists and programs: an addition validated, matched against what is stored, written and
 * checked at once (re-checking only what it can touch), a retraction with its reason; concurrent writers
 * share one commit.
 */
final class Writes {
    /** Minimum text similarity (0–1) for an existing claim to count as a likely duplicate. */
    static final double DUPLICATE_SIMILARITY = 0.5;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ClaimGraph cg;
    private final ClaimStore store;

    Writes(ClaimGraph cg, ClaimStore store) {
        this.cg = cg;
        this.store = store;
    }

    /** See {@link ClaimGraph#add}. */
    AddResult add(String name, String json, Function<String, String> siblings, String author, String reason,
                         boolean force, String linkTo) {
        Read early = readEarly(name, json, siblings);
        return commit(() -> addNow(name, json, siblings, early, author, reason, force, linkTo));
    }

    /**
     * One writer's part of a batch, its store writes done: the claims whose neighbourhood the batch's one
     * re-check covers, the claims it created (new to the store, so changed for nobody), and its answer from
     * that re-check.
     */
    private record Staged<T>(List<Claim> touched, Set<String> created, Function<Recheck, T> answer) {}

    /** One write waiting for the next group commit, and what became of it. */
    private static final class Pending<T> {
        final java.util.function.Supplier<Staged<T>> work;
        Staged<T> staged;
        T result;
        RuntimeException error;
        boolean done;

        Pending(java.util.function.Supplier<Staged<T>> work) { this.work = work; }

        void stage() { staged = work.get(); }

        void answer(Recheck r) { result = staged.answer().apply(r); }

        T outcome() {
            if (error != null) throw error;
            if (result == null) throw new IllegalStateException("the write was not committed");
            return result;
        }
    }

    private final java.util.concurrent.ConcurrentLinkedQueue<Pending<?>> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Object commitLock = new Object();
    /** Whether a writer is running a batch (guarded by the commit lock, which is held only to change it). */
    private boolean committing;
    /** How many writers the last group commit held, and how long it took (written under the commit lock, read by the next batch's runner). */
    private int lastBatch = 1;
    private long lastCommitNanos;
    /** The longest a commit waits for company, whatever the last one cost. */
    static final long MAX_LINGER_NANOS = 50_000_000;

    /**
     * When the last commit held several writers, waits until as many have queued again, for at most half
     * of what that commit took: writers just answered are about to come back, and one commit for all of
     * them (its syncs to disk cost the same for one writer or sixteen) costs less than two for halves. A
     * lone writer never waits.
     */
    private void awaitCompany() {
        if (lastBatch <= 1) return;
        long deadline = System.nanoTime() + Math.min(MAX_LINGER_NANOS, lastCommitNanos / 2);
        while (pending.size() < lastBatch && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(200_000);
        }
    }

    /**
     * Group commit: writers queue their work; the first to find no batch running runs everything queued so far in one
     * store transaction, re-checks what all of it touched at once and commits once, so concurrent writers
     * share the cost of the re-check and of making a write durable instead of paying them one after another.
     * Nobody returns before the commit that holds their write.
     */
    private <T> T commit(java.util.function.Supplier<Staged<T>> work) {
        Pending<T> mine = new Pending<>(work);
        pending.add(mine);
        synchronized (commitLock) {
            // a writer whose batch is done leaves at once, not after the next batch (the lock is not held while one runs)
            while (!mine.done && committing) {
                try {
                    commitLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the commit", e);
                }
            }
            if (mine.done) return mine.outcome();
            committing = true;
        }
        List<Pending<?>> batch = new ArrayList<>();
        long t = System.nanoTime();
        try {
            awaitCompany();
            for (Pending<?> p; (p = pending.poll()) != null;) batch.add(p);
            commitBatch(batch);
        } finally {
            synchronized (commitLock) {
                batch.forEach(p -> p.done = true); // even after an unexpected failure: nobody waits for ever
                lastBatch = batch.size();
                lastCommitNanos = System.nanoTime() - t;
                committing = false;
                commitLock.notifyAll();
            }
        }
        return mine.outcome();
    }

    /**
     * Runs a batch in one transaction. A refused writer may have written part of its work before the
     * refusal: the transaction is then aborted and the others run again without it, so a refusal stores
     * nothing and nobody else's write is lost. Any other failure leaves each writer to run alone.
     */
    private void commitBatch(List<Pending<?>> batch) {
        List<Pending<?>> left = new ArrayList<>(batch);
        while (!left.isEmpty()) {
            List<Pending<?>> refused = new ArrayList<>();
            try {
                store.write(() -> {
                    for (Pending<?> p : left) {
                        try {
                            p.stage();
                        } catch (BadInputException e) {
                            p.error = e;
                            refused.add(p);
                            throw e;
                        }
                    }
                    Set<String> created = new HashSet<>();
                    left.forEach(p -> created.addAll(p.staged.created()));
                    List<Recheck> checked = recheck(left.stream().map(p -> p.staged.touched()).toList(), created);
                    for (int i = 0; i < left.size(); i++) left.get(i).answer(checked.get(i));
                    return null;
                });
                left.forEach(p -> p.done = true);
                return;
            } catch (RuntimeException e) {
                cg.forgetVocabulary(); // entities the aborted writers added: read again from the store
                if (!refused.isEmpty()) {
                    refused.forEach(p -> p.done = true);
                    left.removeAll(refused);
                } else if (left.size() > 1) {
                    for (Pending<?> p : List.copyOf(left)) commitBatch(new ArrayList<>(List.of(p)));
                    return;
                } else {
                    left.get(0).error = e;
                    left.get(0).done = true;
                    return;
                }
            }
        }
    }

    /** A claim document read against one vocabulary from one completed text: the same two give the same reading. */
    private record Read(Vocabulary vocabulary, String json, ClaimDocument document) {}

    /**
     * Reads an addition on the writer's own thread before it queues, beside the running commit (the store
     * as last committed, the vocabulary as it is now); null when that reading fails, to be repeated, and
     * the failure reported, in the batch.
     */
    private Read readEarly(String name, String json, Function<String, String> siblings) {
        try {
            Vocabulary v = cg.vocabulary();
            String full = completeDocument(name, json, id -> store.committedDocuments(Set.of(id)).stream().findFirst().orElse(null));
            return new Read(v, full, new ClaimDocumentReader(v.copy(), cg.settings()).read(name, full, siblings));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Staged<AddResult> addNow(String name, String json, Function<String, String> siblings, Read early, String author, String reason,
                                     boolean force, String linkTo) {
        String full = completeDocument(name, json, id -> store.documents(Set.of(id)).stream().findFirst().orElse(null));
        // the early reading stands unless the batch changed what it was read against (the document or the vocabulary)
        ClaimDocument cd = early != null && early.json().equals(full) && early.vocabulary() == cg.vocabulary()
                ? early.document() : cg.reader().read(name, full, siblings);
        if (cd.document() == null) throw new BadInputException(name + ": field \"document\": missing (the document the claims belong to)");
        if (cd.claims().isEmpty()) throw new BadInputException(name + ": field \"claims\": no claim to add");
        Map<String, Claim> existing = new HashMap<>();
        for (Claim c : cd.claims()) store.claim(c.key()).ifPresent(old -> existing.put(old.key(), old));
        for (Claim c : cd.claims()) {
            if (existing.containsKey(c.key()) && reason == null) {
                throw new BadInputException(name + ": claim \"" + c.id() + "\": field \"id\": document " + c.docId()
                        + " already has this claim; give a reason to revise it");
            }
        }
        Map<String, String> repeats = new HashMap<>();
        if (linkTo != null) {
            if (cd.claims().size() != 1) throw new BadInputException(name + ": link: only one claim can be linked at a time");
            if (!linkTo.matches("[a-z0-9][a-z0-9-]{0,79}/[a-z0-9][a-z0-9-]{0,79}")) {
                throw BadInputException.field("link", "link: \"" + org.claimgraph.ingest.Inputs.shorten(linkTo) + "\" is not a claim key (document-id/claim-id)");
            }
            if (store.claim(linkTo).isEmpty()) {
                throw new BadInputException("link: no claim \"" + linkTo + "\" in the store");
            }
            repeats.put(cd.claims().get(0).key(), linkTo);
        }
        List<Similar> similar = similar(cd.claims(), existing.keySet());
        if (!similar.isEmpty() && !force && linkTo == null && reason == null) {
            return new Staged<>(List.of(), Set.of(), r -> new AddResult(false, similar, List.of(), List.of(), List.of(), 0));
        }
        // entities, definitions, claims and the verdicts they change in the batch's one transaction: a refusal anywhere stores nothing
        if (!cd.entities().isEmpty() || !cd.definitions().isEmpty()) {
            store.load(List.of(new ClaimDocument(null, List.of(), cd.entities(), cd.definitions())), Map.of(), author, reason);
        }
        List<ClaimStore.Change> changes = store.addClaims(cd.document(), cd.claims(), author, reason, repeats);
        List<Claim> touched = new ArrayList<>(cd.claims());
        touched.addAll(existing.values());
        Set<String> newKeys = cd.claims().stream().map(Claim::key).collect(Collectors.toSet());
        Set<String> created = new HashSet<>(newKeys);
        created.removeAll(existing.keySet());
        // the next writer in the batch, and the batch's re-check, see these entities; an aborted batch reads the vocabulary again
        cg.learn(cd.entities(), cd.definitions());
        return new Staged<>(touched, created, r -> {
            Map<String, Assessment> byClaim = new HashMap<>();
            r.assessments().forEach(a -> byClaim.put(a.claim(), a));
            // in the order of the claims, as the changes are
            List<Assessment> mine = cd.claims().stream().map(c -> byClaim.get(c.key())).filter(Objects::nonNull).toList();
            List<VerdictChange> changed = r.changed().stream().filter(v -> !newKeys.contains(v.claim())).toList();
            return new AddResult(true, similar, changes, mine, changed, r.assessments().size());
        });
    }

    /** See {@link ClaimGraph#retract}. */
    List<VerdictChange> retract(String claimKey, String author, String reason) {
        if (reason == null || reason.isBlank()) throw new BadInputException("retract: a reason is required");
        return commit(() -> {
            Claim found = store.claim(claimKey).orElseThrow(() -> new BadInputException("retract: no claim \"" + claimKey + "\" in the store"));
            store.retract(claimKey, author, reason);
            return new Staged<>(List.of(found), Set.of(), Recheck::changed);
        });
    }

    /** One writer's share of a batch's re-check: the assessments of the claims near its write, and their verdicts that changed. */
    private record Recheck(List<Assessment> assessments, List<VerdictChange> changed) {}

    /**
     * Re-checks, once for a whole batch, the claims its writes can touch: those sharing a subject, object or
     * metric with a written claim (the rules join on nothing else), using as evidence every claim that bears
     * on those. Each writer gets the claims near its own write; a verdict counts as changed against the
     * store as it was before the batch, so claims the batch created are changed for nobody.
     */
    private List<Recheck> recheck(List<List<Claim>> touchedBy, Set<String> created) {
        Set<String> entities = new HashSet<>(), metrics = new HashSet<>(), keys = new HashSet<>();
        Map<String, Claim> near = new HashMap<>();
        List<List<String>> nearBy = new ArrayList<>();
        for (List<Claim> touched : touchedBy) {
            Set<String> e = new HashSet<>(), m = new HashSet<>(), k = new HashSet<>();
            for (Claim c : touched) addKeys(c, e, m, k);
            List<String> mine = new ArrayList<>();
            if (!touched.isEmpty()) {
                for (Claim c : store.claimsTouching(e, m, k)) {
                    near.putIfAbsent(c.key(), c);
                    mine.add(c.key());
                }
            }
            nearBy.add(mine);
            entities.addAll(e);
            metrics.addAll(m);
            keys.addAll(k);
        }
        List<Recheck> out = new ArrayList<>();
        if (near.isEmpty()) {
            touchedBy.forEach(t -> out.add(new Recheck(List.of(), List.of())));
            return out;
        }
        Set<String> e2 = new HashSet<>(entities), m2 = new HashSet<>(metrics), k2 = new HashSet<>(keys), wide = new HashSet<>();
        for (Claim c : near.values()) {
            addKeys(c, e2, m2, k2);
            if (c.rank() != null && c.metric() != null) wide.add(c.metric());
            if (c.between() != null) {
                cg.vocabulary().metrics().stream().filter(m -> m.type() == MetricType.EVENT_DATE).forEach(m -> wide.add(m.id()));
            }
        }
        // the sides of comparisons bring their own evidence
        for (Claim side : store.claimsTouching(Set.of(), Set.of(), k2)) addKeys(side, e2, m2, k2);
        Map<String, Claim> byKey = new HashMap<>();
        for (Claim c : store.claimsTouching(e2, m2, k2)) byKey.put(c.key(), c);
        if (!wide.isEmpty()) for (Claim c : store.claimsOnMetrics(wide)) byKey.put(c.key(), c);
        List<Claim> evidence = new ArrayList<>(byKey.values());
        Set<String> docIds = evidence.stream().map(Claim::docId).collect(Collectors.toSet());
        Map<String, Assessment> checked = new HashMap<>();
        for (Assessment a : cg.checker().check(store.documents(docIds), evidence)) {
            if (near.containsKey(a.claim())) checked.put(a.claim(), a);
        }
        Map<String, Verdict> before = store.verdictsOf(near.keySet());
        store.replaceAssessments(List.copyOf(checked.values()), cg.rules().version());
        for (List<String> mine : nearBy) {
            List<Assessment> assessments = new ArrayList<>();
            List<VerdictChange> diff = new ArrayList<>();
            for (String k : mine) {
                Assessment a = checked.get(k);
                if (a == null) continue;
                assessments.add(a);
                Verdict old = before.get(k);
                if (!created.contains(k) && old != a.verdict()) {
                    diff.add(new VerdictChange(k, old, a.verdict(), a.reason()));
                }
            }
            out.add(new Recheck(assessments, diff));
        }
        return out;
    }

    private static void addKeys(Claim c, Set<String> entities, Set<String> metrics, Set<String> keys) {
        if (c.subject() != null) entities.add(c.subject());
        if (c.object() != null) entities.add(c.object());
        if (c.metric() != null) metrics.add(c.metric());
        keys.add(c.key());
        if (c.compares() != null) { keys.add(c.compares().left()); keys.add(c.compares().right()); }
        if (c.between() != null) {
            entities.add(c.between().from().subject());
            if (!c.between().toClaimDate()) entities.add(c.between().to().subject());
        }
    }

    /** Existing claims on the same subject, metric and period with a figure that could be the same, or whose words are much alike. */
    private List<Similar> similar(List<Claim> claims, Set<String> revising) {
        List<Similar> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Claim c : claims) {
            if (c.subject() == null) continue;
            List<Claim> candidates = store.claimsTouching(Set.of(c.subject()), Set.of(), Set.of());
            Map<String, Verdict> verdicts = store.verdictsOf(candidates.stream().map(Claim::key).toList());
            for (Claim o : candidates) {
                if (o.key().equals(c.key()) || revising.contains(o.key()) || !seen.add(o.key())) continue;
                String why = null;
                boolean samePeriod = samePeriod(c.period(), o.period());
                if (Objects.equals(c.metric(), o.metric()) && Objects.equals(c.subject(), o.subject()) && samePeriod
                        && (c.object() == null || o.object() == null || Objects.equals(c.object(), o.object())) && sameFigure(c, o)) {
                    why = "same subject, metric and period";
                } else {
                    double sim = Math.max(Similarity.of(c.statement(), o.statement()), Similarity.of(c.quote(), o.quote()));
                    if (sim >= DUPLICATE_SIMILARITY) why = "similar wording (" + Math.round(sim * 100) + "%)";
                }
                if (why != null) {
                    out.add(new Similar(o, verdicts.get(o.key()), why));
                }
            }
        }
        return out;
    }


    /**
     * Whether two periods are the same for a repeat: either unknown, or sharing most of each (as rules compare
     * totals, period.comparableShare); a season is not its year, nor a month its quarter.
     */
    private boolean samePeriod(Period a, Period b) {
        if (a == null || b == null) return true;
        if (!a.bounded() || !b.bounded()) return a.overlaps(b);
        long o = a.overlapDays(b);
        double share = cg.settings().comparableShare();
        return o >= share * a.days() && o >= share * b.days();
    }

    /**
     * Whether two claims on one subject, metric and period could give one figure: a different figure is a source
     * to check the claim against (or one it contradicts), not a repeat. Figures in other units or bases may be one.
     */
    private static boolean sameFigure(Claim a, Claim b) {
        var x = a.value();
        var y = b.value();
        if (x == null || y == null || !Objects.equals(x.unit(), y.unit()) || !Objects.equals(x.basis(), y.basis())) return true;
        return Objects.equals(x.per(), y.per()) && x.low() <= y.high() && y.low() <= x.high();
    }

    /** A "document" that gives only the id of a stored document is completed from the store. */
    private static String completeDocument(String name, String json, Function<String, Document> stored) {
        try {
            JsonNode root = MAPPER.readTree(json);
            JsonNode d = root == null ? null : root.get("document");
            if (d == null || !d.isObject() || d.size() != 1 || !d.has("id")) return json;
            Document doc = stored.apply(d.get("id").asText());
            if (doc == null) {
                throw new BadInputException(name + ": field \"document\": no document \"" + d.get("id").asText()
                        + "\" in the store; give its title, language, publisher, published and tier to create it");
            }
            ObjectNode full = MAPPER.createObjectNode().put("id", doc.id()).put("title", doc.title()).put("language", doc.language())
                    .put("publisher", doc.publisher()).put("published", doc.publishedLabel()).put("kind", doc.kind().json)
                    .put("tier", doc.tier().json);
            if (doc.author() != null) full.put("author", doc.author());
            if (doc.url() != null) full.put("url", doc.url());
            if (doc.text() != null) full.put("text", doc.text());
            ((ObjectNode) root).set("document", full);
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            return json; // the reader reports it with line and column
        }
    }
}
