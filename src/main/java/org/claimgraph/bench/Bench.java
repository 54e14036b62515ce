package org.claimgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.ClaimDocument;
import org.claimgraph.ingest.ClaimDocumentReader;
import org.claimgraph.ingest.ReadAhead;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Verdict;
import org.claimgraph.rules.Checker;
import org.claimgraph.rules.RuleBase;
import org.claimgraph.server.ClaimServer;

/**
 * One benchmark run in a folder of its own: load a synthetic graph with planted answers, check it with
 * the rules, with the same checks as SPARQL queries and with a hand-written hash join, time single adds
 * and concurrent writers over HTTP, and measure memory.
 */
public final class Bench {

    /** The file that marks a folder as a benchmark's own, safe to wipe. */
    public static final String MARKER = ".claimgraph-bench";

    /** Adds go to the first groups of the graph, which every run of at least {@link #MIN_CLAIMS} claims has. */
    private static final int ADD_GROUPS = 300;
    public static final int MIN_CLAIMS = 1000;

    private Bench() {}

    /**
     * Makes {@code folder} ready for a fresh run: created when absent, wiped when it holds an earlier run,
     * refused when it holds anything else (a user's store, say).
     */
    public static void prepare(Path folder) {
        try {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) throw new IllegalArgumentException("--data: " + folder + " is a file, not a folder");
                boolean empty;
                try (Stream<Path> s = Files.list(folder)) {
                    empty = s.findAny().isEmpty();
                }
                if (!empty && !Files.isRegularFile(folder.resolve(MARKER))) {
                    throw new IllegalArgumentException("--data: " + folder + " holds files that are not an earlier benchmark run (no " + MARKER
                            + " in it); bench writes only into an empty folder or its own earlier run");
                }
                try (Stream<Path> s = Files.walk(folder)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) if (!p.equals(folder)) Files.delete(p);
                }
            }
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(MARKER), "a claimgraph bench run; the folder is wiped by the next one\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("--data: " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The figures of one run, in the order they are printed: the batch steps, then the writes, both in this JVM. */
    public static Map<String, Object> run(Path folder, int claims, int adds, int writers, PrintWriter progress) throws Exception {
        return run(folder, claims, adds, writers, WARM_UP_ROUNDS, progress);
    }

    /** The same with fewer warm-up passes: a test of the answers, not of the times. */
    static Map<String, Object> run(Path folder, int claims, int adds, int writers, int warmUpRounds, PrintWriter progress) throws Exception {
        Map<String, Object> batch = batch(folder, claims, warmUpRounds, progress);
        return merged(batch, writes(folder, claims, adds, writers, warmUpRounds, progress));
    }

    /**
     * The batch steps, in a fresh folder: load, the full check, the rules alone, the evidence rules alone and
     * both baselines, with this JVM's memory. The store is left in the folder for {@link #writes}.
     */
    public static Map<String, Object> batch(Path folder, int claims, PrintWriter progress) throws Exception {
        return batch(folder, claims, WARM_UP_ROUNDS, progress);
    }

    private static Map<String, Object> batch(Path folder, int claims, int warmUpRounds, PrintWriter progress) throws Exception {
        try (HeapWatch heap = new HeapWatch()) {
            Map<String, Object> f = checks(folder, claims, warmUpRounds, progress);
            memory(f, heap, "batch_gc");
            return f;
        }
    }

    /** Single adds and concurrent writers over HTTP on the store {@link #batch} left in {@code folder}, with this JVM's memory. */
    public static Map<String, Object> writes(Path folder, int claims, int adds, int writers, PrintWriter progress) throws Exception {
        return writes(folder, claims, adds, writers, WARM_UP_ROUNDS, progress);
    }

    private static Map<String, Object> writes(Path folder, int claims, int adds, int writers, int warmUpRounds, PrintWriter progress) throws Exception {
        try (HeapWatch heap = new HeapWatch()) {
            Map<String, Object> f = timedWrites(folder, Math.min(WARM_UP, claims), adds, writers, warmUpRounds, progress);
            memory(f, heap, "writes_gc");
            return f;
        }
    }

    /** The figures both parts name once: memory the larger of the two (two JVMs, or one measured twice), the collectors each ran under. */
    public static Map<String, Object> merged(Map<String, Object> batch, Map<String, Object> writes) {
        Map<String, Object> f = new LinkedHashMap<>();
        batch.forEach((k, v) -> { if (!MEMORY.contains(k)) f.put(k, v); });
        writes.forEach((k, v) -> { if (!MEMORY.contains(k)) f.put(k, v); });
        for (String k : List.of("heap_mb", "heap_after_gc_mb", "rss_mb")) {
            f.put(k, Math.max(((Number) batch.get(k)).longValue(), ((Number) writes.get(k)).longValue()));
        }
        f.put("batch_gc", batch.get("batch_gc"));
        f.put("writes_gc", writes.get("writes_gc"));
        return f;
    }

    /** The keys {@link #merged} combines rather than copies. */
    private static final java.util.Set<String> MEMORY = java.util.Set.of("heap_mb", "heap_after_gc_mb", "rss_mb", "batch_gc", "writes_gc");

    private static void memory(Map<String, Object> f, HeapWatch heap, String gcKey) {
        f.put("heap_mb", heap.peakMb());
        f.put("heap_after_gc_mb", heap.afterCollectionMb());
        f.put("rss_mb", peakRssMb());
        f.put(gcKey, String.join(", ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList()));
    }

    private static Map<String, Object> checks(Path folder, int claims, int warmUpRounds, PrintWriter progress) throws Exception {
        prepare(folder);
        // the SPARQL baseline takes minutes a run at a million claims: once there; the engine's steps always three times
        int sparqlRuns = claims <= MANY_CLAIMS ? RUNS : 1;
        Map<String, Object> f = new LinkedHashMap<>();
        Runtime rt = Runtime.getRuntime();
        f.put("cores", rt.availableProcessors());
        f.put("max_heap_mb", maxHeapMb());
        int warmUp = Math.min(WARM_UP, claims); // a small run is not warmed by a larger one
        RuleBase evidenceRules = RuleBase.shippedFiles(EVIDENCE_RULES);
        warmUpChecks(folder.resolve("warm-up"), warmUp, warmUpRounds, evidenceRules);
        f.put("warm_up_claims", warmUp);
        try (ClaimGraph cg = ClaimGraph.open("tdb2", folder.resolve("store"), null)) {
            cg.rules();
            // the generated texts and parsed documents are dropped here: only the answers stay beside the store
            Map<String, Workload.Planted> planted = load(cg, claims, f, progress);

            System.gc(); // each timed step starts from a collected heap, not the load's garbage
            long t1 = System.nanoTime();
            // each planted answer is marked as its verdict is made: the check holds no list of assessments
            int[] right = new int[2];
            Map<String, int[]> families = new LinkedHashMap<>();
            planted.values().forEach(p -> families.computeIfAbsent(p.family(), k -> new int[2])[0]++);
            List<String> wrong = new ArrayList<>();
            ClaimGraph.CheckRun run = cg.checkRun(a -> {
                Workload.Planted p = planted.get(a.claim());
                if (p == null) return;
                right[1]++;
                if (a.verdict() == p.verdict() && (p.caveat() == null || a.caveats().contains(p.caveat()))) {
                    right[0]++;
                    families.get(p.family())[1]++;
                } else if (wrong.size() < 5) {
                    wrong.add(a.claim() + " (" + p.family() + "): want " + p.verdict() + ", got " + a.verdict() + " " + a.caveats() + ": " + a.reason());
                }
            });
            if (right[1] < planted.size()) wrong.add((planted.size() - right[1]) + " planted claims got no assessment");
            f.put("check_s", round(secs(t1)));
            f.put("read_s", round(run.readSeconds()));
            f.put("save_s", round(run.saveSeconds()));
            // the same full check of the unchanged store: the rules run over every claim, and only verdicts that changed (none) are written
            System.gc();
            long t2 = System.nanoTime();
            ClaimGraph.CheckRun again = cg.checkRun();
            f.put("recheck_s", round(secs(t2)));
            f.put("recheck_written", again.written());
            // the rules again on their own (the check's own run waited for its writes), each timed figure a median of the same number of runs
            var documents = cg.store().documents();
            var all = cg.store().claims();
            Checker checker = new Checker(cg.rules(), cg.vocabulary(), cg.settings());
            Timed rules = Timed.median(RUNS, () -> checker.check(documents, all, part -> { }));
            f.put("timed_runs", RUNS);
            f.put("sparql_timed_runs", sparqlRuns);
            f.put("rules_s", round(rules.wall()));
            f.put("rules_cpu_s", round(rules.cpu()));
            f.put("planted", planted.size());
            f.put("planted_right", right[0]);
            Map<String, String> perFamily = new LinkedHashMap<>();
            families.forEach((k, v) -> perFamily.put(k, v[1] + "/" + v[0]));
            f.put("planted_by_family", perFamily);
            wrong.forEach(w -> progress.println("planted answer wrong: " + w));
            progress.printf(Locale.ROOT, "checked in %.1f s (rules %.1f s, median of %d)%n", (double) f.get("check_s"), rules.wall(), RUNS);

            List<Map<String, SparqlBaseline.Answer>> answers = new ArrayList<>();
            Timed baseline = Timed.median(sparqlRuns, () -> keepFirst(answers, SparqlBaseline.run(cg.store())));
            Map<String, SparqlBaseline.Answer> sparql = answers.get(0);
            f.put("sparql_baseline_s", round(baseline.wall()));
            f.put("sparql_baseline_cpu_s", round(baseline.cpu()));
            int sparqlRight = 0;
            for (var e : planted.entrySet()) {
                SparqlBaseline.Answer a = sparql.getOrDefault(e.getKey(), new SparqlBaseline.Answer(Verdict.UNSUPPORTED, java.util.Set.of()));
                if (a.verdict() == e.getValue().verdict() && (e.getValue().caveat() == null || a.caveats().contains(e.getValue().caveat()))) sparqlRight++;
            }
            f.put("sparql_planted_right", sparqlRight);
            progress.printf(Locale.ROOT, "SPARQL baseline in %.1f s (median of %d)%n", baseline.wall(), sparqlRuns);

            List<Map<String, Verdict>> joins = new ArrayList<>();
            Timed join = Timed.median(RUNS, () -> keepFirst(joins, HashJoin.run(documents, all)));
            Map<String, Verdict> joined = joins.get(0);
            f.put("hash_join_s", round(join.wall()));
            f.put("hash_join_cpu_s", round(join.cpu()));
            int evidence = 0, joinRight = 0;
            for (var e : planted.entrySet()) {
                if (!List.of("evidence", "tiers").contains(e.getValue().family())) continue;
                evidence++;
                if (joined.get(e.getKey()) == e.getValue().verdict()) joinRight++;
            }
            f.put("hash_join_planted", evidence);
            f.put("hash_join_planted_right", joinRight);
            // the same single rule family in the rule engine: what the hash join is a limit line for
            Checker evidenceOnly = new Checker(evidenceRules, cg.vocabulary(), cg.settings());
            // the first run's evidence verdicts are marked as they are made, and the later runs' dropped
            int[] evidenceRight = {0, 0};
            Timed evidenceTimed = Timed.median(RUNS, () -> {
                evidenceRight[1]++;
                evidenceOnly.check(documents, all, part -> {
                    if (evidenceRight[1] > 1) return;
                    for (Assessment a : part) {
                        Workload.Planted p = planted.get(a.claim());
                        if (p != null && List.of("evidence", "tiers").contains(p.family()) && a.verdict() == p.verdict()) evidenceRight[0]++;
                    }
                });
            });
            f.put("rules_evidence_only_s", round(evidenceTimed.wall()));
            f.put("rules_evidence_only_cpu_s", round(evidenceTimed.cpu()));
            f.put("rules_evidence_only_planted_right", evidenceRight[0]);
        }
        return f;
    }

    /**
     * Times single adds, then concurrent writers over HTTP, on the store a batch run left: first a store of
     * the same shape, {@code warmUp} claims, takes as many adds and writes, so the add path and the server are compiled (warm, as in a
     * running server), and the store's first adds are not timed.
     */
    private static Map<String, Object> timedWrites(Path folder, int warmUp, int adds, int writers, int warmUpRounds, PrintWriter progress) throws Exception {
        Path store = folder.resolve("store");
        if (!Files.isRegularFile(folder.resolve(MARKER)) || !Files.isDirectory(store)) {
            throw new IllegalStateException(folder + " holds no benchmark store to write into: the batch steps make it first");
        }
        warmUpWrites(folder.resolve("warm-up-writes"), warmUp, warmUpRounds, writers);
        Map<String, Object> f = new LinkedHashMap<>();
        try (ClaimGraph cg = ClaimGraph.open("tdb2", store, null)) {
            System.gc();
            List<Double> times = new ArrayList<>();
            int warm = Math.min(10, adds);
            for (int i = 0; i < adds + warm; i++) {
                long a0 = System.nanoTime();
                var r = cg.add("bench add " + i, addition(i, "add"), s -> "", "bench", null, true, null);
                if (!r.stored()) throw new IllegalStateException("bench add " + i + " was not stored");
                if (i >= warm) times.add((System.nanoTime() - a0) / 1e6);
            }
            times.sort(null);
            f.put("adds", adds);
            f.put("add_p50_ms", round(percentile(times, 50)));
            f.put("add_p99_ms", round(percentile(times, 99)));
            progress.printf(Locale.ROOT, "adds: p50 %.1f ms, p99 %.1f ms%n", percentile(times, 50), percentile(times, 99));

            f.put("writers", writers);
            f.put("writers16_per_s", round(writers(cg, writers, Math.max(adds, WRITES_PER_WRITER * writers))));
        }
        return f;
    }

    /** Generates {@code claims} claims, loads them as users' documents are loaded and records the load's figures. */
    private static Map<String, Workload.Planted> load(ClaimGraph cg, int claims, Map<String, Object> f, PrintWriter progress) {
        Workload.Graph g = Workload.generate(claims);
        progress.printf(Locale.ROOT, "generated %,d claims in %,d documents, %,d planted answers%n", g.claims(), g.documents().size(), g.planted().size());
        long t0 = System.nanoTime();
        long before = cg.store().size();
        loadDocuments(cg, g);
        double load = secs(t0);
        long triples = cg.store().size() - before;
        f.put("claims", g.claims());
        f.put("documents", g.documents().size());
        f.put("triples", triples);
        f.put("load_s", round(load));
        f.put("load_claims_per_s", Math.round(g.claims() / load));
        f.put("load_triples_per_s", Math.round(triples / load));
        progress.printf(Locale.ROOT, "loaded in %.1f s%n", load);
        return g.planted();
    }

    /**
     * The graph's documents read by the reader users' files go through (on a thread of its own, ahead of
     * the store), bulk loaded, their entities learnt as each comes (so no document is held after it is stored).
     */
    static void loadDocuments(ClaimGraph cg, Workload.Graph g) {
        ClaimDocumentReader reader = cg.reader();
        List<Workload.Doc> sources = g.documents();
        try (ReadAhead ahead = new ReadAhead(sources.size(), i -> reader.read(sources.get(i).name(), sources.get(i).json(), sibling -> ""))) {
            cg.store().bulkLoad(new java.util.Iterator<ClaimDocument>() {
                @Override public boolean hasNext() { return ahead.hasNext(); }

                @Override public ClaimDocument next() {
                    ClaimDocument d = ahead.next();
                    d.entities().forEach(cg.vocabulary()::addEntity);
                    return d;
                }
            });
        }
    }

    /**
     * Claims in the warm-up graph, and how often the rules and both baselines run over it before anything is timed:
     * the rules reach their steady speed only after some 200,000 claims (the JIT), SPARQL after two passes.
     */
    static final int WARM_UP = 20_000, WARM_UP_ROUNDS = 10;

    /** Adds made in the warm-up store for each warm-up pass before any add is timed (in all about as many as the timed ones). */
    static final int ADDS_PER_ROUND = 10;

    /** Timed writes each concurrent writer makes (at least: as many in all as single adds), some seconds of them. */
    static final int WRITES_PER_WRITER = 30;

    /** The evidence rules with the phases that decide verdicts: the rule engine doing what the hash join does. */
    static final List<String> EVIDENCE_RULES = List.of("evidence.drl", "resolve.drl", "verdict.drl");

    /** Timed steps run this often (the median counts); the SPARQL baseline only up to {@link #MANY_CLAIMS} claims, once above. */
    static final int RUNS = 3, MANY_CLAIMS = 200_000;

    /** A step's median wall time and the processor time of that run. */
    private record Timed(double wall, double cpu) {
        static Timed median(int runs, Runnable step) { return median(runs, Double.NaN, Double.NaN, step); }

        /** The median of {@code runs} runs; a first run already timed elsewhere ({@code wall} not NaN) counts as one of them. */
        static Timed median(int runs, double wall, double cpu, Runnable step) {
            List<Timed> all = new ArrayList<>();
            if (!Double.isNaN(wall)) all.add(new Timed(wall, cpu));
            while (all.size() < runs) {
                System.gc(); // each timed run starts from a collected heap, not the last one's garbage
                long t = System.nanoTime();
                double c = ClaimGraph.cpuSeconds();
                step.run();
                all.add(new Timed(secs(t), ClaimGraph.cpuSeconds() - c));
            }
            all.sort(Comparator.comparingDouble(Timed::wall));
            return all.get(all.size() / 2);
        }
    }

    /**
     * Runs the rules, the evidence rules alone and both baselines {@code rounds} times over a small graph of
     * the same shape in a store of its own, so that all are timed warm (compiled by the JIT), not some warm and some cold.
     */
    private static void warmUpChecks(Path store, int size, int rounds, RuleBase evidenceRules) throws Exception {
        try (ClaimGraph cg = ClaimGraph.open("tdb2", store, null)) {
            loadDocuments(cg, Workload.generate(size));
            cg.checkRun();
            var documents = cg.store().documents();
            var claims = cg.store().claims();
            Checker checker = new Checker(cg.rules(), cg.vocabulary(), cg.settings());
            Checker evidenceOnly = new Checker(evidenceRules, cg.vocabulary(), cg.settings());
            for (int i = 0; i < rounds; i++) {
                checker.check(documents, claims, part -> { });
                evidenceOnly.check(documents, claims, part -> { });
                SparqlBaseline.run(cg.store());
                HashJoin.run(documents, claims);
            }
        }
    }

    /** Single adds and concurrent writes over HTTP in a small store of their own: a warm server has compiled both before anyone times one. */
    private static void warmUpWrites(Path store, int size, int rounds, int writers) throws Exception {
        try (ClaimGraph cg = ClaimGraph.open("tdb2", store, null)) {
            loadDocuments(cg, Workload.generate(size));
            cg.checkRun();
            for (int i = 0; i < rounds * ADDS_PER_ROUND; i++) cg.add("warm-up add " + i, addition(i, "warm-up"), s -> "", "bench", null, true, null);
            writers(cg, writers, rounds * ADDS_PER_ROUND);
        }
    }

    /** A claim document adding one claim to an existing article, on a company the graph has evidence about. */
    static String addition(int i, String tag) {
        int group = (i * 10) % ADD_GROUPS; // family 0 groups: revenue with a filing behind it
        int block = group / Workload.GROUPS_PER_BLOCK;
        return "{\"document\": {\"id\": \"" + Workload.ARTICLE + block + "\"}, \"claims\": [{\"id\": \"" + tag + "-" + i + "-" + UUID.randomUUID()
                + "\", \"quote\": \"revenue " + i + "\", \"statement\": \"A new revenue figure " + i + ".\", \"claimant\": \"author\", \"subject\": \"bco-"
                + group + "\", \"metric\": \"revenue\", \"value\": \"$" + (100 + i) + " million\", \"unit\": \"USD\", \"period\": \"" + (2015 + group % 10)
                + "\", \"kind\": \"statistical\"}]}";
    }

    /**
     * Acknowledged writes per second from {@code n} concurrent writers over HTTP against a server on loopback.
     * Each writer's first write (its connection opened, the server's paths run once on this store) is not
     * timed: the clock starts when every writer has made one, as against a server already in use.
     */
    private static double writers(ClaimGraph cg, int n, int total) throws Exception {
        String token = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try (ClaimServer server = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 10_000, 10_000, 20_000, token))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            AtomicInteger next = new AtomicInteger(), acknowledged = new AtomicInteger();
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(n), go = new java.util.concurrent.CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    write(http, server, token, addition(total + writer, "writer"));
                    ready.countDown();
                    go.await();
                    for (int i; (i = next.getAndIncrement()) < total;) {
                        write(http, server, token, addition(i, "writer"));
                        acknowledged.incrementAndGet();
                    }
                    return null;
                }));
            }
            // a writer that failed its first write ends the wait too: its error is thrown below
            while (!ready.await(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                for (Future<?> d : done) if (d.isDone()) d.get();
            }
            long t0 = System.nanoTime();
            go.countDown();
            for (Future<?> d : done) d.get();
            return acknowledged.get() / secs(t0);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One write over HTTP, refused unless acknowledged. */
    private static void write(HttpClient http, ClaimServer server, String token, String body) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "api/claims?force=true"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) throw new IllegalStateException("writer got HTTP " + r.statusCode() + ": " + r.body());
    }

    /**
     * The heap's set maximum (-Xmx), in MiB. Not Runtime.maxMemory: under the parallel collector that leaves out a
     * survivor space, which the peak in use, read from the pools, counts.
     */
    private static long maxHeapMb() {
        try {
            var vm = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Long.parseLong(vm.getVMOption("MaxHeapSize").getValue()) / 1048576;
        } catch (RuntimeException e) {
            return Runtime.getRuntime().maxMemory() / 1048576; // not HotSpot
        }
    }

    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        } catch (IOException | RuntimeException e) {
            return -1; // not Linux: no peak resident size to read
        }
        return -1;
    }

    /** Keeps a timed step's first answer to be verified, the later runs' let go. */
    private static <T> void keepFirst(List<T> answers, T answer) {
        if (answers.isEmpty()) answers.add(answer);
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double secs(long from) { return (System.nanoTime() - from) / 1e9; }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
