package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-annotated gold set is well formed: every span is its text, units are known, both languages are there. */
class GoldSetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> UNITS = Set.of("USD", "CNY", "TWD", "HKD", "EUR", "GBP", "MOP", "AUD", "KRW", "JPY", "INR", "CHF", "DKK", "PHP", "NGN", "SGD", "THB", "percent", "percentage-point",
            "count", "times", "GW", "MW", "kW", "GWh", "TWh", "kWh", "g/kWh", "acre", "ft2", "m2", "km2", "mu", "celsius", "mm", "m", "km", "t", "jin", "kg/mu", "kg/ha",
            "TEU", "passenger-km", "t-km", "dwt", "bu", "bu/acre", "lb/acre", "magnitude", "ug/m3", "mg/m3", "mi", "ft", "m3", "oz", "ha",
            "seconds", "minutes", "hours", "days", "weeks", "months", "years", "date", "year", "km/h", "mph", "m3/s", "Mbit/s", "in", "cm", "kg", "g", "hPa");

    static List<Path> goldFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    @Test
    void everySpanIsItsTextAndEveryUnitIsKnown() throws IOException {
        List<Path> files = new ArrayList<>(goldFiles(Path.of("data", "extract-gold")));
        files.addAll(goldFiles(Path.of("data", "extract-gold", "seed")));
        List<Path> heldOut = goldFiles(Path.of("data", "extract-gold", "heldout"));
        assertEquals(224, heldOut.size(), "held-out passages: " + heldOut);
        files.addAll(heldOut);
        int en = 0, zh = 0, quantities = 0;
        for (Path g : files) {
            JsonNode d = JSON.readTree(g.toFile());
            String text = Files.readString(g.resolveSibling(d.path("file").asText()));
            if (!g.getParent().endsWith("seed") && !g.getParent().endsWith("heldout")) {
                if (d.path("language").asText().equals("en")) en++; else zh++;
            }
            for (JsonNode q : d.path("quantities")) {
                int s = q.path("start").asInt(), e = q.path("end").asInt();
                // offsets count code points, as Python does
                assertEquals(q.path("text").asText(), text.substring(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e)), g.getFileName() + " at " + s);
                assertTrue(UNITS.contains(q.path("unit").asText()), g.getFileName() + ": unit " + q.path("unit"));
                quantities++;
            }
        }
        assertTrue(en >= 7 && zh >= 7, "gold passages: " + en + " English, " + zh + " Chinese");
        assertTrue(quantities > 200, "only " + quantities + " gold quantities");
    }
}
