package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Files a claim document names ("textFile"): only from the document's own folder (no absolute path, no
 * "..", no link leading out), regular files, at most {@link #MAX_BYTES}, valid UTF-8.
 */
public final class SiblingFiles {
    private SiblingFiles() {}

    /** The largest text file a document may name. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /**
     * Reads {@code relative} beside {@code document}.
     *
     * @throws IllegalArgumentException saying why the file is refused, in a few words
     */
    public static String read(Path document, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.startsWith("\\") || relative.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("only a file in the document's own folder may be named (a relative path), not an absolute path");
        }
        Path rel;
        try {
            rel = Path.of(relative);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a file name: " + e.getReason(), e);
        }
        for (Path part : rel) {
            if (part.toString().equals("..")) throw new IllegalArgumentException("\"..\" may not be used: only files in the document's own folder are read");
        }
        Path folder = document.toAbsolutePath().getParent();
        Path p = folder.resolve(rel).normalize();
        try {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) throw new IllegalArgumentException("no such file " + relative);
            if (!p.toRealPath().startsWith(folder.toRealPath())) throw new IllegalArgumentException("it leads out of the document's own folder");
            if (!Files.isRegularFile(p)) throw new IllegalArgumentException("not a regular file");
            byte[] bytes;
            try (InputStream in = Files.newInputStream(p)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) throw new IllegalArgumentException("larger than the limit of " + MAX_BYTES / (1024 * 1024) + " MB");
            return decode(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read it (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 is refused, never turned into U+FFFD. */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid UTF-8 text", e);
        }
    }
}
