package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.bench.Workload;
import org.claimgraph.model.Assessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure load, full check and one add on a synthetic graph with known answers.")
final class BenchCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--claims", description = "how many claims to generate (default: ${DEFAULT-VALUE})", defaultValue = "100000") int claims;
    @Option(names = "--adds", description = "how many single adds to time (default: ${DEFAULT-VALUE})", defaultValue = "5") int adds;

    @Override public Integer call() {
        if (claims < 2 || claims > 4_000_000) throw new IllegalArgumentException("--claims: " + claims + " is outside 2–4,000,000");
        if (adds < 1 || adds > 1000) throw new IllegalArgumentException("--adds: " + adds + " is outside 1–1000");
        PrintWriter w = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        w.printf(Locale.ROOT, "machine: %d cores, %.1f GiB max heap%n", rt.availableProcessors(), rt.maxMemory() / 1073741824.0);
        try (ClaimGraph cg = store.open()) {
            cg.rules();
            var g = Workload.generate(claims, 42);
            long t0 = System.nanoTime();
            cg.store().bulkLoad(g.documents());
            g.documents().forEach(d -> d.entities().forEach(cg.vocabulary()::addEntity));
            long t1 = System.nanoTime();
            w.printf(Locale.ROOT, "load: %,d claims in %.1f s (%,.0f claims/s)%n", g.claims(), secs(t0, t1), g.claims() / secs(t0, t1));
            var all = cg.check();
            long t2 = System.nanoTime();
            int right = 0;
            for (Assessment a : all) if (g.expected().containsKey(a.claim()) && g.expected().get(a.claim()) == a.verdict()) right++;
            System.gc();
            w.printf(Locale.ROOT, "full check: %,d claims in %.1f s; %,d of %,d planted verdicts as expected; heap in use %.0f MiB%n",
                    all.size(), secs(t1, t2), right, g.expected().size(), (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
            double total = 0, worst = 0;
            for (int i = 0; i < adds; i++) {
                String json = "{\"document\": {\"id\": \"bench-article-0\"}, \"claims\": [{\"id\": \"added-" + i + "\", \"quote\": \"added " + i
                        + "\", \"statement\": \"A new figure " + i + ".\", \"claimant\": \"author\", \"subject\": \"bench-co-" + (i * 7 % 2000)
                        + "\", \"metric\": \"revenue\", \"value\": \"" + (123 + i) + " million USD\", \"period\": \"1901\", \"kind\": \"statistical\"}]}";
                long a0 = System.nanoTime();
                var r = cg.add("bench add " + i, json, f -> "", "bench", null, true, null);
                double s = secs(a0, System.nanoTime());
                total += s;
                worst = Math.max(worst, s);
                if (i == 0) w.printf(Locale.ROOT, "first add re-checked %,d claims, %d verdict(s) changed%n", r.rechecked(), r.changed().size());
            }
            w.printf(Locale.ROOT, "one add into %,d claims: mean %.0f ms, worst %.0f ms over %d adds (full check: %.0f ms, %.0f× the mean add)%n",
                    g.claims(), total / adds * 1000, worst * 1000, adds, secs(t1, t2) * 1000, secs(t1, t2) / (total / adds));
        }
        return 0;
    }

    private static double secs(long a, long b) { return (b - a) / 1e9; }
}
