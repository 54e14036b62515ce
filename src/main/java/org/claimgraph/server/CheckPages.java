package org.claimgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.ClaimGraph;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.model.Document;
import org.claimgraph.report.Report;
import org.claimgraph.search.TextIndex;
import org.claimgraph.server.PagesServlet.PageException;

/** A journalist's new check: paste an article, review the drafted rows, add evidence, save and see what changed. */
final class CheckPages {
    private final ClaimGraph cg;

    CheckPages(ClaimGraph cg) { this.cg = cg; }

    /** The empty form. */
    void start(HttpServletResponse res, Sessions.Session s) throws IOException {
        check(res, s, CheckForm.empty(), "start", List.of(), List.of());
    }

    /** One step of the form: draft, add a row, search sources, save. */
    void step(HttpServletRequest req, HttpServletResponse res, Sessions.Session s) throws IOException {
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

    List<PageData.Source> sources(String q) {
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

    void save(HttpServletResponse res, Sessions.Session s, CheckForm form) throws IOException {
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
        PagesServlet.page(res, 200, "pages/saved.jte", s, "Checked: " + form.title, m);
    }

    static String unique(String id, Set<String> taken) {
        String out = id;
        for (int i = 2; taken.contains(out); i++) out = id + "-" + i;
        return out;
    }

    void check(HttpServletResponse res, Sessions.Session s, CheckForm form, String step, List<String> problems, List<PageData.Source> sources)
            throws IOException {
        Map<String, Object> m = new HashMap<>();
        m.put("form", form);
        m.put("step", step);
        m.put("problems", problems);
        m.put("sources", sources);
        m.put("entities", cg.vocabulary().entities().stream().map(e -> e.id()).sorted().toList());
        m.put("metrics", cg.vocabulary().metrics().stream().map(x -> x.id()).sorted().toList());
        m.put("units", cg.vocabulary().units().stream().map(x -> x.id()).sorted().toList());
        PagesServlet.page(res, 200, "pages/check.jte", s, "New check", m);
    }
}
