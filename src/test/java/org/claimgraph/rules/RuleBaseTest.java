package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseTest {

    @Test
    void aRuleThatDoesNotCompileStopsWithFileLineAndMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package rules;\n\nrule \"broken\"\nwhen\n    NoSuchFact()\nthen\nend\n");
        var e = assertThrows(RuleCompileException.class, () -> RuleBase.fromFolder(dir));
        assertTrue(e.getMessage().startsWith("a rule file does not compile:\nrules/broken.drl, line 5: "), e.getMessage());
        assertTrue(e.getMessage().contains("NoSuchFact"), e.getMessage());
    }

    @Test
    void aFolderWithoutRulesIsRefused(@TempDir Path dir) {
        assertEquals("no .drl files in " + dir, assertThrows(IllegalArgumentException.class, () -> RuleBase.fromFolder(dir)).getMessage());
        assertEquals("rules folder " + dir.resolve("x") + " does not exist",
                assertThrows(IllegalArgumentException.class, () -> RuleBase.fromFolder(dir.resolve("x"))).getMessage());
    }

    @Test
    void theShippedRulesCompileOnceWithAVersion() {
        RuleBase a = RuleBase.shipped();
        assertEquals(12, a.version().length());
        assertTrue(a.files().contains("verdict.drl"));
        assertTrue(a == RuleBase.shipped(), "compiled once per process");
    }
}
