package org.claimgraph.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.claimgraph.vocab.Vocabulary;
import org.claimgraph.vocab.Wording;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Settings;

/**
 * The rules' global: settings, names for readers, and the builders of findings. Each builder does the
 * arithmetic of one family and writes the sentence a reader sees; the .drl files decide when it applies.
 */
public final class Context {

    private final Vocabulary vocabulary;
    private final Settings settings;

    Context(Vocabulary vocabulary, Settings settings) {
        this.vocabulary = vocabulary;
        this.settings = settings;
    }

    public Settings getSettings() { return settings; }

    // ---- names ----

    public String who(String id) {
        if (id == null) return "someone";
        return switch (id) {
            case "author" -> "the author";
            case "analysts" -> "analysts";
            case "experts" -> "experts";
            case "company-documents" -> "company documents";
            case "unnamed" -> "an unnamed source";
            default -> vocabulary.entityLabel(id);
        };
    }

    public String metric(Fact f) { return vocabulary.metricLabel(f.metric()); }

    /**
     * How a quotient of a numerator in {@code part} units over a whole in {@code whole} units reads in the
     * claim's {@code unit}: 100 for a percent of the same unit, the people a per-head unit counts per person
     * (1,000 for per 1,000) over a count, 1 for an amount per head in the numerator's own unit; NaN when the
     * units do not make the claim's.
     */
    double quotientScale(String unit, String part, String whole) {
        if (unit == null || part == null || whole == null) return Double.NaN;
        if (unit.equals("percent")) return part.equals(whole) ? 100 : Double.NaN;
        if (!whole.equals("count")) return Double.NaN;
        var u = vocabulary.unit(unit);
        if (u != null && u.dimension().equals("PerCapita")) {
            return part.equals("count") ? vocabulary.comparable(new Quantity(1, "per-capita", 1, 1, "1", null), false).value() : Double.NaN;
        }
        return part.equals(unit) ? 1 : Double.NaN;
    }

    /**
     * The claim's figure as it was written (6 GW, 1,400 acres, £300 a week), with the yearly rate a weekly
     * one makes; a bound says so ("more than $8B", "at most 300").
     */
    public String figure(Fact f) {
        Quantity q = f.claim().value();
        String b = Bounds.word(f);
        if (q == null) return b + (f.per() != null ? Wording.show(f.value(), f.unit()) + " a " + f.per() : Wording.show(f.value(), f.unit()));
        String v = b + Wording.show(q.value(), q.unit(), q.noun());
        if (q.per() == null) return v;
        v += " a " + q.per();
        if (q.per().equals(f.per())) return v;
        String factor = new java.math.BigDecimal(vocabulary.perFactor(q.per())).round(new java.math.MathContext(7)).stripTrailingZeros().toPlainString();
        return v + " (" + Wording.show(f.value(), f.unit(), q.noun()) + " a " + f.per() + " at " + factor + " " + q.per() + "s a " + f.per() + ")";
    }

    /**
     * The interval the claim's figure is read as (its precision, "about", bounds as written and
     * tolerance.rounding), in the unit it was written in, a bound named as one.
     */
    static String range(Fact c, double rounding) {
        Quantity q = c.claim().value();
        double[] r = Bounds.rounded(c, rounding);
        // a multiple read as a growth ("doubled": +100%) is shown as the percent it was compared as
        if (q == null || "times".equals(q.unit()) && !"times".equals(c.unit())) return Wording.range(r[0], c.lowOpen(), r[1], c.highOpen(), c.unit());
        double scale = c.value() == 0 ? 1 : q.value() / c.value();
        return Wording.range(r[0] * scale, c.lowOpen(), r[1] * scale, c.highOpen(), q.unit());
    }

    /** " (low to high as the figures are rounded)" for a computed interval, or nothing when the two ends read alike. */
    static String spread(double low, double high, String unit) {
        String lo = Wording.show(low, unit), hi = Wording.show(high, unit);
        return lo.equals(hi) ? "" : " (" + lo + " to " + hi + " as the figures are rounded)";
    }

