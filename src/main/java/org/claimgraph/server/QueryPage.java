package org.claimgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.claimgraph.search.NamedQueries;
import org.claimgraph.server.PagesServlet.PageException;

/** The SPARQL page: a query (typed or named) run through the public endpoint, its rows as a table, links to CSV and JSON. */
final class QueryPage {
    private final Supplier<String> sparqlEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    QueryPage(Supplier<String> sparqlEndpoint) { this.sparqlEndpoint = sparqlEndpoint; }

    void show(HttpServletRequest req, HttpServletResponse res, Sessions.Session s) throws IOException {
        String q = req.getParameter("query");
        String name = req.getParameter("name");
        if (q == null && name != null) {
            q = NamedQueries.find(name).map(NamedQueries.Named::sparql)
                    .orElseThrow(() -> new PageException(404, "no named query \"" + name + "\""));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("queries", NamedQueries.all());
        m.put("query", q == null ? "PREFIX cg: <https://w3id.org/claimgraph/ns#>\nSELECT ?claim ?statement WHERE {\n  ?claim a cg:Claim ; cg:statement ?statement .\n} LIMIT 20" : q);
        m.put("table", null);
        m.put("error", null);
        m.put("ran", q != null && req.getParameter("run") != null);
        m.put("csv", null);
        m.put("json", null);
        if (q != null && req.getParameter("run") != null) {
            String enc = URLEncoder.encode(q, StandardCharsets.UTF_8);
            m.put("csv", "/sparql?query=" + enc + "&output=csv");
            m.put("json", "/sparql?query=" + enc + "&output=json");
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparqlEndpoint.get()))
                        .header("Accept", "application/sparql-results+json").header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString("query=" + enc)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() != 200) m.put("error", "the SPARQL endpoint answered " + r.statusCode() + ": " + firstLines(r.body()));
                else m.put("table", table(Problems.JSON.readTree(r.body())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                m.put("error", "interrupted");
            } catch (IOException e) {
                m.put("error", "the SPARQL endpoint could not be reached: " + e.getMessage());
            }
        }
        PagesServlet.page(res, 200, "pages/query.jte", s, "SPARQL", m);
    }

    static String firstLines(String body) {
        String t = body.strip();
        return t.length() > 400 ? t.substring(0, 400) + "…" : t;
    }

    static PageData.Table table(JsonNode r) {
        if (r.has("boolean")) return new PageData.Table(List.of("answer"), List.of(List.of(r.get("boolean").asText())));
        List<String> cols = new ArrayList<>();
        r.path("head").path("vars").forEach(v -> cols.add(v.asText()));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode b : r.path("results").path("bindings")) {
            List<String> row = new ArrayList<>();
            for (String c : cols) row.add(b.has(c) ? b.get(c).path("value").asText() : null);
            rows.add(row);
        }
        return new PageData.Table(cols, rows);
    }
}
