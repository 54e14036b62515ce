package org.claimgraph.vocab;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.Settings;

/** One reading of one figure for {@link Amounts#read}: cue words, then a range or a single number. */
final class FigureReader {

    /** The figure as written; the same normalised (t) and as written (written), a "several" in either as its range. */
    private final String original, t, written, lang;

    FigureReader(String figure, String lang) {
        this.original = figure;
        // ".312", "-.5", "$.50": a point before the first digit is a decimal one
        figure = LEADING_POINT.matcher(signed(figure)).replaceAll("0.");
        // normalising keeps every index, so each rewrite goes in at the same place in both
        String[] both = {Numerals.normalise(figure), figure};
        for (Rewrite r : IDIOMS) {
            Matcher m = r.pattern().matcher(both[0]);
            if (m.find()) splice(both, m.start(), m.end(), r.as().apply(m));
        }
        Several v = several(both[0]);
        if (v != null) splice(both, v.start(), v.end(), v.range());
        Matcher bare = BARE_MAGNITUDE.matcher(both[0]);
        if (bare.find()) splice(both, bare.start(), bare.start(), "1");
        this.t = both[0];
        this.written = both[1];
        this.lang = lang;
    }

    private static final Pattern LEADING_POINT = Pattern.compile("(?<![\\d.,\\p{L}])\\.(?=\\d)");

    private static void splice(String[] both, int start, int end, String with) {
        for (int i = 0; i < both.length; i++) both[i] = both[i].substring(0, start) + with + both[i].substring(end);
    }

    /** A form read as another that says the same: what matches {@code pattern} is read as {@code as} makes it. */
    private record Rewrite(Pattern pattern, java.util.function.Function<Matcher, String> as) {}

    private static final Map<String, String> MIXED = Map.ofEntries(Map.entry("½", ".5"), Map.entry("⅓", ".33"), Map.entry("⅔", ".67"),
            Map.entry("¼", ".25"), Map.entry("¾", ".75"), Map.entry("⅕", ".2"), Map.entry("⅖", ".4"), Map.entry("⅗", ".6"), Map.entry("⅘", ".8"),
            Map.entry("⅙", ".17"), Map.entry("⅚", ".83"), Map.entry("⅛", ".125"), Map.entry("⅜", ".375"), Map.entry("⅝", ".625"), Map.entry("⅞", ".875"));

    /** Declared before the idioms that use it: static fields are set in the order they are written. */
    private static final Pattern FEET_AND_INCHES = Pattern.compile(
            "(?i)(?<![\\d.,])(\\d{1,2})(?:\\s*(?:feet|foot|ft\\.?)\\s*|\\s*['’′]\\s*|-foot-)(\\d{1,2}(?:\\.\\d+)?)(?:\\s*(?:inches|inch|in\\.?)|\\s*(?:[\"”″]|''|’’))?$");

