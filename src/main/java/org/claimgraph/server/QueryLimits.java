package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.search.TextIndex;
import org.claimgraph.store.LocalQuery;

/** The limits of the SPARQL endpoint: a maximum query length and a maximum number of results. */
final class QueryLimits {
    private QueryLimits() {}

    /** Fuseki's query operation with the text index, and the time limit and result limit applied to every query. */
    static final class LimitedQuery extends SPARQL_QueryDataset {
        private final TextIndex text;
        private final long timeoutMs;
        private final int maxResults, maxLength;

        LimitedQuery(TextIndex text, long timeoutMs, int maxResults, int maxLength) {
            this.text = text;
            this.timeoutMs = timeoutMs;
            this.maxResults = maxResults;
            this.maxLength = maxLength;
        }

        @Override protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
            return QueryExecDatasetBuilder.create().query(query).dataset(dataset)
                    .context(LocalQuery.withDeadline(text.queryContext(action.getContext()), timeoutMs, TimeUnit.MILLISECONDS))
                    .overallTimeout(timeoutMs, TimeUnit.MILLISECONDS).build();
        }

        /** Nothing that fetches or leaves the store (SERVICE, remote FROM) is run: 400 before execution. */
        @Override protected void validateQuery(HttpAction action, Query query) {
            super.validateQuery(action, query);
            try {
                LocalQuery.prepare(query);
            } catch (BadInputException e) {
                ServletOps.errorBadRequest(e.getMessage());
            }
        }

        @Override protected void execute(String queryString, HttpAction action) {
            if (queryString.length() > maxLength) {
                ServletOps.error(413, "the query is " + queryString.length() + " characters long; the limit is " + maxLength);
            }
            super.execute(queryString, action);
        }

        @Override protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
            Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
            Query q = LocalQuery.prepare(p.getRight());
            if (q.hasLimit() && q.getLimit() <= maxResults) return Pair.create(p.getLeft(), q);
            Query capped = q.cloneQuery();
            capped.setLimit(maxResults);
            return Pair.create(p.getLeft(), capped);
        }
    }

    /** Refuses an over-long query before it is read, as a JSON problem. */
    static final class LengthFilter implements Filter {
        private final int maxLength;

        LengthFilter(int maxLength) { this.maxLength = maxLength; }

        @Override public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest r = (HttpServletRequest) req;
            long body = r.getContentLengthLong();
            String qs = r.getQueryString();
            // percent-encoding at most triples the length of the text
            long limit = 3L * maxLength + 64;
            if (body > limit || (qs != null && qs.length() > limit)) {
                // read a moderate body to its end first: answering mid-upload makes clients see a dropped connection
                if (body > 0 && body <= 16L * limit) r.getInputStream().skipNBytes(body);
                tooLong((HttpServletResponse) res);
                return;
            }
            if (body < 0 && r.getMethod().equals("POST")) {
                // a body of unknown length (chunked) is read here, at most to the limit, never in full
                byte[] bytes = r.getInputStream().readNBytes((int) limit + 1);
                if (bytes.length > limit) {
                    tooLong((HttpServletResponse) res);
                    return;
                }
                req = new Buffered(r, bytes);
            }
            chain.doFilter(req, res);
        }

        private void tooLong(HttpServletResponse res) throws IOException {
            res.setHeader("Connection", "close");
            Problems.send(res, 413, "the query is longer than the limit of " + maxLength + " characters", Map.of());
        }
    }

    /** A request whose body was read already (to check its length), offered again to the servlet. */
    private static final class Buffered extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest r, byte[] body) {
            super(r);
            this.body = body;
        }

        @Override public long getContentLengthLong() { return body.length; }
        @Override public int getContentLength() { return body.length; }

        @Override public jakarta.servlet.ServletInputStream getInputStream() {
            java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(jakarta.servlet.ReadListener l) { throw new UnsupportedOperationException("blocking reads only"); }
            };
        }

        @Override public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override public String getParameter(String name) {
            String[] v = getParameterMap().get(name);
            return v == null ? null : v[0];
        }

        @Override public java.util.Map<String, String[]> getParameterMap() {
            String type = getContentType() == null ? "" : getContentType().toLowerCase(java.util.Locale.ROOT);
            if (!type.startsWith("application/x-www-form-urlencoded")) return super.getParameterMap();
            java.util.Map<String, java.util.List<String>> all = new java.util.LinkedHashMap<>();
            String form = (getQueryString() == null ? "" : getQueryString() + "&") + new String(body, java.nio.charset.StandardCharsets.UTF_8);
            for (String pair : form.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String k = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                all.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(v);
            }
            java.util.Map<String, String[]> out = new java.util.LinkedHashMap<>();
            all.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
            return out;
        }

        @Override public java.util.Enumeration<String> getParameterNames() { return java.util.Collections.enumeration(getParameterMap().keySet()); }
        @Override public String[] getParameterValues(String name) { return getParameterMap().get(name); }
    }
}
