package org.claimgraph.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.model.Verdict;

/**
 * The verdicts of a store on disk, kept beside TDB2 in one file the store appends to: a first check of a
 * million claims writes some twenty million quads into TDB2's six indexes (nine minutes here), where this
 * file takes one record a verdict. Each record is framed with its length and a checksum, so a write cut
 * short is found and cut off when the file is next opened; a write is made durable (forced to disk) before
 * readers see it; a file of mostly replaced records is rewritten. The SPARQL view of it is
 * {@link VerdictGraph}.
 */
final class VerdictLog implements AutoCloseable {
    static final String FILE = "verdicts.log";
    private static final int MAGIC = 0x43475631; // "CGV1"
    private static final byte PUT = 1, REMOVE = 2, RUN = 3, CLEAR = 4;
    /** Below this size a file is never rewritten: the saving would not be worth a write. */
    private static final long COMPACT_FLOOR = 8L << 20;

    /** A check run, as the assessments graph records it. */
    record Run(String iri, Instant started, Instant ended, String ruleSetVersion, String dataVersion) {}

    private final Path path;
    private FileChannel channel;
    /** Where each claim's live record starts. */
    private final Map<String, Long> offsets = new HashMap<>();
    private final List<Run> runs = new ArrayList<>();
    private final Map<String, Integer> runIndex = new HashMap<>();
    /** The names of every number a stored finding states, each declared as a cg:number in the graph. */
    private final Set<String> numberNames = new java.util.TreeSet<>();
    private long length, liveBytes;
    private final Map<Long, Integer> sizes = new HashMap<>();

    private VerdictLog(Path path) { this.path = path; }

