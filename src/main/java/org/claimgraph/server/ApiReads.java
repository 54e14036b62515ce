package org.claimgraph.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.claimgraph.ClaimGraph;
import org.claimgraph.model.Verdict;
import org.claimgraph.report.JsonReport;
import org.claimgraph.report.Report;
import org.claimgraph.search.NamedQueries;
import org.claimgraph.search.TextIndex;


/**
 * The API's reads: claims (filtered, paged), one claim with its findings and evidence, documents, a
 * document's report, search and the named queries; parameters not named, or given twice, are refused.
 */
final class ApiReads {
    private static final int MAX_LIMIT = 500;

    private final ClaimGraph cg;

    ApiReads(ClaimGraph cg) { this.cg = cg; }

    Object get(List<String> p, HttpServletRequest req) {
        if (p.size() == 1 && p.get(0).equals("claims")) return claims(params(req, "verdict", "subject", "metric", "document", "q", "limit", "offset"));
        if (p.size() == 3 && p.get(0).equals("claims")) { params(req); return claim(p.get(1), p.get(2)); }
        if (p.size() == 1 && p.get(0).equals("documents")) { params(req); return documents(); }
        if (p.size() == 3 && p.get(0).equals("documents") && p.get(2).equals("report")) { params(req); return report(p.get(1)); }
        if (p.size() == 1 && p.get(0).equals("search")) return search(params(req, "q", "limit"));
        if (p.size() == 1 && p.get(0).equals("queries")) { params(req); return queries(); }
        if (p.size() == 2 && p.get(0).equals("queries")) return namedQuery(p.get(1), req);
        throw new ApiException(404, "no such resource: " + req.getRequestURI()
                + " (try /api/claims, /api/documents, /api/search?q=…, /api/queries)");
    }

