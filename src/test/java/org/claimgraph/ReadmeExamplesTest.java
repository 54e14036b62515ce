package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples print what the README shows: every {@code java -jar target/claimgraph.jar …}
 * command is run in order against one store that starts with the demo, and where output lines
 * follow it ({@code #   …}) each must appear in what it prints ("…" stands for omitted text).
 */
class ReadmeExamplesTest {

    private static final String JAR = "java -jar target/claimgraph.jar ";

    record Example(int line, List<String> args, List<String> shown) {}

    @TempDir static Path dir;

    @TestFactory
    Stream<DynamicTest> examplesPrintWhatTheReadmeShows() throws IOException {
        List<Example> examples = examples(Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8));
        assertFalse(examples.stream().allMatch(e -> e.shown().isEmpty()), "the README shows no command output");
        Path store = dir.resolve("store");
        String[] demo = {"demo", "--data", store.toString(), "--out", dir.resolve("report.md").toString()};
        assertTrue(Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), demo) == 0, "the demo failed");
        return examples.stream().map(e -> DynamicTest.dynamicTest("README line " + e.line() + ": " + String.join(" ", e.args()), () -> {
            // commands that show nothing still run, for the commands after them; those naming files
            // the README only imagines (new-claims.json) fail harmlessly
            List<String> args = localise(e.args(), store);
            StringWriter out = new StringWriter();
            Main.execute(new PrintWriter(out, true), new PrintWriter(out, true), args.toArray(String[]::new));
            String printed = out.toString();
            for (String shown : e.shown()) {
                int at = 0;
                for (String part : shown.split("…")) {
                    String p = part.strip();
                    if (p.isEmpty()) continue;
                    int i = printed.indexOf(p, at);
                    assertTrue(i >= 0, "README line " + e.line() + " shows \"" + p + "\" but the command printed:\n" + printed);
                    at = i + p.length();
                }
            }
        }));
    }

    /** The commands, with the output lines shown after them. */
    static List<Example> examples(List<String> readme) {
        List<Example> out = new ArrayList<>();
        boolean sh = false;
        for (int i = 0; i < readme.size(); i++) {
            String l = readme.get(i);
            if (l.startsWith("```")) { sh = l.equals("```sh"); continue; }
            if (!sh || !l.startsWith(JAR)) continue;
            int first = i + 1;
            StringBuilder cmd = new StringBuilder(l);
            while (cmd.toString().endsWith("\\") && i + 1 < readme.size()) {
                cmd.setLength(cmd.length() - 1);
                cmd.append(' ').append(readme.get(++i).strip());
            }
            List<String> shown = new ArrayList<>();
            while (i + 1 < readme.size() && readme.get(i + 1).startsWith("#   ")) shown.add(readme.get(++i).substring(4));
            String line = cmd.substring(JAR.length());
            if (!line.startsWith("serve") && !line.startsWith("bench") && !line.contains("--store http")) {
                out.add(new Example(first, words(line), shown));
            }
        }
        return out;
    }

    /** Shell words: single and double quotes, backslash escapes, a trailing comment dropped. */
    static List<String> words(String line) {
        List<String> w = new ArrayList<>();
        StringBuilder cur = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else if (c == '\\' && quote == '"' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) cur.append(line.charAt(++i));
                else cur.append(c);
            } else if (c == '#' && cur == null) {
                break;
            } else if (Character.isWhitespace(c)) {
                if (cur != null) { w.add(cur.toString()); cur = null; }
            } else {
                if (cur == null) cur = new StringBuilder();
                if (c == '\'' || c == '"') quote = c;
                else if (c == '\\' && i + 1 < line.length()) cur.append(line.charAt(++i));
                else cur.append(c);
            }
        }
        if (cur != null) w.add(cur.toString());
        return w;
    }

    private static boolean takesData(String command) {
        var sub = Main.commandLine(null).getSubcommands().get(command);
        return sub != null && sub.getCommandSpec().findOption("--data") != null;
    }

    /** The test's store instead of the default folder, output files in the temporary folder, globs expanded. */
    static List<String> localise(List<String> args, Path store) throws IOException {
        List<String> out = new ArrayList<>();
        boolean hasStore = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data") || a.equals("--store")) { hasStore = true; out.add("--data"); out.add(store.toString()); i++; continue; }
            if (a.equals("--out") || a.equals("--json-dir")) { out.add(a); out.add(dir.resolve("out-" + i + "-" + Path.of(args.get(i + 1)).getFileName()).toString()); i++; continue; }
            if (a.contains("*")) {
                Path p = Path.of(a);
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(p.getParent(), p.getFileName().toString())) {
                    List<String> files = new ArrayList<>();
                    ds.forEach(f -> files.add(f.toString()));
                    files.sort(null);
                    out.addAll(files);
                }
                continue;
            }
            out.add(a);
        }
        if (!hasStore && !out.isEmpty() && takesData(out.get(0))) out.addAll(1, List.of("--data", store.toString()));
        return out;
    }
}