    /** Opens (or creates) the log in a store's folder, cutting off a record a crash left unfinished. */
    static VerdictLog open(Path folder) {
        VerdictLog log = new VerdictLog(folder.resolve(FILE));
        try {
            log.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log.path + ": " + e.getMessage(), e);
        }
        return log;
    }

    private void load() throws IOException {
        channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long size = channel.size();
        if (size < 4) {
            channel.truncate(0);
            ByteBuffer b = ByteBuffer.allocate(4).putInt(0, MAGIC);
            channel.write(b, 0);
            channel.force(true);
            length = 4;
            return;
        }
        ByteBuffer m = ByteBuffer.allocate(4);
        channel.read(m, 0);
        if (m.getInt(0) != MAGIC) throw new IOException("not a verdict log (its first bytes are not ClaimGraph's)");
        long good = 4;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(reader(4), 1 << 16))) {
            while (true) {
                byte[] body = frame(in);
                if (body == null) break;
                apply(good, body);
                good += 8 + body.length;
            }
        }
        if (good < size) channel.truncate(good);
        length = good;
    }

    /** The next record's body, or null at the end or at a record cut short or damaged. */
    private static byte[] frame(DataInputStream in) throws IOException {
        int n;
        long crc;
        try {
            n = in.readInt();
            crc = in.readInt() & 0xffffffffL;
        } catch (EOFException e) {
            return null;
        }
        if (n <= 0 || n > (256 << 20)) return null;
        byte[] body = new byte[n];
        try {
            in.readFully(body);
        } catch (EOFException e) {
            return null;
        }
        CRC32 c = new CRC32();
        c.update(body);
        return c.getValue() == crc ? body : null;
    }

    /** Takes a record read from {@code offset} into the in-memory state. */
    private void apply(long offset, byte[] body) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(body));
        byte kind = in.readByte();
        switch (kind) {
            case PUT -> {
                String key = readString(in);
                in.readInt(); // run
                Assessment a = readAssessment(in, key);
                drop(key);
                offsets.put(key, offset);
                sizes.put(offset, 8 + body.length);
                liveBytes += 8 + body.length;
                for (Finding f : a.findings()) numberNames.addAll(f.numbers().keySet());
            }
            case REMOVE -> drop(readString(in));
            case RUN -> {
                keepRun(new Run(readString(in), Instant.parse(readString(in)), Instant.parse(readString(in)), readString(in), readString(in)));
                liveBytes += 8 + body.length;
            }
            case CLEAR -> {
                offsets.clear();
                sizes.clear();
                runs.clear();
                runIndex.clear();
                liveBytes = 0;
            }
            default -> throw new IOException("unknown record kind " + kind);
        }
    }

    /** A run recorded again (a check records its end) keeps its number. */
    private void keepRun(Run r) {
        Integer at = runIndex.get(r.iri());
        if (at != null) {
            runs.set(at, r);
            return;
        }
        runIndex.put(r.iri(), runs.size());
        runs.add(r);
    }

    private void drop(String key) {
        Long old = offsets.remove(key);
        if (old != null) liveBytes -= sizes.remove(old);
    }

    // ---- reading ----

    synchronized boolean isEmpty() { return offsets.isEmpty() && runs.isEmpty(); }

    synchronized int size() { return offsets.size(); }

    synchronized boolean holds(String claimKey) { return offsets.containsKey(claimKey); }

    synchronized List<String> keys() { return List.copyOf(offsets.keySet()); }

    /** A short text that changes with every committed write. */
    synchronized String stamp() { return length + ":" + liveBytes + ":" + offsets.size() + ":" + runs.size(); }

    synchronized List<Run> runs() { return List.copyOf(runs); }

    synchronized Set<String> numberNames() { return Set.copyOf(numberNames); }

    /** A claim's stored assessment and the run that made it, or null. */
    synchronized Stored get(String claimKey) {
        Long at = offsets.get(claimKey);
        if (at == null) return null;
        try {
            ByteBuffer b = ByteBuffer.allocate(sizes.get(at));
            while (b.hasRemaining()) if (channel.read(b, at + b.position()) < 0) throw new EOFException();
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(b.array(), 8, b.capacity() - 8));
            in.readByte();
            String key = readString(in);
            Run run = runs.get(in.readInt());
            return new Stored(readAssessment(in, key), run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** An assessment as stored, with the run that made it. */
    record Stored(Assessment assessment, Run run) {}

    /** Hands every live assessment to {@code each} in the order they were written: one pass over the file. */
    synchronized void forEach(Consumer<Stored> each) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(reader(4), 1 << 16))) {
            long at = 4;
            while (at < length) {
                byte[] body = frame(in);
                if (body == null) throw new IOException("damaged record at byte " + at);
                long here = at;
                at += 8 + body.length;
                if (body[0] != PUT) continue;
                DataInputStream r = new DataInputStream(new java.io.ByteArrayInputStream(body, 1, body.length - 1));
                String key = readString(r);
                Long live = offsets.get(key);
                if (live == null || live != here) continue;
                int run = r.readInt();
                each.accept(new Stored(readAssessment(r, key), runs.get(run)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private InputStream reader(long from) throws IOException {
        FileChannel c = FileChannel.open(path, StandardOpenOption.READ);
        c.position(from);
        return Channels.newInputStream(c);
    }

    // ---- writing ----

    /**
     * One write: records appended as they come and made durable, then seen by readers, only at
     * {@link Batch#commit}; {@link Batch#abort} cuts them off again.
     */
    synchronized Batch begin() { return new Batch(); }

    final class Batch {
        private final long start;
        private final OutputStream out;
        private final List<Object[]> pending = new ArrayList<>();
        private long at;
        private boolean done;

        private Batch() {
            start = length;
            at = length;
            try {
                channel.position(start);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        }

        /** Records a run; its assessments name it. */
        void run(Run r) {
            write(RUN, d -> {
                writeString(d, r.iri());
                writeString(d, r.started().toString());
                writeString(d, r.ended().toString());
                writeString(d, r.ruleSetVersion());
                writeString(d, r.dataVersion());
            }, new Object[] {RUN, r});
        }

        /** Stores an assessment made by a run recorded earlier (in this batch or before). */
        void put(Assessment a, String runIri) {
            Integer run = pendingRun(runIri);
            if (run == null) throw new IllegalStateException("no run " + runIri + " recorded before its verdicts");
            write(PUT, d -> {
                writeString(d, a.claim());
                d.writeInt(run);
                writeAssessment(d, a);
            }, new Object[] {PUT, a});
        }

        void remove(String claimKey) { write(REMOVE, d -> writeString(d, claimKey), new Object[] {REMOVE, claimKey}); }

        /** Forgets every verdict and run. */
        void clear() { write(CLEAR, d -> { }, new Object[] {CLEAR}); }

        /** The number the run will have once the batch is committed (a run recorded again keeps its number). */
        private Integer pendingRun(String iri) {
            List<String> order = new ArrayList<>();
            for (Run r : runs) order.add(r.iri());
            for (Object[] p : pending) {
                if (p[0].equals(CLEAR)) order.clear();
                else if (p[0].equals(RUN) && !order.contains(((Run) p[1]).iri())) order.add(((Run) p[1]).iri());
            }
            int n = order.indexOf(iri);
            return n < 0 ? null : n;
        }

        private void write(byte kind, Body body, Object[] what) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
                DataOutputStream d = new DataOutputStream(bytes);
                d.writeByte(kind);
                body.write(d);
                byte[] b = bytes.toByteArray();
                CRC32 c = new CRC32();
                c.update(b);
                DataOutputStream o = new DataOutputStream(out);
                o.writeInt(b.length);
                o.writeInt((int) c.getValue());
                o.write(b);
                pending.add(new Object[] {what[0], what.length > 1 ? what[1] : null, at, 8 + b.length});
                at += 8 + b.length;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
            }
        }

        /** Makes the batch durable, then visible. */
        void commit() {
            synchronized (VerdictLog.this) {
                if (done) return;
                done = true;
                try {
                    out.flush();
                    channel.force(false);
                    for (Object[] p : pending) {
                        long offset = (Long) p[2];
                        int size = (Integer) p[3];
                        byte kind = (Byte) p[0];
                        switch (kind) {
                            case PUT -> {
                                Assessment a = (Assessment) p[1];
                                drop(a.claim());
                                offsets.put(a.claim(), offset);
                                sizes.put(offset, size);
                                liveBytes += size;
                                for (Finding f : a.findings()) numberNames.addAll(f.numbers().keySet());
                            }
                            case REMOVE -> drop((String) p[1]);
                            case RUN -> {
                                keepRun((Run) p[1]);
                                liveBytes += size;
                            }
                            default -> {
                                offsets.clear();
                                sizes.clear();
                                runs.clear();
                                runIndex.clear();
                                liveBytes = 0;
                            }
                        }
                    }
                    length = at;
                    if (length > COMPACT_FLOOR && liveBytes * 2 < length) compact();
                } catch (IOException e) {
                    abortQuietly();
                    throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
                }
            }
        }

        /** Leaves the log as it was before the batch. */
        void abort() {
            synchronized (VerdictLog.this) {
                if (done) return;
                done = true;
                abortQuietly();
            }
        }

        private void abortQuietly() {
            try {
                channel.truncate(length);
            } catch (IOException e) {
                // the records past the committed length are cut off when the file is next opened
            }
        }
    }

    private interface Body { void write(DataOutputStream d) throws IOException; }

    /** Writes the live records to a new file and puts it in this one's place (readers see the same verdicts). */
    private void compact() throws IOException {
        Path tmp = path.resolveSibling(FILE + ".new");
        Map<String, Long> moved = new HashMap<>();
        Map<Long, Integer> movedSizes = new HashMap<>();
        List<Run> keep = List.copyOf(runs);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(reader(4), 1 << 16));
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            long at = 4;
            for (Run r : keep) { // every run, renumbered from 0
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream d = new DataOutputStream(bytes);
                d.writeByte(RUN);
                for (String s : List.of(r.iri(), r.started().toString(), r.ended().toString(), r.ruleSetVersion(), r.dataVersion())) writeString(d, s);
                at += frameTo(out, bytes.toByteArray());
            }
            long read = 4;
            while (read < length) {
                byte[] body = frame(in);
                if (body == null) throw new IOException("damaged record at byte " + read);
                long here = read;
                read += 8 + body.length;
                if (body[0] != PUT) continue;
                DataInputStream r = new DataInputStream(new java.io.ByteArrayInputStream(body, 1, body.length - 1));
                String key = readString(r);
                Long live = offsets.get(key);
                if (live == null || live != here) continue;
                moved.put(key, at);
                movedSizes.put(at, 8 + body.length);
                at += frameTo(out, body); // run numbers hold: the runs were written first, in their order
            }
        }
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        channel.close();
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        offsets.clear();
        offsets.putAll(moved);
        sizes.clear();
        sizes.putAll(movedSizes);
        length = channel.size();
        liveBytes = length - 4;
    }

    private static int frameTo(DataOutputStream out, byte[] body) throws IOException {
        CRC32 c = new CRC32();
        c.update(body);
        out.writeInt(body.length);
        out.writeInt((int) c.getValue());
        out.write(body);
        return 8 + body.length;
    }

    @Override public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the record of an assessment: what the graph keeps of it (see RdfMapping#readAssessment) ----

    private static void writeAssessment(DataOutputStream d, Assessment a) throws IOException {
        writeString(d, a.verdict().name());
        writeString(d, a.reason());
        Collection<String> caveats = new java.util.LinkedHashSet<>(a.caveats());
        d.writeInt(caveats.size());
        for (String c : caveats) writeString(d, c);
        d.writeInt(a.findings().size());
        for (Finding f : a.findings()) {
            writeString(d, f.rule());
            writeString(d, f.effect().name());
            writeString(d, f.kind().name());
            writeString(d, f.message());
            writeString(d, f.caveat());
            Map<String, Double> numbers = new java.util.TreeMap<>();
            f.numbers().forEach((k, v) -> { if (Double.isFinite(v)) numbers.put(k, v); });
            d.writeInt(numbers.size());
            for (var e : numbers.entrySet()) {
                writeString(d, e.getKey());
                d.writeDouble(e.getValue());
            }
            Collection<String> used = new java.util.LinkedHashSet<>(f.used());
            d.writeInt(used.size());
            for (String u : used) writeString(d, u);
        }
    }

    private static Assessment readAssessment(DataInputStream in, String claim) throws IOException {
        Verdict verdict = Verdict.valueOf(readString(in));
        String reason = readString(in);
        List<String> caveats = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) caveats.add(readString(in));
        List<Finding> findings = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String rule = readString(in);
            Effect effect = Effect.valueOf(readString(in));
            FindingKind kind = FindingKind.valueOf(readString(in));
            String message = readString(in), caveat = readString(in);
            Map<String, Double> numbers = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) numbers.put(readString(in), in.readDouble());
            List<String> used = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) used.add(readString(in));
            findings.add(new Finding(rule, claim, effect, kind, message, numbers, used, caveat, 0, (LocalDate) null));
        }
        // as read back from the graph: findings by rule and message
        findings.sort(java.util.Comparator.comparing(Finding::rule).thenComparing(Finding::message));
        return new Assessment(claim, verdict, reason, caveats, findings);
    }

    private static void writeString(DataOutputStream d, String s) throws IOException {
        if (s == null) {
            d.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
