package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which commands run in a second JVM with the class-data archive, and with what command line (the jar itself is tried in LauncherIT). */
class RelaunchTest {

    @TempDir Path dir;
    Path java, launcher, full, archive;

    @BeforeEach void jars() throws Exception {
        java = Path.of("/opt/jdk/bin/java");
        launcher = Files.writeString(dir.resolve("claimgraph.jar"), "launcher");
        full = Files.writeString(dir.resolve(Relaunch.FULL_JAR), "program");
        archive = Files.writeString(dir.resolve(Relaunch.ARCHIVE), "classes");
    }

    List<String> line(String... words) {
        List<String> l = new ArrayList<>();
        for (String w : words) l.add(w.equals("LAUNCHER") ? launcher.toString() : w);
        return l;
    }

    List<String> command(List<String> jvm, long storeBytes, String... args) {
        return Relaunch.command(java, jvm, args, launcher, full, archive, storeBytes);
    }

    @Test void aSmallStoreGetsTheArchiveTheQuickCompilerAndTheSerialCollector() {
        assertEquals(List.of("/opt/jdk/bin/java", "-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xshare:auto", "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:-UsePerfData", "-XX:+UseSerialGC", "-cp", full.toAbsolutePath().toString(),
                        "org.claimgraph.cli.Main", "show", "doc/claim"),
                command(line("-jar", "LAUNCHER", "show", "doc/claim"), 0, "show", "doc/claim"));
    }

    @Test void aLargeStoreKeepsTheOptimisingCompilerAndTheDefaultCollector() {
        List<String> cmd = command(line("-jar", "LAUNCHER", "report"), Relaunch.SMALL_STORE_BYTES, "report");
        assertTrue(cmd.contains("-XX:SharedArchiveFile=" + archive.toAbsolutePath()), cmd.toString());
        assertFalse(cmd.contains("-XX:+UseParallelGC"), cmd.toString());
        assertFalse(cmd.contains("-XX:TieredStopAtLevel=1"), cmd.toString());
        assertFalse(cmd.contains("-XX:CICompilerCount=1"), cmd.toString());
        assertFalse(cmd.contains("-XX:+UseSerialGC"), cmd.toString());
    }

    @Test void aCheckOfALargeStoreGetsTheThroughputCollector() {
        List<String> check = command(line("-Xmx4g", "-jar", "LAUNCHER", "check"), Relaunch.SMALL_STORE_BYTES, "check");
        assertTrue(check.indexOf("-XX:+UseParallelGC") > 0 && check.indexOf("-Xmx4g") > check.indexOf("-XX:+UseParallelGC"), check.toString());
        List<String> show = command(line("-jar", "LAUNCHER", "show", "d/c"), Relaunch.SMALL_STORE_BYTES, "show", "d/c");
        assertFalse(show.contains("-XX:+UseParallelGC"), "a read on a large store keeps the default collector: " + show);
        List<String> own = command(line("-XX:+UseG1GC", "-jar", "LAUNCHER", "check"), Relaunch.SMALL_STORE_BYTES, "check");
        assertFalse(own.contains("-XX:+UseParallelGC"), "two collectors would stop the JVM: " + own);
    }

    @Test void theUsersJvmOptionsComeAfterOursSoTheyWin() {
        List<String> cmd = command(line("-Xmx4g", "-XX:+UseG1GC", "-jar", "LAUNCHER", "query", "SELECT"), 0, "query", "SELECT");
        int mine = cmd.indexOf("-XX:TieredStopAtLevel=1");
        assertTrue(mine > 0 && cmd.indexOf("-Xmx4g") > mine && cmd.indexOf("-XX:+UseG1GC") > mine, cmd.toString());
        assertFalse(cmd.contains("-XX:+UseSerialGC"), "two collectors would stop the JVM: " + cmd);
        assertEquals(List.of("org.claimgraph.cli.Main", "query", "SELECT"), cmd.subList(cmd.size() - 3, cmd.size()));
    }

    @Test void theUsersOwnArchiveOrSharingModeKeepsTheCommandHere() {
        for (String own : List.of("-XX:SharedArchiveFile=mine.jsa", "-XX:ArchiveClassesAtExit=mine.jsa", "-Xshare:off", "@options.txt")) {
            assertNull(command(line(own, "-jar", "LAUNCHER", "show", "d/c"), 0, "show", "d/c"), own);
        }
    }

