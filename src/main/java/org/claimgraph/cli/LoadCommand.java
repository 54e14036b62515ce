package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true, description = "Load claim documents (.json) or RDF (.ttl, .trig, .nq) into the store; one bad file and nothing is stored.")
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "files to load")
    List<Path> files;

    @Option(names = "--author", paramLabel = "NAME", description = "who is loading (recorded with PROV-O; default: no one is recorded)")
    String author;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why stored documents' metadata or entities are redefined (needed to change them; the old versions go to the history)")
    String reason;

    @Override public Integer call() {
        try (ClaimGraph cg = store.open()) {
            var r = cg.load(files, author, reason);
            var w = spec.commandLine().getOut();
            for (var o : r.outcomes()) w.println(o.describe());
            w.println("loaded " + r.claims() + " claims from " + files.size() + " file(s); the store changed by " + r.quads() + " quads");
        }
        return 0;
    }
}
