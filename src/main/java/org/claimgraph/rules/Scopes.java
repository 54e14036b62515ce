package org.claimgraph.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/**
 * Scope of a figure ("real terms", "seasonally adjusted", "regulated fares", "England only"), compared as
 * written after light normalisation. Scope policy: figures of different stated scopes never confirm or
 * contradict each other, except that a count for a whole bounds the count for a part within it
 * ({@link #exceedsWhole}). A claim that states no scope is read against a source's figure without scope (the
 * whole) when one is given; otherwise in whichever scope a source gives that fits it (the scope is named as
 * a caveat), contradicted only when the source's figures disagree in every scope. A claim that states a scope meets a source figure of that scope, or of that scope
 * with more said after a comma ({@link #described}; the evidence rules prefer the scope as written), or a figure without scope when
 * that source gives the subject and metric in no scope at all (its headline figure is the only one).
 */
public final class Scopes {
    private Scopes() {}

    /** Lower case, single spaces, trimmed; null for no scope or a blank one. */
    public static String key(String scope) {
        if (scope == null) return null;
        String k = scope.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return k.isEmpty() ? null : k;
    }

    /**
     * Whether a source's figure is the part a derived share or quotient counts: a figure without scope for a
     * claim without one (or the source's only figure); the claim's scope as written; or a scope whose
     * telling words ({@link ScopeTerms#distinct}) the claim's scope and metric names all say ("men" for a
     * claim of the share of men among people married).
     */
    public static boolean fits(Fact claim, Fact part) {
        if (part.scopeKey() == null) return claim.scopeKey() == null || part.soleScope();
        if (part.scopeKey().equals(claim.scopeKey())) return true;
        return !part.scopeTerms().isEmpty() && claim.described().containsAll(part.scopeTerms());
    }

    /** Whether two figures have the same scope, or none. */
    public static boolean same(Fact a, Fact b) { return java.util.Objects.equals(a.scopeKey(), b.scopeKey()); }

    /** Whether a source's figure speaks to the claim's scope, by the policy above (claim first). */
    public static boolean meet(Fact claim, Fact source) {
        if (claim.scopeKey() == null) return true;
        if (source.scopeKey() == null) return source.soleScope();
        return claim.scopeKey().equals(source.scopeKey()) || described(claim, source);
    }

    /**
     * Whether the source's scope is the claim's as written with more said after a comma, how it is counted or
     * measured ("nurses and health visitors, full-time equivalent" for "nurses and health visitors", "children,
     * absolute poverty after housing costs" for "children"): the claim's scope read one way, as a claim without
     * scope is read in a scope a source gives, the rest named as a caveat. A source's figure in the claim's scope
     * as written comes first (the evidence rules).
     */
    public static boolean described(Fact claim, Fact source) {
        String c = claim.scopeKey(), s = source.scopeKey();
        if (c == null || s == null || c.indexOf(',') >= 0 || c.indexOf('，') >= 0) return false;
        int at = s.indexOf(','), zh = s.indexOf('，');
        int cut = at < 0 ? zh : zh < 0 ? at : Math.min(at, zh);
        return cut > 0 && s.substring(0, cut).strip().equals(c) && !s.substring(cut + 1).isBlank();
    }

    /**
     * Whether the scope of {@code narrow}'s figure lies within the claim's, another scope by its words: whatever
     * it counts, the claim's scope counts too ({@link ScopeTerms#within}; the metric's own names tell nothing).
     * The ranking rules read rivals there as rivals in the claim's scope, able to contradict a rank, never to
     * confirm it (the wider scope's others may be missing).
     */
    public static boolean within(Fact wide, Fact narrow) {
        if (wide.scopeKey() == null || narrow.scopeKey() == null || wide.scopeKey().equals(narrow.scopeKey())) return false;
        // the rules ask it of every rival pair, and reading a scope's words is many times the join's work
        if (WITHIN.size() > MAX_WITHIN) WITHIN.clear();
        return WITHIN.computeIfAbsent(java.util.Arrays.asList(wide.getScope(), narrow.getScope(), wide.metric()), k -> {
            Set<String> names = new HashSet<>(wide.described());
            names.removeAll(wide.scopeTerms()); // described less the scope's telling words: the metric's names
            return ScopeTerms.within(wide.getScope(), narrow.getScope(), names);
        });
    }

