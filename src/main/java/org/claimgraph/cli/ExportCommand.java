package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.ClaimDocumentWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = {"Write the whole graph (every named graph) as TriG, or every document as a claim document (JSON).",
        "Loading a TriG export into an empty store gives the same graph."})
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "TriG: write to a file instead of standard output")
    Path out;

    @Option(names = "--json-dir", paramLabel = "DIR", description = "write one claim document per document into DIR instead of TriG")
    Path jsonDir;

    @Override public Integer call() throws Exception {
        try (ClaimGraph cg = store.open()) {
            if (jsonDir != null) {
                Files.createDirectories(jsonDir);
                var claims = cg.claims();
                int n = 0;
                for (var d : cg.documents()) {
                    var mine = claims.stream().filter(c -> c.docId().equals(d.id())).toList();
                    Files.writeString(jsonDir.resolve(d.id() + ".json"), ClaimDocumentWriter.write(d, mine), StandardCharsets.UTF_8);
                    n++;
                }
                spec.commandLine().getOut().println("wrote " + n + " claim documents to " + jsonDir);
            } else if (out == null) {
                cg.exportTrig(System.out);
                System.out.flush();
            } else {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
                    cg.exportTrig(o);
                }
            }
        }
        return 0;
    }
}
