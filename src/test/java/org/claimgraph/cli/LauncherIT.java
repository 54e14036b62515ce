package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar users run, as they run it, after the build made it: {@code java -jar target/claimgraph.jar}
 * starts a repeated command in a second JVM with the class-data archive, and what it prints, its exit
 * code and its standard input are those of the command run in one JVM.
 */
class LauncherIT {

    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final String CLAIM = "ai-trillion-bubble/net-loss-8-5b-per-year";

    @TempDir Path dir;
    Path store;

    record Run(int code, String out, String err) {}

    @BeforeEach void copyTheDemoStore() throws Exception {
        // the store the build recorded its archive on: the demo, checked
        store = dir.resolve("store");
        Path from = TARGET.resolve("class-data").resolve("store");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                if (p.getFileName().toString().equals("tdb.lock")) continue;
                Path to = store.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
    }

    static Run java(String stdin, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.PIPE).start();
        if (stdin != null) {
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", cmd));
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** The launcher jar with JVM options before it and the command after. */
    static Run claimgraph(Path jar, String stdin, List<String> jvm, String... args) throws Exception {
        List<String> all = new ArrayList<>(jvm);
        all.add("-jar");
        all.add(jar.toString());
        all.addAll(List.of(args));
        return java(stdin, all);
    }

    /** Whether the command ran in a second JVM with the archive: its flags, printed by the JVM that has them. */
    static boolean relaunched(Run r) {
        return r.out().lines().anyMatch(l -> l.contains("-XX:SharedArchiveFile=") && l.contains("-XX:TieredStopAtLevel=1"));
    }

    static List<String> withoutFlags(String out) {
        return out.lines().filter(l -> !l.startsWith("-XX:")).toList();
    }

    @Test void theArchiveTheBuildRecordedFitsTheProgramJar() throws Exception {
        // with -Xshare:on a JVM that cannot map the archive for this class path stops instead of running without it
        Run r = java(null, List.of("-Xshare:on", "-XX:SharedArchiveFile=" + TARGET.resolve(Relaunch.ARCHIVE), "-cp", TARGET.resolve(Relaunch.FULL_JAR).toString(),
                Relaunch.MAIN, "--version"));
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("claimgraph 0.1.0", r.out().strip());
    }

    @Test void theArchiveHoldsTheCommandLineParserToo() throws Exception {
        // picocli's class files predate Java 6, which only a static archive keeps in Java 17
        Run r = java(null, List.of("-Xshare:on", "-XX:SharedArchiveFile=" + TARGET.resolve(Relaunch.ARCHIVE), "-Xlog:class+load=info",
                "-cp", TARGET.resolve(Relaunch.FULL_JAR).toString(), Relaunch.MAIN, "--version"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains(" picocli.CommandLine ") && l.contains("source: shared objects file")),
                r.out().lines().filter(l -> l.contains("picocli.CommandLine ")).toList().toString());
    }

    @Test void aRepeatedCommandPrintsWhatItPrintsInOneJvm() throws Exception {
        Path jar = TARGET.resolve("claimgraph.jar");
        for (String[] command : List.of(new String[] {"show", "--data", store.toString(), CLAIM},
                new String[] {"query", "--data", store.toString(), "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
                new String[] {"report", "--data", store.toString(), "--format", "json"})) {
            Run two = claimgraph(jar, null, List.of("-XX:+PrintCommandLineFlags"), command);
            Run one = claimgraph(jar, null, List.of("-Dclaimgraph.relaunch=false"), command);
            assertTrue(relaunched(two), "a second JVM with the archive: " + two.out().lines().limit(3).toList());
            assertFalse(relaunched(one));
            assertEquals(0, two.code(), two.err());
            assertEquals(one.out().lines().toList(), withoutFlags(two.out()), command[0]);
            assertEquals(one.err(), two.err());
        }
    }

    @Test void errorsAndExitCodesComeThrough() throws Exception {
        Path jar = TARGET.resolve("claimgraph.jar");
        Run two = claimgraph(jar, null, List.of(), "show", "--data", store.toString(), "no-such/claim");
        assertEquals(2, two.code());
        assertEquals("error: no claim \"no-such/claim\" in the store (write it as document/claim)", two.err().strip());
        assertEquals("", two.out());
    }

    @Test void standardInputReachesTheSecondJvm() throws Exception {
        Path jar = TARGET.resolve("claimgraph.jar");
        String doc = """
            {"document": {"id": "piped-in", "title": "Piped", "language": "en", "publisher": "Desk", "published": "2025-01-01", "tier": "secondary"},
             "entities": [{"id": "acme-store", "label": "Acme Store"}],
             "claims": [{"id": "b1", "quote": "Acme Store made 3 billion", "statement": "Acme Store made $3 billion in 2024.", "claimant": "author",
               "subject": "acme-store", "metric": "revenue", "value": "3 billion", "unit": "USD", "period": "2024", "kind": "statistical"}]}""";
        Run add = claimgraph(jar, doc, List.of("-XX:+PrintCommandLineFlags"), "add", "--data", store.toString(), "--file", "-");
        assertTrue(relaunched(add));
        assertEquals(0, add.code(), add.err());
        Run ask = claimgraph(jar, null, List.of(), "query", "--data", store.toString(), "--format", "csv",
                "ASK { GRAPH ?g { <" + org.claimgraph.vocab.CG.doc("piped-in") + "> ?p ?o } }");
        assertEquals("true", ask.out().strip(), ask.err());
    }

    @Test void anArchiveTheJvmCannotUseCostsSpeedNotOutput() throws Exception {
        // a copy of the jars in another folder: the archive names the build's class path, so the JVM drops it
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        for (String f : List.of("claimgraph.jar", Relaunch.FULL_JAR, Relaunch.ARCHIVE)) {
            Files.copy(TARGET.resolve(f), elsewhere.resolve(f), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Run moved = claimgraph(elsewhere.resolve("claimgraph.jar"), null, List.of("-XX:+PrintCommandLineFlags"), "show", "--data", store.toString(), CLAIM);
        assertTrue(relaunched(moved));
        assertEquals(0, moved.code(), moved.err());
        assertEquals("", moved.err());
        assertTrue(withoutFlags(moved.out()).get(0).startsWith(CLAIM + ": "), moved.out());
        // a program rebuilt after its archive: no second JVM at all
        Files.setLastModifiedTime(elsewhere.resolve(Relaunch.FULL_JAR), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run stale = claimgraph(elsewhere.resolve("claimgraph.jar"), null, List.of("-XX:+PrintCommandLineFlags"), "show", "--data", store.toString(), CLAIM);
        assertFalse(relaunched(stale), stale.out());
        assertEquals(0, stale.code(), stale.err());
    }

    @Test void theBenchRunsItsBatchStepsUnderTheThroughputCollectorAndItsWritesUnderTheServers() throws Exception {
        Path folder = dir.resolve("bench");
        Run r = claimgraph(TARGET.resolve("claimgraph.jar"), null, List.of("-Xmx1g"), "bench", "--data", folder.toString(), "--claims", "1000",
                "--adds", "3", "--writers", "2", "--format", "json");
        assertEquals(0, r.code(), r.err());
        var f = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertTrue(f.get("batch_gc").asText().startsWith("PS "), "batch steps under " + f.get("batch_gc"));
        // the JVM's own choice, G1 on a machine of two cores or more
        assertTrue(!f.get("writes_gc").asText().startsWith("PS "), "writes under " + f.get("writes_gc"));
        assertEquals(f.get("planted").asInt(), f.get("planted_right").asInt(), r.err());
        assertEquals(3, f.get("adds").asInt());
        assertTrue(f.get("writers16_per_s").asDouble() > 0, r.out());
        assertTrue(r.err().contains("checked in ") && r.err().contains("adds: p50 "), "the second JVM's progress and this one's: " + r.err());
    }

    @Test void theLauncherAloneSaysWhatItMisses() throws Exception {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Files.copy(TARGET.resolve("claimgraph.jar"), alone.resolve("claimgraph.jar"));
        Run r = claimgraph(alone.resolve("claimgraph.jar"), null, List.of(), "show", "--data", store.toString(), CLAIM);
        assertEquals(1, r.code());
        assertEquals("error: claimgraph.jar runs the program in claimgraph-all.jar, which is not beside it in " + alone
                + "; keep the two together (build them with mvn package)", r.err().strip());
    }
}
