package org.claimgraph.store;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Collection;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A store kept in any SPARQL 1.1 server with the Graph Store Protocol (Fuseki, GraphDB, Virtuoso …):
 * its graphs are read once into a mirror in memory, every query runs on that copy, and every graph a
 * write changes is sent back (PUT) when the write commits. A bearer token is sent if given.
 */
final class RemoteBackend implements Backend {

    private final String url;
    private final String token;
    private final Dataset mirror = TDB2Factory.createDataset();

    private RemoteBackend(String url, String token) {
        if (!url.matches("https?://\\S+")) throw new IllegalArgumentException("--store: \"" + url + "\" is not an http(s) address");
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.token = token;
    }

    /** @param url the dataset's address; its graph store is url + "/data" */
    static RemoteBackend open(String url, String token) {
        RemoteBackend r = new RemoteBackend(url, token);
        DatasetGraph all = r.fetch();
        Txn.executeWrite(r.mirror, () -> all.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) r.mirror.asDatasetGraph().add(q);
        }));
        return r;
    }

    @Override public Dataset dataset() { return mirror; }

    @Override public String description() { return url; }

    @Override public boolean mirrors() { return true; }

    @Override public void committed(Collection<String> graphs) {
        for (String g : graphs) {
            Model copy = Txn.calculateRead(mirror, () -> ModelFactory.createDefaultModel().add(mirror.getNamedModel(g)));
            put(g, copy.getGraph());
        }
    }

    private String gsp() { return url + "/data"; }

    private DatasetGraph fetch() {
        return call("read the graphs of", () -> {
            DSP d = DSP.service(gsp());
            if (token != null) d.httpHeader("Authorization", "Bearer " + token);
            return d.GET();
        });
    }

    private void put(String graphName, Graph g) {
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
