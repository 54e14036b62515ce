package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.ClaimGraph;

/**
 * Writes through the store endpoint's Graph Store Protocol (how another ClaimGraph process keeps its
 * changes here) are read before they reach the dataset: one named graph at a time, RDF that parses,
 * and every node it describes meeting the shapes, as a load's RDF must.
 */
final class StoreGate implements Filter {
    /** The largest graph one write may carry. */
    static final int MAX_BODY = 64 << 20;
    private final ClaimGraph cg;

    StoreGate(ClaimGraph cg) { this.cg = cg; }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String method = req.getMethod();
        if (!method.equals("PUT") && !method.equals("POST")) { chain.doFilter(request, response); return; }
        try {
            byte[] body = read(req);
            check(req, body);
            chain.doFilter(new Buffered(req, body), response);
        } catch (ApiException e) {
            Problems.send(req, (HttpServletResponse) response, e);
        }
    }

    private void check(HttpServletRequest req, byte[] body) {
        String graph = req.getParameter("graph");
        if (graph == null || graph.isBlank()) throw new ApiException(400, "name the graph to write (?graph=IRI); the default graph is the union of the others");
        String type = req.getContentType() == null ? "" : req.getContentType();
        Lang lang = RDFLanguages.contentTypeToLang(type.split(";")[0].strip());
        if (lang == null || !RDFLanguages.isTriples(lang)) throw new ApiException(415, "send one graph as Turtle, N-Triples or RDF/XML, not \"" + type + "\"");
        Graph g = GraphFactory.createDefaultGraph();
        try {
            // from the bytes, with a base of our own: nothing is fetched
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base("https://w3id.org/claimgraph/imported/store").parse(g);
        } catch (RiotException e) {
            throw new ApiException(400, "the graph is not valid " + lang.getLabel() + ": " + e.getMessage(), Map.of("body", List.of(String.valueOf(e.getMessage()))));
        }
        List<String> problems = cg.problemsOfGraphWrite(graph, g, req.getMethod().equals("PUT"));
        if (!problems.isEmpty()) throw new ApiException(400, String.join("; ", problems), Map.of("body", problems));
    }

    private static byte[] read(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() > MAX_BODY) throw new ApiException(413, "the graph is over " + MAX_BODY + " bytes");
        byte[] body = req.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) throw new ApiException(413, "the graph is over " + MAX_BODY + " bytes");
        return body;
    }

    /** The request with its body read once and offered again to the endpoint. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener l) { throw new UnsupportedOperationException("the body is already read"); }
            };
        }

        @Override public int getContentLength() { return body.length; }

        @Override public long getContentLengthLong() { return body.length; }
    }
}
