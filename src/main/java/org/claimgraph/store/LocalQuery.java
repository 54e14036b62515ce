package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.claimgraph.ingest.BadInputException;

/**
 * Queries from outside (the CLI's query command, /sparql) run on the local store only and within their
 * time: no SERVICE, no FROM outside the store, and regular expressions that give up at the deadline
 * (java.util.regex cannot be interrupted, so the text it reads checks the clock).
 */
public final class LocalQuery {
    private LocalQuery() {}

    /** Where every graph of the store is named. */
    private static final String OWN = "https://w3id.org/claimgraph/";
    private static final Symbol DEADLINE = Symbol.create("https://w3id.org/claimgraph/ns#queryDeadline");
    private static final String REGEX = OWN + "fn#regex", REPLACE = OWN + "fn#replace";

    static {
        // the program never asks another endpoint anything: no SERVICE handler at all, whatever slips through
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry.set(ARQ.getContext(), new ServiceExecutorRegistry());
        FunctionRegistry.get().put(REGEX, (String uri) -> new SafeRegex(false));
        FunctionRegistry.get().put(REPLACE, (String uri) -> new SafeRegex(true));
        FunctionRegistry.get().put("http://www.w3.org/2005/xpath-functions#matches", (String uri) -> new SafeRegex(false));
        FunctionRegistry.get().put("http://www.w3.org/2005/xpath-functions#replace", (String uri) -> new SafeRegex(true));
    }

    /** Makes sure the global settings above are in force (called when a store opens). */
    static void install() { /* the static initialiser does the work */ }

    /**
     * Parses a query from outside, refuses what would fetch or leave the store, and rewrites its regular
     * expressions to the deadline-aware ones.
     *
     * @throws BadInputException naming what is refused
     * @throws org.apache.jena.query.QueryParseException when it does not parse
     */
    public static Query prepare(String sparql) {
        return prepare(QueryFactory.create(sparql));
    }

    /** The same for a query already parsed. */
    public static Query prepare(Query query) {
        List<String> refused = new ArrayList<>();
        for (String g : query.getGraphURIs()) if (!g.startsWith(OWN)) refused.add("FROM <" + g + ">");
        for (String g : query.getNamedGraphURIs()) if (!g.startsWith(OWN)) refused.add("FROM NAMED <" + g + ">");
        Query q = QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override public Expr transform(ExprFunctionN f, ExprList args) {
                if (f instanceof E_Regex) return new E_Function(REGEX, args);
                if (f instanceof E_StrReplace) return new E_Function(REPLACE, args);
                return super.transform(f, args);
            }
        });
        walk(Algebra.compile(q), refused);
        if (!refused.isEmpty()) {
            throw new BadInputException("query: this endpoint reads the local store only; refused: " + String.join(", ", refused.stream().distinct().toList()));
        }
        return q;
    }

    private static void walk(Op op, List<String> refused) {
        Walker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpService s) {
                Node n = s.getService();
                refused.add("SERVICE " + (s.getSilent() ? "SILENT " : "") + (n.isURI() ? "<" + n.getURI() + ">" : n.toString()));
            }
        }, new ExprVisitorBase() {
            @Override public void visit(ExprFunctionN f) {
                if (f instanceof E_Regex || f instanceof E_StrReplace) refused.add(f.getFunctionPrintName(null).toUpperCase() + " in this position");
            }
            @Override public void visit(ExprFunctionOp f) { walk(f.getGraphPattern(), refused); }
        });
    }

    /** The context of an execution with its deadline, which the regular expressions read. */
    public static Context withDeadline(Context context, long timeout, TimeUnit unit) {
        Context c = context == null ? new Context() : context.copy();
        c.set(DEADLINE, System.nanoTime() + unit.toNanos(timeout));
        return c;
    }

    /** REGEX and REPLACE as SPARQL defines them, reading the text through a clock check. */
    private static final class SafeRegex implements Function {
        private final boolean replace;

        SafeRegex(boolean replace) { this.replace = replace; }

        @Override public void build(String uri, ExprList args, Context context) {
            int min = replace ? 3 : 2;
            if (args.size() < min || args.size() > min + 1) {
                throw new QueryBuildException((replace ? "REPLACE" : "REGEX") + " takes " + min + " or " + (min + 1) + " arguments");
            }
        }

        @Override public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            NodeValue s = args.get(0).eval(binding, env);
            NodeValue p = args.get(1).eval(binding, env);
            if (!s.isString() && !s.isLangString()) throw new ExprEvalException("not a string: " + s);
            if (!p.isString()) throw new ExprEvalException("the pattern is not a string: " + p);
            int flagsAt = replace ? 3 : 2;
            String flags = args.size() > flagsAt ? args.get(flagsAt).eval(binding, env).getString() : null;
            Pattern pattern = RegexEngine.makePattern(replace ? "REPLACE" : "REGEX", p.getString(), flags);
            Long deadline = env.getContext() == null ? null : (Long) env.getContext().get(DEADLINE);
            CharSequence text = deadline == null ? s.getString() : new Clocked(s.getString(), deadline);
            if (!replace) return NodeValue.makeBoolean(pattern.matcher(text).find());
            if (pattern.matcher("").matches()) throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            String with = args.get(2).eval(binding, env).getString();
            String out = pattern.matcher(text).replaceAll(with);
            return s.isLangString() ? NodeValue.makeLangString(out, s.getLang()) : NodeValue.makeString(out);
        }
    }

    /** Text that stops the query once its deadline has passed (checked every few thousand reads). */
    private static final class Clocked implements CharSequence {
        private final String s;
        private final long deadline;
        private int reads;

        Clocked(String s, long deadline) {
            this.s = s;
            this.deadline = deadline;
        }

        @Override public char charAt(int i) {
            if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) throw new QueryCancelledException();
            return s.charAt(i);
        }

        @Override public int length() { return s.length(); }
        @Override public CharSequence subSequence(int start, int end) { return new Clocked(s.substring(start, end), deadline); }
        @Override public String toString() { return s; }
    }
}
