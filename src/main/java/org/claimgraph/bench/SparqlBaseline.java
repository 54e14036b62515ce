package org.claimgraph.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.claimgraph.model.Verdict;
import org.claimgraph.store.ClaimStore;

/**
 * The planted checks as a data team would write them without a rule engine: one SPARQL query per check
 * over the same TDB2 store, the verdict policy (contradicted beats supported beats unsupported; the
 * most authoritative source decides) applied to their rows.
 */
final class SparqlBaseline {

    /** What the queries say of one claim. */
    record Answer(Verdict verdict, Set<String> caveats) {}

    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ns#>
            PREFIX schema: <http://schema.org/>
            PREFIX fn: <http://www.w3.org/2005/xpath-functions#>
            """;

    /** The rank of a document's tier: 1 primary … 4 anonymous; up to 3 is trusted. */
    private static final String RANK_OF = "IF(%1$s = cg:Primary, 1, IF(%1$s = cg:MajorPress, 2, IF(%1$s = cg:Secondary, 3, 4)))";

    /** A claim against every trusted source on the same subject, measure, unit, basis and period: agree when the intervals overlap. */
    static final String EVIDENCE = PREFIXES + """
            SELECT ?c ?rank ?agree WHERE {
              ?c cg:inDocument ?d ; cg:subject ?s ; cg:metric ?m ; cg:periodStart ?ps ; cg:periodEnd ?pe ; cg:value ?cv .
              ?cv cg:unit ?u ; schema:minValue ?lo ; schema:maxValue ?hi .
              ?d cg:tier ?ct .
              ?e cg:subject ?s ; cg:metric ?m ; cg:periodStart ?ps ; cg:periodEnd ?pe ; cg:inDocument ?ed ; cg:value ?ev .
              ?ev cg:unit ?u ; schema:minValue ?elo ; schema:maxValue ?ehi .
              ?ed cg:tier ?et .
              FILTER (?ed != ?d)
              FILTER NOT EXISTS { ?cv cg:per ?p1 }
              FILTER NOT EXISTS { ?ev cg:per ?p2 }
              BIND (%s AS ?crank)
              BIND (%s AS ?rank)
              FILTER (?rank <= 3 && ?rank <= ?crank)
              BIND (?lo <= ?ehi && ?elo <= ?hi AS ?agree)
            }""".formatted(RANK_OF.formatted("?ct"), RANK_OF.formatted("?et"));

    /** A share of a whole outside 0–100%. */
    static final String SHARE = PREFIXES + """
            SELECT ?c WHERE {
              ?c cg:metric ?m ; cg:value [ schema:value ?v ] . ?m cg:metricType cg:Share .
              FILTER (?v < 0 || ?v > 100)
            }""";

    /** "A exceeds B" against what trusted sources give for A and for B. */
    static final String COMPARISON = PREFIXES + """
            SELECT ?c ?op ?va ?vb WHERE {
              ?c cg:compares [ cg:operator ?op ; cg:left ?a ; cg:right ?b ] ; cg:inDocument ?d .
              ?a cg:subject ?sa ; cg:metric ?m ; cg:periodStart ?ps .
              ?b cg:subject ?sb ; cg:metric ?m ; cg:periodStart ?ps .
              ?ea cg:subject ?sa ; cg:metric ?m ; cg:periodStart ?ps ; cg:inDocument ?da ; cg:value [ schema:value ?va ] .
              ?eb cg:subject ?sb ; cg:metric ?m ; cg:periodStart ?ps ; cg:inDocument ?db ; cg:value [ schema:value ?vb ] .
              ?da cg:tier cg:Primary . ?db cg:tier cg:Primary .
              FILTER (?da != ?d && ?db != ?d)
            }""";

    /** A yearly rate times the years of a total in the same document, the total backed by a trusted source. */
    static final String RATE_TIMES_PERIOD = PREFIXES + """
            SELECT ?rate ?r ?t ?years WHERE {
              ?rate cg:inDocument ?d ; cg:subject ?s ; cg:metric ?m ; cg:periodStart ?ps ; cg:periodEnd ?pe ;
                    cg:value [ schema:value ?r ; cg:per ?per ; cg:unit ?u ] .
              ?total cg:inDocument ?d ; cg:subject ?s ; cg:metric ?m ; cg:periodStart ?ps ; cg:periodEnd ?pe ;
                    cg:value [ schema:value ?t ; cg:unit ?u ; schema:minValue ?lo ; schema:maxValue ?hi ] .
              FILTER NOT EXISTS { ?total cg:value [ cg:per ?p2 ] }
              ?e cg:subject ?s ; cg:metric ?m ; cg:periodStart ?ps ; cg:periodEnd ?pe ; cg:inDocument ?ed ;
                 cg:value [ cg:unit ?u ; schema:minValue ?elo ; schema:maxValue ?ehi ] .
              FILTER NOT EXISTS { ?e cg:value [ cg:per ?p3 ] }
              ?ed cg:tier cg:Primary . FILTER (?ed != ?d && ?lo <= ?ehi && ?elo <= ?hi)
              BIND (YEAR(?pe) - YEAR(?ps) + 1 AS ?years)
            }""";

    /** The days between two dated events, recomputed from what trusted sources give for each. */
    static final String GAP = PREFIXES + """
            SELECT ?c ?days ?claimed WHERE {
              ?c cg:gapFrom [ cg:subject ?s1 ; cg:metric ?m1 ] ; cg:gapTo [ cg:subject ?s2 ; cg:metric ?m2 ] ;
                 cg:value [ schema:value ?claimed ] .
              ?e1 cg:subject ?s1 ; cg:metric ?m1 ; cg:periodStart ?d1 ; cg:inDocument ?x1 . ?x1 cg:tier cg:Primary .
              ?e2 cg:subject ?s2 ; cg:metric ?m2 ; cg:periodStart ?d2 ; cg:inDocument ?x2 . ?x2 cg:tier cg:Primary .
              BIND (fn:days-from-duration(?d2 - ?d1) AS ?days)
            }""";

    /** A claimed rank against how many rivals trusted sources put above the subject on that day. */
    static final String RANK = PREFIXES + """
            SELECT ?c ?claimedRank (COUNT(DISTINCT ?rival) AS ?above) WHERE {
              ?c cg:rank ?claimedRank ; cg:subject ?s ; cg:metric ?m ; cg:periodStart ?day ; cg:inDocument ?d .
              ?own cg:subject ?s ; cg:metric ?m ; cg:periodStart ?day ; cg:inDocument ?od ; cg:value [ schema:maxValue ?ownHigh ] .
              ?od cg:tier cg:Primary . FILTER (?od != ?d)
              OPTIONAL {
                ?rival cg:metric ?m ; cg:periodStart ?day ; cg:subject ?rs ; cg:inDocument ?rd ; cg:value [ schema:minValue ?rivalLow ] .
                ?rd cg:tier cg:Primary . FILTER (?rs != ?s && ?rivalLow > ?ownHigh)
              }
            } GROUP BY ?c ?claimedRank""";

    /** Qualifiers that stay on a verdict as caveats. */
    static final String QUALIFIERS = PREFIXES + """
            SELECT ?c WHERE { ?c cg:qualifier cg:Estimate }""";

    /** Runs every query and applies the verdict policy; returns an answer for each claim any query mentions. */
    static Map<String, Answer> run(ClaimStore store) {
        Map<String, int[]> evidence = new HashMap<>(); // claim -> {best rank, agrees at best, disagrees at best}
        Set<String> contradicted = new HashSet<>(), supported = new HashSet<>();
        Map<String, Set<String>> caveats = new HashMap<>();
        each(store, EVIDENCE, b -> {
            String c = key(b, "c");
            int rank = b.getLiteral("rank").getInt();
            boolean agree = b.getLiteral("agree").getBoolean();
            int[] e = evidence.computeIfAbsent(c, k -> new int[] {Integer.MAX_VALUE, 0, 0});
            if (rank < e[0]) { e[0] = rank; e[1] = 0; e[2] = 0; }
            if (rank == e[0]) e[agree ? 1 : 2]++;
        });
        evidence.forEach((c, e) -> (e[2] > 0 && e[1] == 0 ? contradicted : e[1] > 0 && e[2] == 0 ? supported : contradicted).add(c));
        each(store, SHARE, b -> contradicted.add(key(b, "c")));
        each(store, COMPARISON, b -> {
            double a = b.getLiteral("va").getDouble(), v = b.getLiteral("vb").getDouble();
            String op = b.getResource("op").getLocalName();
            boolean holds = switch (op) { case "Exceeds" -> a > v; case "LessThan" -> a < v; default -> Math.abs(a - v) <= 0.05 * Math.abs(v); };
            (holds ? supported : contradicted).add(key(b, "c"));
        });
        each(store, RATE_TIMES_PERIOD, b -> {
            double r = b.getLiteral("r").getDouble(), t = b.getLiteral("t").getDouble(), years = b.getLiteral("years").getDouble();
            if (Math.abs(r * years - t) > 0.1 * Math.abs(t)) contradicted.add(key(b, "rate"));
        });
        each(store, GAP, b -> {
            boolean agree = Math.abs(b.getLiteral("days").getDouble() - b.getLiteral("claimed").getDouble()) < 0.5;
            (agree ? supported : contradicted).add(key(b, "c"));
        });
        each(store, RANK, b -> (b.getLiteral("above").getInt() + 1 <= b.getLiteral("claimedRank").getInt() ? supported : contradicted).add(key(b, "c")));
        each(store, QUALIFIERS, b -> caveats.computeIfAbsent(key(b, "c"), k -> new HashSet<>()).add("estimate"));
        Map<String, Answer> out = new HashMap<>();
        Set<String> all = new HashSet<>(supported);
        all.addAll(contradicted);
        all.addAll(caveats.keySet());
        for (String c : all) {
            Verdict v = contradicted.contains(c) ? Verdict.CONTRADICTED : supported.contains(c) ? Verdict.SUPPORTED : Verdict.UNSUPPORTED;
            out.put(c, new Answer(v, caveats.getOrDefault(c, Set.of())));
        }
        return out;
    }

    private static void each(ClaimStore store, String sparql, java.util.function.Consumer<QuerySolution> row) {
        store.query(sparql, qe -> {
            qe.execSelect().forEachRemaining(row);
            return null;
        });
    }

    private static String key(QuerySolution b, String var) {
        String iri = b.getResource(var).getURI();
        return iri.substring(iri.indexOf("/doc/") + 5).replace("/claim/", "/");
    }

    static List<String> queries() { return List.of(EVIDENCE, SHARE, COMPARISON, RATE_TIMES_PERIOD, GAP, RANK, QUALIFIERS); }
}
