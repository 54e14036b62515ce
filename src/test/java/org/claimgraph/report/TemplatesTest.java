package org.claimgraph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private static final Path SOURCES = Path.of("src/main/resources/claimgraph/templates");

    /** The build turned every template into a class the program finds, so none fails on first view for want of it. */
    @Test
    void everyTemplateIsPrecompiled() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            names = files.filter(f -> f.toString().endsWith(".jte")).map(f -> SOURCES.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(names.size() >= 15, "templates: " + names);
        List<String> missing = names.stream().filter(n -> !Templates.engine().hasTemplate(n)).toList();
        assertEquals(List.of(), missing, "templates without a compiled class");
    }
}
