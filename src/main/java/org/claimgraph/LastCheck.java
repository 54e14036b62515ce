package org.claimgraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.model.Settings;

/**
 * What the last full check from the command line left in the store's folder: the store's change stamp
 * just after its verdicts were saved, and what else decides verdicts (this program, the rules, the
 * settings, the Java runtime). While all of these are unchanged, running the rules again would give the
 * verdicts the store holds.
 */
final class LastCheck {
    private LastCheck() {}

    /** Its file in the store's folder, beside the text index and the compiled rules. */
    static final String FILE = "last-check";

    /** The rules' version and the number of claims of the last check, if {@code key} is what it recorded. */
    record Seen(String rulesVersion, int claims) {}

    /**
     * Everything a check's verdicts depend on, as one line; null when something cannot be told (then
     * every check runs the rules).
     */
    static String key(String storeStamp, Path rulesFolder, Settings settings) {
        if (storeStamp == null) return null;
        String program = org.claimgraph.store.Program.identity(), rules = rulesFolder == null ? "shipped" : folder(rulesFolder);
        if (program == null || rules == null) return null;
        return sha(String.join("\n", storeStamp, program, rules, settings.toString(),
                System.getProperty("java.version"), System.getProperty("java.home")));
    }

    static Seen read(Path file, String key) {
        if (key == null) return null;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() != 3 || !lines.get(0).equals(key)) return null;
            return new Seen(lines.get(1), Integer.parseInt(lines.get(2)));
        } catch (IOException | RuntimeException e) {
            return null; // none yet, or damaged: the rules run
        }
    }

    /** Records a check just saved; written beside and moved in place, so a reader never sees half of it. */
    static void write(Path file, String key, String rulesVersion, int claims) {
        try {
            if (key == null) {
                Files.deleteIfExists(file);
                return;
            }
            Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try {
                Files.writeString(tmp, key + "\n" + rulesVersion + "\n" + claims + "\n", StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only folder: the next check runs the rules
        }
    }

    /** A folder of rules: every .drl file's name and text. */
    private static String folder(Path rules) {
        try (Stream<Path> files = Files.list(rules)) {
            StringBuilder b = new StringBuilder(rules.toAbsolutePath().toString());
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                b.append('\n').append(f.getFileName()).append('\n').append(Files.readString(f, StandardCharsets.UTF_8));
            }
            return sha(b.toString());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
