package org.claimgraph.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.vocab.Vocabulary;
import org.claimgraph.vocab.Wording;
import org.claimgraph.model.Effect;
import org.claimgraph.model.Finding;
import org.claimgraph.model.FindingKind;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Settings;

/**
 * The rules' global: settings, names for readers, and what every family's finding builders share (the
 * figure as written, citations, the finding record). Each family's builders are a class of their own
 * (ArithmeticFindings, ComparisonFindings, …) that the .drl files call; the rules decide when one applies.
 */
public final class Context {

    private final Vocabulary vocabulary;
    private final Settings settings;

    Context(Vocabulary vocabulary, Settings settings) {
        this.vocabulary = vocabulary;
        this.settings = settings;
    }

    public Settings getSettings() { return settings; }

    // ---- the session's claims by key ----

    /**
     * The session's facts by key. A rule that looks a claim up by a key a finding or comparison names reads it
     * here ({@code Fact(...) from ctx.fact(key)}) rather than joining every fact: a join held each fact in an
     * index per pattern, a sixth of the evidence rules' time, for the few pairs of findings that meet.
     */
    private final Map<String, Fact> facts = new java.util.HashMap<>();

    /** Makes {@code f} one the rules can look up; done for every fact before the rules fire (facts never change). */
    void add(Fact f) { facts.put(f.key(), f); }

    /** The session's fact of the claim {@code key}, as a list of one, or none. */
    public List<Fact> fact(String key) {
        Fact f = key == null ? null : facts.get(key);
        return f == null ? List.of() : List.of(f);
    }

    /** The session's facts of the claims {@code keys}, in their order; keys without one are left out. */
    public List<Fact> facts(Collection<String> keys) {
        List<Fact> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            Fact f = facts.get(k);
            if (f != null) out.add(f);
        }
        return out;
    }

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

    /** Whether the two figures' measures may be one the other's whole or part, by their names ({@link Vocabulary#namesNest}). */
    public boolean measuresNest(Fact a, Fact b) { return vocabulary.namesNest(a.metric(), b.metric()); }

    Vocabulary vocabulary() { return vocabulary; }

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
     * The claim's figure as it was written (3 GW, 2,300 acres, £300 a week), with the yearly rate a weekly
     * one makes; a bound says so ("more than $8B", "at most 300").
     */
    public String figure(Fact f) { return figures.computeIfAbsent(f, this::written); }

    /** Figures as written, by fact: a source's figure is told in the finding of every claim it bears on. */
    private final Map<Fact, String> figures = new java.util.IdentityHashMap<>();

    private String written(Fact f) {
        Quantity q = f.claim().value();
        String b = Bounds.word(f);
        if (q == null) return b + (f.per() != null ? Wording.show(f.value(), f.unit()) + " " + Wording.a(f.per()) : Wording.show(f.value(), f.unit()));
        String v = b + Wording.show(q.value(), q.unit(), q.noun()) + vocabulary.forOne(q.basis());
        if (q.per() == null) return v;
        v += " " + Wording.a(q.per());
        if (q.per().equals(f.per())) return v;
        String factor = new java.math.BigDecimal(vocabulary.perFactor(q.per())).round(new java.math.MathContext(7)).stripTrailingZeros().toPlainString();
        return v + " (" + Wording.show(f.value(), f.unit(), q.noun()) + " " + Wording.a(f.per()) + " at " + factor + " " + q.per() + "s " + Wording.a(f.per()) + ")";
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

    /** " (low to high as the figures are rounded)" for a computed interval, or nothing when the two ends read alike; an open end as a bound. */
    static String spread(double low, double high, String unit) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) return " (" + Wording.range(low, high, unit) + " as the figures are bounds)";
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

    // ---- arithmetic ----

    /** One side of an arithmetic tension, as context until resolve finds evidence backing the other side. */
    public static Finding tension(Tension t) {
        return new Finding(t.rule(), t.claim(), Effect.CONTEXT, FindingKind.REAL_CONTRADICTION, t.message(), t.numbers(),
                List.of(t.other()), "inconsistent with another claim (" + t.other() + ")", 0, null);
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

    static String ordinal(int n) {
        return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; });
    }

    // ---- temporal ----

    // ---- sourcing ----

    /** Sets of facts as lists for the builders. */
    public static List<Fact> list(Collection<?> objects) {
        List<Fact> out = new ArrayList<>();
        for (Object o : objects) out.add((Fact) o);
        return out;
    }
}
