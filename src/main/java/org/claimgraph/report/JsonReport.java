package org.claimgraph.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Document;
import org.claimgraph.model.Finding;

/** The report as JSON for other programs: every claim with id, quote, statement, verdict and findings. */
public final class JsonReport {
    private JsonReport() {}

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static String render(Report r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scoreFormula", Report.Score.FORMULA);
        if (r.checkedAt() != null) root.put("checkedAt", r.checkedAt().toString());
        ArrayNode docs = root.putArray("documents");
        for (Report.DocumentReport d : r.documents()) {
            ObjectNode dn = docs.addObject();
            document(dn, d.document());
            ObjectNode counts = dn.putObject("counts");
            d.counts().forEach((k, v) -> counts.put(k.name(), v));
            ObjectNode score = dn.putObject("score");
            Report.Score s = d.score();
            score.put("supported", s.supported()).put("contradicted", s.contradicted()).put("settled", s.settled())
                    .put("noEvidence", s.noEvidence()).put("notCheckable", s.notCheckable());
            if (!Double.isNaN(s.value())) score.put("value", round(s.value())).put("low", round(s.low())).put("high", round(s.high()));
            ArrayNode claims = dn.putArray("claims");
            for (Report.ClaimReport cr : d.claims()) claim(claims.addObject(), cr);
        }
        // an index for programs that want every verdict without walking the documents
        ArrayNode index = root.putArray("claims");
        for (Report.DocumentReport d : r.documents()) {
            for (Report.ClaimReport cr : d.claims()) {
                ObjectNode i = index.addObject().put("id", cr.claim().key());
                if (cr.assessment() == null) i.putNull("verdict");
                else i.put("verdict", cr.assessment().verdict().name());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One document's description, as in the report. */
    public static ObjectNode document(Document d) {
        ObjectNode n = JSON.createObjectNode();
        document(n, d);
        return n;
    }

    /** One claim as the report writes it: verdict, findings, and the evidence with its sources. */
    public static ObjectNode claim(Report.ClaimReport cr) {
        ObjectNode n = JSON.createObjectNode();
        claim(n, cr);
        return n;
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }

    private static void document(ObjectNode n, Document d) {
        n.put("id", d.id()).put("title", d.title()).put("publisher", d.publisher()).put("published", d.publishedLabel())
                .put("language", d.language()).put("tier", d.tier().json).put("kind", d.kind().json);
        if (d.url() != null) n.put("url", d.url());
        if (d.author() != null) n.put("author", d.author());
    }

    private static void claim(ObjectNode n, Report.ClaimReport cr) {
        Claim c = cr.claim();
        n.put("number", cr.number()).put("id", c.key()).put("quote", c.quote()).put("statement", c.statement()).put("claimant", cr.claimant()).put("kind", c.kind().json);
        if (c.start() != null) n.put("start", c.start()).put("end", c.end());
        if (cr.subject() != null) n.put("subject", cr.subject());
        if (cr.metric() != null) n.put("metric", cr.metric());
        if (c.value() != null) {
            ObjectNode v = n.putObject("value");
            v.put("amount", c.value().value()).put("unit", c.value().unit()).put("statedAs", c.value().statedAs());
            if (Double.isFinite(c.value().low())) v.put("low", c.value().low());
            if (Double.isFinite(c.value().high())) v.put("high", c.value().high());
            if (c.value().per() != null) v.put("per", c.value().per());
            if (c.value().basis() != null) v.put("basis", c.value().basis());
        }
        if (c.period() != null) n.put("period", c.period().label());
        if (!c.qualifiers().isEmpty()) {
            ArrayNode q = n.putArray("qualifiers");
            c.qualifiers().stream().map(x -> x.json).sorted().forEach(q::add);
        }
        if (cr.assessment() == null) {
            n.putNull("verdict");
            n.put("reason", "not checked yet: run check");
            return;
        }
        n.put("verdict", cr.assessment().verdict().name()).put("reason", cr.assessment().reason());
        ArrayNode cav = n.putArray("caveats");
        cr.assessment().caveats().forEach(cav::add);
        ArrayNode fs = n.putArray("findings");
        for (Finding f : cr.assessment().findings()) {
            ObjectNode fn = fs.addObject().put("rule", f.rule()).put("effect", f.effect().name()).put("kind", f.kind().name())
                    .put("message", f.message());
            ObjectNode nums = fn.putObject("numbers");
            f.numbers().forEach((k, v) -> { if (Double.isFinite(v)) nums.put(k, v); });
            ArrayNode used = fn.putArray("used");
            f.used().forEach(used::add);
        }
        ArrayNode ev = n.putArray("evidence");
        for (Report.Evidence e : cr.evidence()) {
            ObjectNode en = ev.addObject().put("claim", e.claim().key()).put("quote", e.claim().quote());
            document(en.putObject("source"), e.source());
        }
    }
}
