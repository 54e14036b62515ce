package org.claimgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The one place where errors become JSON responses: {title, status, detail, errors: {field: [...]}}. */
final class Problems {
    private Problems() {}

    static final ObjectMapper JSON = new ObjectMapper();

    static void send(HttpServletResponse res, ApiException e) throws IOException {
        send(res, e.status, e.getMessage(), e.errors);
    }

    static void send(HttpServletResponse res, int status, String detail, Map<String, List<String>> errors) throws IOException {
        ObjectNode n = JSON.createObjectNode().put("title", ApiException.title(status)).put("status", status).put("detail", detail);
        ObjectNode es = n.putObject("errors");
        new TreeMap<>(errors).forEach((k, v) -> v.forEach(es.withArray(k)::add));
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
