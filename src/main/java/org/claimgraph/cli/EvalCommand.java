package org.claimgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.bench.FactCheckSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the checker against professional fact-checks: every subfolder of DIR holding an expected.json is one case, "
                + "loaded (gazetteer files first) into a fresh in-memory store and checked; the verdict of the claim expected.json names "
                + "is compared with the fact-checker's.",
                "A case that fails to load is reported as ERROR with its error. Exit 0 when the cases ran, 2 when DIR is missing or holds no case."})
final class EvalCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a folder of case folders, e.g. data/factchecks")
    Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a line per case, then the agreement) or json ({\"cases\": [...], \"agreement\": 0–1}: each case's id, verdicts and language, "
                    + "with the checker's reason where it disagrees; the fact-checker, rating and URL stay in the case's expected.json); default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--why", description = "text: print the checker's reason (or the error) under every case where it disagrees; json: give the reason of every case, agreeing or not")
    boolean why;

    @Option(names = "--rules", paramLabel = "DIR", description = "a folder of .drl rules to use instead of the shipped ones")
    Path rules;

    @Override public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("--format: unknown format \"" + format + "\" (use text or json)");
        }
        FactCheckSet.Result r = FactCheckSet.run(dir, rules);
        PrintWriter w = spec.commandLine().getOut();
        if (format.equals("json")) {
            w.println(json(r, why));
            return 0;
        }
        w.printf("%-44s %-12s %-12s %-5s %s%n", "case", "expected", "got", "lang", "fact-checker");
        for (FactCheckSet.Case c : r.cases()) {
            w.printf("%-44s %-12s %-12s %-5s %s%n", c.id(), c.expected(), c.got(), c.language(), c.factchecker());
            if (why && !c.agrees()) w.println("    " + (c.error() != null ? c.error() : c.reason()));
        }
        w.printf(Locale.ROOT, "agreement: %d of %d cases (%.1f%%)%n", r.agreed(), r.cases().size(), r.agreement() * 100);
        return 0;
    }

    /**
     * The cases as JSON: errors always, reasons where the checker disagrees (an agreeing case's reason only asked for: a set of
     * hundreds is read for its disagreements). Only what the run found, not what expected.json already says (its fact-checker,
     * rating and URL made 60% of the bytes), one case a line, unindented: a set of a thousand stays under the 128 KiB a
     * program can be handed as one argument, and still reads line by line.
     */
    private static String json(FactCheckSet.Result r, boolean every) throws Exception {
        ObjectMapper m = new ObjectMapper();
        StringBuilder b = new StringBuilder("{\"cases\": [");
        String sep = "\n";
        for (FactCheckSet.Case c : r.cases()) {
            ObjectNode o = m.createObjectNode().put("id", c.id()).put("expected", c.expected()).put("got", c.got())
                    .put("language", c.language());
            if (c.error() != null) o.put("error", c.error());
            else if (every || !c.agrees()) o.put("reason", c.reason());
            b.append(sep).append(m.writeValueAsString(o));
            sep = ",\n";
        }
        return b.append("\n], \"agreed\": ").append(r.agreed()).append(", \"agreement\": ").append(m.writeValueAsString(r.agreement())).append('}').toString();
    }
}
