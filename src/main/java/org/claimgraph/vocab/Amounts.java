package org.claimgraph.vocab;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Settings;

/**
 * The one reader of figures as people write them, for claim documents and for extraction alike.
 *
 * <p>{@link #read(String, String)} reads ONE figure, as written, in the document's language
 * ({@code "zh"}, {@code "zh-Hant"}, {@code "en"}, {@code "es"}, … ; null reads like English), into an
 * {@link Amount}: its value in base units, the interval the form implies, the unit words left over,
 * the qualifiers its cue words carry, and whether it was a range. What it reads:
 * <ul>
 * <li>Digits with the language's marks: {@code 7,200}, {@code 886.3}; for es/fr/de/it/pt (and other
 *     decimal-comma languages) {@code 1.234,5}, {@code 3,5}, {@code 2 340}; a lone point followed by
 *     other than three digits is a decimal mark in any language ({@code 3.5 millones}), a lone comma so in a
 *     decimal-point language is refused, naming the point ({@code 1,5 million} in English).</li>
 * <li>Feet and inches, one length in inches: {@code 6 feet 2 inches}, {@code 6 ft 2 in}, {@code 6'2"}, {@code 6-foot-2} (74).</li>
 * <li>Magnitudes: 万/萬 10⁴, 亿/億 10⁸, 万亿/萬億 and 兆 10¹² (兆瓦, 千克: a unit prefix, left to
 *     the unit), Chinese numerals with 十百千 and 两/兩 ({@code 三千五百万}, {@code 一百二十},
 *     {@code 一万五} = 15000), financial numerals (壹贰叁); thousand, million(s), billion(s),
 *     trillion(s), k, m, mn, bn, b, tn, t, lakh, crore; mil (es/pt 10³), millones, mil millones 10⁹,
 *     millardo, billón/billones 10¹² (and "billion" 10¹² in fr/de, bilione, bilião), Mio., Mrd.,
 *     milliard(s); "240 millions" is 2.4 × 10⁸ with no unit.</li>
 * <li>Words: English number words ({@code three million}, {@code twenty-five}, {@code a hundred});
 *     fractions as shares in percent ({@code half}, {@code a third}, {@code two-thirds},
 *     {@code a quarter}, {@code one in five}, 三分之一, 一半); {@code half a million} is 500000.</li>
 * <li>Percent and multiples: {@code %}, {@code per cent}, {@code percent}, {@code por ciento},
 *     百分之三十 (all unit "percent"), 三成 30%, 两成半 25%; {@code percentage points}, 个百分点
 *     (unit "percentage-point"); 两倍, 翻倍 (2), 翻两番 (4), {@code twice}, {@code doubled},
 *     {@code tripled}, {@code 3x}, {@code 17 times}, {@code 10-fold} (unit "times", the factor).</li>
 * <li>Currency signs before or after: {@code $3.5B}, {@code US$}, {@code £2bn}, {@code €40m},
 *     {@code 40 €}, {@code HK$}, {@code NT$}, {@code ¥} (CNY; JPY when the language is ja),
 *     {@code ₹}, {@code R} (ZAR), an ISO code ({@code USD 5 billion}), 人民币/RMB, 新台币/新台幣, 港币, 美金:
 *     unit the ISO 4217 code (a noun repeating it after the number, 元 or "dollars", is dropped).</li>
 * <li>Cue words before or after ({@link Cues}): 超过/超過/逾/over/more than ({@code MORE_THAN}),
 *     至少/at least/以上 ({@code AT_LEAST}), 最多/up to/以内 ({@code UP_TO}), 近/将近/almost/nearly
 *     ({@code ALMOST}), 不到/不足/less than/fewer than/under ({@code LESS_THAN}),
 *     约/約/左右/about/around/roughly ({@code ABOUT}), and the same in es/fr/de/it/pt; 高达/高達/多达/as high
 *     as/as much as/as many as stress the figure and leave it as it is.</li>
 * <li>多/余/餘 after a number: {@code 4000多億} is at least 4000亿 and below 5000亿 (the width of
 *     the last non-zero digit before 多), qualifier {@code MORE_THAN}, value 3 × 10¹¹.</li>
 * <li>Words for nothing, the whole figure: {@code none}, {@code nil}, {@code nothing}, {@code nada},
 *     {@code ninguno}/{@code ninguna}, 无/無, 没有/沒有: exactly 0 (low = high = 0, {@link Amount#nothing()}), as
 *     "not any" is not a rounding. A numeral for zero ({@code 0}, {@code zero}, 零, {@code 0%}) keeps its written
 *     precision like any numeral ({@code 0%} is often 0.4% rounded down). A cue word that would size a word
 *     for nothing ({@code almost nothing}) is refused ({@link #sizedNothing}).</li>
 * <li>Ranges: {@code 500~600亿}, {@code 500至600亿}, {@code 2–3%}, {@code 2-3%},
 *     {@code 2 to 3 million}, {@code between 2 and 3 million}, {@code $2bn-$3bn}: the left end takes the
 *     right end's magnitude and unit when it has none; the value is the midpoint, [low, high] the two
 *     ends as written, {@link Amount#range()} true.</li>
 * </ul>
 *
 * <p>The interval: a plain figure means ± half its last significant place, with at least two
 * significant digits ({@code 2.7万亿} is 2.65–2.75 × 10¹², {@code 200 billion} 195–205 × 10⁹, a
 * number before a magnitude word counts alone: {@code 3 million} is 2.5–3.5 × 10⁶); a word
 * fraction is a rounded share, ± 10% of itself ({@code a third} 30–36.7%). Qualifiers then change it:
 * ABOUT widens each side by {@link Settings#about()} of the value; MORE_THAN and AT_LEAST start at the
 * value and leave the top open (+∞), as does CONSERVATIVE_ESTIMATE; UP_TO leaves the bottom open
 * (−∞) and keeps the rounding above; LESS_THAN is (−∞, value]; ALMOST is [value − 2 × about, value], and for a
 * figure below zero (a fall) [value, value + 2 × about]: nearly as large a fall, short of it.
 *
 * <p>Refusals are {@link IllegalArgumentException}s naming the figure: {@code malformed number "…"}
 * for what is no number, {@code number too large "…": more than 10^18} for what no quantity reaches.
 */
