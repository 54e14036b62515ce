package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.claimgraph.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rate is derived in the unit it was written in (a day, not the year it is compared in):
 * rules/derived.cases.json's cases, their findings' sentences.
 */
class RatesTest {

    @BeforeAll static void compile() { RuleCasesTest.compileOnce(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "(a daily average from a span of months)|derived.rate-from-total|From Arden Transport Ministry (fictional) (“Road deaths, provisional figures (fictional)”, 2026-01-10): 490 over 2025-04/2025-11 (244 days) is 2.01 a day, matching the claim's 2 a day (730.5 a year at 365.2425 days a year) (tolerance.arithmetic 10%).",
            "(a total from a daily rate over months)|derived.total-from-rate|From Arden Transport Ministry (fictional) (“Road deaths, provisional figures (fictional)”, 2026-01-10): 2 a day (730.5 a year at 365.2425 days a year) over 2025-04/2025-11 (244 days) is 488, matching the claim's 490 (tolerance.arithmetic 10%)."})
    void theFindingSaysTheArithmetic(String caseEnd, String rule, String message) throws IOException {
        assertEquals(message, finding(caseEnd, rule).message());
    }

    static Finding finding(String caseEnd, String rule) throws IOException {
        JsonNode c = StreamSupport.stream(new ObjectMapper().readTree(Path.of("rules/derived.cases.json").toFile()).path("cases").spliterator(), false)
                .filter(x -> x.path("name").asText().endsWith(caseEnd)).findFirst().orElseThrow();
        return RuleCasesTest.run(caseEnd, c).values().stream().flatMap(a -> a.findings().stream())
                .filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
    }
}
