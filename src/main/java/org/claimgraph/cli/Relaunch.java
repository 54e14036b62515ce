package org.claimgraph.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Runs a command people repeat on a store in a second JVM that maps the class-data archive the build
 * records ({@code claimgraph.jsa}, beside the jars). Loading Jena's classes is most of such a command's
 * time, and Java 17 takes an archive only as a JVM flag, which {@code java -jar} cannot carry. The first
 * JVM has loaded nothing but this class and {@link Launch}, from a jar of a few entries, so it costs some
 * 50 to 100 ms; the archive saves some 400 on the demo store. Anything unexpected (no archive, one older than the jars, a command
 * line this class cannot read back, {@code -Dclaimgraph.relaunch=false}, the user's own archive flags)
 * runs the command in the first JVM. Nothing here may load picocli or Jena: that is the time it saves.
 */
final class Relaunch {

    /** The system property that keeps a command in the first JVM. */
    static final String PROPERTY = "claimgraph.relaunch";

    /** The jar with the whole program (the shaded one), beside the launcher jar. */
    static final String FULL_JAR = "claimgraph-all.jar";

    /** The program's entry in the full jar (named, not referenced: a reference would open that jar here). */
    static final String MAIN = "org.claimgraph.cli.Main";

    /** The class-data archive the build records, beside the jars. */
    static final String ARCHIVE = "claimgraph.jsa";

    /**
     * Commands worth a second JVM: short, and run again and again. serve and bench stay: theirs is the JVM the
     * user sized and signals, and the bench times adds and writers as a server makes them (G1 unless told); its
     * batch steps go to a JVM of their own ({@link #benchBatch}).
     */
    static final Set<String> COMMANDS = Set.of("show", "query", "report", "search", "export", "check", "add", "retract");

    /**
     * A full check of a large store is batch work, given the throughput collector: with some 1.7 GB of claims live
     * in a 4 GB heap, G1 marked the heap concurrently again and again while the rules ran (a million claims: rules
     * 20.4 s and more with G1, 16.3 s with the parallel collector, its young pauses some 20 ms).
     */
    static final Set<String> BATCH = Set.of("check");

    /** The bench's hidden flag that runs only its batch steps, in the second JVM {@link #benchBatch} starts. */
    static final String BENCH_BATCH = "--batch-steps";

    /**
     * Below this many bytes of terms (some 5,000 claims) the store's work is over before the optimising
     * compiler or a concurrent collector pays for itself.
     */
    static final long SMALL_STORE_BYTES = 4L << 20;

    private Relaunch() {}

    /**
     * Runs the command in a second JVM and returns its exit code, or -1 when it should run in this one.
     *
     * @param launcher the jar this class runs from ({@link #ownJar()}), or null when it runs from classes
     */
    static int run(String[] args, Path launcher) {
        if ("false".equals(System.getProperty(PROPERTY))) return -1;
        if (args.length == 0 || !COMMANDS.contains(args[0])) return -1;
        if (launcher == null) return -1;
        Path full = launcher.resolveSibling(FULL_JAR);
        Path archive = launcher.resolveSibling(ARCHIVE);
        if (!fresh(archive, launcher, full)) return -1;
        List<String> jvm = commandLine();
        if (jvm == null) return -1;
        List<String> cmd = command(Path.of(System.getProperty("java.home"), "bin", "java"), jvm, args, launcher, full, archive, storeBytes(args));
        if (cmd == null) return -1;
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        Runtime.getRuntime().addShutdownHook(new Stop(child));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                child.destroy();
            }
        }
    }

    /**
     * The second JVM's command line: the archive and compiler flags first, so the user's own JVM options
     * (after them) win, then the full jar's main class with the same arguments. Null when this JVM's
     * command line is not {@code [options] -jar LAUNCHER args}, or when the user chose an archive or sharing mode.
     */
    static List<String> command(Path java, List<String> jvmCommandLine, String[] args, Path launcher, Path full, Path archive, long storeBytes) {
        List<String> options = optionsBeforeJar(jvmCommandLine, launcher);
        if (options == null || !jvmCommandLine.subList(options.size() + 2, jvmCommandLine.size()).equals(Arrays.asList(args))) return null;
        boolean ownCollector = false;
        for (String o : options) {
            if (o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit") || o.startsWith("-Xshare")
                    || o.startsWith("@")) return null;
            ownCollector |= collector(o);
        }
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xshare:auto",
                // an archive the JVM cannot use (another JDK, a moved folder) costs its speed, never a line of output
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        if (storeBytes < SMALL_STORE_BYTES) {
            // one quick compiler thread: the second only competes with the command for the cores; no counters for jstat
            cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:-UsePerfData"));
            if (!ownCollector) cmd.add("-XX:+UseSerialGC");
        } else if (!ownCollector && args.length > 0 && BATCH.contains(args[0])) {
            cmd.add("-XX:+UseParallelGC");
        }
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", full.toAbsolutePath().toString(), MAIN));
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /**
     * The command line of a second JVM for a bench's batch steps (load, the full check, the rules, the
     * baselines), under the parallel collector as a check of a large store runs, while the adds and writers
     * stay in this JVM under the server's collector. Null to run them here: not run from the launcher jar,
     * a command line this class cannot read back, {@code -Dclaimgraph.relaunch=false}, or the user's own
     * collector (then one JVM measures everything under it).
     */
    static List<String> benchBatch(Path folder, int claims) {
        Path launcher = ownJar();
        List<String> jvm = commandLine();
        if ("false".equals(System.getProperty(PROPERTY)) || launcher == null || jvm == null) return null;
        return benchBatch(Path.of(System.getProperty("java.home"), "bin", "java"), jvm, launcher, launcher.resolveSibling(FULL_JAR), folder, claims);
    }

    static List<String> benchBatch(Path java, List<String> jvmCommandLine, Path launcher, Path full, Path folder, int claims) {
        List<String> options = optionsBeforeJar(jvmCommandLine, launcher);
        if (options == null) return null;
        for (String o : options) if (collector(o) || o.startsWith("@")) return null;
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-XX:+UseParallelGC"));
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", full.toAbsolutePath().toString(), MAIN, "bench", BENCH_BATCH, "--data", folder.toAbsolutePath().toString(),
                "--claims", Integer.toString(claims)));
        return cmd;
    }

    /** The JVM options before {@code -jar LAUNCHER}, or null when the command line is not {@code [options] -jar LAUNCHER …}. */
    private static List<String> optionsBeforeJar(List<String> jvmCommandLine, Path launcher) {
        int at = jvmCommandLine.indexOf("-jar");
        if (at < 0 || at + 1 >= jvmCommandLine.size() || !sameFile(Path.of(jvmCommandLine.get(at + 1)), launcher)) return null;
        return jvmCommandLine.subList(0, at);
    }

    /** Whether a JVM option chooses the collector. */
    private static boolean collector(String option) {
        return (option.startsWith("-XX:+Use") || option.startsWith("-XX:-Use")) && option.endsWith("GC");
    }

    /** The jar this class runs from, or null when it runs from a folder of classes (tests, an IDE). */
    static Path ownJar() {
        try {
            var source = Relaunch.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path p = Path.of(source.getLocation().toURI());
            return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Whether the archive exists and was recorded after both jars were made (a rebuilt jar makes it stale). */
    static boolean fresh(Path archive, Path launcher, Path full) {
        File a = archive.toFile();
        File f = full.toFile();
        return a.isFile() && f.isFile() && a.lastModified() >= f.lastModified() && a.lastModified() >= launcher.toFile().lastModified();
    }

    /**
     * How many bytes of RDF terms the command's TDB2 store holds (its --data folder, or the default one);
     * 0 for none. TDB2's index files are sparse blocks of 8 MB whatever the store, its term file is not.
     */
    static long storeBytes(String[] args) {
        String data = "claimgraph-data";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) data = args[i + 1];
            else if (args[i].startsWith("--data=")) data = args[i].substring("--data=".length());
        }
        File[] generations = new File(data).listFiles();
        long n = 0;
        if (generations != null) for (File g : generations) n += new File(g, "nodes-data.obj").length();
        return n;
    }

    /** This JVM's arguments after the executable: Linux's own record read straight, else the JDK's. */
    private static List<String> commandLine() {
        File proc = new File("/proc/self/cmdline");
        if (proc.isFile()) {
            try {
                String all = new String(Files.readAllBytes(proc.toPath()), StandardCharsets.UTF_8);
                List<String> words = new ArrayList<>(Arrays.asList(all.split("\0", -1)));
                if (!words.isEmpty() && words.get(words.size() - 1).isEmpty()) words.remove(words.size() - 1);
                return words.isEmpty() ? null : words.subList(1, words.size());
            } catch (IOException e) {
                return null;
            }
        }
        String[] args = ProcessHandle.current().info().arguments().orElse(null);
        return args == null ? null : Arrays.asList(args);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Ends the second JVM when the first is stopped (a class, not a lambda: the first lambda costs milliseconds). */
    private static final class Stop extends Thread {
        private final Process child;

        Stop(Process child) {
            super("relaunch-stop");
            this.child = child;
        }

        @Override public void run() { child.destroy(); }
    }
}
