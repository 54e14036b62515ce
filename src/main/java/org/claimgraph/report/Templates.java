package org.claimgraph.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import gg.jte.resolve.ResourceCodeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The HTML templates (jte, in the resources under claimgraph/templates/), shared by the report file and the
 * server's pages. Every ${…} is HTML-escaped for where it stands (text, attribute). Templates are
 * compiled on first use into a temporary folder, removed when the program ends.
 */
public final class Templates {
    private Templates() {}

    private static TemplateEngine engine;

    private static synchronized TemplateEngine engine() {
        if (engine == null) {
            try {
                Path classes = Files.createTempDirectory("claimgraph-templates");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(classes), "claimgraph-templates-cleanup"));
                ClassLoader loader = Templates.class.getClassLoader();
                TemplateEngine e = TemplateEngine.create(new ResourceCodeResolver("claimgraph/templates", loader), classes, ContentType.Html, loader);
                e.setTrimControlStructures(true);
                engine = e;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a folder for the compiled templates", e);
            }
        }
        return engine;
    }

    /** Renders templates/NAME with its parameters by name. */
    public static String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput(32 * 1024);
        try {
            engine().render(name, params, out);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** The stylesheet both the report (inline) and the pages (served) use. */
    public static String css() { return asset("claimgraph.css"); }

    /** A file the pages load from /assets/NAME: the stylesheet and the one script. */
    public static String asset(String name) {
        try (var in = Templates.class.getClassLoader().getResourceAsStream("claimgraph/assets/" + name)) {
            if (in == null) throw new IllegalArgumentException("no asset " + name);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
