package org.claimgraph.safety;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;

/** A store as it is: its quad count and a hash of every quad written canonically (N-Quads, sorted). */
record Fingerprint(long quads, String sha256) {

    /**
     * A quicker fingerprint for many comparisons: the count and an order-free 64-bit mix of every quad's
     * hash (a change that keeps both is vanishingly unlikely).
     */
    static Fingerprint quick(Dataset d) {
        long[] acc = new long[2];
        Txn.executeRead(d, () -> d.asDatasetGraph().find().forEachRemaining(q -> {
            long h = q.hashCode() * 0x9E3779B97F4A7C15L;
            acc[0]++;
            acc[1] += h ^ (h >>> 31);
        }));
        return new Fingerprint(acc[0], Long.toHexString(acc[1]));
    }

    static Fingerprint of(Dataset d) {
        List<String> lines = new ArrayList<>();
        Txn.executeRead(d, () -> d.asDatasetGraph().find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q))));
        Collections.sort(lines);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) md.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            return new Fingerprint(lines.size(), HexFormat.of().formatHex(md.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
