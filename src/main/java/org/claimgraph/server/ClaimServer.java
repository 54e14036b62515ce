package org.claimgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.claimgraph.ClaimGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The HTTP face: one embedded Fuseki on Jetty with a query-only SPARQL endpoint at /sparql (the default
 * graph is the union of the named graphs; text:query searches claims), the JSON API under /api and the
 * web pages everywhere else.
 */
public final class ClaimServer implements AutoCloseable {

    /**
     * How the server runs.
     *
     * @param host           the address to bind (127.0.0.1 unless told otherwise)
     * @param port           0 for any free port
     * @param queryTimeoutMs a SPARQL query running longer is stopped
     * @param maxResults     no SPARQL query returns more results
     * @param maxQueryLength longer SPARQL queries are refused
     * @param token          the bearer token writes need; null: the server is read-only
     */
    public record Settings(String host, int port, long queryTimeoutMs, int maxResults, int maxQueryLength, String token) {
        public Settings {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("--port: must be from 0 to 65535, not " + port);
            if (queryTimeoutMs <= 0) throw new IllegalArgumentException("--query-timeout: must be more than 0 seconds");
            if (maxResults < 1) throw new IllegalArgumentException("--max-results: must be at least 1, not " + maxResults);
            if (maxQueryLength < 1) throw new IllegalArgumentException("--max-query-length: must be at least 1, not " + maxQueryLength);
            if (token != null && token.isBlank()) throw new IllegalArgumentException("the token is empty");
        }
    }

    private final FusekiServer fuseki;
    private final Settings settings;

    private ClaimServer(FusekiServer fuseki, Settings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /** Brings the text index up to date, then starts serving. */
    public static ClaimServer start(ClaimGraph cg, Settings s) {
        // the runnable jar leaves these out of Jena's start-up (pom.xml): only serving needs them
        org.apache.jena.fuseki.main.sys.InitFusekiMain.init();
        org.apache.jena.query.text.TextQuery.init();
        var text = cg.textIndex();
        // the SPARQL page runs its queries through the read-only endpoint, whose port is known once started
        String[] endpoint = new String[1];
        TokenGuard guard = s.token() == null ? null : new TokenGuard(s.token());
        boolean loopback = s.host().equals("127.0.0.1") || s.host().equals("localhost");
        FusekiServer.Builder b = FusekiServer.create()
                .port(s.port())
                .loopback(loopback)
                .enablePing(false).enableStats(false).enableMetrics(false).enableTasks(false).enableCompact(false)
                .registerOperation(Operation.Query, new QueryLimits.LimitedQuery(text, s.queryTimeoutMs(), s.maxResults(), s.maxQueryLength()))
                .add("/sparql", DataService.newBuilder(cg.store().dataset().asDatasetGraph()).addEndpoint(Operation.Query, "").build())
                .addFilter("/sparql", new QueryLimits.LengthFilter(s.maxQueryLength()))
                .addServlet("/api/*", new ApiServlet(cg, guard))
                .addServlet("/*", new PagesServlet(cg, new Sessions(s.token()), () -> endpoint[0]));
        if (s.token() != null) {
            // with a token, the graph is also a store other ClaimGraph processes can use (--store URL/store)
            b.add("/store", DataService.newBuilder(cg.store().dataset().asDatasetGraph())
                            .addEndpoint(Operation.Query, "sparql").addEndpoint(Operation.GSP_RW, "data").build())
                    .addFilter("/store/*", new BearerFilter(guard))
                    .addFilter("/store/data", new StoreGate(cg));
        }
        FusekiServer f = b.build();
        if (!loopback) {
            for (Connector c : f.getJettyServer().getConnectors()) if (c instanceof ServerConnector sc) sc.setHost(s.host());
        }
        f.start();
        ClaimServer server = new ClaimServer(f, s);
        endpoint[0] = server.url() + "sparql";
        return server;
    }

    public int port() { return fuseki.getPort(); }

    /** The address to print and to call, e.g. http://127.0.0.1:3030/ */
    public String url() {
        String h = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + h + ":" + port() + "/";
    }

    public boolean readOnly() { return settings.token() == null; }

    @Override public void close() { fuseki.stop(); }
}
