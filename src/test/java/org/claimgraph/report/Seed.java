package org.claimgraph.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.ClaimGraph;

/** The seed article and its evidence, loaded and checked once in memory for the report tests. */
final class Seed {
    private Seed() {}

    static final String ARTICLE = "ai-trillion-bubble";
    private static Report report;

    static synchronized Report report() {
        if (report == null) {
            try (ClaimGraph cg = ClaimGraph.open("mem", null, null)) {
                cg.loadSeed();
                cg.check();
                report = cg.report(ARTICLE);
            }
        }
        return report;
    }

    private static final Pattern SEGMENT = Pattern.compile("<a class=\"hl [^\"]*\" href=\"#claim-\\d+\" data-c=\"([0-9 ]+)\">([^<]*)</a>");

    /** Each claim's highlighted text, rebuilt from the segments that list it: claim number → escaped text. */
    static Map<Integer, String> highlighted(String html) {
        Map<Integer, StringBuilder> out = new HashMap<>();
        Matcher m = SEGMENT.matcher(html);
        while (m.find()) {
            for (String n : m.group(1).split(" ")) out.computeIfAbsent(Integer.parseInt(n), k -> new StringBuilder()).append(m.group(2));
        }
        Map<Integer, String> result = new HashMap<>();
        out.forEach((k, v) -> result.put(k, v.toString()));
        return result;
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) n++;
        return n;
    }

    static List<Report.ClaimReport> claims(Report r) {
        return r.documents().stream().flatMap(d -> d.claims().stream()).toList();
    }
}
