package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseTest {

    @Test
    void aRuleThatDoesNotCompileStopsWithFileLineAndMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package rules;\n\nrule \"broken\"\nwhen\n    NoSuchFact()\nthen\nend\n");
        var e = assertThrows(RuleCompileException.class, () -> RuleBase.fromFolder(dir));
        assertTrue(e.getMessage().startsWith("a rule file does not compile:\n" + dir.resolve("broken.drl") + ", line 5: "), e.getMessage());
        assertTrue(e.getMessage().contains("NoSuchFact"), e.getMessage());
    }

    @Test
    void aFolderWithoutRulesIsRefused(@TempDir Path dir) {
        assertEquals("no .drl files in " + dir, assertThrows(IllegalArgumentException.class, () -> RuleBase.fromFolder(dir)).getMessage());
        assertEquals("rules folder " + dir.resolve("x") + " does not exist",
                assertThrows(IllegalArgumentException.class, () -> RuleBase.fromFolder(dir.resolve("x"))).getMessage());
    }

    @Test
    void aFolderWithoutResolveOrVerdictRulesChecksWithTheRulesItHas(@TempDir Path dir) throws Exception {
        // findings alone: with no verdict rule every claim stays unsupported, its findings still told
        Files.copy(Path.of("rules/evidence.drl"), dir.resolve("evidence.drl"));
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.loadSeed();
            var out = new Checker(RuleBase.fromFolder(dir), cg.vocabulary(), cg.settings()).check(cg.documents(), cg.claims());
            assertEquals(cg.claims().size(), out.size());
            assertTrue(out.stream().allMatch(a -> a.verdict() == Verdict.UNSUPPORTED), "no verdict rule, no verdict but the default");
            assertTrue(out.stream().anyMatch(a -> a.findings().stream().anyMatch(f -> f.rule().startsWith("evidence."))), "the evidence rules fired");
        }
    }

    @Test
    void compiledRulesAreReadFromTheCacheAndGiveTheSameAssessments(@TempDir Path cache) throws Exception {
        RuleBase compiled = RuleBase.fromFolder(Path.of("rules"), cache);
        assertFalse(compiled.fromCache);
        List<Path> files;
        try (var s = Files.list(cache)) { files = s.toList(); }
        assertEquals(1, files.size(), "one cached rule base: " + files);
        assertTrue(files.get(0).getFileName().toString().matches("rules-[0-9a-f]{32}-java\\d+\\.bin"), files.get(0).toString());
        RuleBase read = RuleBase.fromFolder(Path.of("rules"), cache);
        assertTrue(read.fromCache);
        assertEquals(compiled.version(), read.version());
        try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
            cg.loadSeed();
            var a = new Checker(compiled, cg.vocabulary(), cg.settings()).check(cg.documents(), cg.claims());
            var b = new Checker(read, cg.vocabulary(), cg.settings()).check(cg.documents(), cg.claims());
            assertTrue(a.stream().anyMatch(x -> x.verdict() == Verdict.CONTRADICTED), "the seed has contradicted claims");
            assertEquals(a, b);
        }
        // a damaged cache is compiled again and replaced
        Files.write(files.get(0), new byte[] {1, 2, 3});
        assertFalse(RuleBase.fromFolder(Path.of("rules"), cache).fromCache);
        assertTrue(RuleBase.fromFolder(Path.of("rules"), cache).fromCache);
    }

    @Test
    void theShippedRulesCompileOnceWithAVersion() {
        RuleBase a = RuleBase.shipped();
        assertEquals(12, a.version().length());
        assertTrue(a.files().contains("verdict.drl"));
        assertTrue(a == RuleBase.shipped(), "compiled once per process");
    }
}
