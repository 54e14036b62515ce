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