    /** The request's parameters, refusing any not in {@code allowed} and any given twice. */
    static Map<String, String> params(HttpServletRequest req, String... allowed) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> ok = Set.of(allowed);
        for (Map.Entry<String, String[]> e : new java.util.TreeMap<>(req.getParameterMap()).entrySet()) {
            if (!ok.contains(e.getKey())) {
                errors.put(e.getKey(), List.of(allowed.length == 0 ? "unknown parameter: this resource takes none"
                        : "unknown parameter (allowed: " + String.join(", ", new TreeSet<>(ok)) + ")"));
            } else if (e.getValue().length > 1) {
                errors.put(e.getKey(), List.of("given " + e.getValue().length + " times; give it once"));
            } else {
                out.put(e.getKey(), e.getValue()[0]);
            }
        }
        if (!errors.isEmpty()) throw new ApiException(400, "unknown or repeated parameters: " + String.join(", ", errors.keySet()), errors);
        return out;
    }

    static int intParam(Map<String, String> ps, String name, int dflt, int min, int max) {
        String v = ps.get(name);
        if (v == null) return dflt;
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiException(400, "invalid " + name, Map.of(name, List.of("must be a whole number from " + min + " to " + max + ", not \"" + v + "\"")));
    }

    ObjectNode claims(Map<String, String> ps) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String verdict = ps.get("verdict") == null ? null : ps.get("verdict").strip().toUpperCase(Locale.ROOT);
        if (verdict != null && !verdict.equals("UNCHECKED") && java.util.Arrays.stream(Verdict.values()).noneMatch(v -> v.name().equals(verdict))) {
            errors.put("verdict", List.of("unknown verdict \"" + ps.get("verdict") + "\" (use supported, unsupported, contradicted or unchecked)"));
        }
        String subject = null, metric = null;
        if (ps.get("subject") != null) {
            subject = cg.vocabulary().entityId(ps.get("subject")).orElse(null);
            if (subject == null) errors.put("subject", List.of("no entity \"" + ps.get("subject") + "\" in the gazetteer" + cg.vocabulary().suggestEntity(ps.get("subject"))));
        }
        if (ps.get("metric") != null) {
            metric = cg.vocabulary().metricId(ps.get("metric")).orElse(null);
            if (metric == null) errors.put("metric", List.of("no metric \"" + ps.get("metric") + "\"" + cg.vocabulary().suggestMetric(ps.get("metric"))));
        }
        String document = ps.get("document");
        Report report = cg.report(null);
        if (document != null && report.documents().stream().noneMatch(d -> d.document().id().equals(document))) {
            errors.put("document", List.of("no document \"" + document + "\" in the store"));
        }
        if (ps.get("q") != null && ps.get("q").isBlank()) errors.put("q", List.of("empty: give the text to search for"));
        int limit = 0, offset = 0;
        try {
            limit = intParam(ps, "limit", 50, 1, MAX_LIMIT);
        } catch (ApiException e) {
            errors.putAll(e.errors);
        }
        try {
            offset = intParam(ps, "offset", 0, 0, Integer.MAX_VALUE);
        } catch (ApiException e) {
            errors.putAll(e.errors);
        }
        if (!errors.isEmpty()) throw new ApiException(400, "invalid parameters: " + String.join(", ", errors.keySet()), errors);

        List<Report.ClaimReport> all = new ArrayList<>();
        report.documents().forEach(d -> all.addAll(d.claims()));
        if (ps.get("q") != null) {
            Map<String, Report.ClaimReport> byKey = new LinkedHashMap<>();
            all.forEach(c -> byKey.put(c.claim().key(), c));
            all.clear();
            for (TextIndex.Hit h : cg.search(ps.get("q"), 1000)) if (byKey.containsKey(h.claim())) all.add(byKey.get(h.claim()));
        }
        List<Report.ClaimReport> matching = new ArrayList<>();
        for (Report.ClaimReport c : all) {
            String v = c.assessment() == null ? "UNCHECKED" : c.assessment().verdict().name();
            if (verdict != null && !verdict.equals(v)) continue;
            if (subject != null && !subject.equals(c.claim().subject())) continue;
            if (metric != null && !metric.equals(c.claim().metric())) continue;
            if (document != null && !document.equals(c.claim().docId())) continue;
            matching.add(c);
        }
        ObjectNode out = Problems.JSON.createObjectNode().put("total", matching.size()).put("limit", limit).put("offset", offset);
        ArrayNode items = out.putArray("items");
        for (int i = offset; i < matching.size() && i < (long) offset + limit; i++) items.add(summary(matching.get(i)));
        return out;
    }

    static ObjectNode summary(Report.ClaimReport cr) {
        ObjectNode n = JsonReport.claim(cr);
        n.remove(List.of("findings", "evidence", "caveats"));
        n.put("document", cr.claim().docId());
        return n;
    }

    ObjectNode claim(String docId, String claimId) {
        Report report = cg.report(null);
        for (Report.DocumentReport d : report.documents()) {
            if (!d.document().id().equals(docId)) continue;
            for (Report.ClaimReport c : d.claims()) {
                if (c.claim().id().equals(claimId)) {
                    ObjectNode n = JsonReport.claim(c);
                    n.set("document", JsonReport.document(d.document()));
                    return n;
                }
            }
            throw new ApiException(404, "no claim \"" + claimId + "\" in document \"" + docId + "\"");
        }
        throw new ApiException(404, "no document \"" + docId + "\" in the store");
    }

    ArrayNode documents() {
        ArrayNode a = Problems.JSON.createArrayNode();
        for (Report.DocumentReport d : cg.report(null).documents()) {
            ObjectNode n = JsonReport.document(d.document());
            n.put("claims", d.claims().size());
            ObjectNode counts = n.putObject("counts");
            d.counts().forEach((k, v) -> counts.put(k.name(), v));
            a.add(n);
        }
        return a;
    }

    Object report(String docId) {
        if (cg.documents().stream().noneMatch(d -> d.id().equals(docId))) throw new ApiException(404, "no document \"" + docId + "\" in the store");
        try {
            return Problems.JSON.readTree(JsonReport.render(cg.report(docId)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ObjectNode search(Map<String, String> ps) {
        String q = ps.get("q");
        if (q == null || q.isBlank()) throw new ApiException(400, "missing q", Map.of("q", List.of("required: the text to search for")));
        int limit = intParam(ps, "limit", 10, 1, 100);
        ObjectNode out = Problems.JSON.createObjectNode().put("q", q);
        ArrayNode hits = out.putArray("hits");
        for (TextIndex.Hit h : cg.search(q, limit)) {
            hits.addObject().put("claim", h.claim()).put("score", Math.round(h.score() * 1000) / 1000.0)
                    .put("quote", h.quote()).put("statement", h.statement()).put("fuzzy", h.fuzzy());
        }
        return out;
    }

    static ArrayNode queries() {
        ArrayNode a = Problems.JSON.createArrayNode();
        for (NamedQueries.Named q : NamedQueries.all()) {
            ObjectNode n = a.addObject().put("name", q.name()).put("title", q.title());
            ArrayNode ps = n.putArray("params");
            q.params().forEach(p -> ps.addObject().put("name", p.name()).put("description", p.description()));
        }
        return a;
    }

    ObjectNode namedQuery(String name, HttpServletRequest req) {
        NamedQueries.Named q = NamedQueries.find(name).orElseThrow(() -> new ApiException(404, "no named query \"" + name + "\"; named queries: "
                + String.join(", ", NamedQueries.all().stream().map(NamedQueries.Named::name).toList())));
        Map<String, String> args = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> args.put(k, v[0]));
        Query query = NamedQueries.bind(q, args, cg::vocabulary);
        ObjectNode out = Problems.JSON.createObjectNode().put("name", q.name()).put("title", q.title());
        return cg.query(query, qe -> {
            ResultSet rs = qe.execSelect();
            ArrayNode cols = out.putArray("columns");
            rs.getResultVars().forEach(cols::add);
            ArrayNode rows = out.putArray("rows");
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                ObjectNode row = rows.addObject();
                for (String v : rs.getResultVars()) {
                    RDFNode n = s.get(v);
                    if (n == null) row.putNull(v);
                    else if (n.isLiteral()) row.put(v, n.asLiteral().getLexicalForm());
                    else row.put(v, n.toString());
                }
            }
            return out;
        });
    }
}
