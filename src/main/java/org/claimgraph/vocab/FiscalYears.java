package org.claimgraph.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Fiscal-year conventions, read from the data file {@code ontology/fiscal-years.json}. */
final class FiscalYears {
    private FiscalYears() {}

    /** When a fiscal year starts, and whether "FY2024" names the calendar year it ends in or starts in. */
    record Convention(String id, int startMonth, boolean namedByEnd) {

        /** The span of the fiscal year named {@code year}. */
        LocalDate[] named(int year) {
            if (startMonth == 1) return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            LocalDate start = LocalDate.of(namedByEnd ? year - 1 : year, startMonth, 1);
            return new LocalDate[] {start, start.plusYears(1).minusDays(1)};
        }

        /** The fiscal year that starts in {@code first} and ends in {@code first + 1} ("FY2024/25"). */
        LocalDate[] spanning(int first, String written) {
            if (startMonth == 1) {
                throw new IllegalArgumentException("\"" + written + "\" spans two calendar years, but the " + id
                        + " fiscal year is the calendar year");
            }
            LocalDate start = LocalDate.of(first, startMonth, 1);
            return new LocalDate[] {start, start.plusYears(1).minusDays(1)};
        }
    }

    private static final String FILE = "claimgraph/ontology/fiscal-years.json";
    private static final Map<String, Convention> BY_NAME = new LinkedHashMap<>();
    private static final List<String> IDS = new ArrayList<>();
    static final Convention DEFAULT;

    static {
        try (InputStream in = FiscalYears.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException("no such file in the program: " + FILE);
            // Jena's JSON reader: Jackson's object mapper would cost a tenth of a second in every command that reads a date
            JsonObject root = JSON.parse(in);
            for (JsonValue v : root.hasKey("conventions") ? root.get("conventions").getAsArray() : List.<JsonValue>of()) {
                JsonObject c = v.getAsObject();
                Convention conv = new Convention(text(c, "id"), c.hasKey("startMonth") ? c.get("startMonth").getAsNumber().value().intValue() : 0,
                        !"start".equals(text(c, "namedBy")));
                if (conv.startMonth() < 1 || conv.startMonth() > 12) throw new IllegalStateException(FILE + ": " + conv.id() + ": startMonth must be 1–12");
                BY_NAME.put(conv.id(), conv);
                IDS.add(conv.id());
                if (c.hasKey("countries")) for (JsonValue country : c.get("countries").getAsArray()) BY_NAME.put(country.getAsString().value().toLowerCase(Locale.ROOT), conv);
            }
            DEFAULT = BY_NAME.get(text(root, "default"));
            if (DEFAULT == null) throw new IllegalStateException(FILE + ": the default convention is not among the conventions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.get(key).getAsString().value() : "";
    }

    /** A convention by id or country code, or null when none has that name. */
    static Convention find(String name) { return name == null ? null : BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)); }

    /** A convention by id ("uk") or country code ("GB", "au"); null gives the default. */
    static Convention of(String name) {
        if (name == null) return DEFAULT;
        Convention c = BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
        if (c == null) {
            throw new IllegalArgumentException("unknown fiscal-year convention \"" + name + "\"" + Suggest.hint(name, IDS)
                    + "; one of " + String.join(", ", IDS) + " or a country code such as GB, AU, JP");
        }
        return c;
    }
}
