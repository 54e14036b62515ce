package org.claimgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.search.BadParametersException;
import org.claimgraph.store.StoreUnavailableException;

/**
 * The one place where errors become RFC 9457 problem details (application/problem+json):
 * {type, title, status, detail, errors: {field path: [messages]}}.
 */
final class Problems {
    private Problems() {}

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The same for a request whose body may be left unread (refused before reading, or too large): the
     * server then drops the connection, so the answer says so, else a client reusing it fails on its next request;
     * the rest of the body is read and dropped first, up to {@link #DRAIN} bytes.
     */
    static void send(HttpServletRequest req, HttpServletResponse res, ApiException e) throws IOException {
        closeIfUnread(req, res);
        send(res, e);
    }

    static void closeIfUnread(HttpServletRequest req, HttpServletResponse res) {
        try {
            var in = req.getInputStream();
            if (in.isFinished()) return;
            res.setHeader("Connection", "close");
            // what the client still sends is read and dropped first (up to a limit): a connection closed with
            // bytes arriving is reset, and a client still sending loses the answer with it
            byte[] sink = new byte[8192];
            for (long left = DRAIN; left > 0;) {
                int n = in.read(sink, 0, (int) Math.min(sink.length, left));
                if (n < 0) break;
                left -= n;
            }
        } catch (IllegalStateException | IOException e) {
            // the body was taken as characters (so it was read), or the client is gone
        }
    }

    /** The most of a refused body read and dropped before its connection closes. */
    static final long DRAIN = 16L << 20;

    static void send(HttpServletResponse res, ApiException e) throws IOException {
        if (e.retryAfter > 0) res.setHeader("Retry-After", Long.toString(e.retryAfter));
        if (e.allow != null) res.setHeader("Allow", e.allow);
        send(res, e.status, e.getMessage(), e.errors);
    }

    /**
     * The one mapping of the program's errors to HTTP: refused input is 400 (409 when it conflicts with
     * what is stored) with its problems by field path; a store that cannot be used is 503; anything else is
     * a 500 that names no internals.
     */
    static ApiException of(RuntimeException e) {
        if (e instanceof ApiException a) return a;
        if (e instanceof BadInputException b) {
            int status = b.kind() == BadInputException.Kind.CONFLICT ? 409 : 400;
            List<String> ps = b.problems();
            Map<String, List<String>> byField = new java.util.LinkedHashMap<>();
            b.byField().forEach((k, v) -> byField.put(k.isEmpty() ? "body" : k, v));
            return new ApiException(status, ps.size() == 1 ? ps.get(0) : ps.size() + " problems; nothing was stored", byField);
        }
        if (e instanceof BadParametersException p) return new ApiException(400, p.getMessage(), p.errors());
        if (e instanceof IllegalArgumentException) return new ApiException(400, e.getMessage() == null ? "invalid request" : e.getMessage());
        StoreUnavailableException s = StoreUnavailableException.explain(e, "");
        if (s != null) return new ApiException(503, s.getMessage()).retryAfter(30);
        return null;
    }

    static void send(HttpServletResponse res, int status, String detail, Map<String, List<String>> errors) throws IOException {
        ObjectNode n = JSON.createObjectNode().put("type", "about:blank").put("title", ApiException.title(status)).put("status", status).put("detail", detail);
        ObjectNode es = n.putObject("errors");
        new TreeMap<>(errors).forEach((k, v) -> {
            var a = es.has(k) ? (com.fasterxml.jackson.databind.node.ArrayNode) es.get(k) : es.putArray(k);
            v.forEach(a::add);
        });
        if (status == 401) res.setHeader("WWW-Authenticate", "Bearer realm=\"claimgraph\"");
        write(res, status, "application/problem+json", n);
    }

    static void write(HttpServletResponse res, int status, String type, Object body) throws IOException {
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        res.setStatus(status);
        res.setContentType(type);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }
}
