package org.claimgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.search.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Full-text search of quotes and statements (Chinese and English; entity names and aliases count).")
final class SearchCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TEXT", description = "what to look for")
    String text;

    @Option(names = "--limit", paramLabel = "N", description = "at most N claims, 1–1000 (default: ${DEFAULT-VALUE})", defaultValue = "10")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE})", defaultValue = "table")
    String format;

    @Override public Integer call() throws Exception {
        if (!format.matches("table|json")) throw new IllegalArgumentException("--format: unknown format \"" + format + "\" (use table or json)");
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("--limit: must be between 1 and 1000, not " + limit);
        var w = spec.commandLine().getOut();
        try (ClaimGraph cg = store.openExisting()) {
            List<TextIndex.Hit> hits = cg.search(text, limit);
            if (format.equals("json")) {
                ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ArrayNode a = json.createArrayNode();
                for (TextIndex.Hit h : hits) {
                    a.addObject().put("claim", h.claim()).put("score", Math.round(h.score() * 1000) / 1000.0)
                            .put("quote", h.quote()).put("statement", h.statement()).put("fuzzy", h.fuzzy());
                }
                w.println(json.writeValueAsString(a));
            } else {
                if (hits.isEmpty()) w.println("no claim matches \"" + text + "\"");
                else if (hits.get(0).fuzzy()) w.println("no exact match for \"" + text + "\"; allowing typos:");
                for (TextIndex.Hit h : hits) {
                    w.printf("%6.2f  %s%n        %s%n        %s%n", h.score(), h.claim(), h.quote(), h.statement());
                }
            }
            w.flush();
        }
        return 0;
    }
}
