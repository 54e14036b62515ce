package org.claimgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.report.Publishing;
import org.claimgraph.report.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, description = "Write the credibility report of the latest check.")
final class ReportCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--document", paramLabel = "ID", description = "one document (default: every document)")
    String document;

    @Option(names = "--source", paramLabel = "PUBLISHER", description = "the track record of a source: every document whose publisher contains this")
    String source;

    @Option(names = "--claimant", paramLabel = "NAME", description = "the track record of a claimant (an entity or a group such as analysts)")
    String claimant;

    @Option(names = "--format", paramLabel = "FORMAT", description = "html, md, json or claimreview (schema.org JSON-LD) (default: ${DEFAULT-VALUE})",
            defaultValue = "md")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    Path out;

    @Option(names = "--org", paramLabel = "NAME", description = "the organisation publishing the fact checks, author of every ClaimReview (default: ${DEFAULT-VALUE})",
            defaultValue = "ClaimGraph")
    String org;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "where the HTML report is published; each claim's URL is URL#claim-N (default: the --out file name, else report.html)")
    String baseUrl;

    @Override public Integer call() throws Exception {
        Renderer renderer = Renderer.of(format);
        Publishing publishing = new Publishing(org, baseUrl != null ? baseUrl
                : out != null && out.getFileName() != null ? out.getFileName().toString() : Publishing.DEFAULTS.baseUrl());
        try (ClaimGraph cg = store.openExisting()) {
            int chosen = (document == null ? 0 : 1) + (source == null ? 0 : 1) + (claimant == null ? 0 : 1);
            if (chosen > 1) throw new IllegalArgumentException("give one of --document, --source and --claimant");
            var r = source != null || claimant != null ? cg.trackRecord(source, claimant) : cg.report(document);
            String text = renderer.render(r, publishing);
            if (out != null) Files.writeString(out, text, StandardCharsets.UTF_8);
            else { spec.commandLine().getOut().print(text); spec.commandLine().getOut().flush(); }
        }
        return 0;
    }
}
