package org.claimgraph.vocab;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Period;

/**
 * Reads the window of a record ("the lowest since 1975", "the hottest year on record", "the highest in 40
 * years", 近十年最低, 2011年以来最高): the span holding the subject's own periods that the claim's period is
 * ranked among, resolved against the claim's period (the period of the record's figure). Forms:
 * <ul>
 * <li>on record, from the first figure there is up to the end of the claim's period: {@code on record},
 *     {@code ever}, {@code all time}, {@code since records began}, 有记录以来, 有史以来, 史上, 历史上, 历来
 *     (and their Traditional forms);</li>
 * <li>since a period, which is left out (it is where the record last stood: "the lowest since 1969" says 1969
 *     was as low), from the day after it to the end of the claim's period: {@code since 1975},
 *     {@code since March 2019}, 1975年以来, 自1975年以来, 从2019年3月以来;</li>
 * <li>a length ending with the claim's period, the claim's period counted in it: {@code 40 years},
 *     {@code in 40 years}, {@code the past decade}, {@code 18 months}, {@code two decades}, 近十年, 过去40年,
 *     40年来, 近6个月;</li>
 * <li>a span as periods are written, both ends in it: {@code 1975/2024}, {@code 1975-2024},
 *     {@code 1975年至2024年}; an open end is the end of the claim's period ({@code 1975/}), an open start
 *     is on record up to the end given ({@code /2024}).</li>
 * </ul>
 * The window must hold the claim's period and room for at least one other period as long as it.
 */
public final class RecordWindows {
    private RecordWindows() {}

    /** The longest window a length can give, in years. */
    private static final int MAX_YEARS = 1000;

    private static final Pattern ON_RECORD = Pattern.compile(
            "(?i)(?:on|in the) records?|records?|ever|all[- ]time|in history|since records began"
            + "|有(?:记录|記錄|纪录|紀錄|数据|數據|统计|統計)以来|有史以来|史上|历史上|歷史上|历来|歷来");
    private static final Pattern SINCE = Pattern.compile("(?i)since\\s+(.+)|(?:自|从|從)?\\s*(.+?)\\s*以来");
    private static final String COUNT = "(\\d{1,3}(?:\\.\\d+)?|[一二两三四五六七八九十百零〇]+|[a-z]+(?:[- ][a-z]+)?)";
    private static final Pattern LENGTH_EN = Pattern.compile(
            "(?i)(?:(?:in|over|for|during)\\s+)?(?:the\\s+)?(?:(?:past|last|previous)\\s+)?(?:" + COUNT + "\\s+)?(years?|decades?|months?|centur(?:y|ies))");
    private static final Pattern LENGTH_ZH = Pattern.compile(
            "(?:近|最近|过去)?\\s*" + COUNT + "\\s*(年|个月|个世纪|世纪|世紀)\\s*(?:来|以来|中|里|裡|内)?");

    /**
     * The window a claim's {@code rankOver} text means for its period {@code of} (both ends known).
     *
     * @throws IllegalArgumentException with a reader's explanation
     */
    public static Period parse(String text, Period of) {
        if (of == null || !of.bounded()) throw new IllegalArgumentException("a record window needs a period with both ends");
        String given = text.strip();
        if (given.isEmpty()) throw new IllegalArgumentException("empty record window");
        String t = Numerals.normalise(given);
        LocalDate[] se = window(t, given, of);
        if (se[0] != null && se[0].isAfter(of.start())) {
            throw new IllegalArgumentException("\"" + given + "\" starts after the claim's period (" + of.label() + ") begins: a record's window holds its period");
        }
        if (se[1].isBefore(of.end())) {
            throw new IllegalArgumentException("\"" + given + "\" (" + span(se[0], se[1]) + ") ends before the claim's period (" + of.label() + ") does: a record's window holds its period");
        }
        Period w = new Period(se[0], se[1], given);
        if (w.start() != null && w.days() - of.days() < of.days() - SAME_LENGTH_DAYS) {
            throw new IllegalArgumentException("\"" + given + "\" (" + span(w) + ") leaves no room for another period as long as the claim's ("
                    + of.label() + ")");
        }
        return w;
    }

