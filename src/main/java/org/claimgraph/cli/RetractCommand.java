package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "retract", mixinStandardHelpOptions = true, description = "Retract a claim with a reason: it leaves the current graph for the history, never deleted.")
final class RetractCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CLAIM", description = "the claim, as document/claim") String claim;
    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "why it is retracted") String reason;
    @Option(names = "--author", paramLabel = "NAME", description = "who retracts it (recorded with PROV-O; default: no one is recorded)") String author;

    @Override public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        try (ClaimGraph cg = store.openExisting()) {
            var changed = cg.retract(claim, author, reason);
            w.println("retracted " + claim);
            for (var c : changed) w.println("  " + c.claim() + ": " + (c.from() == null ? "unchecked" : c.from()) + " → " + c.to() + ": " + c.reason());
        }
        return 0;
    }
}
