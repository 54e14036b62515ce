package org.claimgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Measure the engine on a synthetic graph with planted answers: load, the rules' full check beside the same checks as SPARQL "
                + "and as a hand-written hash join, single adds, concurrent writers over HTTP, memory.",
        "It works in a folder of its own (a new temporary one unless --data names an empty folder or an earlier bench run), never in a user's store."})
final class BenchCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "the benchmark's folder: empty, or an earlier run's (wiped first); default: a new temporary folder")
    Path data;
    @Option(names = "--claims", paramLabel = "N", description = "how many claims to generate (default: ${DEFAULT-VALUE})", defaultValue = "100000") int claims;
    @Option(names = "--adds", paramLabel = "N", description = "how many single adds to time (default: ${DEFAULT-VALUE})", defaultValue = "100") int adds;
    @Option(names = "--writers", paramLabel = "N", description = "concurrent writers over HTTP (default: ${DEFAULT-VALUE})", defaultValue = "16") int writers;
    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE})", defaultValue = "table") String format;

    @Override public Integer call() throws Exception {
        if (claims < Bench.MIN_CLAIMS || claims > 4_000_000) throw new IllegalArgumentException("--claims: " + claims + " is outside " + Bench.MIN_CLAIMS + "–4,000,000");
        if (adds < 1 || adds > 10_000) throw new IllegalArgumentException("--adds: " + adds + " is outside 1–10,000");
        if (writers < 1 || writers > 256) throw new IllegalArgumentException("--writers: " + writers + " is outside 1–256");
        if (!format.equals("table") && !format.equals("json")) throw new IllegalArgumentException("--format: \"" + format + "\" is not table or json");
        Path folder = data != null ? data : Files.createTempDirectory("claimgraph-bench-");
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Map<String, Object> f = Bench.run(folder, claims, adds, writers, format.equals("json") ? err : out);
        if (format.equals("json")) {
            out.println(new ObjectMapper().writeValueAsString(f));
        } else {
            out.printf(Locale.ROOT, "machine: %s cores, %s MiB max heap; data in %s%n", f.get("cores"), f.get("max_heap_mb"), folder);
            for (var e : f.entrySet()) if (!e.getKey().equals("cores") && !e.getKey().equals("max_heap_mb")) out.printf(Locale.ROOT, "%-24s %s%n", e.getKey(), e.getValue());
        }
        return 0;
    }
}
