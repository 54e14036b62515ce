package org.claimgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.vocab.CG;

/**
 * The files of one load, read and validated before anything is stored: claim documents (.json) and RDF
 * (.ttl, .trig, .nq, .nt, .jsonld, each into a graph named after the file). Every problem of every file
 * is collected; one and the whole load is refused.
 */
public final class InputFiles {
    /** The largest file a load reads. */
    public static final long MAX_FILE = 50L * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InputFiles() {}

    /** What the files hold: the claim documents (and definitions RDF files bring), and the RDF by graph name. */
    public record Batch(List<ClaimDocument> documents, Map<String, DatasetGraph> rdf, List<String> rdfNames, List<String> rdfPaths) {

        /** A failure of the RDF as a whole (e.g. it breaks the shapes), naming the files. */
        public BadInputException refused(RuntimeException e) {
            return new BadInputException(String.join(", ", rdfPaths) + ": " + e.getMessage());
        }

        /** The store names an RDF file by its graph's name (the file's name): the messages name the path it was given as. */
        public BadInputException namingPaths(BadInputException e) {
            List<String> names = rdfNames, paths = rdfPaths;
            if (names.isEmpty()) return e;
            List<BadInputException.Problem> out = new ArrayList<>();
            for (BadInputException.Problem p : e.detailed()) {
                String m = p.message(), all = String.join(", ", names) + ": ";
                if (m.startsWith(all)) m = String.join(", ", paths) + ": " + m.substring(all.length());
                else for (int i = 0; i < names.size(); i++) {
                    if (m.startsWith(names.get(i) + ": ")) { m = paths.get(i) + m.substring(names.get(i).length()); break; }
                }
                out.add(new BadInputException.Problem(p.field(), m));
            }
            return new BadInputException(e.kind(), out);
        }
    }

