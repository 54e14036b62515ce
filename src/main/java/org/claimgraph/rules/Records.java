package org.claimgraph.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Period;
import org.claimgraph.vocab.RecordWindows;
import org.claimgraph.vocab.RecordWords;

/**
 * What the records rules compute: a record ranks the subject's figure for the claim's period among its own
 * figures for the other periods as long as it inside the claim's window ({@code rankOver}). Small and
 * unit-tested; the rules decide when each applies.
 */
public final class Records {
    private Records() {}

    /** Whether two figures' periods are equally long (within a few days: months, quarters and years vary). */
    public static boolean sameLength(Fact a, Fact b) {
        Period pa = Calc.period(a), pb = Calc.period(b);
        return pa != null && pb != null && pa.bounded() && pb.bounded() && Math.abs(pa.days() - pb.days()) <= RecordWindows.SAME_LENGTH_DAYS;
    }

    /** Whether a figure is for another period as long as the claim's, inside the claim's window and apart from its period. */
    public static boolean inWindow(Fact c, Fact f) {
        Period w = c.getRankOver(), p = Calc.period(f), own = Calc.period(c);
        if (w == null || p == null || !p.bounded() || !sameLength(c, f) || p.overlaps(own)) return false;
        return (w.start() == null || !p.start().isBefore(w.start())) && !p.end().isAfter(w.end());
    }

    /**
     * Whether a figure is ahead of the subject's own for the claim's record: above it (below it for a record
     * low) by whole intervals. Intervals that only touch are ahead too, for rounded figures of a series touch
     * at the half-way point (3.3 and 3.4 are 3.25–3.35 and 3.35–3.45) and still differ; equal figures are not.
     */
    public static boolean ahead(Fact c, Fact own, Fact f) {
        return c.isFromLowest() ? f.high() <= own.low() && f.value() < own.value() : f.low() >= own.high() && f.value() > own.value();
    }

    /** Whether neither of two figures is ahead of the other: their order is open (a tie, or intervals that overlap). */
    static boolean level(Fact c, Fact own, Fact f) {
        return !ahead(c, own, f) && !(c.isFromLowest() ? own.high() <= f.low() && own.value() < f.value() : own.low() >= f.high() && own.value() > f.value());
    }

    /**
     * The subject's figures in the window beside its own: those ahead, those level with it, how many periods
     * they are for, whether they and the own figure cover every day of a window with a start, and what that makes of
     * the claimed rank: CONTRADICTS when those ahead leave no rank the claim allows; SUPPORTS when the series
     * is complete and every rank it leaves open is allowed; CONTRADICTS when it is complete and none is; null
     * otherwise (a partial series neither confirms nor rules out a record). {@code matched}: the level figures equal
     * to the own one in a window with a start ("since 1975", "in 50 years"); such a window says the figure was last
     * reached at or before its start, so one matched inside it rules out a first place there, partial series or not
     * (on record, a figure equal to the record only ties it).
     */
    public record Series(List<Fact> ahead, List<Fact> level, List<Fact> matched, int periods, boolean complete, Effect effect) {
        /** The best rank the figures leave: one more than those ahead. */
        public int best() { return ahead.size() + 1; }
        /** The worst, when the series is complete: every level figure ahead too. */
        public int worst() { return ahead.size() + level.size() + 1; }
    }

    public static Series series(Fact c, Fact own, Collection<?> inWindow) {
        List<Fact> all = Context.list(inWindow), ahead = new ArrayList<>(), level = new ArrayList<>();
        for (Fact f : all) {
            if (ahead(c, own, f)) ahead.add(f);
            else if (level(c, own, f)) level.add(f);
        }
        Comparator<Fact> best = Comparator.comparingDouble(Fact::value);
        ahead.sort(c.isFromLowest() ? best : best.reversed());
        level.sort(Comparator.comparing(Fact::start));
        boolean complete = covers(c.getRankOver(), own, all);
        List<Fact> matched = matched(c, own, level);
        int[] r = Calc.rankRange(c);
        int lo = ahead.size() + 1, hi = lo + level.size();
        Effect effect = lo > r[1] ? Effect.CONTRADICTS
                : r[1] < 2 && !matched.isEmpty() ? Effect.CONTRADICTS
                : !complete ? null
                : r[0] <= lo && hi <= r[1] ? Effect.SUPPORTS
                : hi < r[0] ? Effect.CONTRADICTS : null;
        int periods = (int) all.stream().map(f -> f.start() + "/" + f.end()).distinct().count();
        return new Series(ahead, level, matched, periods, complete, effect);
    }

    /**
     * The figures level with the own one that equal it as written, when the claim's window has a start: there the
     * record says the figure was not reached since (a tie inside the window breaks it); on record it is only tied.
     */
    static List<Fact> matched(Fact c, Fact own, List<Fact> level) {
        Period w = c.getRankOver();
        List<Fact> out = new ArrayList<>();
        if (w == null || w.start() == null) return out;
        for (Fact f : level) if (Double.compare(f.value(), own.value()) == 0) out.add(f);
        return out;
    }