public final class Amounts {
    private Amounts() {}

    /** Nothing a fact-checker counts in base units reaches this (world GDP is about 10^14 USD). */
    static final double MAX = 1e18;
    /** A figure beyond {@link #MAX}: a number, but none a claim can hold. */
    public static final class TooLarge extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) { super(message); }
    }

    /** A spelled-out fraction or multiple is rounded: "a third" is 30–36.7%, "doubled" 1.8–2.2 times. */
    static final double FRACTION_PRECISION = 0.10;

    /**
     * One figure as read. {@link #value()} is in base units (亿 = 10⁸, billion = 10⁹, percent as 34,
     * not 0.34); {@link #low()}/{@link #high()} the interval the form and its qualifiers imply
     * (infinite on an open side); {@link #unit()} the unit words left over ("美元", "people",
     * "acres"), an ISO 4217 code for a currency sign, "percent", "percentage-point" or "times" for
     * the forms read here, null when none; {@link #qualifiers()} what the cue words said;
     * {@link #range()} whether two ends were written; {@link #precision()} half the last
     * significant place (0 for a range); {@link #figure()} the text read.
     */
    public static final class Amount {
        private final String figure, unit;
        private final double value, low, high, precision;
        private final Set<Qualifier> qualifiers;
        private final boolean range;
        /** What the form alone says, kept to recompute the interval under more qualifiers. */
        private final double odd, endLow, endHigh;
        /** A word for nothing ("none", 没有): exactly 0, whatever the qualifiers. */
        private final boolean nothing;

        Amount(String figure, double value, String unit, Set<Qualifier> qualifiers, boolean range, double precision,
               double odd, double endLow, double endHigh, Settings s) {
            this(figure, value, unit, qualifiers, range, precision, odd, endLow, endHigh, false, s);
        }

        Amount(String figure, double value, String unit, Set<Qualifier> qualifiers, boolean range, double precision,
               double odd, double endLow, double endHigh, boolean nothing, Settings s) {
            this.figure = figure;
            this.value = value;
            this.unit = unit;
            this.qualifiers = Collections.unmodifiableSet(qualifiers.isEmpty() ? EnumSet.noneOf(Qualifier.class) : EnumSet.copyOf(qualifiers));
            this.range = range;
            this.precision = precision;
            this.odd = odd;
            this.endLow = endLow;
            this.endHigh = endHigh;
            this.nothing = nothing;
            double[] b = nothing ? new double[] {0, 0} : bounds(s);
            this.low = b[0];
            this.high = b[1];
        }

        public String figure() { return figure; }
        public double value() { return value; }
        public double low() { return low; }
        public double high() { return high; }
        public String unit() { return unit; }
        public Set<Qualifier> qualifiers() { return qualifiers; }
        public boolean range() { return range; }
        public double precision() { return precision; }
        /** Whether the figure is a word for nothing ("none", "nil", 没有): exactly 0, low = high = 0. */
        public boolean nothing() { return nothing; }

        /** The same figure with more qualifiers (e.g. a claim's "qualifiers" field) and the interval they imply. */
        public Amount qualified(Set<Qualifier> more, Settings s) {
            Set<Qualifier> all = EnumSet.noneOf(Qualifier.class);
            all.addAll(qualifiers);
            all.addAll(more);
            return new Amount(figure, value, unit, all, range, precision, odd, endLow, endHigh, nothing, s);
        }

        /** As a stored quantity in the given unit id, with an optional rate period. */
        public Quantity quantity(String unitId, String per) { return new Quantity(value, unitId, low, high, figure, per); }

        private double[] bounds(Settings s) {
            Set<Qualifier> q = qualifiers;
            double v = value, a = Math.abs(v) * s.about();
            // in decimal, so 1.4 ± 0.05 is [1.35, 1.45], not [1.3499999999999999, 1.45]
            double lo = range ? endLow : decimal(v).subtract(decimal(precision)).doubleValue();
            double hi = range ? endHigh : decimal(v).add(decimal(precision)).doubleValue();
            if (q.contains(Qualifier.ABOUT)) {
                lo -= range ? Math.abs(endLow) * s.about() : a;
                hi += range ? Math.abs(endHigh) * s.about() : a;
            }
            boolean floor = q.contains(Qualifier.MORE_THAN) || q.contains(Qualifier.AT_LEAST) || q.contains(Qualifier.CONSERVATIVE_ESTIMATE);
            if (odd > 0) return new double[] {v, v + odd}; // 4000多亿: from 4000亿, below 5000亿
            // "more than 3 billion" is a floor as written, not a rounded figure; an estimate stays rounded
            if (q.contains(Qualifier.MORE_THAN) || q.contains(Qualifier.AT_LEAST)) lo = range ? endLow : Math.max(lo, v);
            if (floor) return new double[] {lo, Double.POSITIVE_INFINITY};
            double top = range ? endHigh : v;
            if (q.contains(Qualifier.LESS_THAN)) return new double[] {Double.NEGATIVE_INFINITY, top};
            // a fall "almost 17%" (-17) falls just short of 17%: toward zero, -17 to -15.3, not below -17
            if (q.contains(Qualifier.ALMOST) && !range && v < 0) return new double[] {v, v + 2 * a};
            if (q.contains(Qualifier.ALMOST)) return new double[] {(range ? endLow : v) - 2 * a, top};
            if (q.contains(Qualifier.UP_TO)) return new double[] {Double.NEGATIVE_INFINITY, hi};
            return new double[] {lo, hi};
        }

        private static java.math.BigDecimal decimal(double d) { return java.math.BigDecimal.valueOf(d); }

        @Override public String toString() {
            return figure + " = " + value + " [" + low + ", " + high + "] " + unit + " " + qualifiers + (range ? " range" : "");
        }
    }

    /**
     * The text before a figure without the qualifiers that end it ("fell by more than " → "fell by",
     * 少了逾 → 少了): what the words before a figure say once its own cue words are set aside.
     */
    public static String withoutQualifiers(String before) {
        String b = before.stripTrailing();
        for (boolean cut = true; cut; ) {
            cut = false;
            String low = b.toLowerCase(java.util.Locale.ROOT);
            for (Cues.Cue c : Cues.BEFORE) {
                int at = low.length() - c.words().length();
                if (at < 0 || !low.endsWith(c.words())) continue;
                boolean latin = Character.isLetter(c.words().charAt(0)) && !Cues.isCjk(c.words().charAt(0));
                if (latin && at > 0 && Character.isLetter(low.charAt(at - 1))) continue;
                b = b.substring(0, at).stripTrailing();
                cut = true;
                break;
            }
        }
        return b;
    }

    /** The qualifiers that size a figure's interval (as against estimate, projection, paraphrase …). */
    public static final Set<Qualifier> SIZING = Collections.unmodifiableSet(EnumSet.of(Qualifier.ABOUT, Qualifier.MORE_THAN,
            Qualifier.AT_LEAST, Qualifier.UP_TO, Qualifier.LESS_THAN, Qualifier.ALMOST, Qualifier.CONSERVATIVE_ESTIMATE));

    /** The refusal of a word for nothing with a qualifier that would size it ("almost nothing", "none" and about). */
    public static String sizedNothing(String figure) {
        return "\"" + figure + "\" is a word for nothing, exactly 0, and takes no qualifier that sizes it (about, more than, almost …);"
                + " write the figure instead (\"less than 1%\", \"0\")";
    }

    /**
     * Where a Chinese "several" (数, 几, 好几) before the magnitudes at {@code at} starts (数十万: the 数), so that a
     * figure is read as the range it means (20~99万), not as its magnitude alone; -1 when there is none.
     */
    public static int severalBefore(String text, int at) {
        for (int from = Math.max(0, at - 2); from < at; from++) {
            java.util.regex.Matcher m = FigureReader.VAGUE_ZH.matcher(text).useTransparentBounds(true).region(from, text.length());
            if (m.lookingAt() && m.start(2) == at) return from;
        }
        return -1;
    }

    /** Where an English plural of a magnitude starting at {@code at} ends ("hundreds", "tens of thousands"), or -1. */
    public static int severalEnd(String text, int at) {
        java.util.regex.Matcher m = FigureReader.VAGUE_EN.matcher(text).useTransparentBounds(true).region(at, text.length());
        return m.lookingAt() ? m.end(2) : -1;
    }

    /** Whether a word is a magnitude ("million", "bn", 万, 億) in the language. */
    public static boolean isMagnitude(String word, String lang) {
        return Magnitudes.word(word, lang) != null || Magnitudes.abbreviation(word) != null;
    }

    /** {@link #read(String, String, Settings)} with the default tolerances. */
    public static Amount read(String figure, String lang) { return read(figure, lang, Settings.DEFAULTS); }

    /**
     * Reads one figure as written ("超過2500萬", "3000多億", "between 2 and 3 million", "£2bn",
     * "3,5 millones", "两成半") in the document's language.
     *
     * @throws IllegalArgumentException {@code malformed number "…"} or {@code number too large "…": more than 10^18}
     */
    public static Amount read(String figure, String lang, Settings s) {
        if (figure == null) throw Numerals.malformed("");
        return new FigureReader(figure, lang).read(s);
    }
}
