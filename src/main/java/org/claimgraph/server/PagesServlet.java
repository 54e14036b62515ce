package org.claimgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServlet;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.model.Document;
import org.claimgraph.model.Finding;
import org.claimgraph.report.Page;
import org.claimgraph.report.Report;
import org.claimgraph.report.Templates;
import org.claimgraph.search.NamedQueries;
import org.claimgraph.search.TextIndex;
import org.claimgraph.store.ClaimStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web pages: documents, one document, one claim, track records, a new check and a SPARQL page,
 * rendered from the templates the HTML report uses. Every page forbids inline and outside scripts;
 * writes need a signed-in session and the form's CSRF token.
 */
final class PagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PagesServlet.class);

    /** Scripts and styles only from this server, no inline script, no frames, forms only to here. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final transient ClaimGraph cg;
    private final transient Sessions sessions;
    private final transient Supplier<String> sparqlEndpoint;
    private final transient HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PagesServlet(ClaimGraph cg, Sessions sessions, Supplier<String> sparqlEndpoint) {
        this.cg = cg;
        this.sessions = sessions;
        this.sparqlEndpoint = sparqlEndpoint;
    }

    /** A page that cannot be shown: its status and a sentence for the reader. */
    static final class PageException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        PageException(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    @Override protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) if (!p.isEmpty()) parts.add(java.net.URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8));
        res.setHeader("Content-Security-Policy", CSP);
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "same-origin");
        res.setHeader("X-Frame-Options", "DENY");
        Sessions.Session session = sessions.find(req);
        try {
            String method = req.getMethod();
            if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) throw new PageException(405, method + " is not supported here");
            if (!parts.isEmpty() && parts.get(0).equals("assets") && parts.size() == 2) { asset(parts.get(1), res); return; }
            if (method.equals("POST")) { post(parts, req, res, session); return; }
            get(parts, req, res, session);
        } catch (PageException e) {
            page(res, e.status, "pages/error.jte", session, "Not found", Map.of("status", e.status, "message", e.getMessage()));
        } catch (IllegalArgumentException | BadInputException e) {
            page(res, 404, "pages/error.jte", session, "Not found", Map.of("status", 404, "message", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("{} {}", req.getMethod(), req.getRequestURI(), e);
            page(res, 500, "pages/error.jte", session, "Error", Map.of("status", 500, "message", "internal error; the server's log has the details"));
        }
    }

    private void get(List<String> p, HttpServletRequest req, HttpServletResponse res, Sessions.Session s) throws IOException {
        String first = p.isEmpty() ? "" : p.get(0);
        switch (first) {
            case "" -> index(req, res, s);
            case "documents" -> { need(p, 2); document(p.get(1), res, s); }
            case "claims" -> { need(p, 3); claim(p.get(1), p.get(2), res, s); }
            case "sources" -> { need(p, 2); track(cg.trackRecord(p.get(1), null), res, s); }
            case "claimants" -> { need(p, 2); track(cg.trackRecord(null, p.get(1)), res, s); }
            case "query" -> query(req, res, s);
            case "check" -> {
                need(p, 1);
                if (s == null || !s.signedIn()) { res.sendRedirect("/signin?next=check"); return; }
                check(res, s, CheckForm.empty(), "start", List.of(), List.of());
            }
            case "signin" -> {
                need(p, 1);
                Sessions.Session anon = sessions.findOrStart(req, res);
                page(res, 200, "pages/signin.jte", anon, "Sign in", Map.of("writable", sessions.writable(), "failed", false));
            }
            default -> throw new PageException(404, "no page " + req.getRequestURI());
        }
    }

    private static void need(List<String> p, int n) {
        if (p.size() != n) throw new PageException(404, "no such page: /" + String.join("/", p));
    }

    private void post(List<String> p, HttpServletRequest req, HttpServletResponse res, Sessions.Session s) throws IOException {
        String first = p.isEmpty() ? "" : p.get(0);
        if (p.size() != 1 || !Set.of("signin", "signout", "check").contains(first)) throw new PageException(404, "no form posts to " + req.getRequestURI());
        if (!Sessions.csrfOk(s, req.getParameter("csrf"))) throw new PageException(403, "the form has expired or came from another site: reload the page and try again");
        switch (first) {
            case "signin" -> {
                Sessions.Session in = sessions.signIn(req, res, s, req.getParameter("token"));
                if (in == null) { page(res, 401, "pages/signin.jte", s, "Sign in", Map.of("writable", sessions.writable(), "failed", true)); return; }
                res.sendRedirect("check".equals(req.getParameter("next")) ? "/check" : "/");
            }
            case "signout" -> { sessions.signOut(req, res, s); res.sendRedirect("/"); }
            case "check" -> {
                if (!s.signedIn()) throw new PageException(401, "sign in to save a check");
                checkStep(req, res, s);
            }
            default -> throw new PageException(404, "no form posts to " + req.getRequestURI());
        }
    }

    // ---- reading ----

    private void index(HttpServletRequest req, HttpServletResponse res, Sessions.Session s) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        List<Report.DocumentReport> docs = new ArrayList<>(cg.report(null).documents());
        docs.sort(Comparator.comparing((Report.DocumentReport d) -> d.document().published() == null ? null : d.document().published().start(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(d -> d.document().id()));
        List<PageData.Listed> shown = new ArrayList<>();
        if (q.isEmpty()) {
            docs.forEach(d -> shown.add(new PageData.Listed(d, List.of())));
        } else {
            Map<String, List<TextIndex.Hit>> hits = new HashMap<>();
            for (TextIndex.Hit h : cg.search(q, 200)) hits.computeIfAbsent(h.claim().substring(0, h.claim().indexOf('/')), k -> new ArrayList<>()).add(h);
            String needle = q.toLowerCase(Locale.ROOT);
            for (Report.DocumentReport d : docs) {
                Document doc = d.document();
                boolean named = doc.title().toLowerCase(Locale.ROOT).contains(needle) || doc.publisher().toLowerCase(Locale.ROOT).contains(needle);
                if (named || hits.containsKey(doc.id())) shown.add(new PageData.Listed(d, hits.getOrDefault(doc.id(), List.of())));
            }
        }
        page(res, 200, "pages/index.jte", s, q.isEmpty() ? "Documents" : "Search: " + q, Map.of("docs", shown, "q", q, "total", docs.size()));
    }

    private void document(String id, HttpServletResponse res, Sessions.Session s) throws IOException {
        if (cg.documents().stream().noneMatch(d -> d.id().equals(id))) throw new PageException(404, "no document \"" + id + "\" in the store");
        Report r = cg.report(id);
        page(res, 200, "pages/document.jte", s, r.documents().get(0).document().title(), Map.of("d", r.documents().get(0), "changed", List.of()));
    }

    private void track(Report r, HttpServletResponse res, Sessions.Session s) throws IOException {
        page(res, 200, "pages/document.jte", s, r.documents().get(0).document().title(), Map.of("d", r.documents().get(0), "changed", List.of()));
    }

    private void claim(String docId, String claimId, HttpServletResponse res, Sessions.Session s) throws IOException {
        String key = docId + "/" + claimId;
        Report all = cg.report(null);
        Map<String, Report.ClaimReport> byKey = new LinkedHashMap<>();
        Map<String, Document> docs = new HashMap<>();
        for (Report.DocumentReport d : all.documents()) {
            docs.put(d.document().id(), d.document());
            for (Report.ClaimReport c : d.claims()) byKey.put(c.claim().key(), c);
        }
        List<ClaimStore.Revision> history = cg.history(key);
        Report.ClaimReport cr = byKey.get(key);
        if (cr == null && history.isEmpty()) throw new PageException(404, "no claim \"" + claimId + "\" in document \"" + docId + "\"");
        List<PageData.Compared> compared = new ArrayList<>();
        if (cr != null && cr.assessment() != null) {
            Set<String> seen = new LinkedHashSet<>();
            for (Finding f : cr.assessment().findings()) {
                for (String u : f.used()) {
                    if (u.equals(key) || !seen.add(u) || !byKey.containsKey(u)) continue;
                    compared.add(new PageData.Compared(u, byKey.get(u), f.message()));
                }
            }
        }
        Map<String, Object> m = new HashMap<>();
        m.put("cr", cr);
        m.put("doc", docs.get(docId));
        m.put("key", key);
        m.put("compared", compared);
        m.put("history", history);
        String title = cr != null ? cr.claim().statement() : "Retracted claim " + key;
        page(res, 200, "pages/claim.jte", s, title, m);
    }

    // ---- SPARQL ----

    private void query(HttpServletRequest req, HttpServletResponse res, Sessions.Session s) throws IOException {
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
        page(res, 200, "pages/query.jte", s, "SPARQL", m);
    }

    private static String firstLines(String body) {
        String t = body.strip();
        return t.length() > 400 ? t.substring(0, 400) + "…" : t;
    }

    private static PageData.Table table(JsonNode r) {
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

    // ---- a new check ----

    private void checkStep(HttpServletRequest req, HttpServletResponse res, Sessions.Session s) throws IOException {
        CheckForm form = CheckForm.parse(req);
        String action = req.getParameter("action") == null ? "" : req.getParameter("action");
        switch (action) {
            case "draft" -> {
                if (form.text.isBlank()) { check(res, s, form, "start", List.of("Paste the article's text (or choose a text file) first."), List.of()); return; }
                check(res, s, form.withRows(CheckForm.draft(cg.vocabulary(), form.text, form.lang(), form.published)), "edit", List.of(), List.of());
            }
            case "addrow" -> {
                List<CheckForm.Row> rows = new ArrayList<>(form.rows);
                rows.add(new CheckForm.Row("claim-" + (rows.size() + 1), "", "", "", "", "author", "", "", "", "", "", "", "statistical", true, Map.of()));
                check(res, s, form.withRows(rows), "edit", List.of(), List.of());
            }
            case "search" -> check(res, s, form, "edit", List.of(), sources(form.search));
            case "refresh" -> check(res, s, form, "edit", List.of(), sources(form.search));
            case "save" -> save(res, s, form);
            default -> throw new PageException(400, "unknown step \"" + action + "\"");
        }
    }

    private List<PageData.Source> sources(String q) {
        if (q.isBlank()) return List.of();
        Map<String, Document> docs = new HashMap<>();
        cg.documents().forEach(d -> docs.put(d.id(), d));
        Map<String, PageData.Source> out = new LinkedHashMap<>();
        String needle = q.toLowerCase(Locale.ROOT);
        for (TextIndex.Hit h : cg.search(q, 50)) {
            Document d = docs.get(h.claim().substring(0, h.claim().indexOf('/')));
            if (d == null || !d.tier().trusted()) continue;
            out.computeIfAbsent(d.id(), k -> new PageData.Source(d, new ArrayList<>())).hits().add(h);
        }
        for (Document d : docs.values()) {
            if (d.tier().trusted() && !out.containsKey(d.id())
                    && (d.publisher().toLowerCase(Locale.ROOT).contains(needle) || d.title().toLowerCase(Locale.ROOT).contains(needle))) {
                out.put(d.id(), new PageData.Source(d, List.of()));
            }
        }
        return List.copyOf(out.values());
    }

    private void save(HttpServletResponse res, Sessions.Session s, CheckForm form) throws IOException {
        Set<String> ids = new java.util.HashSet<>();
        cg.documents().forEach(d -> ids.add(d.id()));
        String articleId = unique(form.articleId(), ids);
        List<String> problems = new ArrayList<>();
        String articleJson = Problems.JSON.writeValueAsString(form.article(articleId));
        String evidenceJson = null;
        if (!form.evidence.empty()) {
            String sourceId = form.evidence.doc().isBlank() ? unique(new CheckForm("", form.evidence.title(), "", form.evidence.published(), "", "", "", "", "",
                    List.of(), form.evidence).articleId(), ids) : form.evidence.doc();
            if (!form.evidence.doc().isBlank() && !ids.contains(sourceId)) problems.add("evidence: no stored source \"" + sourceId + "\"");
            int n = 1;
            while (cg.claim(sourceId + "/evidence-" + n).isPresent()) n++;
            evidenceJson = Problems.JSON.writeValueAsString(form.evidence(sourceId, "evidence-" + n));
            if (form.evidence.doc().isBlank()) {
                try {
                    cg.reader().read("evidence", evidenceJson, f -> { throw new IllegalArgumentException("no files here"); });
                } catch (BadInputException e) {
                    e.problems().forEach(p -> problems.add("evidence: " + p));
                }
            }
        }
        try {
            cg.reader().read("article", articleJson, f -> { throw new IllegalArgumentException("no files here"); });
        } catch (BadInputException e) {
            problems.addAll(0, e.problems());
        }
        if (!problems.isEmpty()) { check(res, s, form, "edit", problems, List.of()); return; }
        List<ClaimGraph.VerdictChange> changes = new ArrayList<>();
        ClaimGraph.AddResult article = cg.add("article", articleJson, f -> { throw new IllegalArgumentException("no files here"); }, s.user(), null, true, null);
        changes.addAll(article.changed());
        List<ClaimGraph.Similar> similar = new ArrayList<>(article.similar());
        if (evidenceJson != null) {
            try {
                ClaimGraph.AddResult ev = cg.add("evidence", evidenceJson, f -> { throw new IllegalArgumentException("no files here"); }, s.user(), null, true, null);
                changes.addAll(ev.changed());
            } catch (BadInputException e) {
                problems.addAll(e.problems().stream().map(p -> "evidence (the article was saved): " + p).toList());
            }
        }
        Report r = cg.report(articleId);
        Map<String, Report.ClaimReport> byKey = new HashMap<>();
        cg.report(null).documents().forEach(d -> d.claims().forEach(c -> byKey.put(c.claim().key(), c)));
        Map<String, PageData.Changed> others = new LinkedHashMap<>();
        for (ClaimGraph.VerdictChange c : changes) {
            if (c.claim().startsWith(articleId + "/") || c.from() == null) continue;
            others.put(c.claim(), new PageData.Changed(c, byKey.get(c.claim())));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("d", r.documents().get(0));
        m.put("changed", List.copyOf(others.values()));
        m.put("problems", problems);
        m.put("similar", similar);
        page(res, 200, "pages/saved.jte", s, "Checked: " + form.title, m);
    }

    private static String unique(String id, Set<String> taken) {
        String out = id;
        for (int i = 2; taken.contains(out); i++) out = id + "-" + i;
        return out;
    }

    private void check(HttpServletResponse res, Sessions.Session s, CheckForm form, String step, List<String> problems, List<PageData.Source> sources)
            throws IOException {
        Map<String, Object> m = new HashMap<>();
        m.put("form", form);
        m.put("step", step);
        m.put("problems", problems);
        m.put("sources", sources);
        m.put("entities", cg.vocabulary().entities().stream().map(e -> e.id()).sorted().toList());
        m.put("metrics", cg.vocabulary().metrics().stream().map(x -> x.id()).sorted().toList());
        m.put("units", cg.vocabulary().units().stream().map(x -> x.id()).sorted().toList());
        page(res, 200, "pages/check.jte", s, "New check", m);
    }

    // ---- output ----

    private static void page(HttpServletResponse res, int status, String template, Sessions.Session s, String title, Map<String, Object> params)
            throws IOException {
        Map<String, Object> m = new HashMap<>(params);
        m.put("page", Page.site(title + " · ClaimGraph", s != null && s.signedIn() ? s.user() : null, s == null ? null : s.csrf()));
        byte[] body = Templates.render(template, m).getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("text/html;charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static void asset(String name, HttpServletResponse res) throws IOException {
        String type = switch (name) {
            case "claimgraph.css" -> "text/css;charset=utf-8";
            case "claimgraph.js" -> "text/javascript;charset=utf-8";
            default -> throw new PageException(404, "no asset " + name);
        };
        byte[] body = Templates.asset(name).getBytes(StandardCharsets.UTF_8);
        res.setContentType(type);
        res.setHeader("Cache-Control", "max-age=300");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
