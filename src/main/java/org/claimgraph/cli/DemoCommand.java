package org.claimgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Assessment;
import org.claimgraph.report.MarkdownReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Load the seed article and its evidence, check every claim, print a line per claim and write report.md.")
final class DemoCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the Markdown report (default: ${DEFAULT-VALUE})", defaultValue = "report.md")
    Path out;

    @Override public Integer call() throws Exception {
        var w = spec.commandLine().getOut();
        try (ClaimGraph cg = store.open()) {
            List<String> docs = cg.loadSeed();
            String article = docs.get(0);
            List<Assessment> mine = new java.util.ArrayList<>();
            var run = cg.checkOrConfirm(a -> { if (a.claim().startsWith(article + "/")) mine.add(a); });
            if (run.note() != null) spec.commandLine().getErr().println(run.note());
            w.println("Checked " + run.claims() + " claims in " + docs.size() + " documents (" + cg.storeDescription() + "); the article \"" + article + "\":");
            for (Assessment a : mine) w.printf("%-44s %-12s %s%n", a.claim(), a.verdict(), a.reason());
            Files.writeString(out, MarkdownReport.render(cg.report(article)), StandardCharsets.UTF_8);
            w.println("Report written to " + out);
        }
        return 0;
    }
}
