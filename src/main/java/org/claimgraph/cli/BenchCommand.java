package org.claimgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    /** Set in the second JVM the batch steps run in: those steps only, their figures as JSON on standard output. */
    @Option(names = Relaunch.BENCH_BATCH, hidden = true) boolean batchOnly;

    @Override public Integer call() throws Exception {
        if (claims < Bench.MIN_CLAIMS || claims > 4_000_000) throw new IllegalArgumentException("--claims: " + claims + " is outside " + Bench.MIN_CLAIMS + "–4,000,000");
        if (adds < 1 || adds > 10_000) throw new IllegalArgumentException("--adds: " + adds + " is outside 1–10,000");
        if (writers < 1 || writers > 256) throw new IllegalArgumentException("--writers: " + writers + " is outside 1–256");
        if (!format.equals("table") && !format.equals("json")) throw new IllegalArgumentException("--format: \"" + format + "\" is not table or json");
        Path folder = data != null ? data : Files.createTempDirectory("claimgraph-bench-");
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (batchOnly) {
            out.println(new ObjectMapper().writeValueAsString(Bench.batch(folder, claims, err)));
            return 0;
        }
        PrintWriter progress = format.equals("json") ? err : out;
        Bench.prepare(folder); // a user's folder is refused before a second JVM starts
        List<String> second = Relaunch.benchBatch(folder, claims);
        Map<String, Object> f = second == null ? Bench.run(folder, claims, adds, writers, progress)
                : Bench.merged(batchElsewhere(second, progress), Bench.writes(folder, claims, adds, writers, progress));
        if (format.equals("json")) {
            out.println(new ObjectMapper().writeValueAsString(f));
        } else {
            out.printf(Locale.ROOT, "machine: %s cores, %s MiB max heap; data in %s%n", f.get("cores"), f.get("max_heap_mb"), folder);
            for (var e : f.entrySet()) if (!e.getKey().equals("cores") && !e.getKey().equals("max_heap_mb")) out.printf(Locale.ROOT, "%-24s %s%n", e.getKey(), e.getValue());
        }
        return 0;
    }

    /** The batch steps' figures from a second JVM, its progress passed on line by line. */
    private static Map<String, Object> batchElsewhere(List<String> command, PrintWriter progress) throws Exception {
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        Thread stop = new Thread(p::destroy, "bench-stop"); // a bench stopped here stops its batch steps too
        Runtime.getRuntime().addShutdownHook(stop);
        Thread relay = new Thread(() -> {
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null;) progress.println(line);
            } catch (java.io.IOException e) {
                progress.println("bench: the batch steps' progress was cut off: " + e.getMessage());
            }
        }, "bench-progress");
        relay.start();
        byte[] json;
        try {
            json = p.getInputStream().readAllBytes();
        } finally {
            int code = p.waitFor();
            relay.join();
            Runtime.getRuntime().removeShutdownHook(stop);
            if (code != 0) throw new IllegalStateException("the bench's batch steps, run in a JVM of their own, ended with exit code " + code);
        }
        return new ObjectMapper().readValue(json, new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>>() {});
    }
}
