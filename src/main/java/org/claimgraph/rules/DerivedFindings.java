package org.claimgraph.rules;

import static org.claimgraph.rules.Context.cite;
import static org.claimgraph.rules.Context.nums;
import static org.claimgraph.rules.Context.of;

import java.util.List;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.vocab.Wording;

/**
 * Findings of the derived family: a figure computed from others (a share from its part and whole, a total
 * from a rate and a span, a rate from a total), each showing its arithmetic. Figures from the claim's own
 * document only show consistency: their findings carry no authority, so they never decide a verdict.
 */
public final class DerivedFindings {
    private DerivedFindings() {}

    private static String from(Fact c, Fact src) {
        return src.docId().equals(c.docId()) ? "the document's own figures" : cite(src);
    }

    /** Effect on the claim of a derived figure that agrees or not, from another document or from its own. */
    private static Effect effect(Fact c, Fact src, boolean agree) {
        if (src.docId().equals(c.docId())) return agree ? Effect.SUPPORTS : Effect.CONTEXT;
        return agree ? Effect.SUPPORTS : Effect.CONTRADICTS;
    }

    private static Fact authority(Fact c, Fact a, Fact b) {
        if (a.docId().equals(c.docId()) || b.docId().equals(c.docId())) return null;
        return a.tier() >= b.tier() ? a : b;
    }

    /** A share recomputed from the part and the whole: 2.24M of 10.2M is 22%. */
    public static Finding share(Context ctx, String rule, Fact c, Fact part, Fact whole) {
        double share = part.value() / whole.value() * 100;
        double[] r = Calc.ratio(part.low(), part.high(), whole.low(), whole.high(), 100);
        boolean agree = Calc.meets(r[0], r[1], 0, c);
        String msg = "From " + from(c, part) + ": " + ctx.who(part.subject()) + "'s " + ctx.metric(part) + " " + ctx.figure(part) + " of "
                + ctx.who(whole.subject()) + "'s " + ctx.figure(whole) + " is " + Wording.plain(share) + "% (" + Wording.plain(r[0]) + "–"
                + Wording.plain(r[1]) + "% as the figures are rounded), " + (agree ? "matching" : "not") + " the claim's " + ctx.figure(c) + ".";
        Effect e = effect(c, part, agree);
        return of(rule, c, e, agree ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("part", part.value(), "whole", whole.value(), "share", share, "shareLow", r[0], "shareHigh", r[1], "claimed", c.value()),
                List.of(part.key(), whole.key()), e == Effect.CONTEXT ? "the document's own part and whole give " + Wording.plain(share) + "%" : null,
                e == Effect.CONTEXT ? null : authority(c, part, whole));
    }

    /** A total over a span recomputed from a rate per unit of time: 1,000 a week over 2024 is 52,286. */
    public static Finding totalFromRate(Context ctx, String rule, Fact c, Fact rate) {
        double units = Calc.span(c, rate.per());
        double tol = ctx.getSettings().arithmetic();
        double total = rate.value() * units;
        boolean agree = Calc.meets(rate.low() * units, rate.high() * units, tol, c);
        String msg = "From " + from(c, rate) + ": " + ctx.figure(rate) + " over " + c.getPeriodLabel() + " (" + Wording.plain(units) + " " + rate.per()
                + "s) is " + Wording.show(total, c.unit()) + ", " + (agree ? "matching" : "not") + " the claim's " + ctx.figure(c)
                + " (tolerance.arithmetic " + Wording.percent(tol) + ").";
        Effect e = effect(c, rate, agree);
        return of(rule, c, e, agree ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("rate", rate.value(), "units", units, "computedTotal", total, "claimed", c.value(), "tolerance.arithmetic", tol),
                List.of(rate.key()), null, e == Effect.CONTEXT ? null : authority(c, rate, rate));
    }

    /** A rate recomputed from a total over a span: 52,000 over 2024 is 997 a week. */
    public static Finding rateFromTotal(Context ctx, String rule, Fact c, Fact total) {
        double units = Calc.span(total, c.per());
        double tol = ctx.getSettings().arithmetic();
        double rate = total.value() / units;
        boolean agree = Calc.meets(total.low() / units, total.high() / units, tol, c);
        String msg = "From " + from(c, total) + ": " + ctx.figure(total) + " over " + total.getPeriodLabel() + " (" + Wording.plain(units) + " " + c.per()
                + "s) is " + Wording.show(rate, c.unit()) + " a " + c.per() + ", " + (agree ? "matching" : "not") + " the claim's " + ctx.figure(c)
                + " (tolerance.arithmetic " + Wording.percent(tol) + ").";
        Effect e = effect(c, total, agree);
        return of(rule, c, e, agree ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("total", total.value(), "units", units, "computedRate", rate, "claimed", c.value(), "tolerance.arithmetic", tol),
                List.of(total.key()), null, e == Effect.CONTEXT ? null : authority(c, total, total));
    }
}
