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
 * Findings of the change family: a change of a measure between two dates recomputed from a figure at each
 * end, in the claim's unit: absolute in the measure's own unit, relative in percent (a multiple such as
 * "doubled" is read as the percent it means), a difference of two shares in percentage points.
 */
public final class ChangeFindings {
    private ChangeFindings() {}

    /** The change from {@code from} to {@code to} as {value, low, high} in the claim's unit; null when the units do not make it. */
    static double[] change(Fact c, Fact from, Fact to) {
        String u = c.unit();
        if (u == null || from.unit() == null || !from.unit().equals(to.unit())) return null;
        if (oneTable(from, to)) { // both to the finer figure's place
            double half = Math.min(from.high() - from.value(), to.high() - to.value());
            from = from.within(half);
            to = to.within(half);
        }
        if (u.equals("percent") && !from.unit().equals("percent") || u.equals("percent") && "GROWTH".equals(c.metricType())) {
            if (from.low() <= 0) return null;
            return new double[] {(to.value() / from.value() - 1) * 100, (Math.max(0, to.low()) / from.high() - 1) * 100, (to.high() / from.low() - 1) * 100};
        }
        if (u.equals("percentage-point") && from.unit().equals("percent") || u.equals(from.unit())) {
            return new double[] {to.value() - from.value(), to.low() - from.high(), to.high() - from.low()};
        }
        return null;
    }

    /**
     * Whether the two figures are one table's: the same document, each written out in digits to the unit (no
     * decimal point, no magnitude word, no qualifier). A table gives its column at one precision, so a
     * trailing zero there is a digit, not a rounding: 280 beside 277 is 280 to the unit, not 275-285.
     */
    static boolean oneTable(Fact a, Fact b) {
        return a.docId().equals(b.docId()) && writtenOut(a) && writtenOut(b);
    }

    private static boolean writtenOut(Fact f) {
        if (!f.qualifiers().isEmpty() || f.claim() == null || f.claim().value() == null) return false;
        String s = f.claim().value().statedAs();
        return s != null && DIGITS.matcher(s.strip()).matches() && f.high() - f.value() == f.value() - f.low();
    }

    /** Digits alone, grouped by commas, thin or plain spaces: 280, 1,096,063, 13 403 107. */
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,3}(?:[,\u2009\u202f ]\\d{3})*|\\d+");

    /**
     * A change, growth or multiple over a span against the measure's figures at its start and its end:
     * 16.38M employed in 2020-Q1 and 14.28M in 2021-Q3 is a change of −2.1M. It confirms the claim when the
     * change of the figures as written lies in the claim's range; when only their rounding reaches it, it allows
     * the claim without establishing it. Null when the units do not make the claim's.
     */
    public static Finding fromLevels(Context ctx, String rule, Fact c, Fact from, Fact to) {
        double[] d = change(c, from, to);
        if (d == null) return null;
        double rounding = from.has("about") || to.has("about") ? 0 : ctx.getSettings().rounding();
        double[] claimed = Bounds.rounded(c, rounding);
        boolean agree = Bounds.overlap(d[1], false, d[2], false, claimed[0], c.lowOpen(), claimed[1], c.highOpen());
        // the change of the figures as written: when only their rounding reaches the claim's range (280 to 277 for
        // "a rise"), the sources allow the claim's figure but do not establish it
        boolean asWritten = Bounds.overlap(d[0], false, d[0], false, claimed[0], c.lowOpen(), claimed[1], c.highOpen());
        // a change from a bound has an open end: it allows the claim's figure, it does not establish it
        boolean bounded = !Bounds.closed(from, to);
        Effect effect = !agree ? Effect.CONTRADICTS : !bounded && asWritten ? Effect.SUPPORTS : Effect.CONTEXT;
        String sources = cite(from) + (from.docId().equals(to.docId()) ? "" : " and " + cite(to));
        String msg = "From " + sources + ": " + ctx.who(to.subject()) + "'s " + ctx.metric(to) + " went from " + ctx.figure(from) + " ("
                + from.getPeriodLabel() + ") to " + ctx.figure(to) + " (" + to.getPeriodLabel() + "), " + (c.unit().equals("percent") ? "a change of "
                + Wording.plain(d[0]) + "%" : "a change of " + Wording.show(d[0], c.unit())) + Context.spread(d[1], d[2], c.unit()) + ", "
                + (effect == Effect.SUPPORTS ? "within" : !agree ? "outside" : bounded ? "a change with an open end (from a bound) that allows but does not establish"
                        : "outside as written, only the figures' rounding reaching")
                + " the range the claim's "
                + ctx.figure(c) + " allows (" + Context.range(c, rounding) + ", tolerance.rounding " + Wording.percent(rounding) + ").";
        return of(rule, c, effect, effect == Effect.SUPPORTS ? FindingKind.AGREEMENT : agree ? FindingKind.QUALIFIED : FindingKind.REAL_CONTRADICTION, msg,
                nums("from", from.value(), "to", to.value(), "computed", d[0], "computedLow", d[1], "computedHigh", d[2], "claimed", c.value(),
                        "tolerance.rounding", rounding),
                List.of(from.key(), to.key()), effect != Effect.CONTEXT ? null : bounded ? "computed from a bound: " + ctx.figure(from) + " to " + ctx.figure(to)
                        : "only the rounding of " + ctx.figure(from) + " and " + ctx.figure(to) + " reaches the claim's range",
                effect == Effect.CONTEXT ? null : from.tier() >= to.tier() ? from : to);
    }
}
