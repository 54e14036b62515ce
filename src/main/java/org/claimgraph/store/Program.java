package org.claimgraph.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Which build of this program runs: derived files (the last check, the claims snapshot) count only for the build that wrote them. */
public final class Program {
    private Program() {}

    private static final String IDENTITY = find();

    /** Its jar (path, size, time), or for a folder of classes its files' count, sizes and latest time; null when it cannot be told. */
    public static String identity() { return IDENTITY; }

    private static String find() {
        try {
            Path p = Path.of(Program.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(p)) return p + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
            long[] seen = new long[3];
            try (Stream<Path> files = Files.walk(p)) {
                files.filter(Files::isRegularFile).forEach(f -> {
                    try {
                        seen[0]++;
                        seen[1] += Files.size(f);
                        seen[2] = Math.max(seen[2], Files.getLastModifiedTime(f).toMillis());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            return p + " " + seen[0] + " " + seen[1] + " " + seen[2];
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
