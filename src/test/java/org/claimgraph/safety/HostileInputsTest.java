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
        try (ClaimGraph api = ClaimGraph.open("tdb2", apiStore, null);
             ClaimServer server = ClaimServer.start(api, new ClaimServer.Settings("127.0.0.1", 0, 5_000, 1_000, 20_000, "hostile-token"))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (HostileCases.Case c : cases) {
                // the CLI
                Path file = docs.resolve(c.file());
                Files.write(file, c.bytes());
                long t0 = System.nanoTime();
                Fingerprint before = Fingerprint.quick(cliData);
                long t1 = System.nanoTime();
                StringWriter out = new StringWriter(), err = new StringWriter();
                int code;
                try {
                    code = Main.execute(new PrintWriter(out), new PrintWriter(err), "load", "--data", cliStore.toString(), file.toString());
                } catch (RuntimeException e) {
                    code = -1;
                    err.write(e.toString());
                }
                long t2 = System.nanoTime();
                Files.delete(file);
                String e = err.toString();
                boolean cleanCli = code == 2 && e.startsWith("error: ") && !e.contains("\tat ") && !e.contains("Exception");
                boolean changedCli = !before.equals(Fingerprint.quick(cliData));
                if (cleanCli) cliRefused++;
                if (code != 2 && code != 0) crashed++;
                if (changedCli) stored++;
                if (!cleanCli || changedCli) failures.add("CLI " + c + " → exit " + code + (changedCli ? ", STORE CHANGED" : "") + ": " + HostileCases.abbreviate(e + out));
                // the API
                Fingerprint apiBefore = Fingerprint.quick(api.store().dataset());
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/claims?force=true"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer hostile-token").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(c.bytes())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                boolean problem = r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
                boolean cleanApi = (r.statusCode() == 400 || r.statusCode() == 409 || r.statusCode() == 413) && problem
                        && !r.body().contains("Exception") && !r.body().contains("\tat ");
                boolean changedApi = !apiBefore.equals(Fingerprint.quick(api.store().dataset()));
                long t3 = System.nanoTime();
                ns[0] += t2 - t1;
                ns[1] += t3 - t2;
                ns[2] += t1 - t0;
                ns[3] += t3 - t0;
                if (cleanApi) apiRefused++;
                if (r.statusCode() >= 500) crashed++;
                if (changedApi) stored++;
                if (!cleanApi || changedApi) failures.add("API " + c + " → " + r.statusCode() + (changedApi ? ", STORE CHANGED" : "") + ": " + HostileCases.abbreviate(r.body()));
            }
        }
        System.out.printf("hostile inputs: %.1f s in all, %.1f s in CLI runs, %.1f s in API runs and fingerprints, %.1f s in CLI fingerprints%n",
                ns[3] / 1e9, ns[0] / 1e9, ns[1] / 1e9, ns[2] / 1e9);
        System.out.printf("hostile inputs: %d cases, %d runs (CLI and API); refused cleanly: %d by the CLI, %d by the API; crashed: %d; stored anything: %d%n",
                cases.size(), 2 * cases.size(), cliRefused, apiRefused, crashed, stored);
        assertTrue(failures.isEmpty(), failures.size() + " of " + 2 * cases.size() + " runs not refused cleanly:\n" + String.join("\n", failures));
        assertEquals(0, crashed);
        assertEquals(0, stored);
    }
}
