package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    private final transient QueryPage queryPage;
    private final transient CheckPages checkPages;

    PagesServlet(ClaimGraph cg, Sessions sessions, Supplier<String> sparqlEndpoint) {
        this.cg = cg;
        this.sessions = sessions;
        this.queryPage = new QueryPage(sparqlEndpoint);
        this.checkPages = new CheckPages(cg);
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
            case "query" -> queryPage.show(req, res, s);
            case "check" -> {
                need(p, 1);
                if (s == null || !s.signedIn()) { res.sendRedirect("/signin?next=check"); return; }
                checkPages.start(res, s);
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
                checkPages.step(req, res, s);
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

    // ---- output ----

    static void page(HttpServletResponse res, int status, String template, Sessions.Session s, String title, Map<String, Object> params)
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
