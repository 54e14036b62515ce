package org.claimgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.ClaimGraph;
import org.claimgraph.extract.Extractor;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.SiblingFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API under /api: routing, errors as RFC 9457 problems, and the writes (adding claim documents,
 * extracting drafts); the reads are {@link ApiReads}. Every write needs the bearer token.
 */
final class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final transient ClaimGraph cg;
    private final transient TokenGuard guard;
    private final transient ApiReads reads;

    ApiServlet(ClaimGraph cg, TokenGuard guard) {
        this.cg = cg;
        this.guard = guard;
        this.reads = new ApiReads(cg);
    }

    @Override protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        try {
            String path = req.getPathInfo() == null ? "" : req.getPathInfo();
            List<String> parts = new ArrayList<>();
            for (String p : path.split("/")) if (!p.isEmpty()) parts.add(p);
            boolean writable = parts.size() == 1 && (parts.get(0).equals("claims") || parts.get(0).equals("evidence"));
            boolean extracting = parts.equals(List.of("extract"));
            String allow = writable ? "GET, HEAD, POST" : extracting ? "POST" : "GET, HEAD";
            switch (req.getMethod()) {
                case "GET", "HEAD" -> {
                    if (extracting) throw new ApiException(405, req.getMethod() + " " + req.getRequestURI() + ": send the text with POST").allow(allow);
                    Problems.write(res, 200, "application/json", reads.get(parts, req));
                }
                case "POST" -> {
                    if (!writable && !extracting) {
                        throw new ApiException(405, "POST " + req.getRequestURI() + " is not a write endpoint of this server (POST /api/claims or /api/evidence)").allow(allow);
                    }
                    requireJson(req);
                    if (extracting) {
                        Problems.write(res, 200, "application/json", extract(req));
                        return;
                    }
                    AddOutcome out = add(req, authorise(req));
                    Problems.write(res, out.status(), "application/json", out.body());
                }
                case "PUT", "PATCH", "DELETE" -> {
                    authorise(req);
                    throw new ApiException(405, req.getMethod() + " " + req.getRequestURI() + " is not a write endpoint of this server").allow(allow);
                }
                default -> throw new ApiException(405, req.getMethod() + " is not supported").allow(allow);
            }
        } catch (RuntimeException e) {
            ApiException known = Problems.of(e);
            if (known != null) {
                Problems.send(req, res, known);
            } else {
                Problems.closeIfUnread(req, res);
                String id = java.util.UUID.randomUUID().toString().substring(0, 8);
                LOG.error("{} {} failed (error {})", req.getMethod(), req.getRequestURI(), id, e);
                Problems.send(res, 500, "internal error " + id + " (logged); nothing was stored", Map.of());
            }
        }
    }

    /**
     * A body the API reads is JSON in UTF-8: a body declared as anything else is refused before anything
     * reads it (the container would parse a form body as parameters). No Content-Type is read as JSON.
     */
    static void requireJson(HttpServletRequest req) {
        String declared = req.getContentType();
        if (declared == null || declared.isBlank()) return;
        String type = declared.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!type.equals("application/json") && !type.endsWith("+json")) {
            throw new ApiException(415, "the body is declared as " + Inputs.shorten(type) + ": send it as application/json",
                    Map.of("Content-Type", List.of("\"" + Inputs.shorten(type) + "\" is not application/json")));
        }
        String charset = req.getCharacterEncoding();
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ApiException(415, "the body is declared as " + Inputs.shorten(charset) + ": send it as UTF-8",
                    Map.of("Content-Type", List.of("charset \"" + Inputs.shorten(charset) + "\" is not UTF-8")));
        }
    }

    /** The largest claim document a POST may carry. */
    static final int MAX_BODY = 1 << 20;

    private record AddOutcome(int status, Object body) {}

    /**
     * POST /api/extract: {"text": …, "language": "zh"|"en", "published": "2025-11-20"} (the last two
     * optional) gives what `claimgraph extract --format json` prints. No token: it reads, stores nothing.
     */
    private ObjectNode extract(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() > MAX_BODY) throw new ApiException(413, "the body is over " + MAX_BODY + " bytes");
        byte[] body = req.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) throw new ApiException(413, "the body is over " + MAX_BODY + " bytes");
        String usage = "send {\"text\": \"…\", \"language\": \"zh\" or \"en\", \"published\": \"2025-11-20\"}";
        JsonNode n;
        try {
            n = Problems.JSON.readTree(body);
        } catch (IOException e) {
            throw new ApiException(400, "the body is not JSON: " + usage, Map.of("body", List.of("not JSON")));
        }
        if (n == null || !n.isObject()) throw new ApiException(400, "the body is not a JSON object: " + usage, Map.of("body", List.of("not an object")));
        Map<String, List<String>> errors = new LinkedHashMap<>();
        n.fieldNames().forEachRemaining(f -> {
            if (!Set.of("text", "language", "published").contains(f)) errors.put(f, List.of("unknown field \"" + f + "\" (text, language, published)"));
        });
        JsonNode text = n.get("text"), lang = n.get("language"), published = n.get("published");
        if (text == null || !text.isTextual() || text.asText().isBlank()) errors.put("text", List.of("text is required: the article as a string"));
        if (lang != null && !lang.isNull() && !(lang.isTextual() && lang.asText().matches("(?i)zh.*|en.*"))) {
            errors.put("language", List.of("language must be \"zh\" or \"en\", not " + lang));
        }
        LocalDate date = null;
        if (published != null && !published.isNull()) {
            try {
                date = LocalDate.parse(published.asText());
            } catch (DateTimeException e) {
                errors.put("published", List.of("published must be a date like 2025-11-20, not " + published));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, errors.size() == 1 ? errors.values().iterator().next().get(0) : errors.size() + " problems in the body", errors);
        }
        if (text.asText().length() > Extractor.MAX_CHARS) {
            throw new ApiException(413, "the text has " + text.asText().length() + " characters; at most " + Extractor.MAX_CHARS + " are read");
        }
        return new Extractor(cg.vocabulary()).extract(text.asText(), lang == null || lang.isNull() ? null : lang.asText(), date);
    }

    /**
     * POST /api/claims (or /api/evidence): a claim document as the body; ?force=true adds despite likely
     * duplicates, ?link=doc/claim records a repeat, ?reason= revises. 201 stored, 409 likely duplicates
     * (nothing stored), 400 invalid (nothing stored), with every problem by field.
     */
    private AddOutcome add(HttpServletRequest req, String author) throws IOException {
        Map<String, String> q = ApiReads.params(req, "force", "link", "reason", "author");
        String force = q.getOrDefault("force", "false");
        if (!force.equals("true") && !force.equals("false")) {
            throw new ApiException(400, "force must be true or false", Map.of("force", List.of("\"" + force + "\" is not true or false")));
        }
        if (req.getContentLengthLong() > MAX_BODY) throw new ApiException(413, "the body is over " + MAX_BODY + " bytes");
        byte[] body = req.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) throw new ApiException(413, "the body is over " + MAX_BODY + " bytes");
        if (body.length == 0) throw new ApiException(400, "the body is empty: send a claim document (application/json)", Map.of("body", List.of("empty")));
        String text;
        try {
            text = SiblingFiles.decode(body);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "the body is not valid UTF-8: send the claim document as UTF-8 text", Map.of("body", List.of("not valid UTF-8")));
        }
        ClaimGraph.AddResult r = cg.add("body", text,
                f -> { throw new IllegalArgumentException("files cannot be referenced over HTTP; give \"text\" inline"); },
                q.getOrDefault("author", author), q.get("reason"), force.equals("true"), q.get("link"));
        ObjectNode n = Problems.JSON.createObjectNode().put("stored", r.stored()).put("rechecked", r.rechecked());
        ArrayNode similar = n.putArray("similar");
        for (var s : r.similar()) {
            similar.addObject().put("claim", s.claim().key()).put("verdict", s.verdict() == null ? null : s.verdict().name())
                    .put("why", s.why()).put("statement", s.claim().statement());
        }
        ArrayNode added = n.putArray("claims");
        for (int i = 0; i < r.assessments().size(); i++) {
            var a = r.assessments().get(i);
            ObjectNode c = added.addObject().put("claim", a.claim()).put("change", r.changes().get(i).name()).put("verdict", a.verdict().name())
                    .put("reason", a.reason());
            a.caveats().forEach(c.putArray("caveats")::add);
        }
        ArrayNode changed = n.putArray("changed");
        for (var c : r.changed()) {
            changed.addObject().put("claim", c.claim()).put("from", c.from() == null ? null : c.from().name()).put("to", c.to().name())
                    .put("reason", c.reason());
        }
        if (!r.stored()) n.put("detail", "likely duplicates exist; nothing stored: repeat with force=true, or link=CLAIM to record a repeat");
        return new AddOutcome(r.stored() ? 201 : 409, n);
    }

    /** Writes need "Authorization: Bearer TOKEN"; without a configured token the server is read-only. Returns who wrote. */
    private String authorise(HttpServletRequest req) {
        if (guard == null) throw new ApiException(403, "this server is read-only: start it with a token (CLAIMGRAPH_TOKEN or --token-file) to allow writes");
        guard.check(req, "a write");
        return "api (bearer token)";
    }

}