    /**
     * Whether a claim's scope can be read in a source's scope within it ({@link #within}), as a claim without scope is
     * read in a scope that fits: for a measure whose parts do not add up (a share, rate, price, change) or an average
     * member's figure; a part of a total counts less than its whole, so its figure says nothing of the whole's.
     */
    public static boolean readWithin(Fact claim, Fact source) {
        return within(claim, source) && (!ADDITIVE.contains(String.valueOf(claim.metricType())) || averaged(claim) && averaged(source));
    }

    /**
     * Whether a claim's figure, in a scope within a source's ({@link #within}), is more than the source's figure
     * for that whole allows: a part counts no more than its whole. Only for counts that add up (a flow, level
     * or count whose unit is a count, none below zero), and read with the rounding tolerance; a whole's figure
     * can contradict a part's this way, never confirm it.
     */
    public static boolean exceedsWhole(Fact part, Fact whole, org.claimgraph.model.Settings s) {
        if (!ADDITIVE.contains(String.valueOf(part.metricType())) || !"count".equals(part.unit()) || whole.low() < 0) return false;
        if (!Double.isFinite(part.low()) || !within(whole, part)) return false;
        double low = Bounds.rounded(part, s.rounding())[0];
        return low > whole.high() || low == whole.high() && (part.lowOpen() || whole.highOpen());
    }

    /**
     * Whether one of the two figures is for a part (a stated scope) of what the other counts without one (the
     * whole), of a measure whose parts add up to it (a total of a flow, level or count, neither below zero; not
     * a level per period or per unit, such as a poverty line a year, which each member has), and the part's
     * figure is the smaller: they differ as a part and its whole do, so neither contradicts the other (a
     * department's budget below a city's, primary pupils below all pupils).
     */
    public static boolean partBelowWhole(Fact c, Fact e) {
        if ((c.scopeKey() == null) == (e.scopeKey() == null)) return false;
        Fact part = c.scopeKey() == null ? e : c, whole = part == c ? e : c;
        return partAndWhole(part, whole) && part.value() < whole.value();
    }

    /**
     * Whether the claim's figure is for a part (a stated scope) of what the source's counts as a whole (no scope), of a
     * measure whose parts add up: the whole's figure bounds the part's from above and can rule it out, but a part's
     * figure near the whole's is not confirmed by it (the rest of the whole may hold much of it).
     */
    public static boolean wholeOfPart(Fact c, Fact e) {
        return c.scopeKey() != null && e.scopeKey() == null && partAndWhole(c, e);
    }

    /** A part's figure and its whole's, of a total that adds up (not a level per period or unit), neither below zero. */
    private static boolean partAndWhole(Fact part, Fact whole) {
        if (!ADDITIVE.contains(String.valueOf(part.metricType()))) return false;
        if (part.per() != null || whole.per() != null || String.valueOf(part.unit()).contains("/")) return false; // a unit with its basis: USD/L
        return part.low() >= 0 && whole.low() >= 0 && !averaged(part) && !inclusive(part);
    }

    /**
     * Whether a scope says its figure is an average or typical member's ("average new car", 平均, 中位数): what one
     * member has, not a total of a part, so it is no part below a whole.
     */
    static boolean averaged(Fact f) { return says(f.getScope(), AVERAGE); }

    /**
     * Whether a scope only says what its figure includes ("including land use", 包括港澳台): the whole counted with
     * that in it, not a part of the whole.
     */
    public static boolean inclusive(Fact f) {
        return f.getScope() != null && INCLUSIVE.matcher(f.getScope().strip()).lookingAt();
    }

    /**
     * Whether a source's figure in money not adjusted for inflation ({@code nominal}: current dollars, 名义) gives way,
     * for a claim without scope of a change over more than a year, to the same source's figure adjusted for it
     * ({@code real}: constant prices, 实际) for the same span: over years, what the money buys is the change.
     */
    public static boolean realOverNominal(Fact claim, Fact real, Fact nominal) {
        if (claim.scopeKey() != null || !CHANGES.contains(String.valueOf(claim.metricType())) || !(Calc.years(claim) > 1)) return false;
        if (!real.docId().equals(nominal.docId()) || !java.util.Objects.equals(real.start(), nominal.start())
                || !java.util.Objects.equals(real.end(), nominal.end())) return false;
        return nominal(nominal) && real.getScope() != null && !nominal(real) && REAL.matcher(real.getScope()).find();
    }

    private static boolean nominal(Fact f) { return f.getScope() != null && NOMINAL.matcher(f.getScope()).find(); }

    private static final Set<String> CHANGES = Set.of("GROWTH", "CHANGE");