    private static final List<Rewrite> IDIOMS = List.of(
            // 数以万计 ("counted in tens of thousands") is 数万; 成千上万 and 成百上千 are thousands and hundreds at the least
            new Rewrite(Pattern.compile("(?:数|數)以([十百千万亿]+)计"), m -> "数" + m.group(1)),
            new Rewrite(Pattern.compile("成千上万|成千成万"), m -> "上千"),
            new Rewrite(Pattern.compile("成百上千"), m -> "上百"),
            // 两年半, 2年半, 三个半月: the number and a half of the unit; 半年, 半个月: half of one
            new Rewrite(Pattern.compile("(\\d+|[一二三四五六七八九十两]+)(个?)(年|月|小时|钟头|天|周|星期|世纪)半"),
                    m -> m.group(1) + (m.group(1).matches("\\d+") ? ".5" : "点五") + m.group(2) + m.group(3)),
            new Rewrite(Pattern.compile("(\\d+|[一二三四五六七八九十两]+)个半(月|小时|钟头|星期|世纪)"),
                    m -> m.group(1) + (m.group(1).matches("\\d+") ? ".5" : "点五") + "个" + m.group(2)),
            new Rewrite(Pattern.compile("^半(个?)(年|月|小时|钟头|天|周|星期|世纪)$"), m -> "0.5" + m.group(1) + m.group(2)),
            // "a million and a half", "2 and a half million": one and a half of the magnitude
            new Rewrite(Pattern.compile("(?i)(?<![\\w.,])(a|one|\\d+) (hundred|thousand|million|billion|trillion) and a half(?![\\w])"),
                    m -> (m.group(1).matches("\\d+") ? m.group(1) : "1") + ".5 " + m.group(2)),
            new Rewrite(Pattern.compile("(?<![\\w.,])(\\d+) and a half(?![\\w])"), m -> m.group(1) + ".5"),
            // 2½, 33⅓%, 1¾ hours: a whole number and a fraction, as decimals (two places hold a third within their rounding)
            new Rewrite(Pattern.compile("(?<![\\d.,])(\\d+) ?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"), m -> m.group(1) + MIXED.get(m.group(2))),
            // 6 feet 2 inches, 6 ft 2 in, 6'2", 6-foot-2: one length, in inches (a height is told to the inch)
            new Rewrite(FEET_AND_INCHES, m -> new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(12)).add(new BigDecimal(m.group(2))).toPlainString() + " inches"),
            // "tenfold", "a hundredfold": the number word and its -fold
            new Rewrite(Pattern.compile("(?i)(?<![a-z])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundred|a thousand|thousand)fold(?![a-z])"),
                    m -> m.group(1) + "-fold"),
            // "three times as many": a multiple, whatever it multiplies
            new Rewrite(Pattern.compile("(?i)(?<=\\btimes) as (?:many|much|high|large|big|long|likely)$"), m -> ""));

    /**
     * 万 or 亿 with no numeral before it (近万, 上万, 过亿, 万余人) is one of it, as 千 alone is a thousand; not 万分之
     * (a part in ten thousand), not after a numeral, a run of magnitudes or 多 (数万, 十万, 二十多万) nor before a numeral (万一, in case).
     */
    private static final Pattern BARE_MAGNITUDE = Pattern.compile("(?<![\\d.一二三四五六七八九十两百千万亿零〇~多余几])(?<!\\d )[万亿](?!分之|[\\d一二三四五六七八九十两百千零〇])");

    /**
     * "dozens", "hundreds", "tens of thousands", 数十, 几百, 数十万 (and Traditional 數十萬): a plural of a magnitude says
     * at least two of it and fewer than ten, read as that range (200~999) with whatever follows (人, of people):
     * read as the magnitude alone, "hundreds" would be 100. "Dozens" runs from 20, as 数十 does. Where one is and
     * the range it stands for.
     */
    private record Several(int start, int end, String range) {}

    private static Several several(String t) {
        Matcher teens = TEENS_ZH.matcher(t);
        if (teens.find()) {
            // 十几万 is 110,000 to 199,999, as 二十几 is 21 to 29
            BigDecimal x = teens.group(1).isEmpty() ? BigDecimal.ONE : Numerals.magnitudes(teens.group(1));
            return new Several(teens.start(), teens.end(), range(x.multiply(BigDecimal.valueOf(11)), x.multiply(BigDecimal.valueOf(20))));
        }
        Matcher few = FEW_EN.matcher(t);
        if (few.find()) {
            // "several hundred", "a few thousand": as "hundreds" and "thousands", two to nine of the magnitude
            BigDecimal x = englishMagnitude(few.group(1).toLowerCase(Locale.ROOT));
            if (x != null) return new Several(few.start(), few.end(), range(x.multiply(BigDecimal.valueOf(2)), x.multiply(BigDecimal.TEN)));
        }
        // "several", "a few", "a handful" alone: two to nine, as before a magnitude; "a couple", two or three
        Matcher small = SMALL_EN.matcher(t);
        if (small.find()) {
            boolean couple = small.group(1).toLowerCase(Locale.ROOT).startsWith("a couple");
            return new Several(small.start(), small.end(), couple ? "2~3" : "2~9");
        }
        Matcher zh = VAGUE_ZH.matcher(t);
        if (zh.find()) {
            BigDecimal x = Numerals.magnitudes(zh.group(2));
            return new Several(zh.start(), zh.end(), range(x.multiply(BigDecimal.valueOf(2)), x.multiply(BigDecimal.TEN)));
        }
        Matcher en = VAGUE_EN.matcher(t);
        if (!en.find()) return null;
        String w = en.group(2).toLowerCase(Locale.ROOT);
        BigDecimal x = w.equals("dozens") ? BigDecimal.TEN : englishMagnitude(w.substring(0, w.length() - 1));
        if (x == null) return null;
        if (en.group(1) != null) x = x.multiply(en.group(1).equalsIgnoreCase("tens") ? BigDecimal.TEN : BigDecimal.valueOf(100));
        return new Several(en.start(), en.end(), range(x.multiply(BigDecimal.valueOf(2)), x.multiply(BigDecimal.TEN)));
    }

    private static final Pattern FALL = Pattern.compile("(?i)^\\s*(?:(?:down|minus|negative|fell|dropped|declined|decreased|shrank|(?:an? )?(?:fall|drop|decline|decrease) of)(?: by)?\\s+"
            + "|负|負|零下|(?:下降|减少|減少|下跌|跌|降低|回落|下滑)了?(?!.*倍))(?=\\d|\\.\\d|[一二三四五六七八九十两兩百千零〇])");
    private static final Pattern RISE = Pattern.compile("(?i)^\\s*(?:(?:up|plus|rose|grew|increased|climbed|(?:an? )?(?:rise|increase|jump) of)(?: by)?\\s+|\\+\\s*"
            + "|(?:增长|增長|增加|上升|上涨|上漲|提高)了?(?!.*倍))(?=\\d|\\.\\d|[一二三四五六七八九十两兩百千零〇])");
    /** The same said after the figure: "a 25% increase", "a 3% fall". */
    private static final Pattern AFTER = Pattern.compile("(?i)^\\s*(?:an? )?(\\S.*?)\\s+(increase|rise|jump|fall|drop|decline|decrease)\\s*$");

    /**
     * A number's direction in words or a plus sign ("down 3%", "minus 5", "up by 2", "+12%", "a fall of 3%", "a 25%
     * increase", 负5, 零下3度, 下降3%, 增长25%) as its sign; a multiple (增长一倍) is read as one.
     */
    private static String signed(String figure) {
        Matcher after = AFTER.matcher(figure);
        if (after.matches() && after.group(1).matches(".*\\d.*") && !after.group(1).matches("(?i).*(?:\\b(?:to|and|or)\\b|.[-–~至到]).*")) {
            String w = after.group(2).toLowerCase(Locale.ROOT);
            return (List.of("increase", "rise", "jump").contains(w) ? "" : "-") + after.group(1);
        }
        Matcher fall = FALL.matcher(figure);
        if (fall.find()) return "-" + figure.substring(fall.end());
        Matcher rise = RISE.matcher(figure);
        return rise.find() ? figure.substring(rise.end()) : figure;
    }

    /** hundred, thousand, million …: the magnitudes a plural or "several" multiplies (Magnitudes has no "hundred"). */
    private static BigDecimal englishMagnitude(String singular) {
        return singular.equals("hundred") ? BigDecimal.valueOf(100) : Magnitudes.word(singular, "en");
    }

    /** From {@code low} up to just below {@code end}, as digits. */
    private static String range(BigDecimal low, BigDecimal end) {
        return low.toPlainString() + "~" + end.subtract(BigDecimal.ONE).toPlainString();
    }

    /**
     * 数/几 and the magnitudes after them; not the end of a noun (人数 headcount, 多数 most, 茶几) nor after a numeral
     * (二十几 is 21-29), nor with a digit after (数十二 is no number).
     */
    static final Pattern VAGUE_ZH = Pattern.compile(
            "(?<![人次户戶票件总總指岁歲分系係倍位台臺辆輛架天页頁基多少半无無算礼禮号號函参參变變常茶一二三四五六七八九十两百千万亿零〇\\d])(数|數|几|幾|好几|好幾)([十百千万亿]+)(?![一二三四五六七八九两〇零\\d])");
    private static final Pattern TEENS_ZH = Pattern.compile("(?<![一二三四五六七八九两〇零十百千\\d])十几([百千万亿]*)(?![一二三四五六七八九两〇零\\d])");
    private static final Pattern FEW_EN = Pattern.compile("(?i)(?<![A-Za-z0-9])(?:several|a few) (hundred|thousand|million|billion|trillion)(?![A-Za-z])(?: of(?= \\S))?");
    /** The words alone, as the figure's start: not "several hundred" (read above) nor "a few more". */
    private static final Pattern SMALL_EN = Pattern.compile(
            "(?i)^(several|a few|a handful|a couple)(?: of)?(?![A-Za-z0-9])(?!(?:\\s+of)?\\s+(?:more|less|fewer|times|hundred|thousand|million|billion|trillion|dozen)\\b)");
    static final Pattern VAGUE_EN = Pattern.compile(
            "(?i)(?<![A-Za-z0-9])(?<![0-9] )(?:(tens|hundreds) of )?(dozens|hundreds|thousands|millions|billions|trillions)(?![A-Za-z])(?! of\\s*$)(?: of(?= \\S))?");

    /** One end of a figure: value, precision, width of a 多, unit, and the factor its magnitude words applied. */
    private record Part(BigDecimal value, BigDecimal half, BigDecimal odd, String unit, BigDecimal scale, boolean magnitude) {}

    Amounts.Amount read(Settings settings) {
        int s = 0, e = t.length();
        Set<Qualifier> qs = EnumSet.noneOf(Qualifier.class);
        boolean opener = false;
        boolean odd = false; // "200-odd" is 200-something, bounded as 多 is
        while (true) {
            while (s < e && Character.isWhitespace(t.charAt(s))) s++;
            while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
            String rest = t.substring(s, e);
            Cues.Cue c = Cues.leading(rest);
            if (c != null && c.words().length() < rest.length()) {
                if (c.qualifier() != null) qs.add(c.qualifier());
                s += c.words().length();
                continue;
            }
            String opened = opener ? null : openerOf(rest);
            if (opened != null) { opener = true; s += opened.length(); continue; }
            Cues.Cue after = Cues.trailing(rest);
            if (after != null && after.words().length() < rest.length()) {
                qs.add(after.qualifier());
                odd |= after.words().endsWith("odd");
                e -= after.words().length();
                continue;
            }
            break;
        }
        if (s >= e) throw Numerals.malformed(original);
        if (NOTHING.contains(t.substring(s, e).toLowerCase(Locale.ROOT))) {
            if (!qs.isEmpty() || opener) throw new IllegalArgumentException(Amounts.sizedNothing(original));
            return new Amounts.Amount(original, 0, null, qs, false, 0, 0, 0, 0, true, settings);
        }
        if (opener && t.startsWith("在", s - 1) && t.substring(s, e).endsWith("之间")) e -= 2;

        if (MAJORITY.contains(t.substring(s, e).toLowerCase(Locale.ROOT))) {
            qs.add(Qualifier.MORE_THAN);
            return amount(share(BigDecimal.ONE, BigDecimal.valueOf(2)), null, qs, settings);
        }
        Part one = multiple(s, e);
        if (one == null) one = fraction(s, e);
        if (one != null) return amount(one, null, qs, settings);
        for (int p = s + 1; p < e; p++) {
            int len = separator(p, s, e, opener);
            if (len == 0) continue;
            Part left, right;
            try {
                left = part(s, p);
                right = part(p + len, e);
            } catch (IllegalArgumentException notARange) {
                continue;
            }
            if (left == null || right == null) continue;
            return amount(left, right, qs, settings);
        }
        Part single = part(s, e);
        if (single == null) throw Numerals.malformed(original);
        if (odd && single.odd() == null && single.value().signum() > 0) {
            single = new Part(single.value(), single.half(), BigDecimal.ONE.scaleByPowerOfTen(Numerals.lastNonZeroPlace(single.value())),
                    single.unit(), single.scale(), single.magnitude());
        }
        return amount(single, null, qs, settings);
    }

    /**
     * Words that say there is none at all, as the whole figure, in Simplified and Traditional script: exactly 0,
     * not a numeral's rounding. "zero" and 零 are numerals and keep their precision.
     */
    private static final Set<String> NOTHING = Set.of("none", "nil", "nothing", "nada", "ninguno", "ninguna", "无", "無", "没有", "沒有");

    /** Words for more than half ("a majority of voters", 过半, 大多数), as the whole figure. */
    private static final Set<String> MAJORITY = Set.of("a majority", "the majority", "majority", "most", "过半", "过半数", "大半",
            "大多数", "多数"); // 超半数 and 逾半数 are a cue and 半数

    private String openerOf(String rest) {
        String low = rest.toLowerCase(Locale.ROOT);
        for (String o : Cues.RANGE_OPENERS) {
            if (low.startsWith(o) && low.length() > o.length() && Cues.boundaryAfter(low, o.length(), o)) return o;
        }
        return null;
    }

    private static final List<String> WORD_SEPARATORS = List.of(" to ", " and ", " y ", " a ", " et ", " à ", " und ", " bis ",
            " e ", " até ", " al ");
    private static final String SIGN_SEPARATORS = "~-–—至到";

    /** The length of a range separator at p (between two numbers), or 0. */
    private int separator(int p, int s, int e, boolean opener) {
        char c = t.charAt(p);
        if (c == '-' && "eE^".indexOf(t.charAt(p - 1)) >= 0) return 0; // an exponent's sign (1e-3, 10^-3)
        if (SIGN_SEPARATORS.indexOf(c) >= 0) {
            int q = p + 1;
            while (q < e && t.charAt(q) == ' ') q++;
            if (q >= e) return 0;
            char after = t.charAt(q);
            // a minus sign may open the second end (-18℃至-14℃)
            boolean signed = after == '-' && q + 1 < e && Character.isDigit(t.charAt(q + 1)) && c != '-';
            boolean numAfter = Character.isDigit(after) || signed || "$€£¥₹".indexOf(after) >= 0 || Numerals.hasChineseNumeral(String.valueOf(after));
            return numAfter ? q - p : 0;
        }
        String low = t.toLowerCase(Locale.ROOT);
        for (String w : WORD_SEPARATORS) {
            // the separator's closing space must lie inside the figure ("186,000 a " ends at the a)
            if (low.startsWith(w, p - 1) && p - 1 + w.length() < e && (opener || !w.equals(" and ")) && p - 1 > s) return w.length() - 1;
        }
        if ((c == '和' || c == '与') && opener) return 1;
        return 0;
    }

    private Amounts.Amount amount(Part a, Part b, Set<Qualifier> qs, Settings settings) {
        if (a.odd() != null) qs.add(Qualifier.MORE_THAN);
        if (b == null) {
            check(a.value());
            return new Amounts.Amount(original, a.value().doubleValue(), a.unit(), qs, false, a.half().doubleValue(),
                    a.odd() == null ? 0 : a.odd().doubleValue(), 0, 0, settings);
        }
        BigDecimal lowEnd = a.value();
        if (!a.magnitude() && b.magnitude()) lowEnd = lowEnd.multiply(b.scale());
        String unit = b.unit() != null ? b.unit() : a.unit();
        if (a.unit() != null && b.unit() != null && !a.unit().equals(b.unit())) {
            throw new IllegalArgumentException("range \"" + original + "\": the two ends have different units (" + a.unit() + ", " + b.unit() + ")");
        }
        check(lowEnd);
        check(b.value());
        if (lowEnd.compareTo(b.value()) > 0) {
            throw new IllegalArgumentException("range \"" + original + "\": it runs from high to low; write the lower end first");
        }
        double mid = lowEnd.add(b.value()).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64).doubleValue();
        return new Amounts.Amount(original, mid, unit, qs, true, 0, 0, lowEnd.doubleValue(), b.value().doubleValue(), settings);
    }

    private void check(BigDecimal v) {
        if (v.abs().compareTo(BigDecimal.valueOf(Amounts.MAX)) > 0) {
            String shown = original.length() <= 40 ? original : original.substring(0, 37) + "…";
            throw new Amounts.TooLarge("number too large \"" + shown + "\": more than 10^18");
        }
        // 1e-400: no quantity is that small, and as a double it would be stored as 0
        if (v.signum() != 0 && v.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(-18)) < 0) {
            String shown = original.length() <= 40 ? original : original.substring(0, 37) + "…";
            throw new IllegalArgumentException("number too small \"" + shown + "\": less than 10^-18 and not 0");
        }
    }

    // ---- multiples and fractions written as words ----

    private static final Map<String, Double> MULTIPLES = Map.ofEntries(
            Map.entry("twice", 2.0), Map.entry("doubled", 2.0), Map.entry("double", 2.0), Map.entry("tripled", 3.0), Map.entry("triple", 3.0),
            Map.entry("trebled", 3.0), Map.entry("quadrupled", 4.0), Map.entry("翻倍", 2.0), Map.entry("翻番", 2.0), Map.entry("翻一番", 2.0),
            Map.entry("翻了一番", 2.0), Map.entry("翻一倍", 2.0), Map.entry("翻了一倍", 2.0), Map.entry("翻两番", 4.0), Map.entry("翻了两番", 4.0),
            Map.entry("翻三番", 8.0), Map.entry("翻了三番", 8.0),
            // grown by one time itself: doubled
            Map.entry("增长一倍", 2.0), Map.entry("增长了一倍", 2.0), Map.entry("增加一倍", 2.0), Map.entry("增加了一倍", 2.0),
            Map.entry("增長一倍", 2.0), Map.entry("增長了一倍", 2.0),
            // a fall to half: 0.5 times, a growth of -50%
            Map.entry("halved", 0.5), Map.entry("减半", 0.5), Map.entry("減半", 0.5), Map.entry("腰斩", 0.5), Map.entry("腰斬", 0.5));

    private Part multiple(int s, int e) {
        Double n = MULTIPLES.get(t.substring(s, e).toLowerCase(Locale.ROOT));
        if (n == null) return null;
        // a multiple named by a word is rounded as a spelled-out share is: "doubled" is 1.8-2.2 times, not 1.5-2.5
        BigDecimal v = BigDecimal.valueOf(n);
        return new Part(v, v.multiply(BigDecimal.valueOf(Amounts.FRACTION_PRECISION)), null, "times", BigDecimal.ONE, false);
    }

    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3), Map.entry("quarter", 4),
            Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4), Map.entry("fifth", 5), Map.entry("fifths", 5),
            Map.entry("sixth", 6), Map.entry("sixths", 6), Map.entry("seventh", 7), Map.entry("sevenths", 7), Map.entry("eighth", 8),
            Map.entry("eighths", 8), Map.entry("ninth", 9), Map.entry("ninths", 9), Map.entry("tenth", 10), Map.entry("tenths", 10));
    private static final Pattern FRACTION = Pattern.compile(
            "(?i)(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[ -])?(half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
                    + "(?: of(?: (?:a|an|the))?| a| an)?(?: (.+))?");
    // "one child in ten", "one in every five": a noun of the whole and "every" change nothing
    private static final Pattern ONE_IN = Pattern.compile("(?i)(\\w+)(?: [a-z]+)? (?:in|out of) (?:every )?(\\w+|\\d{1,3}(?:,\\d{3})+)");
    private static final Pattern CN_FRACTION = Pattern.compile("(.+)分之(.+)");
    /** "2/3", "1 / 4": a share, as a spelled-out one is (a figure's own slash is no date in a value). */
    private static final Pattern SLASH_FRACTION = Pattern.compile("(\\d{1,3}) ?/ ?(\\d{1,3})");
    private static final String VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞";
    private static final int[][] VULGAR_PARTS = {{1, 2}, {1, 3}, {2, 3}, {1, 4}, {3, 4}, {1, 5}, {2, 5}, {3, 5}, {4, 5}, {1, 6}, {5, 6},
            {1, 8}, {3, 8}, {5, 8}, {7, 8}};

    /** "a third", "two-thirds", "half a million", "one in five", 三分之一, 一半: a share in percent, or a number. */
    private Part fraction(int s, int e) {
        String f = t.substring(s, e);
        if (f.equals("一半") || f.equals("半数") || f.equals("半")) return share(BigDecimal.ONE, BigDecimal.valueOf(2)); // 近半, 逾半数
        int vulgar = VULGAR.indexOf(f);
        if (f.length() == 1 && vulgar >= 0) return share(BigDecimal.valueOf(VULGAR_PARTS[vulgar][0]), BigDecimal.valueOf(VULGAR_PARTS[vulgar][1]));
        Matcher slash = SLASH_FRACTION.matcher(f);
        if (slash.matches() && Integer.parseInt(slash.group(1)) < Integer.parseInt(slash.group(2))) { // not 24/7, nor a day 12/5
            return share(new BigDecimal(slash.group(1)), new BigDecimal(slash.group(2)));
        }
        Matcher m = CN_FRACTION.matcher(f);
        if (m.matches() && !f.startsWith("百分之") && !f.startsWith("千分之") && !f.startsWith("万分之")) {
            Numerals.Number d = Numerals.chinese(m.group(1), 0, original), n = Numerals.chinese(m.group(2), 0, original);
            if (d == null || n == null || d.end() != m.group(1).length() || n.end() != m.group(2).length() || d.value().signum() == 0) {
                throw Numerals.malformed(original);
            }
            return share(n.value(), d.value());
        }
        m = ONE_IN.matcher(f);
        if (m.matches()) {
            Numerals.Number n = Numerals.words(m.group(1), 0, lang), d = Numerals.words(m.group(2), 0, lang);
            BigDecimal nv = n != null && n.end() == m.group(1).length() ? n.value() : m.group(1).matches("\\d+") ? new BigDecimal(m.group(1)) : null;
            BigDecimal dv = d != null && d.end() == m.group(2).length() ? d.value()
                    : m.group(2).matches("\\d{1,3}(?:,?\\d{3})*|\\d+") ? new BigDecimal(m.group(2).replace(",", "")) : null;
            if (nv != null && dv != null && dv.signum() > 0) return share(nv, dv);
        }
        m = FRACTION.matcher(f);
        if (!m.matches()) return null;
        String count = m.group(1) == null ? "one" : m.group(1).toLowerCase(Locale.ROOT);
        int num = count.equals("a") || count.equals("an") ? 1 : Numerals.words(count, 0, lang).value().intValue();
        int den = DENOMINATORS.get(m.group(2).toLowerCase(Locale.ROOT));
        String rest = m.group(3);
        BigDecimal scale = rest == null ? null : Magnitudes.word(rest, lang);
        String noun = null;
        if (scale == null && rest != null && rest.indexOf(' ') > 0) { // "half a million people": the magnitude, then the noun
            scale = Magnitudes.word(rest.substring(0, rest.indexOf(' ')), lang);
            if (scale != null) noun = stripOf(rest.substring(rest.indexOf(' ') + 1).trim());
        }
        if (scale != null) {
            BigDecimal v = scale.multiply(BigDecimal.valueOf(num)).divide(BigDecimal.valueOf(den), MathContext.DECIMAL64);
            String unit = noun == null ? null : UNIT_FORMS.getOrDefault(noun.toLowerCase(Locale.ROOT), noun);
            return new Part(v, v.multiply(BigDecimal.valueOf(Amounts.FRACTION_PRECISION)), null, unit, scale, true);
        }
        return share(BigDecimal.valueOf(num), BigDecimal.valueOf(den)); // "a third of voters": the rest names the whole
    }

    private static Part share(BigDecimal num, BigDecimal den) {
        BigDecimal pct = num.multiply(BigDecimal.valueOf(100)).divide(den, MathContext.DECIMAL64);
        return new Part(pct, pct.multiply(BigDecimal.valueOf(Amounts.FRACTION_PRECISION)), null, "percent", BigDecimal.ONE, false);
    }

    // ---- one number with its sign, magnitude and unit ----

    private static final List<String> SIGNS = List.of("人民币", "新台币", "台币", "港币", "美金", "RMB", "US$", "HK$", "NT$",
            "AU$", "A$", "CA$", "C$", "NZ$", "S$", "R$", "MX$", "N$", "J$", "TT$", "GH¢", "GH₵", "₵", "E£", "TSh", "USh", "Tk", "৳", "Rp", "₴", "₸", "Rs.", "Rs", "RM", "$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "₫", "฿",
            "₱", "₦", "KSh", "Ksh", "R");
    private static final Set<String> LETTER_SIGNS = Set.of("RM", "TSh", "USh", "Tk", "Rp");
    /** Hundredths of a currency written after the number: 152.3p, 99 pence, 40 cents (of the dollar, as "$" is), 50 euro cents, 5 centimes (of the franc). */
    private static final java.util.Map<String, String> MINOR_UNITS = java.util.Map.ofEntries(java.util.Map.entry("p", "GBP"),
            java.util.Map.entry("pence", "GBP"), java.util.Map.entry("penny", "GBP"), java.util.Map.entry("cents", "USD"),
            java.util.Map.entry("cent", "USD"), java.util.Map.entry("¢", "USD"), java.util.Map.entry("euro cents", "EUR"),
            java.util.Map.entry("euro cent", "EUR"), java.util.Map.entry("céntimos", "EUR"), java.util.Map.entry("centimes", "CHF"),
            java.util.Map.entry("centime", "CHF"));

    /** Nouns that only repeat the currency a sign or word before the number named ("人民币5000亿元", "$5 billion dollars"). */
    private static final Set<String> CURRENCY_NOUNS = Set.of("元", "块", "dollars", "dollar", "yuan", "euros", "euro", "pounds",
            "pound", "rupees", "rand");
    private static final Map<String, String> SIGN_CODES = Map.ofEntries(
            Map.entry("US$", "USD"), Map.entry("HK$", "HKD"), Map.entry("NT$", "TWD"), Map.entry("AU$", "AUD"), Map.entry("A$", "AUD"),
            Map.entry("CA$", "CAD"), Map.entry("C$", "CAD"), Map.entry("NZ$", "NZD"), Map.entry("S$", "SGD"), Map.entry("R$", "BRL"),
            Map.entry("MX$", "MXN"), Map.entry("N$", "NAD"), Map.entry("J$", "JMD"), Map.entry("TT$", "TTD"),
            Map.entry("GH¢", "GHS"), Map.entry("GH₵", "GHS"), Map.entry("₵", "GHS"), Map.entry("E£", "EGP"), Map.entry("TSh", "TZS"),
            Map.entry("USh", "UGX"), Map.entry("Tk", "BDT"), Map.entry("৳", "BDT"), Map.entry("Rp", "IDR"), Map.entry("₴", "UAH"), Map.entry("₸", "KZT"), Map.entry("人民币", "CNY"), Map.entry("RMB", "CNY"), Map.entry("新台币", "TWD"),
            Map.entry("台币", "TWD"), Map.entry("港币", "HKD"), Map.entry("美金", "USD"), Map.entry("Rs.", "INR"), Map.entry("Rs", "INR"), Map.entry("$", "USD"), Map.entry("€", "EUR"),
            Map.entry("£", "GBP"), Map.entry("¥", "CNY"), Map.entry("₹", "INR"), Map.entry("₩", "KRW"), Map.entry("₽", "RUB"),
            Map.entry("₺", "TRY"), Map.entry("₪", "ILS"), Map.entry("₫", "VND"), Map.entry("฿", "THB"), Map.entry("₱", "PHP"),
            Map.entry("₦", "NGN"), Map.entry("KSh", "KES"), Map.entry("Ksh", "KES"), Map.entry("R", "ZAR"), Map.entry("RM", "MYR"));
    private static final Pattern ISO = Pattern.compile("([A-Z]{3}) ?(?=[\\d-])");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}]+\\.?");

    private static final Map<String, String> UNIT_FORMS = Map.ofEntries(
            Map.entry("%", "percent"), Map.entry("per cent", "percent"), Map.entry("percent", "percent"), Map.entry("pct", "percent"), Map.entry("pc", "percent"),
            Map.entry("por ciento", "percent"), Map.entry("pour cent", "percent"), Map.entry("prozent", "percent"),
            Map.entry("per cento", "percent"), Map.entry("por cento", "percent"),
            Map.entry("percentage points", "percentage-point"), Map.entry("percentage point", "percentage-point"),
            Map.entry("pp", "percentage-point"), Map.entry("p.p.", "percentage-point"), Map.entry("ppt", "percentage-point"),
            Map.entry("ppts", "percentage-point"), Map.entry("pts", "percentage-point"),
            Map.entry("个百分点", "percentage-point"), Map.entry("百分点", "percentage-point"),
            Map.entry("puntos porcentuales", "percentage-point"), Map.entry("points de pourcentage", "percentage-point"),
            Map.entry("prozentpunkte", "percentage-point"), Map.entry("punti percentuali", "percentage-point"),
            Map.entry("pontos percentuais", "percentage-point"),
            Map.entry("times", "times"), Map.entry("x", "times"), Map.entry("×", "times"), Map.entry("-fold", "times"),
            Map.entry("fold", "times"), Map.entry("倍", "times"), Map.entry("veces", "times"), Map.entry("fois", "times"),
            Map.entry("mal", "times"));

    /** A power of ten after a mantissa: e6, E-3, ×10^6, x 10^9, ×10⁶ (an exponent past four digits reads as ±9999). */
    private static final Pattern POWER_OF_TEN = Pattern.compile(
            "(?:[eE]([+-]?\\d+)|\\s?[x×]\\s?10(?:\\^([+-]?\\d+)|([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)))(?![\\p{L}\\d])");

    /** A superscript exponent (⁶, ⁻³) in ASCII digits, or null. */
    private static String superscript(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            int d = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            if (d >= 0) b.append(d);
            else if (c == '⁻') b.append('-');
            else if (c != '⁺') return null;
        }
        return b.toString();
    }

    /** The number in [s, e) with its unit words; null when it holds no number. */
    private Part part(int s, int e) {
        int i = s;
        while (i < e && t.charAt(i) == ' ') i++;
        String currency = null;
        Matcher iso = ISO.matcher(t).region(i, e);
        if (iso.lookingAt() && isCurrency(iso.group(1))) { currency = iso.group(1); i = iso.end(); }
        else for (String sign : SIGNS) {
            if (t.startsWith(sign, i) && (!sign.equals("R") || i + 1 < e && Character.isDigit(t.charAt(i + 1)))
                    // Malaysia's ringgit (RM2.3bn), Tanzania's and Uganda's shillings, Bangladesh's taka, Indonesia's rupiah: before a number only
                    && (!LETTER_SIGNS.contains(sign) || t.substring(i + sign.length(), e).matches(" ?\\d.*"))
                    && !(sign.startsWith("Rs") && i + sign.length() < e && Character.isLetter(t.charAt(i + sign.length())))) {
                currency = sign.equals("¥") && lang != null && lang.toLowerCase(Locale.ROOT).startsWith("ja") ? "JPY" : SIGN_CODES.get(sign);
                i += sign.length();
                break;
            }
        }
        while (i < e && t.charAt(i) == ' ') i++;
        boolean negative = false;
        if (i < e && t.charAt(i) == '-' && i + 1 < e && (Character.isDigit(t.charAt(i + 1)) || Numerals.hasChineseNumeral(t.substring(i + 1, i + 2)))) {
            negative = true;
            i++;
        }
        String region = t.substring(0, e);
        Numerals.Number n;
        if (Numerals.hasChineseNumeral(t.substring(i, e)) && (i >= e || !Character.isLetter(t.charAt(i)) || Cues.isCjk(t.charAt(i)))) {
            n = Numerals.chinese(region, i, original);
            if (n == null) return null;
            i = n.end();
        } else if (i < e && Character.isDigit(t.charAt(i))) {
            String[] d = Numerals.digits(region, i, lang, original);
            if (d == null) return null; // digits of another script (٣, ३): not read
            i = Integer.parseInt(d[1]);
            BigDecimal scale = BigDecimal.ONE;
            boolean magnitude = false;
            Matcher power = POWER_OF_TEN.matcher(region).region(i, e);
            if (power.lookingAt()) {
                // 1.5e9, 3×10^6, 3 x 10⁶: a power of ten is a magnitude, the mantissa keeps its precision
                String exponent = power.group(1) != null ? power.group(1) : power.group(2) != null ? power.group(2) : superscript(power.group(3));
                if (exponent == null) throw Numerals.malformed(original);
                // an exponent of more than four digits is far beyond any limit either way: its sign is enough
                int power10 = exponent.replaceFirst("^[+-]", "").length() > 4 ? (exponent.startsWith("-") ? -9999 : 9999) : Integer.parseInt(exponent);
                scale = BigDecimal.ONE.scaleByPowerOfTen(power10);
                magnitude = true;
                i = power.end();
            }
            while (true) {
                int j = i;
                while (j < e && t.charAt(j) == ' ') j++;
                Matcher m = TOKEN.matcher(region).region(j, e);
                if (!m.lookingAt()) break;
                String w = m.group();
                boolean attached = j == i;
                BigDecimal f = Magnitudes.word(w.endsWith(".") ? w.substring(0, w.length() - 1) : w, lang);
                int end = w.endsWith(".") && f != null ? m.end() - 1 : m.end();
                if (f == null) {
                    f = Magnitudes.abbreviation(w);
                    end = m.end();
                    if (f == null && w.endsWith(".")) { f = Magnitudes.abbreviation(w.substring(0, w.length() - 1)); end = m.end() - 1; }
                    if (f != null && w.replace(".", "").length() == 1 && !attached && currency == null) f = null;
                }
                if (f == null || end < e && Character.isLetter(t.charAt(end))) break;
                scale = scale.multiply(f);
                magnitude = true;
                i = end;
            }
            String plain = d[0];
            BigDecimal value = new BigDecimal(plain).multiply(scale);
            n = new Numerals.Number(value, plain, scale, null, Numerals.halfStep(plain).multiply(scale), null, null, magnitude, i);
        } else {
            n = Numerals.words(region, i, lang);
            if (n == null) return null;
            i = n.end();
        }
        BigDecimal value = negative ? n.value().negate() : n.value();
        // the unit words left over, from the original text (Traditional characters kept)
        int u = i;
        while (u < e && t.charAt(u) == ' ') u++;
        String rest = written.substring(u, e).trim();
        String restNorm = t.substring(u, e).trim();
        if (n.magnitude()) rest = stripOf(rest);
        if (n.magnitude()) restNorm = stripOf(restNorm);
        String unit = n.unit();
        if (!rest.isEmpty()) {
            if (unit != null) throw Numerals.malformed(original);
            String form = UNIT_FORMS.get(restNorm.toLowerCase(Locale.ROOT));
            if (form == null && restNorm.startsWith("-") && UNIT_FORMS.containsKey(restNorm.toLowerCase(Locale.ROOT))) form = "times";
            if (form == null && (restNorm.equals("€") || restNorm.equals("$") || restNorm.equals("£"))) {
                if (currency == null) currency = SIGN_CODES.get(restNorm);
                rest = "";
            } else if (form != null) {
                unit = form;
                rest = "";
            } else if (Character.isDigit(restNorm.charAt(0)) || restNorm.startsWith(".") || restNorm.startsWith(",")) {
                throw Numerals.malformed(original);
            }
        }
        String minor = currency == null ? MINOR_UNITS.get(restNorm.toLowerCase(Locale.ROOT)) : null;
        if (minor != null) {
            // 152.3p is £1.523: a hundredth of the currency, so that it meets figures in pounds
            BigDecimal hundredth = new BigDecimal("0.01");
            return new Part(value.multiply(hundredth), n.half() == null ? null : n.half().multiply(hundredth),
                    n.odd() == null ? null : n.odd().multiply(hundredth), minor, n.multiplier(), n.magnitude());
        }
        if (currency != null) {
            boolean same = rest.isEmpty() || rest.equalsIgnoreCase(currency) || CURRENCY_NOUNS.contains(restNorm.toLowerCase(Locale.ROOT));
            unit = same ? currency : currency + " " + rest;
        }
        else if (!rest.isEmpty()) unit = rest;
        return new Part(value, n.half(), n.odd(), unit, n.multiplier(), n.magnitude());
    }

    /** "millions of people", "3 millones de personas": the unit is what follows "of". */
    private static String stripOf(String rest) {
        for (String of : List.of("of ", "de ", "d'", "di ", "von ")) {
            if (rest.toLowerCase(Locale.ROOT).startsWith(of)) return rest.substring(of.length()).trim();
        }
        return rest;
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
