package org.claimgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files shipped inside the jar: the vocabulary, the gazetteer, the rules and the seed data. */
final class Resources {
    private Resources() {}

    static final String ROOT = "claimgraph/";

    static String text(String path) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) throw new IllegalArgumentException("no such file in the program: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