    /** Whether the figures' periods, the own one among them, cover every day of a window with a start. */
    static boolean covers(Period window, Fact own, List<Fact> others) {
        if (window == null || window.start() == null) return false;
        List<Period> ps = new ArrayList<>();
        ps.add(Calc.period(own));
        for (Fact f : others) ps.add(Calc.period(f));
        ps.sort(Comparator.comparing(Period::start));
        LocalDate next = window.start();
        for (Period p : ps) {
            if (p.start().isAfter(next)) return false;
            if (!p.end().isBefore(next)) next = p.end().plusDays(1);
        }
        return next.isAfter(window.end());
    }

    /**
     * The most a stock (cg:maxYearlyChange) can have been at the end of the window's first period of the claim's
     * length, from a figure for a period of that length ending before the window starts, compounded over the
     * longest span between the two: for a record low its highest, for a record high its lowest. NaN when the
     * figure is not such a one, or more than {@link Calc#OTHER_DATE_YEARS} from the window.
     */
    public static double edgeBound(Fact c, Fact f) {
        Period w = c.getRankOver(), p = Calc.period(f), own = Calc.period(c);
        if (c.maxYearlyChange() == null || w == null || w.start() == null || p == null || own == null || !p.bounded() || !own.bounded()
                || !sameLength(c, f) || !p.end().isBefore(w.start())) return Double.NaN;
        double years = edgeYears(c, f);
        if (years > Calc.OTHER_DATE_YEARS) return Double.NaN;
        double r = c.maxYearlyChange();
        return c.isFromLowest() ? f.high() * Math.pow(1 + r, years) : f.low() * Math.pow(1 - r, years);
    }

    /** Years from the first day of the figure's period to the last of the window's first period of the claim's length. */
    static double edgeYears(Fact c, Fact f) {
        return (Calc.daysBetween(Calc.period(f).start(), edgeEnd(c)) + 1) / 365.2425;
    }

    /** The last day of the window's first period of the claim's length. */
    static LocalDate edgeEnd(Fact c) {
        Period own = Calc.period(c);
        return c.getRankOver().start().plus(java.time.Period.between(own.start(), own.end().plusDays(1))).minusDays(1);
    }

    /**
     * Whether a figure just before the window puts the window's first period ahead of the subject's own: a stock
     * that far below (above, for a record high) cannot have climbed (fallen) to the own figure by then.
     */
    public static boolean edgeAhead(Fact c, Fact own, Fact f) {
        double b = edgeBound(c, f);
        if (Double.isNaN(b)) return false;
        return c.isFromLowest() ? b < own.low() : b > own.high();
    }

    /**
     * The ranks a source's stated record leaves for the claim's window, when the two windows nest: the same
     * window, its own ranks; a wider one, no worse than its worst (fewer periods can only rank it higher); a
     * narrower one, no better than its best. Null when neither window holds the other.
     */
    public static int[] implied(Fact c, Fact e) {
        Period wc = c.getRankOver(), we = e.getRankOver();
        int[] r = Calc.rankRange(e);
        boolean eHoldsC = holds(we, wc), cHoldsE = holds(wc, we);
        if (eHoldsC && cHoldsE) return r;
        if (eHoldsC) return new int[] {1, r[1]};
        if (cHoldsE) return new int[] {r[0], Integer.MAX_VALUE};
        return null;
    }

    /** What a source's stated record makes of the claim's: SUPPORTS when every rank it leaves is allowed, CONTRADICTS when none is, else null. */
    public static Effect stated(Fact c, Fact e) {
        int[] i = implied(c, e), r = Calc.rankRange(c);
        if (i == null) return null;
        if (r[0] <= i[0] && i[1] <= r[1]) return Effect.SUPPORTS;
        return i[1] < r[0] || i[0] > r[1] ? Effect.CONTRADICTS : null;
    }

    /**
     * A source's figure as the record its statement states in words ({@link RecordWords}), ranked over the window
     * read against its period; none when the words state none, the window does not fit its period, or the record is
     * a change's ("the largest fall since 2009") and the figure is not a change.
     */
    public static List<Fact> worded(Fact e) {
        RecordWords.Stated w = RecordWords.read(e.claim().statement());
        Period p = Calc.period(e);
        if (w == null || p == null || !p.bounded()) return List.of();
        if (w.ofChange() && !"CHANGE".equals(e.metricType()) && !"GROWTH".equals(e.metricType())) return List.of();
        try {
            Period window = RecordWindows.parse(w.window(), p);
            return List.of(e.recorded(w.rank(), w.fromLowest(), new Period(window.start(), window.end(), w.window())));
        } catch (IllegalArgumentException notAWindow) {
            return List.of();
        }
    }

    private static boolean holds(Period outer, Period inner) {
        boolean start = outer.start() == null || inner.start() != null && !inner.start().isBefore(outer.start());
        return start && !inner.end().isAfter(outer.end());
    }
}
