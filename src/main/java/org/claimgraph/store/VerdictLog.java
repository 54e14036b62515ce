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
    /** Where each claim's live record starts and its length, packed as {@link #pack} (a map of a million claims). */
    private final Map<String, Long> offsets = new HashMap<>();
    private final List<Run> runs = new ArrayList<>();
    private final Map<String, Integer> runIndex = new HashMap<>();
    /** The names of every number a stored finding states, each declared as a cg:number in the graph; null until asked for. */
    private Set<String> numberNames;
    private long length, liveBytes;
    /** No record is longer (a verdict's is some hundreds of bytes), so its length fits beside its place. */
    private static final int MAX_RECORD = (1 << 24) - 1;

    private VerdictLog(Path path) { this.path = path; }

    /**
     * Opens (or creates) the log in a store's folder. Its records are read when first needed (a command that
     * reads no verdict does not pay for a million), and a record a crash left unfinished is cut off then.
     */
    static VerdictLog open(Path folder) {
        VerdictLog log = new VerdictLog(folder.resolve(FILE));
        try {
            log.channel = FileChannel.open(log.path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (log.channel.size() < 4) {
                log.channel.truncate(0);
                log.channel.write(ByteBuffer.allocate(4).putInt(0, MAGIC), 0);
                log.channel.force(true);
            }
            ByteBuffer m = ByteBuffer.allocate(4);
            log.channel.read(m, 0);
            if (m.getInt(0) != MAGIC) {
                log.channel.close();
                throw new IOException("not a verdict log of ClaimGraph (its first bytes differ)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log.path + ": " + e.getMessage(), e);
        }
        return log;
    }

    private boolean loaded;

    /** Reads the records into the state readers see, once. */
    private void load() {
        if (loaded) return;
        try {
            scan();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        loaded = true;
    }

    private void scan() throws IOException {
        long size = channel.size();
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
            case PUT -> keep(readString(in), offset, 8 + body.length);
            case REMOVE -> drop(readString(in));
            case RUN -> {
                keepRun(new Run(readString(in), Instant.parse(readString(in)), Instant.parse(readString(in)), readString(in), readString(in)));
                liveBytes += 8 + body.length;
            }
            case CLEAR -> forgetAll();
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
        if (old != null) liveBytes -= (int) (old & MAX_RECORD);
    }

    private void keep(String key, long at, int size) {
        drop(key);
        offsets.put(key, pack(at, size));
        liveBytes += size;
    }

    private void forgetAll() {
        offsets.clear();
        runs.clear();
        runIndex.clear();
        liveBytes = 0;
    }

    private static long pack(long at, int size) { return at << 24 | size; }

    // ---- reading ----

    synchronized boolean isEmpty() { load(); return offsets.isEmpty() && runs.isEmpty(); }

    synchronized int size() { load(); return offsets.size(); }

    synchronized boolean holds(String claimKey) { load(); return offsets.containsKey(claimKey); }

    synchronized List<String> keys() { load(); return List.copyOf(offsets.keySet()); }

    /** A short text that changes with every committed write (each appends, or rewrites the file), read without the records. */
    synchronized String stamp() {
        try {
            return channel.size() + ":" + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    synchronized List<Run> runs() { load(); return List.copyOf(runs); }

    synchronized Set<String> numberNames() {
        if (numberNames == null) {
            Set<String> all = new java.util.TreeSet<>();
            forEach(x -> x.assessment().findings().forEach(f -> all.addAll(f.numbers().keySet())));
            numberNames = all;
        }
        return Set.copyOf(numberNames);
    }

    /** A claim's stored assessment and the run that made it, or null. */
    synchronized Stored get(String claimKey) {
        load();
        Long where = offsets.get(claimKey);
        if (where == null) return null;
        try {
            long at = where >>> 24;
            ByteBuffer b = ByteBuffer.allocate((int) (where & MAX_RECORD));
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
        load();
        try {
            eachLive((key, body, rest) -> {
                Run run = runs.get(rest.readInt()); // the run's number comes before the verdict
                each.accept(new Stored(readAssessment(rest, key), run));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private interface LiveRecord { void accept(String key, byte[] body, DataInputStream rest) throws IOException; }

    /** Each committed record of a live verdict, in file order: its claim, whole body, and the body read past the claim. */
    private void eachLive(LiveRecord each) throws IOException {
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
                if (live != null && live >>> 24 == here) each.accept(key, body, r);
            }
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
    synchronized Batch begin() {
        load();
        return new Batch();
    }

    final class Batch {
        private final long start;
        private final OutputStream out;
        /** What the batch wrote, for the state readers see once it is committed: keys and places, not the verdicts. */
        private final List<Pending> pending = new ArrayList<>();
        private final Set<String> names = new java.util.HashSet<>();
        /** Each run's number as it will be once committed: the log's, then this batch's in their order. */
        private final Map<String, Integer> numbers = new HashMap<>(runIndex);
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
            numbers.putIfAbsent(r.iri(), numbers.size());
            write(RUN, d -> writeRun(d, r), null, r);
        }

        /** Stores an assessment made by a run recorded earlier (in this batch or before). */
        void put(Assessment a, String runIri) {
            Integer run = pendingRun(runIri);
            if (run == null) throw new IllegalStateException("no run " + runIri + " recorded before its verdicts");
            write(PUT, d -> {
                writeString(d, a.claim());
                d.writeInt(run);
                writeAssessment(d, a);
            }, a.claim(), null);
            for (Finding f : a.findings()) f.numbers().forEach((k, v) -> { if (Double.isFinite(v)) names.add(k); });
        }

        void remove(String claimKey) { write(REMOVE, d -> writeString(d, claimKey), claimKey, null); }

        /** Forgets every verdict and run. */
        void clear() {
            numbers.clear();
            write(CLEAR, d -> { }, null, null);
        }

        /** The number the run will have once the batch is committed (a run recorded again keeps its number). */
        private Integer pendingRun(String iri) { return numbers.get(iri); }

        private void write(byte kind, Body body, String key, Run run) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
                DataOutputStream d = new DataOutputStream(bytes);
                d.writeByte(kind);
                body.write(d);
                byte[] b = bytes.toByteArray();
                if (b.length + 8 > MAX_RECORD) throw new IllegalArgumentException("a verdict of " + b.length + " bytes is too long to store");
                CRC32 c = new CRC32();
                c.update(b);
                DataOutputStream o = new DataOutputStream(out);
                o.writeInt(b.length);
                o.writeInt((int) c.getValue());
                o.write(b);
                pending.add(new Pending(kind, key, run, at, 8 + b.length));
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
                    for (Pending p : pending) {
                        switch (p.kind()) {
                            case PUT -> keep(p.key(), p.at(), p.size());
                            case REMOVE -> drop(p.key());
                            case RUN -> {
                                keepRun(p.run());
                                liveBytes += p.size();
                            }
                            default -> forgetAll();
                        }
                    }
                    if (numberNames != null) numberNames.addAll(names);
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

    private record Pending(byte kind, String key, Run run, long at, int size) {}

    /** Writes the live records to a new file and puts it in this one's place (readers see the same verdicts). */
    private void compact() throws IOException {
        Path tmp = path.resolveSibling(FILE + ".new");
        Map<String, Long> moved = new HashMap<>();
        List<Run> keep = List.copyOf(runs);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            long at = 4;
            for (Run r : keep) { // every run, renumbered from 0
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream d = new DataOutputStream(bytes);
                d.writeByte(RUN);
                writeRun(d, r);
                at += frameTo(out, bytes.toByteArray());
            }
            long[] to = {at};
            eachLive((key, body, rest) -> {
                moved.put(key, pack(to[0], 8 + body.length));
                to[0] += frameTo(out, body); // run numbers hold: the runs were written first, in their order
            });
        }
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        channel.close();
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        offsets.clear();
        offsets.putAll(moved);
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

    private static void writeRun(DataOutputStream d, Run r) throws IOException {
        for (String s : List.of(r.iri(), r.started().toString(), r.ended().toString(), r.ruleSetVersion(), r.dataVersion())) writeString(d, s);
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
