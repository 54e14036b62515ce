package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void wideCharactersTakeTwoColumns() {
        assertEquals(6, TextTable.width("甲骨文"));
        assertEquals(7, TextTable.width("Oracle "));
        assertEquals(4, TextTable.width("ＡＢ"));
    }

    @Test
    void chineseAndLatinCellsLineUp() {
        String q = "SELECT ?name ?n WHERE { VALUES (?name ?n) { (\"甲骨文\" 1) (\"Oracle\" 22) } }";
        try (var qe = QueryExecutionFactory.create(q, ModelFactory.createDefaultModel())) {
            String table = TextTable.render(qe.execSelect(), PrefixMapping.Standard);
            var lines = table.lines().toList();
            assertEquals(6, lines.size(), table);
            int width = TextTable.width(lines.get(0));
            for (String l : lines) assertEquals(width, TextTable.width(l), table);
            assertEquals("| \"甲骨文\" | 1  |", lines.get(3));
        }
    }
}
