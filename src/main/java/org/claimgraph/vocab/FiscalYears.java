package org.claimgraph.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode c : root.path("conventions")) {
                Convention conv = new Convention(c.path("id").asText(), c.path("startMonth").asInt(),
                        !"start".equals(c.path("namedBy").asText()));
                if (conv.startMonth() < 1 || conv.startMonth() > 12) throw new IllegalStateException(FILE + ": " + conv.id() + ": startMonth must be 1–12");
                BY_NAME.put(conv.id(), conv);
                IDS.add(conv.id());
                for (JsonNode country : c.path("countries")) BY_NAME.put(country.asText().toLowerCase(Locale.ROOT), conv);
            }
            DEFAULT = BY_NAME.get(root.path("default").asText());
            if (DEFAULT == null) throw new IllegalStateException(FILE + ": the default convention is not among the conventions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
