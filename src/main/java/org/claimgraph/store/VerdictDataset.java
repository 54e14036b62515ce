package org.claimgraph.store;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.claimgraph.vocab.CG;

/**
 * A TDB2 dataset whose assessments graph is also the verdict log's (see {@link VerdictLog}): what TDB2 holds
 * there (verdicts a remote store sent, or written before the log) and the log's view, read as one graph.
 * Queries that cannot meet a verdict's triples run on TDB2 as they are, with its own engine; others run on
 * this dataset with ARQ's general engine.
 */
final class VerdictDataset extends DatasetGraphWrapper {
    static final Node NAME = NodeFactory.createURI(CG.GRAPH_ASSESSMENTS);

    static {
        QueryEngineRegistry.addFactory(new Engine());
    }

    private final DatasetGraph tdb;
    private final VerdictLog log;
    private final VerdictGraph view;

    VerdictDataset(DatasetGraph tdb, VerdictLog log) {
        super(tdb);
        this.tdb = tdb;
        this.log = log;
        this.view = new VerdictGraph(log);
    }

    /** The TDB2 dataset itself. */
    DatasetGraph tdb() { return tdb; }

    VerdictLog log() { return log; }

    @Override public Graph getGraph(Node g) { return NAME.equals(g) ? new Assessments(tdb.getGraph(g)) : super.getGraph(g); }

    @Override public Graph getUnionGraph() { return new Joined(tdb.getUnionGraph(), view); }

    @Override public boolean containsGraph(Node g) { return NAME.equals(g) && !log.isEmpty() || super.containsGraph(g); }

    @Override public Iterator<Node> listGraphNodes() {
        List<Node> names = Iter.toList(tdb.listGraphNodes());
        if (!log.isEmpty() && !names.contains(NAME)) names.add(NAME);
        return names.iterator();
    }

    @Override public Iterator<Quad> find(Node g, Node s, Node p, Node o) { return withView(tdb.find(g, s, p, o), g, s, p, o); }

    @Override public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) { return withView(tdb.findNG(g, s, p, o), g, s, p, o); }

    @Override public Iterator<Quad> find(Quad q) { return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }

    @Override public Iterator<Quad> find() { return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); }

    @Override public boolean contains(Node g, Node s, Node p, Node o) { return find(g, s, p, o).hasNext(); }

    @Override public boolean contains(Quad q) { return contains(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }

    @Override public boolean isEmpty() { return log.isEmpty() && tdb.isEmpty(); }

    @Override public void deleteAny(Node g, Node s, Node p, Node o) {
        if ((g == null || g.equals(Node.ANY) || NAME.equals(g)) && isAny(s) && isAny(p) && isAny(o)) clearLog();
        super.deleteAny(g, s, p, o);
    }

    @Override public void removeGraph(Node g) {
        if (NAME.equals(g)) clearLog();
        super.removeGraph(g);
    }

    @Override public void clear() {
        clearLog();
        super.clear();
    }

    private void clearLog() {
        VerdictLog.Batch b = log.begin();
        b.clear();
        b.commit();
    }

    private static boolean isAny(Node n) { return n == null || Node.ANY.equals(n); }

    /** TDB2's quads and, where the graph asked for holds them (the assessments, any, the union), the view's. */
    private Iterator<Quad> withView(Iterator<Quad> stored, Node g, Node s, Node p, Node o) {
        Node as;
        if (isAny(g) || NAME.equals(g)) as = NAME;
        else if (Quad.isUnionGraph(g)) as = g;
        else return stored;
        if (!VerdictGraph.mayHold(p, o)) return stored;
        Iterator<Quad> mine = Iter.map(view.find(s, p, o), t -> Quad.create(as, t));
        return Iter.concat(stored, mine);
    }

    /** A default graph that is the union of every graph, as the store's queries read it. */
    private DatasetGraph forQuery() {
        VerdictDataset self = this;
        return new DatasetGraphWrapper(this) {
            @Override public Graph getDefaultGraph() { return self.getUnionGraph(); }
        };
    }

    /** The assessments graph: TDB2's and the log's; what is written goes to TDB2, clearing clears both. */
    private final class Assessments extends GraphBase {
        private final Graph stored;

        Assessments(Graph stored) { this.stored = stored; }

        @Override protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
            return stored.find(m).andThen(view.find(m));
        }

        @Override public void performAdd(Triple t) { stored.add(t); }

        @Override public void performDelete(Triple t) { stored.delete(t); }

        @Override public void clear() {
            clearLog();
            stored.clear();
        }

        @Override protected int graphBaseSize() { return stored.size() + view.size(); }
    }

    /** Two graphs read as one (no triple is in both: the view's subjects are the log's own). */
    private static final class Joined extends GraphBase {
        private final Graph first, second;

        Joined(Graph first, Graph second) {
            this.first = first;
            this.second = second;
        }

        @Override protected ExtendedIterator<Triple> graphBaseFind(Triple m) { return first.find(m).andThen(second.find(m)); }

        @Override protected int graphBaseSize() { return first.size() + second.size(); }
    }

    /** Whether a query could read a verdict's triples: a pattern whose predicate the view may hold, a path, graph names. */
    static boolean mayRead(Op op) {
        boolean[] may = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            private void pattern(Triple t) { if (VerdictGraph.mayHold(t.getPredicate(), t.getObject())) may[0] = true; }

            @Override public void visit(OpBGP x) { x.getPattern().forEach(this::pattern); }
            @Override public void visit(OpTriple x) { pattern(x.getTriple()); }
            @Override public void visit(OpQuadPattern x) { x.getPattern().forEach(q -> pattern(q.asTriple())); }
            @Override public void visit(OpQuadBlock x) { x.getPattern().forEach(q -> pattern(q.asTriple())); }
            @Override public void visit(OpQuad x) { pattern(x.getQuad().asTriple()); }
            @Override public void visit(OpPath x) { may[0] = true; }
            @Override public void visit(OpDatasetNames x) { may[0] = true; }
            @Override public void visit(OpGraph x) { if (NAME.equals(x.getNode())) may[0] = true; }
        });
        return may[0];
    }

    /** Picks the engine for a query on this dataset (see the class's comment). */
    private static final class Engine implements QueryEngineFactory {
        @Override public boolean accept(Query q, DatasetGraph d, Context c) { return d instanceof VerdictDataset; }

        @Override public Plan create(Query q, DatasetGraph d, Binding b, Context c) {
            VerdictDataset v = (VerdictDataset) d;
            boolean general = q.isDescribeType() || q.hasDatasetDescription() || mayRead(Algebra.compile(q));
            if (!general) return QueryEngineRegistry.findFactory(q, v.tdb, c).create(q, v.tdb, b, c);
            return QueryEngineMain.getFactory().create(q, v.forQuery(), b, c);
        }

        @Override public boolean accept(Op op, DatasetGraph d, Context c) { return d instanceof VerdictDataset; }

        @Override public Plan create(Op op, DatasetGraph d, Binding b, Context c) {
            VerdictDataset v = (VerdictDataset) d;
            if (!mayRead(op)) return QueryEngineRegistry.findFactory(op, v.tdb, c).create(op, v.tdb, b, c);
            return QueryEngineMain.getFactory().create(op, v.forQuery(), b, c);
        }
    }
}
