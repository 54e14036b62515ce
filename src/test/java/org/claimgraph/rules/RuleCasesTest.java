package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.claimgraph.ingest.ClaimDocument;
import org.claimgraph.ingest.ClaimDocumentReader;
import org.claimgraph.vocab.Vocabulary;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Finding;
import org.claimgraph.model.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of every rules/*.cases.json: the case's claim documents are read as a user's would be,
 * checked with the rules of rules/, and each expected verdict and finding is asserted. A finding listed
 * under "absent" must not be there (how a passing case shows a rule stays quiet).
 */
class RuleCasesTest {

    private static final Path RULES = Path.of("rules");
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> CASE_FIELDS = Set.of("name", "expect", "documents", "entities", "verdicts", "findings", "absent");
    private static final Set<String> FINDING_FIELDS = Set.of("claim", "rule", "effect", "kind", "caveat");
    private static final Pattern RULE_NAME = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    /** A rule's attribute saying it makes a fact other rules of its file match, no finding: their cases show it. */
    private static final Pattern INTERMEDIATE = Pattern.compile("^\\s*@intermediate\\b", Pattern.MULTILINE);

    private static RuleBase rules;
    private static Model vocabulary;
    private static Model gazetteer;

    @BeforeAll
    static void compileOnce() {
        rules = RuleBase.fromFolder(RULES);
        vocabulary = Vocabulary.shipped(Path.of("."));
        gazetteer = RDFDataMgr.loadModel("ontology/entities.ttl");
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Path f : casesFiles()) {
            for (JsonNode c : JSON.readTree(Files.readString(f, StandardCharsets.UTF_8)).path("cases")) {
                out.add(Arguments.of(f.getFileName().toString(), c.path("name").asText(), c));
            }
        }
        return out.stream();
    }

    /** The case of rules/{@code file} whose name ends with {@code nameEnd}. */
    static JsonNode caseNamed(String file, String nameEnd) throws IOException {
        for (JsonNode c : JSON.readTree(Files.readString(RULES.resolve(file), StandardCharsets.UTF_8)).path("cases")) {
            if (c.path("name").asText().endsWith(nameEnd)) return c;
        }
        throw new IllegalArgumentException(file + ": no case named \"…" + nameEnd + "\"");
    }

    private static List<Path> casesFiles() throws IOException {
        try (Stream<Path> s = Files.list(RULES)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".cases.json")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void ruleCase(String file, String name, JsonNode c) throws IOException {
        for (Iterator<String> it = c.fieldNames(); it.hasNext();) {
            String field = it.next();
            assertTrue(CASE_FIELDS.contains(field), file + ", case \"" + name + "\": unknown field \"" + field + "\"");
        }
        assertFalse(name.isBlank(), file + ": a case without a name");
        assertTrue(Set.of("pass", "fail").contains(c.path("expect").asText()), file + ", case \"" + name + "\": expect must be pass or fail");
        assertTrue(c.path("verdicts").size() + c.path("findings").size() > 0, file + ", case \"" + name + "\": asserts nothing");

        Map<String, Assessment> byClaim = run(name, c);

        List<String> failures = new ArrayList<>();
        for (var e : c.path("verdicts").properties()) {
            Assessment a = byClaim.get(e.getKey());
            if (a == null) failures.add("no claim " + e.getKey() + " (claims: " + byClaim.keySet() + ")");
            else if (!a.verdict().name().equals(e.getValue().asText())) {
                failures.add(e.getKey() + ": expected " + e.getValue().asText() + ", got " + describe(a));
            }
        }
        for (JsonNode f : c.path("findings")) {
            String problem = findingProblem(f, byClaim, true);
            if (problem != null) failures.add(problem);
        }
        for (JsonNode f : c.path("absent")) {
            String problem = findingProblem(f, byClaim, false);
            if (problem != null) failures.add(problem);
        }
        if (!failures.isEmpty()) fail(file + ", case \"" + name + "\":\n" + String.join("\n", failures));
    }

    /** The finding of {@code rule} on {@code claim} in the case of {@code file} whose name ends with {@code nameEnd}. */
    /** The first finding of the rule in the case, whichever claim it is on. */
    static Finding finding(String file, String nameEnd, String rule) throws IOException {
        return run(nameEnd, caseNamed(file, nameEnd)).values().stream().flatMap(a -> a.findings().stream())
                .filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
    }

    static Finding finding(String file, String nameEnd, String claim, String rule) throws IOException {
        return run(nameEnd, caseNamed(file, nameEnd)).get(claim).findings().stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
    }

    /** Reads a case's documents as a user's would be read and checks them with the rules of rules/. */
    static Map<String, Assessment> run(String name, JsonNode c) throws IOException {
        Vocabulary vocab = new Vocabulary(vocabulary, gazetteer);
        ClaimDocumentReader reader = new ClaimDocumentReader(vocab, Settings.DEFAULTS);
        if (c.has("entities")) {
            ObjectNode gaz = JSON.createObjectNode();
            gaz.set("entities", c.get("entities"));
            reader.read("case " + name + " entities", JSON.writeValueAsString(gaz), CASE_HAS_NO_FILES);
        }
        List<Document> docs = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        int n = 0;
        for (JsonNode d : c.path("documents")) {
            ClaimDocument cd = reader.read("case " + name + " doc " + (++n), JSON.writeValueAsString(d), CASE_HAS_NO_FILES);
            docs.add(cd.document());
            claims.addAll(cd.claims());
        }
        Map<String, Assessment> byClaim = new HashMap<>();
        List<Assessment> one = new Checker(rules, vocab, Settings.DEFAULTS).check(docs, claims);
        for (Assessment a : one) byClaim.put(a.claim(), a);
        // every group no rule joins across in a session of its own: the same assessments
        assertEquals(one, new Checker(rules, vocab, Settings.DEFAULTS, 1).check(docs, claims), name + ": checked group by group");
        return byClaim;
    }

    private static final Function<String, String> CASE_HAS_NO_FILES = rel -> {
        throw new IllegalArgumentException("cases carry their text inline");
    };

    /** Null when the expectation holds, else what went wrong with the claim's whole assessment. */
    private static String findingProblem(JsonNode f, Map<String, Assessment> byClaim, boolean wanted) {
        for (Iterator<String> it = f.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!FINDING_FIELDS.contains(field)) return "unknown field \"" + field + "\" in " + f;
        }
        Assessment a = byClaim.get(f.path("claim").asText());
        if (a == null) return "no claim " + f.path("claim").asText() + " (claims: " + byClaim.keySet() + ")";
        boolean found = a.findings().stream().anyMatch(x -> matches(f, x));
        if (found == wanted) return null;
        return (wanted ? "missing finding " : "unexpected finding ") + f + " on " + describe(a);
    }

    private static boolean matches(JsonNode want, Finding x) {
        if (!x.rule().equals(want.path("rule").asText())) return false;
        if (want.has("effect") && !x.effect().name().equals(want.get("effect").asText())) return false;
        if (want.has("kind") && !x.kind().name().equals(want.get("kind").asText())) return false;
        return !want.has("caveat") || x.caveat() != null && x.caveat().contains(want.get("caveat").asText());
    }

    private static String describe(Assessment a) {
        StringBuilder b = new StringBuilder(a.claim() + " " + a.verdict() + "\n  reason: " + a.reason() + "\n  caveats: " + a.caveats());
        for (Finding f : a.findings()) {
            b.append("\n  - ").append(f.rule()).append(' ').append(f.effect()).append(' ').append(f.kind())
                    .append(f.caveat() == null ? "" : " [" + f.caveat() + "]").append(": ").append(f.message());
        }
        return b.toString();
    }

    /**
     * Each rule is shown firing and shown staying quiet: some case of its file expects a finding of it
     * (asserted when the case runs) and some case lists it under "absent". Verdict rules, which make
     * decisions rather than findings, are shown by a case expecting their verdict and one expecting another;
     * a rule marked {@code @intermediate} makes a fact the other rules of its file match, shown by their cases.
     */
    @Test
    void everyRuleFiresInOneCaseAndIsAbsentInAnother() throws IOException {
        List<Path> drls;
        try (Stream<Path> s = Files.list(RULES)) {
            drls = s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        }
        assertFalse(drls.isEmpty(), "no .drl files in " + RULES.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (Path drl : drls) {
            String base = drl.getFileName().toString().replaceFirst("\\.drl$", "");
            Path casesFile = RULES.resolve(base + ".cases.json");
            if (!Files.isRegularFile(casesFile)) { problems.add(drl.getFileName() + ": no " + casesFile.getFileName()); continue; }
            JsonNode cases = JSON.readTree(Files.readString(casesFile, StandardCharsets.UTF_8)).path("cases");
            long pass = 0, failing = 0;
            Set<String> fired = new HashSet<>(), quiet = new HashSet<>(), verdicts = new HashSet<>();
            for (JsonNode c : cases) {
                if (c.path("expect").asText().equals("pass")) pass++;
                if (c.path("expect").asText().equals("fail")) failing++;
                c.path("findings").forEach(f -> fired.add(f.path("rule").asText()));
                c.path("absent").forEach(f -> quiet.add(f.path("rule").asText()));
                c.path("verdicts").forEach(v -> verdicts.add("verdict." + v.asText().toLowerCase(java.util.Locale.ROOT)));
            }
            if (pass == 0) problems.add(casesFile.getFileName() + ": no passing case");
            if (failing == 0) problems.add(casesFile.getFileName() + ": no failing case");
            String text = Files.readString(drl, StandardCharsets.UTF_8);
            Matcher m = RULE_NAME.matcher(text);
            while (m.find()) {
                String rule = m.group(1);
                if (rule.startsWith("verdict.")) {
                    if (!verdicts.contains(rule)) problems.add(casesFile.getFileName() + ": no case expects the verdict of \"" + rule + "\"");
                    if (verdicts.size() < 2) problems.add(casesFile.getFileName() + ": no case expects a verdict other than \"" + rule + "\"");
                    continue;
                }
                if (INTERMEDIATE.matcher(text.substring(m.end(), text.indexOf("when", m.end()))).find()) continue;
                if (!fired.contains(rule)) problems.add(casesFile.getFileName() + ": no case expects a finding of \"" + rule + "\"");
                if (!quiet.contains(rule)) problems.add(casesFile.getFileName() + ": no case lists \"" + rule + "\" as absent");
            }
        }
        assertEquals(List.of(), problems);
    }
}
