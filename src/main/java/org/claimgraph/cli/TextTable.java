package org.claimgraph.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;

/** SELECT results as a text table whose columns line up in a terminal, Chinese text included. */
final class TextTable {
    private TextTable() {}

    static String render(ResultSet rs, PrefixMapping prefixes) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (rs.hasNext()) {
            var b = rs.nextBinding();
            String[] row = new String[vars.size()];
            for (int i = 0; i < row.length; i++) {
                var n = b.get(vars.get(i));
                row[i] = n == null ? "" : FmtUtils.stringForNode(n, prefixes).replaceAll("[\\r\\n\\t]", " ");
            }
            rows.add(row);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(vars.get(i));
            for (String[] r : rows) widths[i] = Math.max(widths[i], width(r[i]));
        }
        StringBuilder out = new StringBuilder();
        String rule = rule(widths);
        out.append(rule);
        line(out, vars.toArray(String[]::new), widths);
        out.append(rule.replace('-', '='));
        for (String[] r : rows) line(out, r, widths);
        out.append(rule);
        return out.toString();
    }

    private static String rule(int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int w : widths) b.append('-').append("-".repeat(w + 2));
        return b.append("-\n").toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        for (int i = 0; i < cells.length; i++) {
            out.append("| ").append(cells[i]).append(" ".repeat(widths[i] - width(cells[i]) + 1));
        }
        out.append("|\n");
    }

    /** Terminal columns: East Asian wide and fullwidth characters take two, combining marks none. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) continue;
            int ea = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
            w += ea == UCharacter.EastAsianWidth.WIDE || ea == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
        }
        return w;
    }
}
