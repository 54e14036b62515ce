package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimgraph.store.ServerFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CLI command on a store that a running server (another process) holds: one sentence, no stack trace. */
class ServedStoreTest {

    @TempDir Path dir;

    static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void commandOnAServedStoreNamesTheServerAndWhatToDo() throws Exception {
        Path store = dir.resolve("store");
        // in other processes, as a user runs them: TDB2 keeps a store's lock for the life of the process that opened it
        Process demo = java("demo", "--data", store.toString(), "--out", dir.resolve("report.md").toString());
        assertEquals(0, demo.waitFor(), "demo in another process");
        Process serve = java("serve", "--data", store.toString(), "--port", "0");
        try {
            Path file = store.resolve(ServerFile.NAME);
            for (int i = 0; i < 600 && !Files.isRegularFile(file); i++) Thread.sleep(100);
            assertTrue(Files.isRegularFile(file), "the server wrote " + ServerFile.NAME);
            String url = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
            assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/"), url);
            String[] r = run("show", "--data", store.toString(), "ai-trillion-bubble/net-loss-8-5b-per-year");
            assertEquals("4", r[0]);
            assertEquals(List.of("error: the store " + store + " is held by process " + serve.pid() + ", `claimgraph serve` at " + url
                    + "; ask the server instead (SPARQL: " + url + "sparql, API: " + url + "api/claims) or stop it first"), r[2].lines().toList());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "the server stops");
        }
        assertTrue(!Files.exists(store.resolve(ServerFile.NAME)), "the server removes its file when it stops");
        assertEquals("0", run("show", "--data", store.toString(), "ai-trillion-bubble/net-loss-8-5b-per-year")[0]);
    }

    private static Process java(String... args) throws java.io.IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
