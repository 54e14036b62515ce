package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check` on a store nobody wrote to since its last check confirms the stored verdicts; any write, or other rules, runs the rules again. */
class CheckConfirmTest {

    static final String NOTE = "nothing was written to the store since its last check with these rules: the verdicts it holds are "
            + "confirmed, not computed again (any change runs the rules)\n";

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test void aSecondCheckConfirmsAndAWriteChecksAgain(@TempDir Path dir) throws IOException {
        String data = dir.resolve("store").toString();
        try (ClaimGraph cg = ClaimGraph.open("tdb2", Path.of(data), null)) {
            cg.loadSeed();
        }
        Run first = run("check", "--data", data);
        assertEquals(0, first.code(), first.err());
        assertEquals("", first.err());
        Run second = run("check", "--data", data);
        assertEquals(0, second.code(), second.err());
        assertEquals(first.out(), second.out(), "the same lines, in the same order, with the same rules version");
        assertEquals(NOTE, second.err());
        Run quiet = run("check", "--data", data, "--quiet");
        assertEquals(first.out().substring(first.out().lastIndexOf("checked ")), quiet.out());
        assertEquals(NOTE, quiet.err());

        String claim = "ai-trillion-bubble/techno-feudalism";
        assertEquals(0, run("retract", claim, "--reason", "test", "--data", data).code());
        Run after = run("check", "--data", data);
        assertEquals("", after.err(), "a write since: the rules run");
        assertFalse(after.out().contains(claim + " "), after.out());
        assertNotEquals(first.out(), after.out());
        assertEquals(NOTE, run("check", "--data", data).err());

        // other rules (a copy of the shipped ones in a folder): the rules run, and the next check with them confirms
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> drl = Files.list(Path.of("rules"))) {
            for (Path f : drl.filter(f -> f.toString().endsWith(".drl")).toList()) Files.copy(f, rules.resolve(f.getFileName()));
        }
        Run own = run("check", "--data", data, "--rules", rules.toString());
        assertEquals("", own.err());
        assertEquals(after.out(), own.out());
        assertEquals(NOTE, run("check", "--data", data, "--rules", rules.toString()).err());
        Files.writeString(rules.resolve("zz-empty.drl"), "package rules;\n");
        assertEquals("", run("check", "--data", data, "--rules", rules.toString()).err(), "a changed rules folder: the rules run");
        assertTrue(run("check", "--data", data).err().isEmpty(), "back to the shipped rules: the rules run");
        assertEquals(NOTE, run("check", "--data", data).err());
    }
}
