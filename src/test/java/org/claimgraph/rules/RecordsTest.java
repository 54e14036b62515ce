package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Effect;
import org.claimgraph.vocab.Vocabulary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The records rules' arithmetic: periods as long as the claim's inside its window, figures ahead, whole windows, nested stated records. */
class RecordsTest {

    static ClaimGraph cg;
    static final Map<String, Fact> FACTS = new HashMap<>();

    /** A claim of Japan's unemployment rate: id, period, value (null: none), then rank fields (null: none). */
    private static String claim(String id, String period, String value, String rankFields) {
        return "{\"id\": \"" + id + "\", \"quote\": \"q\", \"statement\": \"s\", \"claimant\": \"author\", \"subject\": \"Japan\", "
                + "\"metric\": \"unemployment rate\", \"period\": \"" + period + "\"" + (value == null ? "" : ", \"value\": \"" + value + "\"")
                + (rankFields == null ? "" : ", " + rankFields) + ", \"kind\": \"statistical\"}";
    }

    @BeforeAll
    static void facts() {
        cg = ClaimGraph.open("mem", null, null);
        String claims = String.join(",\n", List.of(
                claim("low-since-2015", "2020", null, "\"rank\": 1, \"rankFrom\": \"lowest\", \"rankOver\": \"since 2015\""),
                claim("low-on-record", "2020", null, "\"rank\": 1, \"rankFrom\": \"lowest\", \"rankOver\": \"on record\""),
                claim("third-on-record", "2020", null, "\"rank\": 3, \"rankFrom\": \"lowest\", \"rankOver\": \"on record\""),
                claim("top-2-since-2015", "2020", null, "\"rank\": 2, \"qualifiers\": [\"up-to\"], \"rankOver\": \"since 2015\""),
                claim("low-2010s", "2020", null, "\"rank\": 1, \"rankFrom\": \"lowest\", \"rankOver\": \"2010/2021\""),
                claim("low-1990s", "2020", null, "\"rank\": 1, \"rankFrom\": \"lowest\", \"rankOver\": \"1990/2020\""),
                claim("r2020", "2020", "3.4%", null), claim("r2019", "2019", "3.3%", null), claim("r2018", "2018", "3.4%", null),
                claim("r2017", "2017", "3.35%", null), claim("r2016", "2016", "3.6%", null), claim("r2015", "2015", "2.9%", null),
                claim("r2021", "2021", "3.0%", null), claim("r2019-03", "2019-03", "3.1%", null)));
        String doc = "{\"document\": {\"id\": \"d\", \"title\": \"T\", \"language\": \"en\", \"publisher\": \"P\", \"published\": \"2025-03\", "
                + "\"tier\": \"primary\"}, \"claims\": [" + claims + "]}";
        var read = cg.reader().read("d.json", doc, f -> "");
        Vocabulary v = cg.vocabulary();
        Checker checker = new Checker(cg.rules(), v, cg.settings());
        var scopes = checker.scopes(read.claims());
        read.claims().forEach(c -> FACTS.put(c.id(), checker.fact(c, read.document(), scopes)));
    }

    @AfterAll static void close() { cg.close(); }

    private static Fact f(String id) { return FACTS.get(id); }

    @Test
    void theRivalsAreTheSubjectsOtherPeriodsAsLongInsideTheWindow() {
        Fact c = f("low-since-2015");
        assertTrue(Records.inWindow(c, f("r2019")));
        assertFalse(Records.inWindow(c, f("r2015")), "since 2015 leaves 2015 out: the record last stood there");
        assertFalse(Records.inWindow(c, f("r2020")), "the claim's own period is no rival");
        assertFalse(Records.inWindow(c, f("r2019-03")), "a month is no rival of a year");
        assertFalse(Records.inWindow(c, f("r2021")), "after the window");
        assertTrue(Records.inWindow(f("low-on-record"), f("r2015")), "on record: every earlier year");
        assertTrue(Records.sameLength(f("r2019"), f("r2020")));
        assertFalse(Records.sameLength(f("r2019"), f("r2019-03")));
    }