    static String period(Fact f) { return f.getPeriodLabel() == null ? "" : " for " + f.getPeriodLabel(); }

    static String cite(Fact e) {
        String date = e.doc().date();
        return e.doc().publisher() + " (\u201c" + e.doc().title() + "\u201d, " + date + ")";
    }

    static Map<String, Double> nums(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        return m;
    }

    static Finding of(String rule, Fact c, Effect effect, FindingKind kind, String message, Map<String, Double> numbers,
                              List<String> used, String caveat, Fact authority) {
        return new Finding(rule, c.key(), effect, kind, message, numbers, used, caveat,
                authority == null ? 0 : authority.tier(), authority == null ? null : authority.published());
    }

    /** A finding that only notes something (a qualifier, a scope, a date), not evidence. */
    public Finding note(String rule, Fact c, FindingKind kind, String message, String caveat) {
        return of(rule, c, Effect.CONTEXT, kind, message, Map.of(), List.of(), caveat, null);
    }

    /** Like {@link #note}, naming the claim it rests on. */
    public Finding noteFrom(String rule, Fact c, Fact e, FindingKind kind, String message, String caveat) {
        return of(rule, c, Effect.CONTEXT, kind, message, Map.of(), List.of(e.key()), caveat, null);
    }

    // ---- evidence ----

    /** The same figure found under another metric of the same family (cash burn presented as net loss). */
    public Finding differentMeasure(String rule, Fact c, Fact e) {
        String msg = "The figure " + figure(c) + " matches " + who(e.subject()) + "'s " + metric(e) + period(e) + " in " + cite(e)
                + ", which is not its " + metric(c) + ": the claim presents one measure as another.";
        return of(rule, c, Effect.CONTEXT, FindingKind.DIFFERENT_MEASURE, msg, nums("claimed", c.value(), "evidence", e.value()),
                List.of(e.key()), "different measure: " + figure(e) + " is the " + metric(e) + ", not the " + metric(c), null);
    }

    /** A commitment running over years, presented as one period's figure. */
    public Finding multiYearCommitment(String rule, Fact c, Fact e) {
        String msg = cite(e) + " describes these " + metric(e) + " as running over about " + Wording.plain(e.termYears())
                + " years, not as money spent" + period(c) + ".";
        return of(rule, c, Effect.CONTEXT, FindingKind.DIFFERENT_PERIOD, msg, nums("termYears", e.termYears()), List.of(e.key()),
                "commitments over about " + Wording.plain(e.termYears()) + " years, not spending" + period(c), null);
    }

    // ---- arithmetic ----

    /**
     * A rate (per day, week, month, quarter or year) against a total of the same subject and family over
     * several of those units: the flat total, its share of the stated one, and the average rate the total
     * needs. Empty when the two agree within tolerance.
     */
    public List<Tension> rateVersusTotal(String rule, Fact rate, Fact total) {
        double units = Calc.span(total, rate.per());
        double flat = rate.value() * units;
        double tol = settings.arithmetic();
        if (Calc.meets(rate.low() * units, rate.high() * units, tol, total)) return List.of();
        double needed = total.value() / units;
        double factor = needed / rate.value();
        String per = rate.per();
        String msg = "At a flat " + figure(rate) + ", " + total.getPeriodLabel().replace('/', '–') + " (" + Wording.plain(units)
                + " " + per + "s) gives " + Wording.show(flat, total.unit()) + ", " + Wording.percent(flat / total.value()) + " of the "
                + Wording.show(total.value(), total.unit()) + " total (" + metric(total) + "); the two agree only if the " + (per.equals("day") ? "daily" : per + "ly") + " figure averages "
                + Wording.show(needed, total.unit()) + ", " + Wording.oneDecimal(factor) + " times the stated rate (tolerance.arithmetic "
                + Wording.percent(tol) + ").";
        Map<String, Double> n = nums("rate", rate.value(), per + "s", units, "flatTotal", flat, "statedTotal", total.value(),
                "shareOfTotal", flat / total.value(), "neededRate", needed, "factor", factor, "tolerance.arithmetic", tol);
        return List.of(new Tension(rule, rate.key(), total.key(), msg, n), new Tension(rule, total.key(), rate.key(), msg, n));
    }

