package org.claimgraph.rules;

import static org.claimgraph.rules.Context.cite;
import static org.claimgraph.rules.Context.nums;
import static org.claimgraph.rules.Context.of;
import static org.claimgraph.rules.Context.ordinal;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.model.Period;
import org.claimgraph.vocab.RecordWindows;

/** Findings of the records family: a record over the subject's own periods against a stated record or the subject's figures. */
public final class RecordFindings {
    private RecordFindings() {}

    /** Figures named one by one in a finding; the rest are counted. */
    private static final int LISTED = 5;

    /** Ranks in words: "the lowest", "the 2nd highest", "among the 3 highest", "the 3rd highest or lower". */
    static String place(int lo, int hi, boolean fromLowest) {
        String end = fromLowest ? "lowest" : "highest";
        if (lo == hi) return lo == 1 ? "the " + end : "the " + ordinal(lo) + " " + end;
        if (lo == 1) return "among the " + hi + " " + end;
        if (hi == Integer.MAX_VALUE) return "the " + ordinal(lo) + " " + end + (fromLowest ? " or higher" : " or lower");
        return "between the " + ordinal(lo) + " and the " + ordinal(hi) + " " + end;
    }

    static String claimed(Fact c) {
        int[] r = Calc.rankRange(c);
        return place(r[0], r[1], c.isFromLowest());
    }

    /** A record's window as written and the days it spans: "since 1969 (1970–2023)", "on record (up to 2023)". */
    static String window(Fact f) {
        Period w = f.getRankOver();
        return w.label().strip() + " (" + RecordWindows.span(w) + ")";
    }

    /** The claim's window as a place: "the window since 1969 (1970–2023)". */
    private static String theWindow(Fact c) { return "the window " + window(c); }

    /** What a period of the claim's length is called: a year, a quarter, a month, a day, else a period of its length. */
    static String unit(Period p, boolean plural) {
        long months = ChronoUnit.MONTHS.between(p.start(), p.end().plusDays(1));
        boolean whole = p.start().plusMonths(months).equals(p.end().plusDays(1));
        String u = p.days() == 1 ? "day" : !whole ? "period" : months == 12 ? "year" : months == 3 ? "quarter" : months == 1 ? "month" : "period";
        return u.equals("period") ? (plural ? "periods" : "period") + " of its length" : plural ? u + "s" : u;
    }

    private static String head(Context ctx, Fact c, Fact own) {
        return (own.getPeriodLabel() == null ? "" : "For " + own.getPeriodLabel() + ", ") + cite(own) + " gives " + ctx.who(c.subject())
                + "'s " + ctx.metric(c) + " as " + ctx.figure(own);
    }

    /** "2019 at 3.5%, 2022 at 3.3%", at most five named and the rest counted. */
    private static String figures(Context ctx, List<Fact> fs) {
        List<String> named = new ArrayList<>();
        for (Fact f : fs.subList(0, Math.min(LISTED, fs.size()))) named.add(f.getPeriodLabel() + " at " + ctx.figure(f));
        return String.join(", ", named) + (fs.size() > LISTED ? " and " + (fs.size() - LISTED) + " more" : "");
    }

    /** A source states a record of the same figure: its window the claim's, or one holding it or held by it. */
    public static Finding stated(Context ctx, String rule, Fact c, Fact e, Effect effect) {
        return stated(ctx, rule, c, e, effect, null);
    }

    /** A source's statement states the record in words ({@link Records#worded}), quoted. */
    public static Finding statedInWords(Context ctx, String rule, Fact c, Fact e, Effect effect) {
        return stated(ctx, rule, c, e, effect, org.claimgraph.vocab.RecordWords.read(e.claim().statement()).words());
    }

    private static Finding stated(Context ctx, String rule, Fact c, Fact e, Effect effect, String words) {
        boolean holds = effect == Effect.SUPPORTS;
        int[] r = Calc.rankRange(e), implied = Records.implied(c, e);
        String msg = cite(e) + (words == null ? " ranks " : " says “" + words + "”, which ranks ") + ctx.who(e.subject()) + "'s " + ctx.metric(e) + (e.getPeriodLabel() == null ? "" : " for " + e.getPeriodLabel())
                + " " + place(r[0], r[1], e.isFromLowest()) + " " + window(e) + (e.getScope() == null ? "" : " (" + e.getScope().strip() + ")");
        Period wc = c.getRankOver(), we = e.getRankOver();
        boolean sameWindow = java.util.Objects.equals(wc.start(), we.start()) && wc.end().equals(we.end());
        msg += sameWindow ? "" : "; so " + place(implied[0], implied[1], c.isFromLowest()) + " " + window(c);
        msg += holds ? ", consistent with the claim." : ", not " + claimed(c) + " " + wc.label().strip() + " as claimed.";
        return of(rule, c, effect, holds ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("claimedRank", c.rank(), "statedRank", e.rank()), List.of(e.key()), null, e);
    }

