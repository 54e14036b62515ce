package org.claimgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.claimgraph.ClaimGraph;
import org.claimgraph.server.ClaimServer;
import org.claimgraph.store.ServerFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {"Serve the store over HTTP: a read-only SPARQL endpoint at /sparql and the JSON API under /api.",
        "Writes need a bearer token from the environment variable CLAIMGRAPH_TOKEN or --token-file; without one the server is read-only."})
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "the port (default: ${DEFAULT-VALUE}; 0: any free port)", defaultValue = "3030")
    int port;

    @Option(names = "--host", paramLabel = "HOST", description = "the address to bind (default: ${DEFAULT-VALUE}, this machine only)", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", description = "stop SPARQL queries running longer (default: ${DEFAULT-VALUE})", defaultValue = "10")
    double queryTimeout;

    @Option(names = "--max-results", paramLabel = "N", description = "the most results a SPARQL query returns (default: ${DEFAULT-VALUE})", defaultValue = "10000")
    int maxResults;

    @Option(names = "--max-query-length", paramLabel = "N", description = "refuse longer SPARQL queries, in characters (default: ${DEFAULT-VALUE})", defaultValue = "20000")
    int maxQueryLength;

    @Option(names = "--token-file", paramLabel = "FILE", description = "a file holding the bearer token writes need (default: the CLAIMGRAPH_TOKEN variable; with neither, the server is read-only)")
    Path tokenFile;

    @Override public Integer call() throws Exception {
        String token = System.getenv("CLAIMGRAPH_TOKEN");
        if (tokenFile != null) {
            String notAFile = AddCommand.flagFileProblem("--token-file", tokenFile, "a token file");
            if (notAFile != null) throw new IllegalArgumentException(notAFile);
            token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (token.isEmpty()) throw new IllegalArgumentException("--token-file: " + tokenFile + " is empty");
        }
        if (token != null && token.isBlank()) token = null;
        var settings = new ClaimServer.Settings(host, port, Math.round(queryTimeout * 1000), maxResults, maxQueryLength, token);
        var w = spec.commandLine().getOut();
        CountDownLatch stopping = new CountDownLatch(1), closed = new CountDownLatch(1);
        // SIGINT/SIGTERM: wake the main thread, and let it stop the server and close the store before the JVM exits
        Thread hook = new Thread(() -> {
            stopping.countDown();
            try {
                closed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "claimgraph-stop");
        try (ClaimGraph cg = store.open(); ClaimServer server = ClaimServer.start(cg, settings)) {
            Runtime.getRuntime().addShutdownHook(hook);
            if (store.store.equals("tdb2")) ServerFile.write(store.data, server.url());
            w.println("ClaimGraph serving " + server.url() + " (SPARQL: " + server.url() + "sparql, API: " + server.url() + "api/claims; "
                    + (server.readOnly() ? "read-only: no token" : "writes need the bearer token") + "); Ctrl-C stops it");
            w.flush();
            stopping.await();
            w.println("stopping");
            w.flush();
        } finally {
            if (store.store.equals("tdb2")) ServerFile.remove(store.data);
            closed.countDown();
        }
        return 0;
    }
}
