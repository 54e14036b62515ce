package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Documents read on a thread of their own come as one-by-one reading gives them, errors included. */
class ReadAheadTest {

    static ClaimGraph cg;

    @BeforeAll static void open() { cg = ClaimGraph.open("mem", null, null); }
    @AfterAll static void close() { cg.close(); }

    /** Document {@code i}: valid, or with an unknown unit when {@code bad}. */
    static String doc(int i, boolean bad) {
        return ClaimDocumentReaderTest.doc(bad ? "unit" : null, "\"FURLONG\"").replace("\"id\": \"t\"", "\"id\": \"t" + i + "\"");
    }

    @Test
    void documentsComeInTheirOrderAsReadOneByOne() {
        int n = 3 * ReadAhead.AHEAD + 5; // more than it holds at once
        ClaimDocumentReader one = cg.reader(), ahead = cg.reader();
        List<ClaimDocument> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) expected.add(one.read("f" + i + ".json", doc(i, false), f -> ""));
        List<ClaimDocument> got = new ArrayList<>();
        try (ReadAhead r = new ReadAhead(n, i -> ahead.read("f" + i + ".json", doc(i, false), f -> ""))) {
            r.forEachRemaining(got::add);
        }
        assertEquals(n, got.size());
        for (int i = 0; i < n; i++) {
            assertEquals(expected.get(i).document(), got.get(i).document());
            assertEquals(expected.get(i).claims(), got.get(i).claims());
        }
    }

    @Test
    void theFirstBadDocumentIsThrownWhereItWouldHaveComeAndNothingAfterItIsRead() {
        ClaimDocumentReader reader = cg.reader();
        String expected = assertThrows(BadInputException.class, () -> cg.reader().read("f6.json", doc(6, true), f -> "")).getMessage();
        assertEquals("f6.json: claim \"deal\": field \"unit\": unknown unit \"FURLONG\"", expected.lines().findFirst().orElseThrow().replaceFirst(" \\(.*", ""));
        AtomicInteger read = new AtomicInteger();
        List<String> ids = new ArrayList<>();
        try (ReadAhead r = new ReadAhead(10, i -> {
            read.incrementAndGet();
            return reader.read("f" + i + ".json", doc(i, i == 6 || i == 8), f -> "");
        })) {
            for (int i = 0; i < 6; i++) ids.add(r.next().document().id());
            BadInputException e = assertThrows(BadInputException.class, r::next);
            assertEquals(expected, e.getMessage());
            assertFalse(r.hasNext(), "nothing comes after a failure");
        }
        assertEquals(List.of("t0", "t1", "t2", "t3", "t4", "t5"), ids);
        assertEquals(7, read.get(), "the reading stops at the first failure");
    }

    @Test
    void closingEarlyStopsTheReading() {
        ClaimDocumentReader reader = cg.reader();
        AtomicInteger read = new AtomicInteger();
        int n = 20 * ReadAhead.AHEAD;
        try (ReadAhead r = new ReadAhead(n, i -> {
            read.incrementAndGet();
            return reader.read("f" + i + ".json", doc(i, false), f -> "");
        })) {
            r.next();
        }
        int after = read.get();
        assertTrue(after < n, "read all " + after + " documents after the caller gave up");
        assertEquals(after, read.get(), "still reading after close");
    }
}
