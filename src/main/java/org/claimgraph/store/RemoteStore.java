package org.claimgraph.store;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.GSP;

/** The HTTP side of a remote store: the Graph Store Protocol of one dataset, with a bearer token. */
final class RemoteStore {

    private final String url;
    private final String token;

    RemoteStore(String url, String token) {
        if (!url.matches("https?://\\S+")) throw new IllegalArgumentException("--store: \"" + url + "\" is not an http(s) address");
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.token = token;
    }

    private String gsp() { return url + "/data"; }

    DatasetGraph fetch() {
        return call("read the graphs of", () -> {
            DSP d = DSP.service(gsp());
            if (token != null) d.httpHeader("Authorization", "Bearer " + token);
            return d.GET();
        });
    }

    void put(String graphName, Graph g) {
        call("write graph " + graphName + " to", () -> {
            GSP p = GSP.service(gsp()).graphName(graphName);
            if (token != null) p.httpHeader("Authorization", "Bearer " + token);
            p.PUT(g);
            return null;
        });
    }

    /** Turns what can go wrong on the wire into one sentence naming the store. */
    private <T> T call(String what, java.util.function.Supplier<T> op) {
        try {
            return op.get();
        } catch (HttpException e) {
            Throwable cause = e.getCause();
            if (e.getStatusCode() <= 0 && (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                    || cause instanceof java.io.IOException)) {
                throw new StoreUnavailableException("cannot reach the store at " + url + " to " + what + " it: " + (cause.getMessage() == null ? "no answer (is it running?)" : cause.getMessage()));
            }
            throw new StoreUnavailableException("the store at " + url + " refused to let us " + what + " it: HTTP " + e.getStatusCode()
                    + (e.getResponse() == null ? "" : " " + e.getResponse().strip().replaceAll("\\s+", " ")));
        }
    }
}
