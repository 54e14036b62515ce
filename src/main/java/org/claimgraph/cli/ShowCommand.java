package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a claim: its verdict, findings and its history of revisions.")
final class ShowCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CLAIM", description = "the claim, as document/claim") String claim;

    @Override public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        try (ClaimGraph cg = store.openExisting()) {
            var found = cg.claim(claim);
            var history = cg.history(claim);
            if (found.isEmpty() && history.isEmpty()) throw new IllegalArgumentException("no claim \"" + claim + "\" in the store (write it as document/claim)");
            if (found.isEmpty()) w.println(claim + ": retracted");
            else {
                var c = found.get();
                w.println(c.key() + ": " + c.statement());
                w.println("  quote: " + c.quote());
                String about = (c.subject() == null ? "" : ", subject: " + c.subject() + (c.object() == null ? "" : " and " + c.object()))
                        + (c.metric() == null ? "" : ", metric: " + c.metric()) + (c.scope() == null ? "" : ", scope: " + c.scope())
                        + (c.rank() == null ? "" : ", rank: " + c.rank() + (c.fromLowest() ? " from the lowest" : ""))
                        + (c.rankOver() == null ? "" : ", over: " + c.rankOver().label());
                if (!about.isEmpty()) w.println("  " + about.substring(2));
                w.println("  claimant: " + c.claimant() + (c.value() == null ? "" : ", value: " + c.value().statedAs() + (c.value().per() == null ? "" : " " + org.claimgraph.vocab.Wording.a(c.value().per())) + forOne(cg, c.value().basis())) + (c.period() == null ? "" : ", period: " + c.period()));
                var a = cg.assessment(claim).orElse(null);
                if (a == null) w.println("  not checked yet");
                else {
                    w.println("  verdict: " + a.verdict() + ": " + a.reason());
                    if (!a.caveats().isEmpty()) w.println("  caveats: " + String.join("; ", a.caveats()));
                    for (Finding f : a.findings()) w.println("  - " + f.effect() + " " + f.kind() + " " + f.rule() + ": " + f.message());
                }
            }
            if (history.isEmpty()) w.println("  history: no earlier versions");
            for (var r : history) {
                w.println("  revision " + r.number() + " (replaced " + r.time() + (r.author() == null ? "" : " by " + r.author()) + ": " + r.reason() + "): "
                        + r.claim().statement() + (r.claim().value() == null ? "" : " [" + r.claim().value().statedAs() + "]"));
            }
        }
        return 0;
    }

    /** The basis a figure is for; the vocabulary, the slowest thing to open, only when there is one. */
    private static String forOne(ClaimGraph cg, String basis) {
        return basis == null ? "" : cg.vocabulary().forOne(basis);
    }
}