    /**
     * Reads every file with {@code batch}, a reader whose working vocabulary serves the whole load:
     * entities one file defines serve the next, and none stays if the load fails.
     *
     * @throws BadInputException naming every file and field at fault
     */
    public static Batch read(List<Path> files, ClaimDocumentReader batch) {
        List<ClaimDocument> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<DatasetGraph> rdf = new ArrayList<>();
        List<String> rdfNames = new ArrayList<>(), rdfPaths = new ArrayList<>();
        for (Path f : gazetteerFilesFirst(files)) {
            String name = f.toString();
            String notAFile = notAFile(f);
            if (notAFile != null) {
                problems.add(name + ": " + notAFile + (Files.isDirectory(f) ? ": name the files in it (" + f.resolve("*.json") + ")" : ""));
                continue;
            }
            try {
                if (Files.size(f) > MAX_FILE) { problems.add(name + ": larger than the limit of " + MAX_FILE / (1024 * 1024) + " MB"); continue; }
            } catch (IOException e) {
                problems.add(name + ": cannot read: " + e.getMessage());
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            try {
                if (lower.endsWith(".json")) {
                    String json = SiblingFiles.decode(Files.readAllBytes(f));
                    docs.add(batch.read(name, json, sibling -> SiblingFiles.read(f, sibling)));
                } else {
                    Lang lang = RDFLanguages.filenameToLang(name);
                    if (lang == null) { problems.add(name + ": unknown file type (use .json claim documents, .ttl, .trig, .nq, .nt or .jsonld)"); continue; }
                    DatasetGraph g = DatasetGraphFactory.createTxnMem();
                    byte[] bytes = Files.readAllBytes(f);
                    if (RDFLanguages.sameLang(lang, Lang.JSONLD) || lang.getName().startsWith("JSON-LD")) {
                        String remote = remoteContext(MAPPER.readTree(bytes));
                        if (remote != null) { problems.add(name + ": the JSON-LD names a remote context (" + remote + "); nothing is fetched: put the context inline"); continue; }
                    }
                    // read from the bytes, with a base of our own: nothing is fetched or resolved against the file system
                    org.apache.jena.riot.RDFParser.source(new java.io.ByteArrayInputStream(bytes)).lang(lang)
                            .base("https://w3id.org/claimgraph/imported/" + f.getFileName()).parse(g);
                    rdf.add(g);
                    rdfNames.add(f.getFileName().toString());
                    rdfPaths.add(name);
                    // metrics and units it defines serve the claim documents of the same load
                    Model defs = batch.define(name, definitionsIn(g));
                    if (!defs.isEmpty()) docs.add(new ClaimDocument(null, List.of(), List.of(), defs));
                }
            } catch (BadInputException e) {
                problems.addAll(e.problems());
            } catch (RiotException e) {
                problems.add(name + ": " + e.getMessage());
            } catch (IOException e) {
                problems.add(name + ": cannot read: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new BadInputException(problems);
        Map<String, DatasetGraph> byGraph = new LinkedHashMap<>();
        for (int i = 0; i < rdf.size(); i++) byGraph.put(CG.GRAPH + "imported/" + rdfNames.get(i), rdf.get(i));
        return new Batch(docs, byGraph, rdfNames, rdfPaths);
    }

    /**
     * Why a path someone named is not a file to read, or null: missing, a folder, or not a regular file
     * (a device, a pipe, a socket: reading one may never end).
     */
    public static String notAFile(Path f) {
        if (Files.isRegularFile(f)) return null;
        if (Files.isDirectory(f)) return "a folder, not a file";
        return Files.exists(f) ? "not a regular file" : "no such file";
    }

    /**
     * RDF files and files that bring gazetteer entries, metrics or units go first, so the claim
     * documents in the same load can name what they define.
     */
    private static List<Path> gazetteerFilesFirst(List<Path> files) {
        List<Path> first = new ArrayList<>(), rest = new ArrayList<>();
        for (Path f : files) {
            boolean entitiesOnly = !f.toString().toLowerCase(Locale.ROOT).endsWith(".json");
            if (!entitiesOnly && Files.isRegularFile(f)) {
                try {
                    JsonNode root = MAPPER.readTree(f.toFile());
                    entitiesOnly = root != null && (root.has("entities") || root.has("metrics") || root.has("units"));
                } catch (IOException e) {
                    entitiesOnly = false; // the reader reports it with line and column
                }
            }
            (entitiesOnly ? first : rest).add(f);
        }
        first.addAll(rest);
        return first;
    }

    /** The first context a JSON-LD document would fetch ("@context": "http…", or "@import"), or null. */
    private static String remoteContext(JsonNode n) {
        if (n == null) return null;
        if (n.isArray()) {
            for (JsonNode x : n) { String r = remoteContext(x); if (r != null) return r; }
            return null;
        }
        if (!n.isObject()) return null;
        for (var e : n.properties()) {
            if (e.getKey().equals("@import")) return "@import " + e.getValue().asText();
            if (e.getKey().equals("@context")) {
                JsonNode c = e.getValue();
                if (c.isTextual()) return c.asText();
                if (c.isArray()) for (JsonNode x : c) if (x.isTextual()) return x.asText();
            }
            String r = remoteContext(e.getValue());
            if (r != null) return r;
        }
        return null;
    }

    /** An RDF file's triples that may define metrics and units: all but an export's copy of the program's vocabulary. */
    private static Model definitionsIn(DatasetGraph g) {
        var all = org.apache.jena.query.DatasetFactory.wrap(g);
        Model m = ModelFactory.createDefaultModel().add(all.getDefaultModel());
        all.listModelNames().forEachRemaining(n -> {
            Model named = all.getNamedModel(n);
            if (!n.getURI().equals(CG.GRAPH_VOCABULARY)) m.add(named);
            else named.listSubjectsWithProperty(CG.definedIn).forEach(r -> m.add(named.listStatements(r, null, (org.apache.jena.rdf.model.RDFNode) null)));
        });
        return m;
    }
}
