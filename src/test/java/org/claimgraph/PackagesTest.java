package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/** The packages form no cycle, as jdeps reads the compiled classes (the rooms of DESIGN.md §2). */
class PackagesTest {

    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.claimgraph[\\w.]*)\\s+->\\s+(org\\.claimgraph[\\w.]*)\\s");

    @Test
    void packageDependenciesHaveNoCycle() {
        Map<String, Set<String>> g = dependencies();
        assertTrue(g.size() >= 8, "jdeps found too few packages: " + g.keySet());
        List<List<String>> cycles = cycles(g);
        assertEquals(List.of(), cycles, "package cycles in " + g);
    }

    @Test
    void theModelDependsOnNoOtherPackage() {
        assertEquals(Set.of(), dependencies().getOrDefault("org.claimgraph.model", Set.of()));
    }

    static Map<String, Set<String>> dependencies() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package", "-e", "org\\.claimgraph.*", "target/classes");
        assertEquals(0, rc, out.toString());
        Map<String, Set<String>> g = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) g.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
        }
        return g;
    }

    /** Strongly connected components of more than one package (Tarjan). */
    static List<List<String>> cycles(Map<String, Set<String>> g) {
        Map<String, Integer> index = new HashMap<>(), low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> on = new HashSet<>();
        List<List<String>> out = new ArrayList<>();
        for (String v : g.keySet()) if (!index.containsKey(v)) visit(v, g, index, low, stack, on, out);
        return out;
    }

    private static void visit(String v, Map<String, Set<String>> g, Map<String, Integer> index, Map<String, Integer> low,
                              Deque<String> stack, Set<String> on, List<List<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        on.add(v);
        for (String w : g.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                visit(w, g, index, low, stack, on, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (on.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> c = new ArrayList<>();
            String w;
            do { w = stack.pop(); on.remove(w); c.add(w); } while (!w.equals(v));
            if (c.size() > 1) out.add(c);
        }
    }
}
