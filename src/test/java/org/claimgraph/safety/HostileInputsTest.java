package org.claimgraph.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.ClaimGraph;
import org.claimgraph.cli.Main;
import org.claimgraph.server.ClaimServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite: every generated case ({@link HostileCases}) is loaded through the CLI (in
 * process, a TDB2 store on disk) and posted to the API (a real server on a loopback port). Each must be
 * refused cleanly (exit 2 with one "error:" message and no stack trace; a 4xx problem+json) and leave the
 * store exactly as it was (quad count and hash of every quad).
 */
class HostileInputsTest {

    @TempDir Path dir;

    record Outcome(boolean refused, boolean crashed, boolean stored, String detail) {}

    /** A store holding one document with a checked claim and an entity: what the cases aim at. */
    static void seedStore(Path folder) {
        try (ClaimGraph cg = ClaimGraph.open("tdb2", folder, null)) {
            String doc = """
                {"document": {"id": "store-base", "title": "Stored", "language": "en", "publisher": "Desk", "published": "2025-01-01", "tier": "secondary"},
                 "entities": [{"id": "acme-store", "label": "Acme Store"}],
                 "claims": [{"id": "b1", "quote": "Acme Store made 3 billion", "statement": "Acme Store made $3 billion in 2024.", "claimant": "author",
                   "subject": "acme-store", "metric": "revenue", "value": "3 billion", "unit": "USD", "period": "2024", "kind": "statistical"}]}""";
            cg.add("seed.json", doc, f -> "", "test", null, true, null);
            cg.check();
        }
    }

    @Test void everyHostileInputIsRefusedCleanlyThroughTheCliAndTheApiAndStoresNothing() throws Exception {
        List<HostileCases.Case> cases = HostileCases.all();
        int limit = Integer.getInteger("hostile.limit", cases.size());
        if (limit < cases.size()) cases = cases.subList(0, limit);
        long[] ns = new long[4]; // CLI, API, fingerprints, total
        assertTrue(HostileCases.all().size() >= 250, "only " + HostileCases.all().size() + " cases");
        // the base the cases are made from is itself accepted
        Path docs = dir.resolve("cases/doc");
        Files.createDirectories(docs.resolve("sub"));
        Files.writeString(dir.resolve("cases/secret.txt"), "secret");
        Files.createSymbolicLink(docs.resolve("link-out.txt"), Path.of("../secret.txt"));
        Files.write(docs.resolve("big.txt"), new byte[5 * 1024 * 1024 + 1]);
        Path base = docs.resolve("base.json");
        Files.writeString(base, HostileCases.base().toString());
        try (ClaimGraph mem = ClaimGraph.open("mem", null, null)) {
            assertEquals(1, mem.load(List.of(base), "test").claims(), "the base document must load");
        }

        Path cliStore = dir.resolve("cli-store"), apiStore = dir.resolve("api-store");
        seedStore(cliStore);
        seedStore(apiStore);
        Dataset cliData = TDB2Factory.connectDataset(cliStore.toString());
        List<String> failures = new ArrayList<>();
        int cliRefused = 0, apiRefused = 0, crashed = 0, stored = 0;
        long cliNs = 0, apiNs = 0, hashNs = 0, t0 = System.nanoTime();
        try (ClaimGraph api = ClaimGraph.open("tdb2", apiStore, null);
             ClaimServer server = ClaimServer.start(api, new ClaimServer.Settings("127.0.0.1", 0, 5_000, 1_000, 20_000, "hostile-token"))) {
            // nothing else writes to either store: each case's "after" is the next one's "before"
            Fingerprint cliBefore = Fingerprint.quick(cliData), apiBefore = Fingerprint.quick(api.store().dataset());
            for (HostileCases.Case c : cases) {
                // the CLI, in process through the same entry point as the command
                Path file = docs.resolve(c.file());
                Files.write(file, c.bytes());
                long t = System.nanoTime();
                StringWriter out = new StringWriter(), err = new StringWriter();
                int code;
                try {
                    code = Main.execute(new PrintWriter(out), new PrintWriter(err), "load", "--data", cliStore.toString(), file.toString());
                } catch (RuntimeException e) {
                    code = -1;
                    err.write(e.toString());
                }
                cliNs += System.nanoTime() - t;
                Files.delete(file);
                String e = err.toString();
                boolean cleanCli = code == 2 && e.startsWith("error: ") && e.contains(file.toString()) && !e.contains("\tat ") && !e.contains("Exception");
                t = System.nanoTime();
                Fingerprint cliAfter = Fingerprint.quick(cliData);
                hashNs += System.nanoTime() - t;
                boolean changedCli = !cliBefore.equals(cliAfter);
                cliBefore = cliAfter;
                if (cleanCli) cliRefused++;
                if (code != 2 && code != 0) crashed++;
                if (changedCli) stored++;
                if (!cleanCli || changedCli) failures.add("CLI " + c + " → exit " + code + (changedCli ? ", STORE CHANGED" : "") + ": " + HostileCases.abbreviate(e + out));
                // the API
                t = System.nanoTime();
                // a client per case: the server may close a connection after refusing a body it did not read, and that one must not carry the next
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/claims?force=true"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer hostile-token").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(c.bytes())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                apiNs += System.nanoTime() - t;
                boolean problem = r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
                boolean cleanApi = r.statusCode() == c.status() && problem && !r.body().contains("Exception") && !r.body().contains("\tat ");
                t = System.nanoTime();
                Fingerprint apiAfter = Fingerprint.quick(api.store().dataset());
                hashNs += System.nanoTime() - t;
                boolean changedApi = !apiBefore.equals(apiAfter);
                apiBefore = apiAfter;
                if (cleanApi) apiRefused++;
                if (r.statusCode() >= 500) crashed++;
                if (changedApi) stored++;
                if (!cleanApi || changedApi) failures.add("API " + c + " → " + r.statusCode() + " (expected " + c.status() + ")" + (changedApi ? ", STORE CHANGED" : "") + ": " + HostileCases.abbreviate(r.body()));
            }
        }
        System.out.printf("hostile inputs: %.1f s in all: %.1f s in CLI runs, %.1f s in API requests, %.1f s hashing the stores%n",
                (System.nanoTime() - t0) / 1e9, cliNs / 1e9, apiNs / 1e9, hashNs / 1e9);
        System.out.printf("hostile inputs: %d inputs, %d runs (CLI and API); refused cleanly: %d (%d by the CLI, %d by the API); crashed: %d; stored anything: %d%n",
                cases.size(), 2 * cases.size(), cliRefused + apiRefused, cliRefused, apiRefused, crashed, stored);
        assertTrue(failures.isEmpty(), failures.size() + " of " + 2 * cases.size() + " runs not refused cleanly:\n" + String.join("\n", failures));
        assertEquals(0, crashed);
        assertEquals(0, stored);
    }
}