    /** The subject's figure against its own figures for the other periods of the window: those ahead bound the record, a whole window settles it. */
    public static Finding series(Context ctx, String rule, Fact c, Fact own, Records.Series s) {
        boolean holds = s.effect() == Effect.SUPPORTS;
        String dir = c.isFromLowest() ? "below" : "above";
        String when = own.getPeriodLabel() == null ? "it" : own.getPeriodLabel();
        String msg = head(ctx, c, own) + "; ";
        if (s.best() <= Calc.rankRange(c)[1] && !s.matched().isEmpty() && s.effect() == Effect.CONTRADICTS) {
            msg += "within " + theWindow(c) + " the sources give the same figure for " + figures(ctx, s.matched())
                    + ": a record " + c.getRankOver().label().strip() + " says the figure was last reached at or before the window's start, and it was "
                    + "reached again inside it, so " + when + " was not " + claimed(c) + " there as claimed.";
        } else if (s.best() > Calc.rankRange(c)[1]) {
            msg += "within " + theWindow(c) + " the sources give it " + dir + " that for " + figures(ctx, s.ahead()) + ", so " + when
                    + " ranked no better than " + place(s.best(), s.best(), c.isFromLowest()) + " there, not " + claimed(c) + " as claimed.";
        } else {
            msg += "the sources give it for all " + s.periods() + " other " + unit(Calc.period(c), s.periods() != 1) + " of " + theWindow(c) + ", "
                    + (s.ahead().isEmpty() ? "none " + dir + " it" : figures(ctx, s.ahead()) + " " + dir + " it")
                    + (s.level().isEmpty() ? "" : ", " + figures(ctx, s.level()) + " level with it") + ": " + place(s.best(), s.worst(), c.isFromLowest())
                    + " there, " + (holds ? "consistent with the claim." : "not " + claimed(c) + " as claimed.");
        }
        List<String> used = new ArrayList<>(List.of(own.key()));
        List<Fact> all = new ArrayList<>(s.ahead());
        all.addAll(s.level());
        all.forEach(e -> used.add(e.key()));
        Fact authority = all.stream().max(Comparator.comparingInt(Fact::tier)).orElse(own);
        if (authority.tier() < own.tier()) authority = own;
        return of(rule, c, s.effect(), holds ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("claimedRank", c.rank(), "computedRank", s.best(), "periods", s.periods(), "value", own.value()), used, null, authority);
    }

    /**
     * A stock's figure just before the window bounds it at the window's start (cg:maxYearlyChange): far enough
     * from the subject's own figure that the window's first period was ahead of it, which rules out the record.
     */
    public static Finding edge(Context ctx, String rule, Fact c, Fact own, Fact f) {
        double r = c.maxYearlyChange(), bound = Records.edgeBound(c, f), years = Records.edgeYears(c, f);
        boolean low = c.isFromLowest();
        String when = own.getPeriodLabel() == null ? "it" : own.getPeriodLabel();
        String msg = head(ctx, c, own) + "; " + cite(f) + " gives it as " + ctx.figure(f) + " for " + f.getPeriodLabel() + ", before "
                + theWindow(c) + ". " + Character.toUpperCase(ctx.metric(c).charAt(0)) + ctx.metric(c).substring(1) + " moves by at most "
                + org.claimgraph.vocab.Wording.percent(r) + " a year (cg:maxYearlyChange), so by " + Records.edgeEnd(c) + " ("
                + org.claimgraph.vocab.Wording.oneDecimal(years) + " years on) it was at " + (low ? "most " : "least ")
                + org.claimgraph.vocab.Wording.show(bound, own.unit()) + ", " + (low ? "below" : "above") + " the figure for " + when
                + ": the window's first " + unit(Calc.period(c), false) + " ranks ahead of it, so " + when + " was no better than "
                + place(2, 2, low) + " there, not " + claimed(c) + " as claimed.";
        return of(rule, c, Effect.CONTRADICTS, FindingKind.REAL_CONTRADICTION, msg,
                nums("claimedRank", c.rank(), "maxYearlyChange", r, "years", years, "bound", bound, "value", own.value()),
                List.of(own.key(), f.key()), "estimated from a figure before the window: " + ctx.figure(f) + " for " + f.getPeriodLabel(),
                f.tier() > own.tier() ? f : own);
    }

    /** The subject's figures in the window neither confirm nor rule out the record: too few of them, or level with its own. */
    public static Finding partial(Context ctx, String rule, Fact c, Fact own, Records.Series s) {
        String dir = c.isFromLowest() ? "below" : "above";
        String given = (s.complete() ? "all " : "") + s.periods() + " other " + unit(Calc.period(c), s.periods() != 1) + " of " + theWindow(c);
        String msg = head(ctx, c, own) + "; the sources give it for " + given + ", "
                + (s.ahead().isEmpty() ? "none " + dir + " it" : figures(ctx, s.ahead()) + " " + dir + " it")
                + (s.level().isEmpty() ? "" : ", " + figures(ctx, s.level()) + " level with it") + ": "
                + (s.complete() ? "figures level with it leave the order open, so they neither confirm nor rule out "
                : "a partial series neither confirms nor rules out ") + claimed(c) + " there.";
        List<String> used = new ArrayList<>(List.of(own.key()));
        s.ahead().forEach(e -> used.add(e.key()));
        s.level().forEach(e -> used.add(e.key()));
        return of(rule, c, Effect.CONTEXT, FindingKind.NOT_CHECKABLE, msg, nums("periods", s.periods()), used, null, null);
    }

    /** Neither a stated record nor the subject's figure for the claim's period. */
    public static Finding notCheckable(Context ctx, String rule, Fact c) {
        return ctx.note(rule, c, FindingKind.NOT_CHECKABLE, "No trusted source states " + ctx.who(c.subject()) + "'s record on " + ctx.metric(c)
                + Context.period(c) + " or gives its figure for that period to set beside its others in " + theWindow(c) + ".", null);
    }

    /** The claim's figure is confirmed but its record is not, so the figure alone does not make the claim supported. */
    public static Finding figureAlone(String rule, Fact c, Finding figure) {
        String record = claimed(c) + " " + c.getRankOver().label().strip();
        return new Finding(rule, c.key(), Effect.CONTEXT, FindingKind.NOT_CHECKABLE, "The claim's figure is confirmed, but not its record ("
                + record + "): a record is supported only by a trusted source stating it or by the subject's figures for every period of a "
                + "window with a start.", java.util.Map.of(), figure.used(), "record not confirmed: " + record, 0, null);
    }
}
