package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.jena.system.Txn;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on disk leaves a snapshot of its claims when it closes, and the next process reads them from it
 * while nothing was written since: the same claims, documents and verdict stamps as the graph holds.
 */
class SnapshotTest {

    @TempDir Path dir;
    private Path file;

    @BeforeEach
    void checkTheSeed() {
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            cg.loadSeed();
            cg.check();
        }
        file = dir.resolve(Snapshot.FILE);
        assertTrue(Files.isRegularFile(file), "no snapshot left in " + dir);
    }

    private static List<String> keys(List<Claim> claims) { return claims.stream().map(Claim::key).toList(); }

    private static ClaimStore.Contents fromGraph(ClaimStore s) {
        return Txn.calculateRead(s.dataset(), s::readContents);
    }

    @Test
    void snapshotHoldsWhatTheGraphHolds() {
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            ClaimStore.Contents graph = fromGraph(s);
            Snapshot.Held held = Snapshot.read(file, keyOf(s));
            assertNotNull(held, "the snapshot under the store's own key");
            assertEquals(new HashSet<>(graph.claims()), new HashSet<>(held.claims()));
            assertEquals(new HashSet<>(graph.documents()), new HashSet<>(held.documents()));
            Map<String, RdfMapping.Stamp> stamps = new HashMap<>();
            for (Assessment a : s.assessments()) stamps.put(a.claim(), RdfMapping.Stamp.of(a));
            assertEquals(stamps, held.stamps());
            assertEquals(graph.claims().size(), s.contents().claims().size());
        }
    }

    @Test
    void theClaimsAreReadFromTheSnapshotWhileItIsCurrent() {
        String key;
        Claim first;
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            key = keyOf(s);
            first = fromGraph(s).claims().get(0);
        }
        // a snapshot under the store's key is believed: one holding a single claim gives that one claim
        Snapshot.write(file, key, List.of(), List.of(first), null);
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            assertEquals(List.of(first), s.claims());
        }
    }

    @Test
    void aSnapshotUnderAnotherKeyIsNotRead() {
        Claim first;
        int all;
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            ClaimStore.Contents graph = fromGraph(s);
            first = graph.claims().get(0);
            all = graph.claims().size();
        }
        Snapshot.write(file, "another store or build", List.of(), List.of(first), null);
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            assertEquals(all, s.claims().size());
        }
    }

    @Test
    void aSmallSnapshotAnswersForOneDocumentAndAFewClaims() {
        String key;
        Claim first, other;
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            key = keyOf(s);
            List<Claim> claims = fromGraph(s).claims();
            first = claims.get(0);
            other = claims.stream().filter(c -> c.docId().equals(first.docId()) && !c.equals(first)).findFirst().orElseThrow();
        }
        // a snapshot of one claim and no document, under the store's key: what is asked of a few is answered from it
        Snapshot.write(file, key, List.of(), List.of(first), null);
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            assertEquals(List.of(first.key()), keys(s.claimsOf(first.docId())));
            assertEquals(List.of(first.key()), keys(s.claims(List.of(first.key(), other.key()))));
            assertTrue(s.claim(other.key()).isEmpty(), "a claim the snapshot does not hold was read from the graph");
            assertEquals(List.of(), s.documents(java.util.Set.of(first.docId())));
        }
    }

    @Test
    void aLargeSnapshotIsNotReadForOneDocument() throws Exception {
        String key;
        Claim first;
        List<Claim> ofItsDocument;
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            key = keyOf(s);
            List<Claim> claims = fromGraph(s).claims();
            first = claims.get(0);
            ofItsDocument = s.claimsOf(first.docId());
        }
        assertTrue(ofItsDocument.size() > 1, "the test needs a document of several claims");
        Snapshot.write(file, key, List.of(), java.util.Collections.nCopies((int) (ClaimStore.SMALL_SNAPSHOT / 50), first), null);
        assertTrue(Files.size(file) > ClaimStore.SMALL_SNAPSHOT, "the snapshot is not large: " + Files.size(file) + " bytes");
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            assertEquals(keys(ofItsDocument), keys(s.claimsOf(first.docId())));
        }
    }

    @Test
    void theSnapshotKeepsWhatTheGraphsSayAboutTheClaimsTerms() {
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            Snapshot.Held held = Snapshot.read(file, keyOf(s));
            assertNotNull(held.labels(), "the snapshot of a small store keeps no labels");
            java.util.Set<String> terms = ClaimStore.labelTerms(fromGraph(s).claims());
            assertEquals(terms, held.labels().vocabulary().keySet());
            for (String t : terms) {
                assertEquals(s.about(org.claimgraph.vocab.CG.GRAPH_VOCABULARY, List.of(t)).getGraph().find().toSet(), new HashSet<>(held.labels().vocabulary().get(t)), t);
                assertEquals(s.about(org.claimgraph.vocab.CG.GRAPH_GAZETTEER, List.of(t)).getGraph().find().toSet(), new HashSet<>(held.labels().gazetteer().get(t)), t);
            }
        }
    }

    @Test
    void theLabelsAreReadFromTheSnapshotWhenItHoldsEveryTerm() {
        String key, term, other;
        List<Claim> claims;
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            key = keyOf(s);
            claims = fromGraph(s).claims();
            List<String> terms = ClaimStore.labelTerms(claims).stream().sorted().toList();
            term = terms.get(0);
            other = terms.get(1);
        }
        // a snapshot saying one made-up thing about one term, under the store's key
        var said = org.apache.jena.graph.Triple.create(org.apache.jena.graph.NodeFactory.createURI(term),
                org.apache.jena.vocabulary.RDFS.label.asNode(), org.apache.jena.graph.NodeFactory.createLiteralLang("made up", "en"));
        Snapshot.write(file, key, List.of(), claims, null, new Snapshot.Labels(new HashMap<>(Map.of(term, List.of(said))), new HashMap<>(Map.of(term, List.of()))));
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            s.claims(); // the snapshot is read
            assertEquals(java.util.Set.of(said), s.about(java.util.Set.of(term)).vocabulary().getGraph().find().toSet());
            // a term it does not hold: both read from the graphs
            var both = s.about(java.util.Set.of(term, other));
            var all = both.vocabulary().union(both.gazetteer()).getGraph();
            assertFalse(all.contains(said), "a term the snapshot lacks, yet its made-up label was used");
            assertTrue(all.find(org.apache.jena.graph.NodeFactory.createURI(other), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY).hasNext(),
                    "nothing read about " + other);
        }
    }

    @Test
    void aWriteSinceMakesTheOldSnapshotStale() throws Exception {
        Path old = dir.resolveSibling(dir.getFileName() + "-old-snapshot");
        Files.copy(file, old, StandardCopyOption.REPLACE_EXISTING);
        String retracted;
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            retracted = s.claims().get(0).key();
            s.retract(retracted, "test", "a write after the snapshot");
        }
        Files.move(old, file, StandardCopyOption.REPLACE_EXISTING);
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            assertFalse(s.claims().stream().anyMatch(c -> c.key().equals(retracted)), "the retracted claim came back from a stale snapshot");
        }
    }

    @Test
    void aWriteFromACurrentSnapshotLeavesANewOne() {
        String retracted;
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            retracted = fromGraph(s).claims().get(0).key();
            s.retract(retracted, "test", "a write in a process that has read nothing yet");
        }
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            Snapshot.Held held = Snapshot.read(file, keyOf(s));
            assertNotNull(held, "the write left no snapshot of the store as it now is");
            assertEquals(new HashSet<>(fromGraph(s).claims()), new HashSet<>(held.claims()));
            assertFalse(held.stamps().containsKey(retracted), "the retracted claim's verdict is still in the snapshot");
        }
    }

    @Test
    void aLoadFromACurrentSnapshotLeavesANewOne() {
        Path story = Path.of("data/examples/city-budget");
        try (ClaimGraph cg = ClaimGraph.open("tdb2", dir, null)) {
            cg.load(List.of(story.resolve("entities.json"), story.resolve("claims.json")), "test");
        }
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            Snapshot.Held held = Snapshot.read(file, keyOf(s));
            assertNotNull(held, "the load left no snapshot of the store as it now is");
            ClaimStore.Contents graph = fromGraph(s);
            assertEquals(new HashSet<>(graph.claims()), new HashSet<>(held.claims()));
            assertEquals(new HashSet<>(graph.documents()), new HashSet<>(held.documents()));
            assertTrue(held.documents().stream().anyMatch(d -> d.id().equals("riverton-budget-2025")), "the loaded document is not in the snapshot");
        }
    }

    @Test
    void aDamagedSnapshotIsOnlyASlowerStart() throws Exception {
        String key;
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            key = keyOf(s);
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertNull(Snapshot.read(file, key));
        try (ClaimStore s = ClaimStore.onDisk(dir)) {
            assertEquals(fromGraph(s).claims().size(), s.claims().size());
        }
        assertNotNull(Snapshot.read(file, key), "the close did not write a whole snapshot again");
    }

    /** The key the store's snapshot is written under, read back from the file's header. */
    private String keyOf(ClaimStore s) {
        try (var in = new java.io.DataInputStream(Files.newInputStream(file))) {
            in.readUTF();
            String key = in.readUTF();
            assertTrue(key.startsWith(s.changeStamp() + " "), "the key begins with the store's change stamp: " + key);
            return key;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
