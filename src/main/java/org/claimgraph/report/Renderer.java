package org.claimgraph.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One report format: turns a report into text. A new format is one more entry in {@link #FORMATS}. */
@FunctionalInterface
public interface Renderer {

    String render(Report report, Publishing publishing);

    /** The formats by name, in the order the help lists them. */
    Map<String, Renderer> FORMATS = formats();

    private static Map<String, Renderer> formats() {
        Map<String, Renderer> m = new LinkedHashMap<>();
        m.put("html", HtmlReport::render);
        m.put("md", (r, p) -> MarkdownReport.render(r));
        m.put("json", (r, p) -> JsonReport.render(r));
        m.put("claimreview", ClaimReviewJson::render);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The renderer of a format name, or an error naming the formats there are. */
    static Renderer of(String format) {
        Renderer r = FORMATS.get(format);
        if (r == null) {
            List<String> names = List.copyOf(FORMATS.keySet());
            throw new IllegalArgumentException("--format: unknown format \"" + format + "\" (use "
                    + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1) + ")");
        }
        return r;
    }
}
