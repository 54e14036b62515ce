package org.claimgraph.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, description = "Run the rules over every claim in the store and save the verdicts.")
final class CheckCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--quiet", description = "print only the counts")
    boolean quiet;

    @Override public Integer call() {
        var w = spec.commandLine().getOut();
        try (ClaimGraph cg = store.openExisting()) {
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            // with --quiet the verdicts are only counted, as the rules make them: none is held
            var run = quiet ? cg.checkOrConfirmVerdicts((claim, v) -> counts.merge(v, 1, Integer::sum)) : cg.checkOrConfirm(a -> {
                counts.merge(a.verdict(), 1, Integer::sum);
                w.printf("%-44s %-12s %s%n", a.claim(), a.verdict(), a.reason());
            });
            w.println("checked " + run.claims() + " claims with rules " + run.rulesVersion() + ": " + counts);
            if (run.note() != null) spec.commandLine().getErr().println(run.note());
        }
        return 0;
    }
}
