package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Write the whole graph (every named graph) as TriG.")
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    Path out;

    @Override public Integer call() throws Exception {
        try (ClaimGraph cg = store.open()) {
            if (out == null) {
                cg.store().exportTrig(System.out);
                System.out.flush();
            } else {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
                    cg.store().exportTrig(o);
                }
            }
        }
        return 0;
    }
}