    /** Periods this many days apart in length count as equally long (months of 28 to 31 days, years of 365 or 366). */
    public static final int SAME_LENGTH_DAYS = 3;

    /** The window's first and last days; the first null when it is on record. */
    private static LocalDate[] window(String t, String given, Period of) {
        if (ON_RECORD.matcher(t).matches()) return new LocalDate[] {null, of.end()};
        LocalDate[] length = length(t, given, of);
        if (length != null) return length;
        Matcher since = SINCE.matcher(t);
        if (since.matches()) {
            LocalDate after = period(since.group(1) != null ? since.group(1) : since.group(2), given).end();
            if (after == null) throw unreadable(given);
            return new LocalDate[] {after.plusDays(1), of.end()};
        }
        Period p = period(t, given);
        return new LocalDate[] {p.start(), p.end() == null ? of.end() : p.end()};
    }

    /** "40 years", 近十年: the length ending with the claim's period, or null when the text is no length. */
    private static LocalDate[] length(String t, String given, Period of) {
        Matcher en = LENGTH_EN.matcher(t), zh = LENGTH_ZH.matcher(t);
        boolean isEn = en.matches();
        if (!isEn && !zh.matches()) return null;
        Matcher m = isEn ? en : zh;
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        double n = m.group(1) == null ? 1 : count(m.group(1), isEn ? "en" : "zh", given);
        long months = Math.round(n * (unit.startsWith("month") || unit.equals("个月") ? 1 : unit.startsWith("decade") ? 120
                : unit.startsWith("centur") || unit.endsWith("世纪") || unit.endsWith("世紀") ? 1200 : 12));
        if (!(n > 0 && n == Math.rint(n) && months <= 12L * MAX_YEARS)) {
            throw new IllegalArgumentException("\"" + given + "\" is out of range: a whole number of years or months, more than 0 and at most "
                    + MAX_YEARS + " years");
        }
        return new LocalDate[] {of.end().plusDays(1).minusMonths(months), of.end()};
    }

    private static double count(String words, String lang, String given) {
        if (words.equalsIgnoreCase("a") || words.equalsIgnoreCase("an")) return 1;
        try {
            Amounts.Amount a = Amounts.read(words, lang);
            if (a.unit() == null) return a.value();
        } catch (IllegalArgumentException notANumber) {
            // told below, as the whole window
        }
        throw unreadable(given);
    }

    /** A period as periods are written; a span whose ends are the wrong way round says so. */
    private static Period period(String t, String given) {
        try {
            return Periods.parse(t.strip());
        } catch (IllegalArgumentException e) {
            if (e.getMessage().contains("ends (")) throw e;
            throw unreadable(given);
        }
    }

    private static IllegalArgumentException unreadable(String given) {
        return new IllegalArgumentException("\"" + given + "\" is not a record window: write on record, since 1975, 1975/2024, 40 years, "
                + "有记录以来, 1975年以来 or 近十年");
    }

    /** A window in words: "1970–2023", "2019-04–2024-03", "up to 2023", days where the ends are not whole months. */
    public static String span(Period w) { return span(w.start(), w.end()); }

    private static String span(LocalDate start, LocalDate end) {
        boolean years = end.plusDays(1).getDayOfYear() == 1 && (start == null || start.getDayOfYear() == 1);
        boolean months = end.plusDays(1).getDayOfMonth() == 1 && (start == null || start.getDayOfMonth() == 1);
        int cut = years ? 4 : months ? 7 : 10;
        String last = end.toString().substring(0, cut);
        if (start == null) return "up to " + last;
        String first = start.toString().substring(0, cut);
        return first.equals(last) ? first : first + "–" + last;
    }
}
