package org.claimgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Verdict;

/**
 * A labelled workload of real fact-checks: each subfolder holding an expected.json is one case, checked
 * alone in a fresh in-memory store, and its verdict compared with the professional fact-checker's.
 */
public final class FactCheckSet {

    /** What a case stands for when it cannot be checked (bad file, missing claim). */
    public static final String ERROR = "ERROR";

    /**
     * One case: its folder name, the verdict the fact-checker's rating maps to, the verdict the checker gave
     * (or ERROR, with the error), the reason the checker gave, and the expected.json labels.
     */
    public record Case(String id, String expected, String got, String language, String factchecker, String rating,
                       String url, String reason, String error) {
        public boolean agrees() { return expected != null && expected.equals(got); }
    }

    /** Every case in folder-name order and the share of cases where the checker agreed with the professionals. */
    public record Result(List<Case> cases) {
        public long agreed() { return cases.stream().filter(Case::agrees).count(); }
        public double agreement() { return cases.isEmpty() ? 0 : (double) agreed() / cases.size(); }
    }

    static final String EXPECTED = "expected.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FactCheckSet() {}

    /**
     * Runs every case under {@code dir}.
     *
     * @param rules a folder of .drl files to use instead of the shipped rules, or null
     * @throws IllegalArgumentException when dir is no folder or holds no case
     */
    public static Result run(Path dir, Path rules) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("eval: no folder " + dir);
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve(EXPECTED))).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("eval: cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("eval: no case in " + dir + " (a case is a subfolder holding an " + EXPECTED + ")");
        }
        List<Case> cases = new ArrayList<>();
        for (Path f : folders) cases.add(runCase(f, rules));
        return new Result(cases);
    }

    private static Case runCase(Path folder, Path rules) {
        String id = folder.getFileName().toString();
        Path expectedFile = folder.resolve(EXPECTED);
        JsonNode e;
        try {
            e = JSON.readTree(expectedFile.toFile());
        } catch (IOException x) {
            return new Case(id, null, ERROR, null, null, null, null, null, expectedFile + ": " + x.getMessage());
        }
        String expected = text(e, "verdict"), claim = text(e, "claim");
        String language = text(e, "language"), factchecker = text(e, "factchecker"), rating = text(e, "rating"), url = text(e, "url");
        String problem = expectedProblem(expectedFile, expected, claim);
        if (problem != null) return new Case(id, expected, ERROR, language, factchecker, rating, url, null, problem);
        try (ClaimGraph cg = ClaimGraph.open("mem", null, rules)) {
            cg.load(documents(folder), "claimgraph eval");
            Optional<Assessment> a = cg.check().stream().filter(x -> x.claim().equals(claim)).findFirst();
            if (a.isEmpty()) {
                return new Case(id, expected, ERROR, language, factchecker, rating, url, null,
                        expectedFile + ": field \"claim\": no claim \"" + claim + "\" in the case's documents");
            }
            return new Case(id, expected, a.get().verdict().name(), language, factchecker, rating, url, a.get().reason(), null);
        } catch (RuntimeException x) {
            // a broken case is a result to report, not a reason to stop the run
            return new Case(id, expected, ERROR, language, factchecker, rating, url, null, String.valueOf(x.getMessage()));
        }
    }

    private static String expectedProblem(Path file, String verdict, String claim) {
        if (claim == null || !claim.contains("/")) return file + ": field \"claim\": want \"<document-id>/<claim-id>\"";
        if (verdict == null) return file + ": field \"verdict\": missing";
        for (Verdict v : Verdict.values()) if (v.name().equals(verdict)) return null;
        return file + ": field \"verdict\": \"" + verdict + "\" is none of SUPPORTED, UNSUPPORTED, CONTRADICTED";
    }

    /** The case's JSON files but expected.json (the loader puts gazetteer files first). */
    private static List<Path> documents(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(EXPECTED)).sorted().toList();
        } catch (IOException x) {
            throw new IllegalStateException("cannot list " + folder + ": " + x.getMessage(), x);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
