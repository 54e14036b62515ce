package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules' look-up of a session's claims by key: one fact or none, several in the order asked, missing ones left out. */
class ContextLookupTest {

    static ClaimGraph cg;
    static final Map<String, Fact> FACTS = new HashMap<>();

    @BeforeAll
    static void facts() {
        cg = ClaimGraph.open("mem", null, null);
        String claim = "{\"id\": \"%s\", \"quote\": \"q\", \"statement\": \"s\", \"claimant\": \"author\", \"subject\": \"Japan\", "
                + "\"metric\": \"revenue\", \"period\": \"%s\", \"value\": \"$%s million\", \"kind\": \"statistical\"}";
        String doc = "{\"document\": {\"id\": \"d\", \"title\": \"T\", \"language\": \"en\", \"publisher\": \"P\", \"published\": \"2025-03\", "
                + "\"tier\": \"primary\"}, \"claims\": [" + String.format(claim, "a", "2023", "5") + ", " + String.format(claim, "b", "2024", "7") + "]}";
        var read = cg.reader().read("d.json", doc, f -> "");
        Checker checker = new Checker(cg.rules(), cg.vocabulary(), cg.settings());
        var scopes = checker.scopes(read.claims());
        read.claims().forEach(c -> FACTS.put(c.key(), checker.fact(c, read.document(), scopes)));
    }

    @AfterAll static void close() { cg.close(); }

    private static Context context() {
        Context ctx = new Context(cg.vocabulary(), cg.settings());
        FACTS.values().forEach(ctx::add);
        return ctx;
    }

    @Test
    void aKeyGivesItsFactOrNone() {
        Context ctx = context();
        assertEquals(List.of(FACTS.get("d/a")), ctx.fact("d/a"));
        assertEquals(List.of(), ctx.fact("d/c"));
        assertEquals(List.of(), ctx.fact(null));
    }

    @Test
    void keysGiveTheirFactsInTheOrderAskedWithoutTheMissing() {
        assertEquals(List.of(FACTS.get("d/b"), FACTS.get("d/a")), context().facts(List.of("d/b", "d/x", "d/a")));
    }

    @Test
    void aFactNotAddedIsNotFound() {
        assertEquals(List.of(), new Context(cg.vocabulary(), cg.settings()).fact("d/a"));
    }
}
