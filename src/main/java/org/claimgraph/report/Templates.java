package org.claimgraph.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The HTML templates (jte, in the resources under claimgraph/templates/), shared by the report file and the
 * server's pages. Every ${…} is HTML-escaped for where it stands (text, attribute). The build turns them
 * into Java classes (jte-maven-plugin), so rendering needs no compiler.
 */
public final class Templates {
    private Templates() {}

    /** Where the build puts the templates' classes. */
    static final String PACKAGE = "org.claimgraph.report.templates";

    private static TemplateEngine engine;

    static synchronized TemplateEngine engine() {
        if (engine == null) engine = TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE);
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
}
