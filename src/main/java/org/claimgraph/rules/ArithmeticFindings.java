package org.claimgraph.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.vocab.Wording;

/** Findings of the arithmetic family: a rate against a total, parts against their total, shares against their whole. */
public final class ArithmeticFindings {
    private ArithmeticFindings() {}

    /**
     * A rate (per day, week, month, quarter or year) against a total of the same subject and family over
     * several of those units: the flat total, its share of the stated one, and the average rate the total
     * needs. Empty when the two agree within tolerance.
     */
    public static List<Tension> rateVersusTotal(Context ctx, String rule, Fact rate, Fact total) {
        double units = Calc.span(total, rate.per());
        double flat = rate.value() * units;
        double tol = ctx.getSettings().arithmetic();
        if (Calc.meets(rate.low() * units, rate.high() * units, tol, total)) return List.of();
        double needed = total.value() / units;
        double factor = needed / rate.value();
        String per = rate.per();
        String msg = "At a flat " + ctx.figure(rate) + ", " + total.getPeriodLabel().replace('/', '–') + " (" + Wording.plain(units)
                + " " + per + "s) gives " + Wording.show(flat, total.unit()) + ", " + Wording.percent(flat / total.value()) + " of the "
                + Wording.show(total.value(), total.unit()) + " total (" + ctx.metric(total) + "); the two agree only if the " + (per.equals("day") ? "daily" : per + "ly") + " figure averages "
                + Wording.show(needed, total.unit()) + ", " + Wording.oneDecimal(factor) + " times the stated rate (tolerance.arithmetic "
                + Wording.percent(tol) + ").";
        Map<String, Double> n = Context.nums("rate", rate.value(), per + "s", units, "flatTotal", flat, "statedTotal", total.value(),
                "shareOfTotal", flat / total.value(), "neededRate", needed, "factor", factor, "tolerance.arithmetic", tol);
        return List.of(new Tension(rule, rate.key(), total.key(), msg, n), new Tension(rule, total.key(), rate.key(), msg, n));
    }

    /**
     * Figures for parts of the claim's period (from one source, not overlapping) against the claim's
     * total: when they cover it, their sum must match it; when they cover part of it, their sum must not
     * already exceed it. Null when no source gives two or more parts.
     */
    public static Finding partsVersusTotal(Context ctx, String rule, Fact t, Collection<Fact> candidates) {
        Map<String, List<Fact>> byDoc = new LinkedHashMap<>();
        for (Fact p : candidates) {
            double cover = Calc.coverage(p, t);
            if (cover > 0 && cover < 1) byDoc.computeIfAbsent(p.docId(), k -> new ArrayList<>()).add(p);
        }
        List<Fact> best = null;
        double bestCover = 0;
        for (List<Fact> ps : byDoc.values()) {
            ps.sort(Comparator.comparing(Fact::start));
            List<Fact> disjoint = new ArrayList<>();
            for (Fact p : ps) if (disjoint.isEmpty() || p.start().isAfter(disjoint.get(disjoint.size() - 1).end())) disjoint.add(p);
            double cover = disjoint.stream().mapToDouble(p -> Calc.coverage(p, t)).sum();
            if (disjoint.size() >= 2 && cover > bestCover) { best = disjoint; bestCover = cover; }
        }
        if (best == null) return null;
        double low = 0, high = 0, sum = 0;
        for (Fact p : best) { low += Math.max(0, p.low()); high += p.high(); sum += p.value(); }
        double tol = ctx.getSettings().arithmetic();
        boolean whole = bestCover >= 0.98, own = best.get(0).docId().equals(t.docId());
        boolean agree = whole ? Calc.overlap(low * (1 - tol), high * (1 + tol), t.low(), t.high()) : low <= t.high() * (1 + tol);
        String parts = String.join(", ", best.stream().map(p -> p.getPeriodLabel() + " " + ctx.figure(p)).toList());
        String msg = (own ? "The document's own figures" : Context.cite(best.get(0)) + " gives") + " for parts of " + t.getPeriodLabel() + " (" + parts
                + ") sum to " + Wording.show(sum, t.unit()) + (Double.isInfinite(high) ? " at least" : "") + (whole
                ? (agree ? ", matching the total of " : ", not the total of ") + ctx.figure(t)
                : " for " + Wording.percent(bestCover) + " of the period" + (agree ? ", leaving " + Wording.show(Math.max(0, t.value() - sum), t.unit())
                        + " of the " + ctx.figure(t) + " total for the rest" : ", already more than the whole period's " + ctx.figure(t)))
                + " (tolerance.arithmetic " + Wording.percent(tol) + ").";
        Effect effect = own ? Effect.CONTEXT : !agree ? Effect.CONTRADICTS : whole ? Effect.SUPPORTS : Effect.CONTEXT;
        Fact authority = effect == Effect.CONTEXT ? null : best.stream().max(Comparator.comparingInt(Fact::tier)).orElseThrow();
        return Context.of(rule, t, effect, agree ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                Context.nums("partsSum", sum, "partsLow", low, "coverage", bestCover, "total", t.value(), "tolerance.arithmetic", tol),
                best.stream().map(Fact::key).toList(), own && !agree ? "the document's parts do not add up to its total" : null, authority);
    }

    /** Shares of one whole in one document that add up to more than all of it. Null when they fit. */
    public static Finding sharesOverWhole(Context ctx, String rule, Fact c, Collection<Fact> shares) {
        Map<String, Fact> bySubject = new LinkedHashMap<>();
        for (Fact f : shares) if (Calc.overlapping(c, f) && f.subject() != null) bySubject.putIfAbsent(f.subject(), f);
        if (bySubject.size() < 2) return null;
        double low = bySubject.values().stream().mapToDouble(f -> Math.max(0, f.low())).sum();
        if (low <= 100) return null;
        String list = String.join(", ", bySubject.values().stream().map(f -> ctx.who(f.subject()) + " " + ctx.figure(f)).toList());
        return Context.of(rule, c, Effect.CONTEXT, FindingKind.REAL_CONTRADICTION, "The document's shares of " + ctx.who(c.object()) + " (" + list
                + ") add up to at least " + Wording.plain(low) + "%, more than the whole.", Context.nums("sharesSum", low),
                bySubject.values().stream().map(Fact::key).toList(), "shares of " + ctx.who(c.object()) + " in this document add up to over 100%", null);
    }

    /** A share of a whole outside 0–100%. */
    public static Finding impossibleShare(Context ctx, String rule, Fact c) {
        return Context.of(rule, c, Effect.CONTRADICTS, FindingKind.REAL_CONTRADICTION,
                "A share of a whole must lie between 0% and 100%; the claim gives " + ctx.figure(c) + ".", Context.nums("claimed", c.value()), List.of(), null, null);
    }

    public static Finding belowAbsoluteZero(Context ctx, String rule, Fact c) {
        return Context.of(rule, c, Effect.CONTRADICTS, FindingKind.REAL_CONTRADICTION,
                "No temperature lies below absolute zero (-273.15°C, -459.67°F); the claim gives "
                        + ctx.figure(c) + ".", Context.nums("claimed", c.value(), "absolute_zero", Calc.absoluteZero(c.unit())), List.of(), null, null);
    }
}