    /** One side of an arithmetic tension, as context until resolve finds evidence backing the other side. */
    public static Finding tension(Tension t) {
        return new Finding(t.rule(), t.claim(), Effect.CONTEXT, FindingKind.REAL_CONTRADICTION, t.message(), t.numbers(),
                List.of(t.other()), "inconsistent with another claim (" + t.other() + ")", 0, null);
    }

    /**
     * Figures for parts of the claim's period (from one source, not overlapping) against the claim's
     * total: when they cover it, their sum must match it; when they cover part of it, their sum must not
     * already exceed it. Null when no source gives two or more parts.
     */
    public Finding partsVersusTotal(String rule, Fact t, Collection<Fact> candidates) {
        Map<String, List<Fact>> byDoc = new LinkedHashMap<>();
        for (Fact p : candidates) {
            if (Calc.coverage(p, t) > 0 && Calc.coverage(p, t) < 1) byDoc.computeIfAbsent(p.docId(), k -> new ArrayList<>()).add(p);
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
        double tol = settings.arithmetic();
        boolean whole = bestCover >= 0.98, own = best.get(0).docId().equals(t.docId());
        boolean agree = whole ? Calc.overlap(low * (1 - tol), high * (1 + tol), t.low(), t.high()) : low <= t.high() * (1 + tol);
        String parts = String.join(", ", best.stream().map(p -> p.getPeriodLabel() + " " + figure(p)).toList());
        String msg = (own ? "The document's own figures" : cite(best.get(0)) + " gives") + " for parts of " + t.getPeriodLabel() + " (" + parts
                + ") sum to " + Wording.show(sum, t.unit()) + (Double.isInfinite(high) ? " at least" : "") + (whole
                ? (agree ? ", matching the total of " : ", not the total of ") + figure(t)
                : " for " + Wording.percent(bestCover) + " of the period" + (agree ? ", leaving " + Wording.show(Math.max(0, t.value() - sum), t.unit())
                        + " of the " + figure(t) + " total for the rest" : ", already more than the whole period's " + figure(t)))
                + " (tolerance.arithmetic " + Wording.percent(tol) + ").";
        Effect effect = own ? Effect.CONTEXT : !agree ? Effect.CONTRADICTS : whole ? Effect.SUPPORTS : Effect.CONTEXT;
        Fact authority = effect == Effect.CONTEXT ? null : best.stream().max(Comparator.comparingInt(Fact::tier)).orElseThrow();
        return of(rule, t, effect, agree ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg,
                nums("partsSum", sum, "partsLow", low, "coverage", bestCover, "total", t.value(), "tolerance.arithmetic", tol),
                best.stream().map(Fact::key).toList(), own && !agree ? "the document's parts do not add up to its total" : null, authority);
    }

    /** Shares of one whole in one document that add up to more than all of it. Null when they fit. */
    public Finding sharesOverWhole(String rule, Fact c, Collection<Fact> shares) {
        Map<String, Fact> bySubject = new LinkedHashMap<>();
        for (Fact f : shares) if (Calc.overlapping(c, f) && f.subject() != null) bySubject.putIfAbsent(f.subject(), f);
        if (bySubject.size() < 2) return null;
        double low = bySubject.values().stream().mapToDouble(f -> Math.max(0, f.low())).sum();
        if (low <= 100) return null;
        String list = String.join(", ", bySubject.values().stream().map(f -> who(f.subject()) + " " + figure(f)).toList());
        return of(rule, c, Effect.CONTEXT, FindingKind.REAL_CONTRADICTION, "The document's shares of " + who(c.object()) + " (" + list
                + ") add up to at least " + Wording.plain(low) + "%, more than the whole.", nums("sharesSum", low),
                bySubject.values().stream().map(Fact::key).toList(), "shares of " + who(c.object()) + " in this document add up to over 100%", null);
    }

    /** A share of a whole outside 0–100%. */
    public Finding impossibleShare(String rule, Fact c) {
        return of(rule, c, Effect.CONTRADICTS, FindingKind.REAL_CONTRADICTION,
                "A share of a whole must lie between 0% and 100%; the claim gives " + figure(c) + ".", nums("claimed", c.value()), List.of(), null, null);
    }

    // ---- comparison and ranking ----

    /** The best-known value of a claim's quantity: the most authoritative trusted evidence, else the claim itself. */
    Fact best(Fact c, Collection<Fact> evidence) {
        return evidence.stream()
                .filter(e -> !e.docId().equals(c.docId()) && e.isTrusted() && e.isHasValue() && Calc.sameParties(c, e)
                        && Objects.equals(e.unit(), c.unit()) && Calc.samePeriod(c, e, settings))
                .min(Comparator.<Fact>comparingInt(Fact::tier).thenComparing(Fact::published, Comparator.nullsLast(Comparator.reverseOrder())))
                .orElse(c);
    }

    /** "A exceeds B" (or less than, equals, N times) re-checked with the best-known values of both sides. */
    public Finding comparison(String rule, Fact c, Fact a, Fact b, Collection<Fact> evA, Collection<Fact> evB) {
        Fact ba = best(a, evA), bb = best(b, evB);
        boolean evidenced = ba != a && bb != b;
        String op = c.compareOp();
        Boolean holds;
        double ratio = ba.value() / bb.value();
        switch (op) {
            case "exceeds" -> holds = ba.low() > bb.high() ? Boolean.TRUE : ba.high() < bb.low() ? Boolean.FALSE : null;
            case "less-than" -> holds = ba.high() < bb.low() ? Boolean.TRUE : ba.low() > bb.high() ? Boolean.FALSE : null;
            case "equals" -> holds = Calc.overlap(ba.low(), ba.high(), bb.low(), bb.high());
            default -> {
                double f = c.claim().compares().factor();
                double lo = ba.low() / bb.high(), hi = ba.high() / bb.low();
                holds = Calc.overlap(lo, hi, f * (1 - settings.arithmetic()), f * (1 + settings.arithmetic()));
            }
        }
        String sides = who(a.subject()) + "'s " + metric(a) + " " + figure(ba) + (ba != a ? " (" + ba.doc().publisher() + ")" : " (as claimed)")
                + " against " + who(b.subject()) + "'s " + metric(b) + " " + figure(bb) + (bb != b ? " (" + bb.doc().publisher() + ")" : " (as claimed)");
        String verdict = holds == null ? "cannot be settled: the two ranges overlap"
                : holds ? "holds" : "does not hold";
        String msg = "Recomputed with the best-known values, " + sides + ": \u201c" + op.replace('-', ' ') + "\u201d " + verdict
                + " (ratio " + Wording.plain(ratio) + ")" + (evidenced ? "." : "; at least one side rests only on the article's own figure.");
        Effect effect = holds == null ? Effect.CONTEXT : !evidenced ? Effect.CONTEXT : holds ? Effect.SUPPORTS : Effect.CONTRADICTS;
        Fact authority = evidenced ? (ba.tier() >= bb.tier() ? ba : bb) : null;
        List<String> used = new ArrayList<>(List.of(a.key(), b.key()));
        if (ba != a) used.add(ba.key());
        if (bb != b) used.add(bb.key());
        return of(rule, c, effect, holds != null && !holds ? FindingKind.REAL_CONTRADICTION : FindingKind.AGREEMENT, msg,
                nums("left", ba.value(), "right", bb.value(), "ratio", ratio), used, null, authority);
    }

    /**
     * "A is N times B" where B covers a span of another length than A: B's figure over A's span, from a
     * trusted source, and the ratio recomputed like for like.
     */
    public Finding sameSpan(String rule, Fact c, Fact a, Fact b, Fact bOverA, Effect effect) {
        double factor = c.claim().compares().factor();
        double ratio = a.value() / bOverA.value();
        String msg = "The comparison sets " + who(a.subject()) + "'s " + metric(a) + " for " + a.getPeriodLabel() + " (" + figure(a)
                + ") against " + who(b.subject()) + "'s for " + b.getPeriodLabel() + " (" + figure(b) + "); over the same span, " + cite(bOverA)
                + " gives " + figure(bOverA) + ", so the ratio is " + Wording.plain(a.value()) + " / " + Wording.plain(bOverA.value()) + " = "
                + Wording.plain(ratio) + (effect == Effect.SUPPORTS ? ", about the claimed " : ", not the claimed ") + Wording.plain(factor)
                + " (tolerance.arithmetic " + Wording.percent(settings.arithmetic()) + ").";
        return of(rule, c, effect, effect == Effect.SUPPORTS ? FindingKind.AGREEMENT : FindingKind.DIFFERENT_PERIOD, msg,
                nums("left", a.value(), "right", bOverA.value(), "ratio", ratio, "claimedFactor", factor, "tolerance.arithmetic", settings.arithmetic()),
                List.of(bOverA.key(), a.key(), b.key()), "compares " + a.getPeriodLabel() + " with " + b.getPeriodLabel(), bOverA);
    }

    /** A commitment over several years set against one year's flow. */
    public Finding commitmentAgainstYear(String rule, Fact c, Fact commitment, Fact flow, Double term) {
        String msg = "The comparison sets " + metric(commitment) + " running over about " + Wording.plain(term) + " years against one year's "
                + metric(flow) + ": the two are not like for like.";
        return of(rule, c, Effect.CONTEXT, FindingKind.DIFFERENT_PERIOD, msg, nums("termYears", term),
                List.of(commitment.key(), flow.key()), "compares a multi-year commitment with one year's " + metric(flow), null);
    }

    static String ordinal(int n) {
        return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; });
    }

    // ---- temporal ----

    /** The days between two events, recomputed from their dates in the sources. */
    public Finding gap(String rule, Fact c, Collection<Fact> events) {
        var g = c.getGap();
        Fact from = event(c, g.from(), events), to = event(c, g.to(), events);
        if (from == null || to == null) {
            return note(rule, c, FindingKind.NOT_CHECKABLE, "No dated source was found for "
                    + (from == null ? describe(g.from()) : describe(g.to())) + ", so the gap cannot be recomputed.", null);
        }
        long days = Calc.daysBetween(from.start(), to.start());
        boolean agree = c.low() <= days && days <= c.high();
        boolean evidenced = !from.docId().equals(c.docId()) && !to.docId().equals(c.docId());
        String msg = describe(g.from()) + " on " + from.start() + " (" + from.doc().publisher() + ") to " + describe(g.to()) + " on " + to.start()
                + " (" + to.doc().publisher() + ") is " + days + " days" + (agree ? ", as claimed (" : ", not the claimed ") + figure(c) + (agree ? ")." : ".");
        Fact authority = from.tier() >= to.tier() ? from : to;
        return of(rule, c, !evidenced ? Effect.CONTEXT : agree ? Effect.SUPPORTS : Effect.CONTRADICTS,
                agree ? FindingKind.AGREEMENT : FindingKind.REAL_CONTRADICTION, msg, nums("computedDays", days, "claimed", c.value()),
                List.of(from.key(), to.key()), null, evidenced ? authority : null);
    }

    private Fact event(Fact c, org.claimgraph.model.Claim.EventRef ref, Collection<Fact> events) {
        return events.stream()
                .filter(e -> e.start() != null && e.metric() != null && e.metric().equals(ref.metric()) && e.isTrusted()
                        && (Objects.equals(e.subject(), ref.subject()) && (ref.object() == null || Objects.equals(e.object(), ref.object()))
                            || ref.object() != null && Objects.equals(e.subject(), ref.object()) && Objects.equals(e.object(), ref.subject())))
                .min(Comparator.<Fact>comparingInt(e -> e.docId().equals(c.docId()) ? 1 : 0).thenComparingInt(Fact::tier))
                .orElse(null);
    }

    private String describe(org.claimgraph.model.Claim.EventRef r) {
        return who(r.subject()) + (r.object() == null ? "" : "–" + who(r.object())) + " " + vocabulary.metricLabel(r.metric());
    }

    /** A statement years older than the article that presents it as current. */
    public Finding dated(String rule, Fact c, Fact e) {
        double years = Calc.yearsBetween(e.start(), c.published());
        String msg = cite(e) + " records it in " + e.getPeriodLabel() + ", " + Math.round(years) + " years before the article, which presents it as current"
                + " (dated.years " + Wording.plain(settings.datedYears()) + ").";
        return of(rule, c, Effect.CONTEXT, FindingKind.OUTDATED, msg, nums("yearsOld", years, "dated.years", settings.datedYears()),
                List.of(e.key()), "dated: said in " + e.getPeriodLabel(), null);
    }

    // ---- sourcing ----

    public Finding attributionFound(String rule, Fact c, Fact e) {
        String said = e.getSaid() == null ? "" : ": \u201c" + e.getSaid() + "\u201d";
        String msg = cite(e) + " records " + who(e.claimant()) + " saying it" + (e.getPeriodLabel() == null ? "" : " (" + e.getPeriodLabel() + ")") + said + ".";
        return of(rule, c, Effect.SUPPORTS, FindingKind.AGREEMENT, msg, Map.of(), List.of(e.key()), null, e);
    }

    public Finding attributionNotFound(String rule, Fact c, Collection<Fact> others) {
        Set<String> who = new LinkedHashSet<>();
        others.forEach(o -> who.add(who(o.claimant()) + " (" + o.doc().publisher() + ")"));
        String msg = "No source records " + who(c.claimant()) + " saying this; the substance is reported from " + String.join(", ", who) + ".";
        List<String> used = others.stream().map(Fact::key).toList();
        return of(rule, c, Effect.CONTEXT, FindingKind.ATTRIBUTION_NOT_FOUND, msg, Map.of(), used, "misattributed", null);
    }

    public Finding paraphrase(String rule, Fact c, Fact e) {
        String msg = "The words differ from the source's: the article has \u201c" + c.getSaid() + "\u201d, " + e.doc().publisher()
                + " records \u201c" + e.getSaid() + "\u201d.";
        return of(rule, c, Effect.CONTEXT, FindingKind.PARAPHRASE, msg, Map.of(), List.of(e.key()), "paraphrase", null);
    }

    public Finding oneForMany(String rule, Fact c, Collection<Fact> found) {
        Set<String> names = new LinkedHashSet<>();
        List<String> used = new ArrayList<>();
        for (Fact f : found) if (Calc.claimantMatches(c, f)) { names.add(who(f.claimant())); used.add(f.key()); }
        String msg = "The claim credits \u201c" + who(c.claimant()) + "\u201d, but the sources record only " + String.join(", ", names) + ".";
        return of(rule, c, Effect.CONTEXT, FindingKind.PARAPHRASE, msg, nums("speakersFound", names.size()), used, "one " + (c.claimant().equals("analysts") ? "analyst" : "expert") + " (" + String.join(", ", names) + ") presented as " + who(c.claimant()), null);
    }

    /** Sets of facts as lists for the builders. */
    public static List<Fact> list(Collection<?> objects) {
        List<Fact> out = new ArrayList<>();
        for (Object o : objects) out.add((Fact) o);
        return out;
    }
}
