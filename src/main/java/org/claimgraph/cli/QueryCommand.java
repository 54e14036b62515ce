package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.claimgraph.ClaimGraph;
import org.claimgraph.search.NamedQueries;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true, description = {"Run a SPARQL query over the store (the default graph is the union of all graphs), "
        + "or a named query shipped with ClaimGraph:", "${COMMAND-NAME} NAME [--param k=v]…, NAME one of: "
        + "contradicted, verdicts-by-document, unsourced, claimant-record (claimant), source-record (publisher), entity-claims (entity)"})
final class QueryCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "SPARQL|NAME", description = "the query text, or the name of a shipped query") String text;
        @Option(names = "--file", paramLabel = "FILE", description = "read the query from a file") Path file;
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}); CONSTRUCT/DESCRIBE print Turtle", defaultValue = "table")
    String format;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a parameter of a named query, repeatable: entity=… (entity-claims), claimant=… (claimant-record), publisher=… (source-record)")
    Map<String, String> params = new LinkedHashMap<>();

    @Override public Integer call() throws Exception {
        if (!format.matches("table|csv|json")) throw new IllegalArgumentException("--format: unknown format \"" + format + "\" (use table, csv or json)");
        String notAFile = source.file == null ? null : AddCommand.flagFileProblem("--file", source.file, "a query");
        if (notAFile != null) throw new IllegalArgumentException(notAFile);
        String q = source.file != null ? Files.readString(source.file, StandardCharsets.UTF_8) : source.text;
        boolean named = source.text != null && source.text.matches("[a-z][a-z0-9-]*");
        if (named && NamedQueries.find(q).isEmpty()) {
            throw new IllegalArgumentException("no named query \"" + q + "\"; named queries: "
                    + String.join(", ", NamedQueries.all().stream().map(NamedQueries.Named::name).toList()));
        }
        if (!named && !params.isEmpty()) throw new IllegalArgumentException("--param: only named queries take parameters");
        var w = spec.commandLine().getOut();
        try (ClaimGraph cg = store.openExisting()) {
            java.util.function.Function<org.apache.jena.query.QueryExecution, String> print = qe -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                var query = qe.getQuery();
                if (query.isSelectType()) {
                    var rs = qe.execSelect();
                    switch (format) {
                        case "csv" -> ResultSetFormatter.outputAsCSV(bytes, rs);
                        case "json" -> ResultSetFormatter.outputAsJSON(bytes, rs);
                        default -> bytes.writeBytes(TextTable.render(rs, query.getPrefixMapping()).getBytes(StandardCharsets.UTF_8));
                    }
                } else if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    if (format.equals("json")) ResultSetFormatter.outputAsJSON(bytes, b);
                    else bytes.writeBytes(Boolean.toString(b).concat("\n").getBytes(StandardCharsets.UTF_8));
                } else {
                    RDFDataMgr.write(bytes, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
                }
                return bytes.toString(StandardCharsets.UTF_8);
            };
            String text = named ? cg.query(NamedQueries.bind(NamedQueries.find(q).orElseThrow(), params, cg::vocabulary), print) : cg.query(q, print);
            w.print(text);
            w.flush();
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("the query does not parse: " + e.getMessage(), e);
        }
        return 0;
    }
}