    private static final java.util.regex.Pattern NOMINAL = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:not|un)[ -]?adjusted for inflation|\\bnominal\\b|\\bcurrent (?:us )?(?:dollars|prices|pounds|euros)|\\bcash terms"
            + "|名义|名義|名目|现价|現價|当年价|當年價|未扣除|未经通胀|未經通膨");

    private static final java.util.regex.Pattern REAL = java.util.regex.Pattern.compile(
            "(?iu)adjusted for inflation|inflation[ -]adjusted|\\breal\\b|\\bconstant\\b|实际|實際|實質|不变价|不變價|扣除物价|扣除物價|扣除通胀|扣除通膨");

    private static final java.util.regex.Pattern INCLUSIVE = java.util.regex.Pattern.compile(
            "(?iu)(?:including|incl\\.|inclusive of)\\s|(?:包括|包含|含)");

    /** Whether a scope has one of the words: an English one whole, a Chinese one anywhere. */
    private static boolean says(String scope, List<String> words) {
        String s = " " + scope.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String w : words) if (w.chars().allMatch(ch -> ch < 128) ? s.contains(" " + w + " ") : s.contains(w)) return true;
        return false;
    }

    private static final List<String> AVERAGE = List.of("average", "mean", "median", "typical", "平均", "中位数", "中位數", "人均");

    /**
     * Whether the claim gives what every member of a group gets: its scope says all or every (每, 所有), and its
     * figure is a level paid or charged per period (a pension a month, a bill a year), which each member has,
     * not a total of them.
     */
    public static boolean everyMember(Fact c) {
        return c.getScope() != null && c.per() != null && "LEVEL".equals(c.metricType()) && says(c.getScope(), EVERY);
    }

    private static final List<String> EVERY = List.of("all", "every", "each", "any", "所有", "全部", "全体", "全體", "每个", "每個", "每位", "每名", "人人", "任何");

    /**
     * Whether a range of money claimed without scope fits neither reading of the whole that one source's figures for its
     * classes leave ({@code classes}: that source's figures on two or more scopes, none for the whole): some class's
     * figure lies outside the range, so it is not the spread of what the members pay, and the classes' figures come
     * to more than its top end, so it is not the whole's total ("a fine of 3,600 to 7,200" against 1,800, 2,700 and
     * 3,600 by vehicle). One class's figure inside it then says nothing of the claim.
     */
    public static boolean classesBeyondRange(Fact claim, List<Fact> classes, org.claimgraph.model.Settings s) {
        if (claim.scopeKey() != null || !claim.isMoney() || !ADDITIVE.contains(String.valueOf(claim.metricType())) || !ranged(claim)) return false;
        java.util.Map<String, Double> least = new java.util.HashMap<>(); // a scope given twice (two overlapping periods) counts once
        boolean outside = false;
        for (Fact f : classes) {
            if (f.scopeKey() == null || !(f.low() >= 0)) return false;
            least.merge(f.scopeKey(), f.low(), Math::min);
            outside |= Bounds.agreement(claim, f, s) == Bounds.Agreement.DISAGREES;
        }
        double sum = least.values().stream().mapToDouble(Double::doubleValue).sum();
        return least.size() >= 2 && outside && sum > Bounds.rounded(claim, s.rounding())[1];
    }

    /** Whether the claim's figure was written as a range, two ends ("3600–7200", "2至10元"). */
    static boolean ranged(Fact f) {
        String stated = f.claim() == null || f.claim().value() == null ? null : f.claim().value().statedAs();
        if (stated == null) return false;
        try {
            return org.claimgraph.vocab.Amounts.read(stated, f.doc() == null ? "en" : f.doc().language()).range();
        } catch (IllegalArgumentException unread) {
            return false;
        }
    }

    /** Metric types whose figures for the parts of a whole add up to at most the whole's. */
    private static final Set<String> ADDITIVE = Set.of("FLOW", "LEVEL", "COUNT");

    /** Answers of {@link #within} by the two scopes and the metric; emptied when it grows past the bound. */
    private static final java.util.Map<java.util.List<String>, Boolean> WITHIN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_WITHIN = 100_000;

    /**
     * Whether a rival's figure counts against the subject's own for a claimed rank through a scope within the
     * claim's: both in the same scope, or one in the claim's own scope and the other in a scope within it (two
     * scopes both within the claim's, but neither the other, are not like for like).
     */
    public static boolean rivalWithin(Fact claim, Fact own, Fact rival) {
        return same(own, rival) || meet(claim, own) && within(claim, rival) || within(claim, own) && meet(claim, rival);
    }
}
