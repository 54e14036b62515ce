package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.extract.Evaluation;
import org.claimgraph.extract.Extractor;
import org.claimgraph.vocab.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval-extract", mixinStandardHelpOptions = true, description = {
        "Score extract against hand-annotated gold files (each article a .txt file, its answers beside it in a .gold.json of the same name): "
                + "recall and precision per file, per language and in total, "
                + "and how often the drafted claims' subject, metric and period are right. A quantity matches when spans overlap, units are equal "
                + "and values agree within 0.5%% (dates and years exactly)."})
final class EvalExtractCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a folder of *.gold.json files, e.g. data/extract-gold")
    Path dir;

    @Option(names = "--details", description = "also list, per file, the gold figures missed, the figures found that are not in the gold file, "
            + "and each figure whose drafted subject, metric or period disagrees with the gold (the gold's words, then the draft's)")
    boolean details;

    @Override public Integer call() throws Exception {
        Vocabulary v = ClaimGraph.shippedVocabulary();
        List<Evaluation.FileScore> scores = new Evaluation(new Extractor(v), v).run(dir);
        var w = spec.commandLine().getOut();
        w.print(Evaluation.table(scores));
        w.flush();
        if (details) {
            for (Evaluation.FileScore s : scores) {
                if (!s.missed().isEmpty()) w.println(s.file() + " missed: " + String.join(", ", s.missed()));
                if (!s.extra().isEmpty()) w.println(s.file() + " not in gold: " + String.join(", ", s.extra()));
                s.wrongClaims().forEach(x -> w.println(s.file() + " claim " + x));
            }
        }
        return 0;
    }
}
