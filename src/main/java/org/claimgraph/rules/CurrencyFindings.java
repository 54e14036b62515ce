package org.claimgraph.rules;

import static org.claimgraph.rules.Context.cite;
import static org.claimgraph.rules.Context.nums;
import static org.claimgraph.rules.Context.of;
import static org.claimgraph.rules.Context.period;

import java.util.List;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.vocab.Wording;

/** Findings of the currency family: figures in other currencies, compared only through a dated exchange rate. */
public final class CurrencyFindings {
    private CurrencyFindings() {}

    /** A source's figure in another currency, and no exchange rate for its date among the evidence. */
    public static Finding noRate(Context ctx, String rule, Fact c, Fact e) {
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + period(e) + " as " + ctx.figure(e) + ", in " + e.unit()
                + ", not the claim's " + c.unit() + ": figures in different currencies are not compared without a dated exchange rate given as evidence.";
        return of(rule, c, Effect.CONTEXT, FindingKind.DIFFERENT_MEASURE, msg, nums("evidence", e.value()), List.of(e.key()),
                "a figure in " + e.unit() + " (" + ctx.figure(e) + "), not compared: no dated " + e.unit() + "/" + c.unit() + " exchange rate", null);
    }

    /** A source's figure converted at a dated exchange rate from the evidence, against the claim's. */
    public static Finding converted(Context ctx, String rule, Fact c, Fact e, Fact rate, Effect effect) {
        double[] x = Calc.convert(e, rate, Calc.currency(c.unit()));
        String msg = cite(e) + " gives " + ctx.who(e.subject()) + "'s " + ctx.metric(e) + period(e) + " as " + ctx.figure(e) + "; at "
                + Wording.plain(rate.value()) + " " + rate.unit() + " per " + rate.subjectCurrency() + " (" + cite(rate)
                + (rate.getPeriodLabel() == null ? "" : ", " + rate.getPeriodLabel()) + ") that is " + Wording.show(x[1], c.unit()) + " ("
                + Wording.range(x[0], x[2], c.unit()) + "), " + (effect == Effect.SUPPORTS ? "matching" : "outside the range of")
                + " the claim's " + ctx.figure(c) + ".";
        Fact authority = e.tier() >= rate.tier() ? e : rate;
        return of(rule, c, effect, effect == Effect.SUPPORTS ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("evidence", e.value(), "rate", rate.value(), "converted", x[1], "convertedLow", x[0], "convertedHigh", x[2], "claimed", c.value()),
                List.of(e.key(), rate.key()), null, authority);
    }
}