    @Test
    void roundedFiguresThatOnlyTouchAreOrderedAndEqualOnesAreLevel() {
        Fact c = f("low-since-2015"), own = f("r2020");
        assertTrue(Records.ahead(c, own, f("r2019")), "3.3% is below 3.4% though 3.25–3.35 and 3.35–3.45 touch");
        assertFalse(Records.ahead(c, own, f("r2018")), "3.4% and 3.4%: a tie");
        assertTrue(Records.level(c, own, f("r2018")));
        assertTrue(Records.level(c, own, f("r2017")), "3.35% may be above or below 3.4% as written");
        assertFalse(Records.ahead(c, own, f("r2016")));
        assertFalse(Records.level(c, own, f("r2016")), "3.6% is behind");
    }

    @Test
    void aWholeWindowSettlesTheRecordAndAPartOneNever() {
        Fact c = f("low-since-2015"), own = f("r2020");
        Records.Series all = Records.series(c, own, List.of(f("r2016"), f("r2017"), f("r2018"), f("r2019")));
        assertTrue(all.complete());
        assertEquals(Effect.CONTRADICTS, all.effect(), "2019's 3.3% is below");
        assertEquals(List.of(f("r2019")), all.ahead());
        assertEquals(List.of(f("r2017"), f("r2018")), all.level());
        assertEquals(4, all.periods());
        assertEquals(List.of(f("r2018")), all.matched(), "3.4% as written, as the claim's own year");
        Records.Series noLower = Records.series(c, own, List.of(f("r2016"), f("r2017")));
        assertFalse(noLower.complete(), "2018 and 2019 missing");
        assertNull(noLower.effect(), "a partial series neither confirms nor rules out");
        assertEquals(Effect.CONTRADICTS, Records.series(c, own, List.of(f("r2016"), f("r2018"))).effect(),
                "2018's 3.4% inside the window: the figure was reached since 2015, partial series or not");
        assertNull(Records.series(f("low-on-record"), own, List.of(f("r2018"))).effect(), "on record an equal figure only ties the record");
        Records.Series top2 = Records.series(f("top-2-since-2015"), own, List.of(f("r2016"), f("r2019")));
        assertEquals(2, top2.best(), "2016's 3.6% above leaves 2nd at best");
        assertNull(top2.effect(), "in the top 2 is not ruled out");
        assertEquals(Effect.CONTRADICTS, Records.series(c, own, List.of(f("r2019"))).effect(), "one below rules out the lowest, whole or not");
        assertFalse(Records.series(f("low-on-record"), own, List.of(f("r2015"), f("r2016"))).complete(), "a window on record is never whole");
    }

    @Test
    void aStatedRecordSpeaksToTheClaimsWhenTheWindowsNest() {
        Fact c = f("low-since-2015");
        assertArrayEquals(new int[] {1, 1}, Records.implied(c, f("low-on-record")), "the lowest on record is the lowest of any part");
        assertEquals(Effect.SUPPORTS, Records.stated(c, f("low-on-record")));
        assertArrayEquals(new int[] {1, 3}, Records.implied(c, f("third-on-record")));
        assertNull(Records.stated(c, f("third-on-record")), "3rd on record: 1st to 3rd since 2015");
        assertArrayEquals(new int[] {3, 3}, Records.implied(f("low-on-record"), f("third-on-record")), "the same window: the rank stated");
        assertEquals(Effect.CONTRADICTS, Records.stated(f("low-on-record"), f("third-on-record")));
        assertArrayEquals(new int[] {1, Integer.MAX_VALUE}, Records.implied(f("low-on-record"), c), "lowest since 2015 says nothing of the record");
        assertNull(Records.stated(f("low-on-record"), c));
        assertArrayEquals(new int[] {1, 1}, Records.implied(c, f("low-2010s")), "2010–2021 holds 2016–2020");
        assertNull(Records.implied(f("low-1990s"), f("low-2010s")), "1990–2020 and 2010–2021 overlap without nesting");
    }
}
