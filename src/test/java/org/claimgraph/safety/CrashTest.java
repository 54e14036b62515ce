package org.claimgraph.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimgraph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server in its own process, killed with SIGKILL (Process.destroyForcibly) while 16 writers post
 * claims: after a restart every write it acknowledged (201) is there. While it runs, a second process
 * cannot open its store and says in one sentence which server holds it (exit 4).
 */
class CrashTest {
    static final String TOKEN = "crash-token";
    static final int WRITERS = 16, TRIALS = 2;

    @TempDir Path dir;

    record Server(Process process, int port) {
        String url() { return "http://127.0.0.1:" + port + "/"; }
    }

    Server start(Path store) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "org.claimgraph.cli.Main", "serve", "--data", store.toString(), "--port", Integer.toString(port));
        pb.environment().put("CLAIMGRAPH_TOKEN", TOKEN);
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("server-" + port + ".log").toFile());
        Process p = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "the server died: " + Files.readString(dir.resolve("server-" + port + ".log")));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sparql?query=ASK%7B%7D")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return new Server(p, port);
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        p.destroyForcibly();
        throw new AssertionError("the server did not start");
    }

    static String doc(String id) {
        return "{\"entities\": [{\"id\": \"crash-co\", \"label\": \"Crash Co\"}], \"document\": {\"id\": \"" + id + "\", \"title\": \"T\", \"language\": \"en\","
                + " \"publisher\": \"Desk\", \"published\": \"2025-01-01\", \"tier\": \"secondary\"}, \"claims\": [{\"id\": \"c\", \"quote\": \"q " + id + "\","
                + " \"statement\": \"Crash Co made money.\", \"claimant\": \"author\", \"subject\": \"crash-co\", \"metric\": \"revenue\", \"value\": \"5 million\","
                + " \"unit\": \"USD\", \"period\": \"2024\", \"kind\": \"statistical\"}]}";
    }

    @Test void everyAcknowledgedWriteSurvivesAKillUnderSixteenWriters() throws Exception {
        Path store = dir.resolve("store");
        long t0 = System.nanoTime();
        Server server = start(store);
        double startSeconds = (System.nanoTime() - t0) / 1e9, writeSeconds = 0;
        List<String> acknowledged = new ArrayList<>();
        java.util.Set<String> lost = new java.util.TreeSet<>();
        try {
            // a second process on the same store: one sentence, exit 4
            StringWriter err = new StringWriter();
            Path f = dir.resolve("c.json");
            Files.writeString(f, doc("second-process"));
            assertEquals(4, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "load", "--data", store.toString(), f.toString()));
            String url = server.url();
            assertEquals(List.of("error: the store " + store + " is held by process " + server.process().pid() + ", `claimgraph serve` at " + url
                    + "; ask the server instead (SPARQL: " + url + "sparql, API: " + url + "api/claims) or stop it first"), err.toString().lines().toList());
            for (int trial = 0; trial < TRIALS; trial++) {
                ConcurrentLinkedQueue<String> acks = new ConcurrentLinkedQueue<>();
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
                Server s = server;
                int t = trial;
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    pool.submit(() -> {
                        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                        for (int i = 0; !stop.get(); i++) {
                            String id = "crash-" + t + "-" + writer + "-" + i;
                            try {
                                var r = http.send(HttpRequest.newBuilder(URI.create(s.url() + "api/claims?force=true")).timeout(Duration.ofSeconds(60))
                                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(doc(id))).build(), HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() == 201) acks.add(id + "/c");
                            } catch (Exception e) {
                                return; // the server is gone
                            }
                        }
                    });
                }
                // 30 s of writes, longer only while none is acknowledged yet (a loaded machine starts slowly)
                long w0 = System.nanoTime(), until = w0 + TimeUnit.SECONDS.toNanos(30), last = w0 + TimeUnit.SECONDS.toNanos(180);
                while (acks.size() < WRITERS && (System.nanoTime() < until || acks.isEmpty() && System.nanoTime() < last)) Thread.sleep(100);
                server.process().destroyForcibly().waitFor(); // SIGKILL with writes in flight
                writeSeconds += (System.nanoTime() - w0) / 1e9;
                stop.set(true);
                pool.shutdown();
                assertTrue(pool.awaitTermination(90, TimeUnit.SECONDS));
                assertTrue(acks.size() > 0, "no write was acknowledged before the kill");
                acknowledged.addAll(acks);
                long r0 = System.nanoTime();
                server = start(store);
                startSeconds += (System.nanoTime() - r0) / 1e9;
                HttpClient http = HttpClient.newHttpClient();
                for (String key : acknowledged) {
                    var r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/claims/" + key)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) lost.add(key);
                }
            }
        } finally {
            server.process().destroy();
            server.process().waitFor(30, TimeUnit.SECONDS);
        }
        System.out.printf("crash test: %d kill trials under %d writers, %d acknowledged writes, %d lost (%.1f s starting servers, %.1f s writing, %.1f s in all)%n",
                TRIALS, WRITERS, acknowledged.size(), lost.size(), startSeconds, writeSeconds, (System.nanoTime() - t0) / 1e9);
        assertEquals(java.util.Set.of(), lost, "acknowledged writes lost after kill -9");
    }
}
