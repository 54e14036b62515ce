package org.claimgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ClaimGraph;

/**
 * What the build runs, in one JVM, to record the class-data archive {@link Relaunch} hands to repeated
 * commands: a report in Markdown and in HTML, a report of one document (its claims read by queries, not from the
 * snapshot), two shipped queries, a search and a show on a store (the demo's), so the archive holds the classes
 * those commands load. Not a command: {@code java -cp claimgraph-all.jar org.claimgraph.cli.ClassData STORE}
 * under {@code -XX:DumpLoadedClassList}, the list the static archive is dumped from.
 */
final class ClassData {

    private ClassData() {}

    public static void main(String[] args) {
        String data = args[0];
        String claim;
        String word;
        String doc;
        try (ClaimGraph cg = ClaimGraph.open("tdb2", Path.of(data), null)) {
            var first = cg.claims().get(0);
            claim = first.key();
            doc = first.docId();
            word = first.statement().split("\\s+")[0];
        }
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"report", "--data", data});
        commands.add(new String[] {"report", "--data", data, "--format", "html"});
        commands.add(new String[] {"report", "--data", data, "--document", doc});
        commands.add(new String[] {"query", "--data", data, "verdicts-by-document"});
        commands.add(new String[] {"query", "--data", data, "--format", "csv", "contradicted"});
        commands.add(new String[] {"search", "--data", data, word});
        commands.add(new String[] {"show", "--data", data, claim});
        for (String[] command : commands) {
            StringWriter err = new StringWriter();
            int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), command);
            if (code != 0) {
                System.err.println(String.join(" ", command) + " failed (exit " + code + "): " + err);
                System.exit(1);
            }
        }
        System.exit(0);
    }
}
