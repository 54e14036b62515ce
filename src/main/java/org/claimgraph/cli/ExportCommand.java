package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.ClaimDocumentWriter;
import org.claimgraph.model.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = {"Write the whole graph (every named graph) as TriG, or every document as a claim document (JSON).",
        "Loading a TriG export into an empty store gives the same graph."})
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "TriG: write to a file instead of standard output")
    Path out;

    @Option(names = "--json-dir", paramLabel = "DIR", description = "write one claim document per document into DIR instead of TriG, "
            + "with the entities they use that the program does not ship in _gazetteer.json: `load DIR/*.json` into an empty store gives the same claims")
    Path jsonDir;

    /** An entry as a comparable whole, whatever order a store gives its aliases and links in. */
    private static List<Object> contents(Entity e) {
        return java.util.Arrays.asList(e.id(), e.labelEn(), e.labelZh(), Set.copyOf(e.aliases()), e.type(), e.role(), Set.copyOf(e.sameAs()));
    }

    /** Its name cannot be a document's: ids are slugs, without "_". */
    static final String GAZETTEER = "_gazetteer.json";

    @Override public Integer call() throws Exception {
        try (ClaimGraph cg = store.openExisting()) {
            if (jsonDir != null) {
                Files.createDirectories(jsonDir);
                var claims = cg.claims();
                int n = 0;
                for (var d : cg.documents()) {
                    var mine = claims.stream().filter(c -> c.docId().equals(d.id())).toList();
                    Files.writeString(jsonDir.resolve(d.id() + ".json"), ClaimDocumentWriter.write(d, mine), StandardCharsets.UTF_8);
                    n++;
                }
                // the entities the documents brought (not the shipped ones), so the folder loads into an empty store
                var shipped = ClaimGraph.shippedVocabulary();
                var own = cg.vocabulary().entities().stream().filter(e -> shipped.entity(e.id()) == null || !contents(e).equals(contents(shipped.entity(e.id()))))
                        .sorted(java.util.Comparator.comparing(Entity::id)).toList();
                if (!own.isEmpty()) Files.writeString(jsonDir.resolve(GAZETTEER), ClaimDocumentWriter.writeEntities(own), StandardCharsets.UTF_8);
                spec.commandLine().getOut().println("wrote " + n + " claim documents" + (own.isEmpty() ? "" : " and " + GAZETTEER + " (" + own.size() + " entities)")
                        + " to " + jsonDir);
            } else if (out == null) {
                cg.exportTrig(System.out);
                System.out.flush();
            } else {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
                    cg.exportTrig(o);
                }
            }
        }
        return 0;
    }
}
