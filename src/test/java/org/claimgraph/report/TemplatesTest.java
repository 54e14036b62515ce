package org.claimgraph.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    /** Compiles every template of the program at once, so a broken one fails here with its file and line, not on first view. */
    @Test
    void everyTemplateCompiles(@TempDir Path classes) {
        TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(Path.of("src/main/resources/claimgraph/templates")), classes,
                ContentType.Html, getClass().getClassLoader());
        List<String> names = engine.precompileAll();
        assertTrue(names.size() >= 15, "templates compiled: " + names);
    }
}
