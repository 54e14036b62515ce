package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Heights in feet and inches, decibels, decimal commas, loose parts of a year and seasons, loaded, stored and read back. */
class WrittenFormsRoundTripTest {

    @TempDir Path dir;

    private static final String DOC = """
            {"document": {"id": "story", "title": "T", "language": "de", "publisher": "P", "published": "2025-11", "tier": "secondary"},
             "claims": [
              {"id": "tall", "quote": "5 ft 10 in", "statement": "Australians are 5 ft 10 in tall on average.", "claimant": "author",
               "subject": "Australia", "metric": "average height", "value": "5 ft 10 in", "period": "winter 2024", "kind": "statistical"},
              {"id": "loud", "quote": "85 dB", "statement": "Berlin's streets reach 85 dB.", "claimant": "author",
               "subject": "Germany", "metric": "noise level", "value": "85 dB", "period": "summer 2024", "kind": "statistical"},
              {"id": "people", "quote": "1,5 Mio.", "statement": "1.5 million people.", "claimant": "author",
               "subject": "Germany", "metric": "population", "value": "1,5 Mio.", "period": "mid-2025", "kind": "statistical"},
              {"id": "jobless", "quote": "3,2 %", "statement": "Unemployment was 3.2%.", "claimant": "author",
               "subject": "Germany", "metric": "unemployment rate", "value": "3,2 %", "period": "the early 1990s", "kind": "statistical"}]}""";

    @Test
    void eachFormReadsBackFromDiskAndExport() throws Exception {
        try (ClaimGraph cg = StoredGraph.loadedAndReopened(dir, DOC)) {
            Claim tall = cg.claim("story/tall").orElseThrow(), loud = cg.claim("story/loud").orElseThrow(),
                    people = cg.claim("story/people").orElseThrow(), jobless = cg.claim("story/jobless").orElseThrow();
            assertEquals(List.of(70.0, "inch", LocalDate.parse("2024-06-01"), LocalDate.parse("2024-08-31")),
                    List.of(tall.value().value(), tall.value().unit(), tall.period().start(), tall.period().end()), "a southern winter");
            assertEquals(List.of(85.0, "dB", LocalDate.parse("2024-06-01"), LocalDate.parse("2024-08-31")),
                    List.of(loud.value().value(), loud.value().unit(), loud.period().start(), loud.period().end()), "a northern summer");
            assertEquals(List.of(1.5e6, LocalDate.parse("2025-05-01"), LocalDate.parse("2025-08-31")),
                    List.of(people.value().value(), people.period().start(), people.period().end()));
            assertEquals(List.of(3.2, "percent", LocalDate.parse("1990-01-01"), LocalDate.parse("1993-12-31")),
                    List.of(jobless.value().value(), jobless.value().unit(), jobless.period().start(), jobless.period().end()));
            String exported = StoredGraph.exported(cg, List.of(tall, loud, people, jobless));
            assertEquals(1, exported.split("\"period\" : \"winter 2024\"", -1).length - 1, exported);
            assertEquals(Set.of(), StoredGraph.violations(StoredGraph.union(cg)));
        }
    }
}
