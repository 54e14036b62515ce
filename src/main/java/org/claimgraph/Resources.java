package org.claimgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

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

    /**
     * A fingerprint of some shipped files that changes when any of them does, without reading them: the
     * checksums the jar already keeps (outside a jar, their contents' checksums), and the Java version
     * (the currencies come from it).
     */
    static String fingerprint(List<String> paths) {
        StringBuilder b = new StringBuilder(System.getProperty("java.version"));
        for (String path : paths) {
            URL url = Resources.class.getClassLoader().getResource(ROOT + path);
            if (url == null) throw new IllegalArgumentException("no such file in the program: " + path);
            try {
                long crc;
                if (url.openConnection() instanceof JarURLConnection jar) {
                    jar.setUseCaches(true);
                    crc = jar.getJarEntry().getCrc();
                } else {
                    CRC32 c = new CRC32();
                    c.update(text(path).getBytes(StandardCharsets.UTF_8));
                    crc = c.getValue();
                }
                b.append(' ').append(path).append('=').append(Long.toHexString(crc));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return b.toString();
    }
}