    @Test void aCommandLineItCannotReadBackKeepsTheCommandHere() throws Exception {
        Path other = Files.writeString(dir.resolve("other.jar"), "x");
        assertNull(command(line("-cp", "LAUNCHER", "org.claimgraph.cli.Launch", "show", "d/c"), 0, "show", "d/c"), "not -jar");
        assertNull(command(line("-jar", other.toString(), "show", "d/c"), 0, "show", "d/c"), "another jar");
        assertNull(command(line("-jar", "LAUNCHER", "show", "d/other"), 0, "show", "d/c"), "other arguments");
        assertNull(command(line("-jar", "LAUNCHER", "show"), 0, "show", "d/c"), "fewer arguments");
    }

    @Test void theBenchsBatchStepsGetAJvmOfTheirOwnWithTheThroughputCollector() {
        Path folder = dir.resolve("bench");
        List<String> cmd = Relaunch.benchBatch(java, line("-Xmx4g", "-jar", "LAUNCHER", "bench", "--claims", "5000"), launcher, full, folder, 5000);
        assertEquals(List.of("/opt/jdk/bin/java", "-XX:+UseParallelGC", "-Xmx4g", "-cp", full.toAbsolutePath().toString(), "org.claimgraph.cli.Main",
                "bench", "--batch-steps", "--data", folder.toAbsolutePath().toString(), "--claims", "5000"), cmd);
    }

    @Test void aBenchWithTheUsersOwnCollectorStaysInOneJvm() {
        Path folder = dir.resolve("bench");
        assertNull(Relaunch.benchBatch(java, line("-XX:+UseG1GC", "-jar", "LAUNCHER", "bench"), launcher, full, folder, 1000), "the user's collector");
        assertNull(Relaunch.benchBatch(java, line("-cp", "LAUNCHER", "org.claimgraph.cli.Launch", "bench"), launcher, full, folder, 1000), "not -jar");
        assertNull(Relaunch.benchBatch(java, line("@options.txt", "-jar", "LAUNCHER", "bench"), launcher, full, folder, 1000), "options from a file");
    }

    @Test void theServerTheBenchAndHelpStayInOneJvm() {
        assertFalse(Relaunch.COMMANDS.contains("serve"));
        assertFalse(Relaunch.COMMANDS.contains("bench"));
        assertEquals(-1, Relaunch.run(new String[] {"serve"}, launcher));
        assertEquals(-1, Relaunch.run(new String[] {"--version"}, launcher));
        assertEquals(-1, Relaunch.run(new String[0], launcher));
        assertEquals(-1, Relaunch.run(new String[] {"show", "d/c"}, Relaunch.ownJar()), "classes run from a folder, not the launcher jar");
    }

    @Test void anArchiveOlderThanEitherJarIsStale() throws Exception {
        FileTime t = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(launcher, t);
        Files.setLastModifiedTime(full, t);
        Files.setLastModifiedTime(archive, FileTime.fromMillis(t.toMillis() + 1000));
        assertTrue(Relaunch.fresh(archive, launcher, full));
        Files.setLastModifiedTime(full, FileTime.fromMillis(t.toMillis() + 2000));
        assertFalse(Relaunch.fresh(archive, launcher, full), "the program was rebuilt after the archive");
        Files.delete(archive);
        assertFalse(Relaunch.fresh(archive, launcher, full), "no archive");
    }

    @Test void theStoreIsMeasuredByItsTermsNotItsSparseIndexes() throws Exception {
        Path data = Files.createDirectories(dir.resolve("store").resolve("Data-0001"));
        Files.write(data.resolve("nodes-data.obj"), new byte[3000]);
        Files.write(data.resolve("SPO.dat"), new byte[5000]);
        assertEquals(3000, Relaunch.storeBytes(new String[] {"check", "--data", dir.resolve("store").toString()}));
        assertEquals(3000, Relaunch.storeBytes(new String[] {"check", "--data=" + dir.resolve("store")}));
        assertEquals(0, Relaunch.storeBytes(new String[] {"check", "--data", dir.resolve("none").toString()}));
    }
}
