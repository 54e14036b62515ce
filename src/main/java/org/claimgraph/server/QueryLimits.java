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
                Problems.send((HttpServletResponse) res, 413, "the query is longer than the limit of " + maxLength + " characters", Map.of());
                return;
            }
            chain.doFilter(req, res);
        }
    }
}
