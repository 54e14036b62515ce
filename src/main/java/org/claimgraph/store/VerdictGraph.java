package org.claimgraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.model.Assessment;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Prov;
import org.claimgraph.vocab.Schema;

/**
 * The verdict log seen as the triples the assessments graph held (RdfMapping's), made when asked for: a
 * lookup by an assessment or one of its findings reads one record, anything else reads them all. Read only.
 */
final class VerdictGraph extends GraphBase {
    /** A finding's node: a blank node named by its assessment's claim and place, the same on every read. */
    private static final String FINDING = "verdict-finding:";
    private static final Node TYPE = RDF.type.asNode();
    private static final Set<Node> PREDICATES = Set.of(TYPE, Schema.itemReviewed.asNode(), CG.verdict.asNode(), CG.reason.asNode(),
            Prov.wasGeneratedBy.asNode(), CG.caveat.asNode(), CG.finding.asNode(), CG.rule.asNode(), CG.effect.asNode(),
            CG.findingKind.asNode(), CG.message.asNode(), CG.usedClaim.asNode(), RDFS.subPropertyOf.asNode(),
            Prov.startedAtTime.asNode(), Prov.endedAtTime.asNode(), CG.ruleSetVersion.asNode(), CG.dataVersion.asNode());
    private static final Set<Node> TYPES = Set.of(CG.Assessment.asNode(), Schema.ClaimReview.asNode(), CG.Finding.asNode(),
            CG.CheckRun.asNode(), Prov.Activity.asNode(), RDF.Property.asNode());

    /** The predicates of an assessment's own triples, subject its IRI (a finding's are a blank node's, or cg:finding). */
    private static final Set<Node> HEAD = Set.of(TYPE, Schema.itemReviewed.asNode(), CG.verdict.asNode(), CG.reason.asNode(),
            Prov.wasGeneratedBy.asNode(), CG.caveat.asNode());

    private final VerdictLog log;

    VerdictGraph(VerdictLog log) { this.log = log; }

    /** Whether a pattern with this predicate and object could match a triple of the view (false: it never can). */
    static boolean mayHold(Node p, Node o) {
        if (p == null || !p.isConcrete()) return true;
        if (!PREDICATES.contains(p) && !(p.isURI() && p.getURI().startsWith(CG.NUMBER))) return false;
        return !p.equals(TYPE) || o == null || !o.isConcrete() || TYPES.contains(o);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
        Node s = m.getSubject(), p = m.getPredicate(), o = m.getObject();
        if (!mayHold(p, o)) return NullIterator.instance();
        List<Triple> out = new ArrayList<>();
        Consumer<Triple> keep = t -> { if (m.matches(t)) out.add(t); };
        boolean head = HEAD.contains(p);
        if (s.isURI() && s.getURI().startsWith(CG.ASSESSMENT)) {
            one(s.getURI().substring(CG.ASSESSMENT.length()), head, keep);
        } else if (s.isBlank() && s.getBlankNodeLabel().startsWith(FINDING)) {
            String label = s.getBlankNodeLabel();
            one(label.substring(FINDING.length(), label.lastIndexOf('#')), false, keep);
        } else if (s.isURI()) {
            runs(keep);
            declarations(keep);
        } else if (!s.isConcrete() && o.isURI() && Schema.itemReviewed.asNode().equals(p)) {
            String u = o.getURI(), mark = "/claim/";
            int at = u.indexOf(mark);
            if (u.startsWith(CG.DOC) && at > 0) one(u.substring(CG.DOC.length(), at) + "/" + u.substring(at + mark.length()), true, keep);
        } else if (!s.isConcrete()) {
            runs(keep);
            declarations(keep);
            log.forEach(x -> triples(x, keep));
        }
        return WrappedIterator.create(out.iterator());
    }

    /**
     * One assessment's triples; with {@code head}, only its own (its verdict, reason, caveats, claim and run), not its
     * findings': a query for verdicts asks for them claim by claim, and its findings' were most of the time it took.
     */
    private void one(String claimKey, boolean head, Consumer<Triple> keep) {
        VerdictLog.Stored x = log.get(claimKey);
        if (x == null) return;
        Assessment a = x.assessment();
        if (head) a = new Assessment(a.claim(), a.verdict(), a.reason(), a.caveats(), List.of());
        triples(new VerdictLog.Stored(a, x.run()), keep);
    }

    private static void triples(VerdictLog.Stored x, Consumer<Triple> out) {
        Set<String> declared = new HashSet<>() {
            @Override public boolean add(String name) { return false; } // declared once, by the view
        };
        RdfMapping.assessments(List.of(x.assessment()), NodeFactory.createURI(x.run().iri()), declared, VerdictGraph::findingNode, out);
    }

    private static Node findingNode(Assessment a, int place) { return NodeFactory.createBlankNode(FINDING + a.claim() + "#" + place); }

    private void runs(Consumer<Triple> out) {
        for (VerdictLog.Run r : log.runs()) {
            Node run = NodeFactory.createURI(r.iri());
            out.accept(Triple.create(run, TYPE, CG.CheckRun.asNode()));
            out.accept(Triple.create(run, TYPE, Prov.Activity.asNode()));
            out.accept(Triple.create(run, Prov.startedAtTime.asNode(), NodeFactory.createLiteralDT(r.started().toString(), XSDDatatype.XSDdateTime)));
            out.accept(Triple.create(run, Prov.endedAtTime.asNode(), NodeFactory.createLiteralDT(r.ended().toString(), XSDDatatype.XSDdateTime)));
            out.accept(Triple.create(run, CG.ruleSetVersion.asNode(), NodeFactory.createLiteralString(r.ruleSetVersion())));
            out.accept(Triple.create(run, CG.dataVersion.asNode(), NodeFactory.createLiteralString(r.dataVersion())));
        }
    }

    private void declarations(Consumer<Triple> out) {
        for (String name : log.numberNames())
            out.accept(Triple.create(NodeFactory.createURI(RdfMapping.numberProperty(name)), RDFS.subPropertyOf.asNode(), CG.number.asNode()));
    }

    @Override
    protected int graphBaseSize() { return find().toList().size(); }
}
