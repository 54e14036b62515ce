package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Verdict;

/**
 * The limit line: the main evidence rule (a claim against trusted sources on the same subject, measure,
 * unit, basis and period; the most authoritative decides) as the simplest code there is, a hash join
 * over facts already in memory.
 */
final class HashJoin {

    private record Key(String subject, String metric, String unit, String per, Object start, Object end) {}

    private record Source(String doc, int tier, double low, double high) {}

    private HashJoin() {}

    /** The verdict of every claim with a value and a period; claims without evidence are UNSUPPORTED. */
    static Map<String, Verdict> run(List<Document> documents, List<Claim> claims) {
        Map<String, Integer> tiers = new HashMap<>();
        for (Document d : documents) tiers.put(d.id(), d.tier().rank);
        Map<Key, List<Source>> index = new HashMap<>();
        for (Claim c : claims) {
            Key k = key(c);
            int tier = tiers.get(c.docId());
            if (k != null && tier <= 3) index.computeIfAbsent(k, x -> new ArrayList<>()).add(new Source(c.docId(), tier, c.value().low(), c.value().high()));
        }
        Map<String, Verdict> out = new HashMap<>();
        for (Claim c : claims) {
            Key k = key(c);
            if (k == null) continue;
            int tier = tiers.get(c.docId()), best = Integer.MAX_VALUE;
            boolean agree = false, disagree = false;
            for (Source s : index.getOrDefault(k, List.of())) {
                if (s.tier() > tier || Objects.equals(s.doc(), c.docId()) || s.tier() > best) continue;
                if (s.tier() < best) { best = s.tier(); agree = false; disagree = false; }
                if (c.value().low() <= s.high() && s.low() <= c.value().high()) agree = true; else disagree = true;
            }
            out.put(c.key(), disagree ? Verdict.CONTRADICTED : agree ? Verdict.SUPPORTED : Verdict.UNSUPPORTED);
        }
        return out;
    }

    private static Key key(Claim c) {
        if (c.value() == null || c.period() == null || c.subject() == null || c.metric() == null) return null;
        return new Key(c.subject(), c.metric(), c.value().unit(), c.value().per(), c.period().start(), c.period().end());
    }
}
