package org.claimgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.report.JsonReport;
import org.claimgraph.report.MarkdownReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "Write the credibility report of the latest check.")
final class ReportCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--document", paramLabel = "ID", description = "one document (default: every document)")
    String document;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json or md (default: ${DEFAULT-VALUE})", defaultValue = "md")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    Path out;

    @Override public Integer call() throws Exception {
        if (!format.matches("json|md")) throw new IllegalArgumentException("--format: unknown format \"" + format + "\" (use json or md)");
        try (ClaimGraph cg = store.open()) {
            var r = cg.report(document);
            String text = format.equals("json") ? JsonReport.render(r) : MarkdownReport.render(r);
            if (out != null) Files.writeString(out, text, StandardCharsets.UTF_8);
            else { spec.commandLine().getOut().print(text); spec.commandLine().getOut().flush(); }
        }
        return 0;
    }
}
