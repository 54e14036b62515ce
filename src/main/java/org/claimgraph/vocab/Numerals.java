package org.claimgraph.vocab;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number inside one figure, without cue words or ranges: Chinese numerals and magnitudes
 * (Simplified, Traditional after {@link #normalise}), digits with the language's separators,
 * English number words and fractions, and magnitude words in several languages.
 */
final class Numerals {
    /** Digits that may follow 成 as its tenth (7成4): index mod 10 is the digit. */
    private static final String TENTH_DIGITS = "0123456789零一二三四五六七八九";

    private Numerals() {}

    /**
     * One number as written. {@code mantissa} is the part before the magnitude words ("1.3" of
     * "2.7万亿", "3500" of 三千五百万), whose last digit sets the precision; {@code odd} is the width
     * a 多/余 leaves open above the value (null when none); {@code unit} is what is left over,
     * normalised for signs and forms this class reads (ISO 4217 for currency signs, "percent",
     * "percentage-point", "times"), else the words as written; {@code end} is where the number and
     * its magnitude words end in the text.
     */
    record Number(BigDecimal value, String mantissa, BigDecimal multiplier, BigDecimal odd, BigDecimal half,
                  String currency, String unit, boolean magnitude, int end) {}

    // ---- normalising: one char for one char, so offsets into the original stay valid ----

    private static final Map<Character, Character> TRADITIONAL = Map.ofEntries(
            Map.entry('萬', '万'), Map.entry('億', '亿'), Map.entry('兩', '两'), Map.entry('餘', '余'), Map.entry('約', '约'),
            Map.entry('過', '过'), Map.entry('達', '达'), Map.entry('點', '点'), Map.entry('於', '于'), Map.entry('內', '内'),
            Map.entry('將', '将'), Map.entry('個', '个'), Map.entry('來', '来'), Map.entry('與', '与'), Map.entry('間', '间'),
            Map.entry('額', '额'), Map.entry('幣', '币'), Map.entry('臺', '台'), Map.entry('滿', '满'), Map.entry('計', '计'),
            Map.entry('壹', '一'), Map.entry('貳', '二'), Map.entry('贰', '二'), Map.entry('參', '三'), Map.entry('叁', '三'),
            Map.entry('肆', '四'), Map.entry('伍', '五'), Map.entry('陸', '六'), Map.entry('陆', '六'), Map.entry('柒', '七'),
            Map.entry('捌', '八'), Map.entry('玖', '九'), Map.entry('拾', '十'), Map.entry('佰', '百'), Map.entry('仟', '千'),
            Map.entry('〜', '~'), Map.entry('￥', '¥'), Map.entry('−', '-'), Map.entry('，', ','), Map.entry('．', '.'),
            Map.entry('○', '〇')); // 二○二七年: a circle for zero, common in Taiwanese print

    /** Full-width forms to ASCII, odd spaces to plain ones, Traditional number words to Simplified. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Character t = TRADITIONAL.get(c);
            if (t != null) c = t;
            else if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            else if (c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u3000') c = ' ';
            b.append(c);
        }
        return b.toString();
    }

    // ---- Chinese ----

    private static final String CN_DIGITS = "零〇一二两三四五六七八九";
    private static final Map<Character, Integer> CN_SMALL = Map.of('十', 10, '百', 100, '千', 1000);
    private static final Map<Character, BigDecimal> CN_BIG = Map.of('万', BigDecimal.valueOf(10_000),
            '亿', BigDecimal.valueOf(100_000_000), '兆', new BigDecimal("1e12"));
    /** After 兆 or 千 these make a unit prefix (兆瓦 megawatt, 千克 kilogram), not a magnitude. */
    private static final String UNIT_AFTER_PREFIX = "瓦赫字帕焦伏欧比位吨克米卡升";

    /** The factor of a run of Chinese magnitudes alone (十万 is ten ten-thousands: 100,000). */
    static BigDecimal magnitudes(String run) {
        BigDecimal x = BigDecimal.ONE;
        for (char c : run.toCharArray()) x = x.multiply(CN_SMALL.containsKey(c) ? BigDecimal.valueOf(CN_SMALL.get(c)) : CN_BIG.get(c));
        return x;
    }

    static boolean hasChineseNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CN_DIGITS.indexOf(c) >= 0 || CN_SMALL.containsKey(c) || CN_BIG.containsKey(c) || "成倍多余".indexOf(c) >= 0) return true;
        }
        return s.startsWith("百分之") || s.startsWith("千分之") || s.startsWith("万分之");
    }

    private static int digit(char c) {
        int i = CN_DIGITS.indexOf(c);
        return i < 0 ? -1 : i <= 1 ? 0 : i == 2 ? 1 : i == 3 || i == 4 ? 2 : i - 2;
    }

    /**
     * A Chinese number starting at {@code from}: digits or numerals, 十百千, 万亿兆 (万亿 multiplies),
     * 多/余 ("4000多亿": at least 4000亿, below 5000亿), 成 (tenths, as percent), 半, 倍 (times),
     * or 百分之/千分之 before it.
     */
    static Number chinese(String t, int from, String figure) {
        int i = from;
        BigDecimal per = null;
        if (t.startsWith("百分之", i)) { per = BigDecimal.ONE; i += 3; }
        else if (t.startsWith("千分之", i)) { per = new BigDecimal("0.1"); i += 3; }
        else if (t.startsWith("万分之", i)) { per = new BigDecimal("0.01"); i += 3; }
        BigDecimal total = BigDecimal.ZERO, section = BigDecimal.ZERO, num = null;
        int decimals = 0;
        BigDecimal lastMult = BigDecimal.ONE, odd = null;
        boolean any = false, numIsCnDigit = false;
        int start = i;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (num != null) throw malformed(figure);
                Matcher m = CN_ARABIC.matcher(t).region(i, t.length());
                if (!m.lookingAt()) break;
                Matcher comma = COMMA_DECIMAL.matcher(t).region(i, t.length());
                if (comma.lookingAt() && comma.end() > m.end()) throw decimalCommaIn("Chinese", comma.group(), figure); // 1,5亿
                String d = m.group().replace(",", "");
                num = new BigDecimal(d);
                decimals = d.contains(".") ? d.length() - d.indexOf('.') - 1 : 0;
                numIsCnDigit = false;
                i = m.end();
                int j = i; // "100 亿": a space before the magnitude
                while (j < t.length() && t.charAt(j) == ' ') j++;
                if (j > i && j < t.length() && (CN_BIG.containsKey(t.charAt(j)) || CN_SMALL.containsKey(t.charAt(j)))) i = j;
                any = true;
                continue;
            }
            int dg = digit(c);
            if (dg >= 0) {
                if (dg == 0 && num == null && i + 2 < t.length() && t.charAt(i + 1) == '点' && digit(t.charAt(i + 2)) >= 0) {
                    num = BigDecimal.ZERO; // 零点五: the whole part of a decimal below one
                    numIsCnDigit = true;
                    i++;
                    any = true;
                    continue;
                }
                if (dg == 0 && (num == null || !numIsCnDigit)) { i++; any = true; continue; } // 一万零五百: a placeholder
                if (num != null && !numIsCnDigit) throw malformed(figure);
                num = num != null ? num.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(dg)) : BigDecimal.valueOf(dg);
                decimals = 0;
                numIsCnDigit = true;
                i++;
                any = true;
                continue;
            }
            // 四．六八: Taiwanese print writes the decimal point of Chinese numerals full-width
            if ((c == '点' || c == '.' && numIsCnDigit) && num != null && i + 1 < t.length() && digit(t.charAt(i + 1)) >= 0) {
                StringBuilder frac = new StringBuilder();
                i++;
                while (i < t.length() && digit(t.charAt(i)) >= 0) frac.append(digit(t.charAt(i++)));
                num = new BigDecimal(num.toBigInteger() + "." + frac);
                decimals = frac.length();
                numIsCnDigit = false;
                continue;
            }
            Integer small = CN_SMALL.get(c);
            if (small != null) {
                if (c == '千' && i + 1 < t.length() && UNIT_AFTER_PREFIX.indexOf(t.charAt(i + 1)) >= 0) break;
                section = section.add((num == null ? BigDecimal.ONE : num).multiply(BigDecimal.valueOf(small)));
                num = null;
                numIsCnDigit = false;
                i++;
                any = true;
                continue;
            }
            BigDecimal big = CN_BIG.get(c);
            if (big != null) {
                if (c == '兆' && i + 1 < t.length() && (UNIT_AFTER_PREFIX.indexOf(t.charAt(i + 1)) >= 0
                        || Character.isLetter(t.charAt(i + 1)) && t.charAt(i + 1) < 128)) break;
                if (!any) break;
                BigDecimal s = section.add(num == null ? BigDecimal.ZERO : num);
                if (s.signum() == 0 && total.signum() == 0) s = BigDecimal.ONE;
                boolean afterBig = i > start && CN_BIG.containsKey(t.charAt(i - 1));
                if (afterBig && CN_BIG.get(t.charAt(i - 1)).compareTo(big) >= 0) throw malformed(figure); // 亿亿, 亿万
                boolean compound = afterBig; // 万亿: one magnitude of 10^12
                if (compound || total.signum() > 0 && total.compareTo(big) < 0) {
                    total = total.add(s).multiply(big);
                    lastMult = lastMult.multiply(big);
                    if (odd != null) odd = odd.multiply(big);
                } else {
                    if (odd != null && s.signum() > 0) odd = odd.multiply(big);
                    total = total.add(s.multiply(big));
                    lastMult = big;
                }
                section = BigDecimal.ZERO;
                num = null;
                numIsCnDigit = false;
                i++;
                continue;
            }
            if ((c == '多' || c == '余') && any && odd == null) {
                BigDecimal local = section.add(num == null ? BigDecimal.ZERO : num);
                BigDecimal base = local.signum() != 0 ? local : total;
                if (base.signum() == 0) break;
                odd = BigDecimal.ONE.scaleByPowerOfTen(lastNonZeroPlace(base));
                i++;
                continue;
            }
            break;
        }
        if (!any) return null;
        // 三千五 = 3500, 一万五 = 15000: a lone digit right after a unit is the next place down
        if (num != null && numIsCnDigit && num.compareTo(BigDecimal.TEN) < 0 && odd == null && i - 2 >= start) {
            char before = t.charAt(i - 2);
            Integer s = CN_SMALL.get(before);
            if (s != null && s >= 100) num = num.multiply(BigDecimal.valueOf(s / 10));
            else if (CN_BIG.containsKey(before)) num = num.multiply(CN_BIG.get(before).divide(BigDecimal.TEN));
        }
        BigDecimal value = total.add(section).add(num == null ? BigDecimal.ZERO : num);
        BigDecimal mantissa = value.divide(lastMult);
        String mant = decimals > 0 ? mantissa.setScale(Math.max(decimals, mantissa.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY).toPlainString()
                : mantissa.stripTrailingZeros().toPlainString();
        BigDecimal half = halfStep(mant).multiply(lastMult);
        String unit = null;
        BigDecimal mult = lastMult;
        if (per != null) {
            value = value.multiply(per);
            half = half.multiply(per);
            if (odd != null) odd = odd.multiply(per);
            unit = "percent";
        } else if (i < t.length() && t.charAt(i) == '成' && (i + 1 == t.length() || t.startsWith("半", i + 1) && i + 2 == t.length()
                || i + 2 == t.length() && TENTH_DIGITS.indexOf(t.charAt(i + 1)) > 0)) {
            i++;
            BigDecimal ten = BigDecimal.TEN;
            mult = mult.multiply(ten);
            value = value.multiply(ten);
            half = half.multiply(ten);
            if (odd != null) odd = odd.multiply(ten);
            if (i < t.length() && t.charAt(i) == '半') {
                i++;
                value = value.add(new BigDecimal(5));
                half = new BigDecimal("2.5");
            } else if (i < t.length()) {
                // 7成4, 七成四: the digit after 成 is a further percent (74%)
                int d = TENTH_DIGITS.indexOf(t.charAt(i)) % 10;
                i++;
                value = value.add(new BigDecimal(d));
                half = new BigDecimal("0.5");
            }
            unit = "percent";
        } else if (i + 1 == t.length() && t.charAt(i) == '倍') {
            i++;
            unit = "times";
        } else if (i + 2 == t.length() && t.startsWith("倍半", i)) { // 两倍半: two and a half times
            i += 2;
            value = value.add(new BigDecimal("0.5"));
            half = new BigDecimal("0.25");
            unit = "times";
        }
        if (i == start) return null;
        return new Number(value, mant, mult, odd, half, null, unit, mult.compareTo(BigDecimal.ONE) > 0, i);
    }

    private static final Pattern CN_ARABIC = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    // ---- digits with a language's separators ----

    /** Languages that write 1.234,5 (decimal comma, thousands dot or space). */
    private static final Set<String> DECIMAL_COMMA = Set.of("es", "fr", "de", "it", "pt", "nl", "ru", "pl", "tr", "sv", "da",
            "no", "nb", "nn", "fi", "cs", "sk", "ro", "hu", "id", "vi", "el", "ca", "gl", "eu", "hr", "sl", "sr", "bg", "uk");
    /** Regions of those languages that write 1,234.5 instead. */
    private static final Set<String> DECIMAL_POINT_REGIONS = Set.of("es-mx", "es-us", "es-pr", "es-do", "es-gt", "es-hn",
            "es-ni", "es-pa", "es-sv", "de-ch", "it-ch", "fr-ch");

    static boolean decimalComma(String lang) {
        if (lang == null) return false;
        String l = lang.toLowerCase(Locale.ROOT).replace('_', '-');
        if (DECIMAL_POINT_REGIONS.contains(l)) return false;
        int dash = l.indexOf('-');
        return DECIMAL_COMMA.contains(dash < 0 ? l : l.substring(0, dash));
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,' ]\\d+)*");

    /**
     * Digits at {@code from} as the language writes them, as a plain decimal string ("1234.5"), and
     * where they end; a lone separator followed by other than three digits is a decimal mark in any
     * language; with both marks, the last is the decimal one.
     */
    static String[] digits(String t, int from, String lang, String figure) {
        Matcher m = DIGITS.matcher(t).region(from, t.length());
        if (!m.lookingAt()) return null;
        String d = m.group();
        int end = m.end();
        // a group after a space belongs to the number only as a thousands group
        while (d.contains(" ") && !d.matches("\\d{1,3}(?:[ ']\\d{3})+(?:[.,]\\d+)?")) {
            int sp = d.lastIndexOf(' ');
            d = d.substring(0, sp);
            end = from + sp;
        }
        String plain = plain(d, decimalComma(lang));
        if (plain == null && !decimalComma(lang) && d.matches("\\d+,\\d+")) throw decimalCommaIn(lang == null ? "English" : "\"" + lang + "\"", d, figure);
        if (plain == null) throw malformed(figure);
        return new String[] {plain, Integer.toString(end)};
    }

    private static String plain(String d, boolean comma) {
        String s = d.replace("'", "").replace(" ", "");
        if (d.contains(" ") || d.contains("'")) {
            if (!d.matches("\\d{1,3}(?:[ ']\\d{3})+(?:[.,]\\d+)?")) return null;
            return s.replace(',', '.');
        }
        int dots = count(s, '.'), commas = count(s, ',');
        if (dots == 0 && commas == 0) return s;
        if (dots > 0 && commas > 0) {
            char dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char th = dec == '.' ? ',' : '.';
            if (count(s, dec) != 1) return null;
            String intPart = s.substring(0, s.indexOf(dec));
            if (!grouped(intPart, th)) return null;
            return intPart.replace(String.valueOf(th), "") + "." + s.substring(s.indexOf(dec) + 1);
        }
        char sep = dots > 0 ? '.' : ',';
        boolean thousandsLike = grouped(s, sep);
        boolean isDecimalMark = sep == (comma ? ',' : '.');
        if (count(s, sep) > 1) return thousandsLike ? s.replace(String.valueOf(sep), "") : null;
        if (isDecimalMark) return s.replace(sep, '.');
        // the language's thousands mark: "1.234" in German; "3.5" cannot be thousands, so it is a decimal
        if (thousandsLike) return s.replace(String.valueOf(sep), "");
        return sep == '.' ? s : null;
    }

    private static boolean grouped(String s, char sep) {
        return s.matches("\\d{1,3}(?:" + Pattern.quote(String.valueOf(sep)) + "\\d{3})+")
                || sep == ',' && s.matches("\\d{1,2}(?:,\\d{2})+,\\d{3}"); // India's lakh and crore: 1,00,000 and 2,50,00,000
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    // ---- English number words ----

    private static final Map<String, Integer> SMALL_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12));

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern AND_A_HALF = Pattern.compile("(?i)and (?:a|one) half(?![A-Za-z])");

    /** English number words at {@code from} ("three million", "twenty-five", "a hundred"), or null. */
    static Number words(String t, int from, String lang) {
        BigDecimal total = BigDecimal.ZERO, current = BigDecimal.ZERO, lastScale = BigDecimal.ONE;
        int i = from, end = from;
        boolean any = false, article = false;
        while (true) {
            int j = i;
            while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '-')) j++;
            Matcher m = WORD.matcher(t).region(j, t.length());
            if (!m.lookingAt()) break;
            String w = m.group().toLowerCase(Locale.ROOT);
            Integer n = SMALL_WORDS.get(w);
            BigDecimal scale = Magnitudes.word(w, lang);
            if ((w.equals("a") || w.equals("an")) && !any) { article = true; i = m.end(); continue; }
            if (w.equals("and") && any) {
                // "two and a half (million, times)": the half belongs to the count before the magnitude
                Matcher h = AND_A_HALF.matcher(t).region(m.start(), t.length());
                if (h.lookingAt() && lastScale.equals(BigDecimal.ONE) && current.signum() > 0) {
                    current = current.add(new BigDecimal("0.5"));
                    i = h.end();
                    end = i;
                    continue;
                }
                i = m.end();
                continue;
            }
            if (n != null) {
                if (w.equals("dozen")) current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(12));
                else current = current.add(BigDecimal.valueOf(n));
            } else if (w.equals("hundred") || w.equals("hundreds")) {
                current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(100));
            } else if (scale != null && (any || article)) {
                total = total.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(scale));
                current = BigDecimal.ZERO;
                lastScale = scale;
            } else break;
            any = true;
            i = m.end();
            end = i;
        }
        if (!any) return null;
        BigDecimal value = total.add(current);
        BigDecimal mantissa = value.divide(lastScale);
        String mant = mantissa.stripTrailingZeros().toPlainString();
        return new Number(value, mant, lastScale, null, halfStep(mant).multiply(lastScale), null, null,
                lastScale.compareTo(BigDecimal.ONE) > 0, end);
    }

    // ---- precision ----

    /** Half the last significant place of a written mantissa, at least two significant digits ("100" → 5). */
    static BigDecimal halfStep(String digits) {
        return new BigDecimal("0.5").scaleByPowerOfTen(place(digits));
    }

    /**
     * The decimal place of the last significant digit: -2 for "8.25", 1 for "2410", 1 for "100"
     * (at least two significant digits: "100 billion" means 95–105, not 50–150).
     */
    static int place(String digits) {
        String d = digits.startsWith("-") ? digits.substring(1) : digits;
        int dot = d.indexOf('.');
        if (dot >= 0) return -(d.length() - dot - 1);
        String trimmed = d.replaceFirst("^0+(?=\\d)", "");
        int lastNonZero = trimmed.length() - 1;
        while (lastNonZero > 0 && trimmed.charAt(lastNonZero) == '0') lastNonZero--;
        int p = trimmed.length() - 1 - lastNonZero;
        return Math.min(p, Math.max(0, trimmed.length() - 2));
    }

    /** The power of ten of the last non-zero digit: 3000 → 3, 3500 → 2, 3e8 → 8, 1.5 → -1. */
    static int lastNonZeroPlace(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return -s.scale();
    }

    /** "1,5 million" in a language that writes decimal points: a comma followed by other than three digits, so no thousands separator. */
    private static IllegalArgumentException decimalCommaIn(String language, String digits, String figure) {
        String pointed = figure.replaceFirst(Pattern.quote(digits), digits.replace(',', '.'));
        return new IllegalArgumentException("\"" + figure + "\" has a comma followed by other than three digits, which is no thousands separator"
                + " in a document in " + language + ": write the decimal with a point, \"" + pointed
                + "\" (or give the document a \"language\" that writes decimal commas, such as \"de\" or \"es\")");
    }

    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+,\\d{1,2}(?!\\d)|\\d+,\\d{4,}");

    static IllegalArgumentException malformed(String figure) {
        return new IllegalArgumentException("malformed number \"" + figure + "\"");
    }
}
