package org.claimgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true, description = {
        "Find every checkable figure of an article (Chinese or English) and draft its claims: spans, values in base units, "
                + "units, precision intervals, qualifiers; subject, metric, period and claimant where the text says them, a todo list where it does not.",
        "Nothing is stored."})
final class ExtractCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the article as UTF-8 text; - reads standard input")
    String file;

    @Option(names = "--lang", paramLabel = "LANG", description = "zh or en (default: guessed from the characters)")
    String lang;

    @Option(names = "--published", paramLabel = "DATE", description = "publication date, e.g. 2025-11-20: relative dates (去年, last year, 16日) are read against it (default: none; their periods stay in todo)")
    String published;

    @Option(names = "--title", paramLabel = "T", description = "the document's title for --format claims (default: the first line)")
    String title;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json: {language, quantities, claims}; claims: a claim document draft for load and add --file (default: ${DEFAULT-VALUE})",
            defaultValue = "json")
    String format;

    @Override public Integer call() throws Exception {
        if (!format.matches("json|claims")) throw new IllegalArgumentException("--format: unknown format \"" + format + "\" (use json or claims)");
        if (lang != null && !lang.matches("(?i)zh.*|en.*")) throw new IllegalArgumentException("--lang: \"" + lang + "\" is not zh or en");
        LocalDate date = null;
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--published: \"" + published + "\" is not a date like 2025-11-20");
            }
        }
        String text = read(file);
        Extractor extractor = new Extractor(ClaimGraph.shippedVocabulary());
        ObjectNode out = extractor.extract(text, lang, date);
        if (format.equals("claims")) {
            String name = file.equals("-") ? "stdin" : Path.of(file).getFileName().toString().replaceFirst("\\.[^.]*$", "");
            out = extractor.claimDocument(out, text, name, title, date);
        }
        spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        return 0;
    }

    static String read(String file) throws java.io.IOException {
        String notAFile = file.equals("-") ? null : org.claimgraph.ingest.InputFiles.notAFile(Path.of(file));
        if (notAFile != null) throw new IllegalArgumentException(file + ": " + notAFile);
        byte[] bytes;
        try {
            bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        }
    }
}
