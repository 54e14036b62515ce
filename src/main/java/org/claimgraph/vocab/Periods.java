package org.claimgraph.vocab;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Period;

/**
 * Reads periods as journalists write them, in English and Chinese:
 * <ul>
 * <li>years and spans: {@code 2025}, {@code 2025年}, {@code 2023-2024}, {@code 2023–2024},
 *     {@code 2019-22}, {@code 2023至2024年}, {@code 2026/2030}; months and days: {@code 2025-09},
 *     {@code 2025年9月}, {@code September 2025}, {@code 2025.09}, {@code 2025/09}, {@code 2025-09-22}, {@code 2025年9月22日},
 *     {@code 22 September 2025};</li>
 * <li>quarters and halves: {@code Q3 2025}, {@code 2025-Q3}, {@code 2025Q3}, {@code 3Q 2025},
 *     {@code third quarter of 2025}, {@code 2024年第三季度}, {@code 2024年三季度}, {@code 2024年第三季}, {@code Q1-Q3 2024}; {@code H1 2025}, {@code 1H25},
 *     {@code 2025-H1}, {@code first half of 2025}, {@code 2025年上半年}; cumulative:
 *     {@code 2024年前三季度} (January–September), {@code 2024年前8个月}, {@code 2024年1-9月};</li>
 * <li>fiscal years: {@code FY2024}, {@code FY24}, {@code FY2024/25}, {@code fiscal 2024},
 *     {@code 2024财年}, {@code Q3 FY2025}, {@code FY2025 H1}, in the convention the caller gives (a document's {@code fiscalYear}), or one
 *     named in brackets ({@code FY2024 (au)}); conventions are data in {@code ontology/fiscal-years.json},
 *     default US federal (FY2024 = October 2023 – September 2024); a convention other than the
 *     default is kept in the label ("FY2024 (uk)") so the period reads the same again anywhere;</li>
 * <li>school and fiscal years written as a year and the next: {@code 2020-21}, {@code 2020/21},
 *     {@code 2020–21}, {@code 2020-2021 school year}, {@code 2020/21學年度}: one year from the first into
 *     the next, in the document's fiscal-year convention when it names one that is not the calendar
 *     year, else July to June (half of each; no convention says which month it starts); {@code 2011-12}
 *     stays the month, unless such a convention is named: then it is that fiscal year (April 2011 to
 *     March 2012 in the UK's), as a document that names its fiscal year writes its years that way;</li>
 * <li>parts of a year or decade said loosely, as the third each may mean ({@code early 2024} January–April, {@code mid-2025},
 *     {@code 2025年中} May–August, {@code late 2023}; {@code the early 1990s} 1990–1993, {@code 1990年代末} 1997–1999); seasons
 *     ({@code summer 2024}, {@code 2024年夏季}, {@code winter 2023-24}), the northern hemisphere's unless the caller says south;</li>
 * <li>decades ({@code the 2020s}, {@code 1990年代}); the months ending with a period ({@code the year to March 2024},
 *     {@code the three months to June 2024}); ISO weeks ({@code 2024-W23}, {@code the week of 3 June 2024});</li>
 * <li>open spans: {@code by 2031}, {@code through 2031}, {@code until 2031}, {@code as of 2024-06-30}, {@code 到2030年},
 *     {@code 截至2025年6月}, {@code 2023年底}, {@code end-2023}, {@code /2031} (open start); {@code since 2020}, {@code 2008 to present}, {@code 2008年至今},
 *     {@code 2025/} (open end);</li>
 * <li>relative: {@code last year}, {@code this year}, {@code next year}, {@code last month},
 *     {@code Q3 last year}, 去年, 今年, 明年, 前年, 上个月, 去年上半年, resolved against the document's
 *     publication date (the label becomes the resolved form, e.g. "2024"); refused when it is unknown.</li>
 * </ul>
 */
public final class Periods {
    private Periods() {}

    /** A period that needs no publication date, in the default fiscal-year convention. */
    public static Period parse(String text) { return parse(text, null, null); }

    /** A period; relative forms ("last year", 去年) are resolved against {@code published} (null: unknown). */
    public static Period parse(String text, LocalDate published) { return parse(text, published, null); }

    /**
     * A period with the document's publication date (null: unknown) and fiscal-year convention (an id
     * from ontology/fiscal-years.json or a country code; null: the default).
     *
     * @throws IllegalArgumentException with a reader's explanation
     */
    public static Period parse(String text, LocalDate published, String fiscalYear) { return parse(text, published, fiscalYear, false); }

    /**
     * A period as {@link #parse(String, LocalDate, String)} reads it, a season ({@code summer 2024}, 2024年夏季) in the
     * southern hemisphere's months when {@code southern} (the claim is about a place south of the equator).
     *
     * @throws IllegalArgumentException with a reader's explanation
     */
    public static Period parse(String text, LocalDate published, String fiscalYear, boolean southern) {
        String given = text.trim();
        if (given.isEmpty()) throw new IllegalArgumentException("empty period");
        String t = yearless(relative(seasonNamedRelatively(Numerals.normalise(given), given, published, southern), given, published), given, published);
        String label = t.equals(Numerals.normalise(given)) ? given : t;
        t = republicOfChina(t);
        LocalDate[] weather = season(t, given, southern);
        if (weather != null) return new Period(weather[0], weather[1], label);
        // a season across two years (2024-25 season, 2024/25赛季) as the two years written alone read
        Matcher season = SEASON.matcher(t);
        if (season.matches()) t = season.group(1) + "-" + season.group(2);
        // 2024學年度: the school year that starts in 2024, as 2024/25學年度
        Matcher school = SCHOOL_YEAR.matcher(t);
        if (school.matches()) t = school.group(1) + "/" + String.format(Locale.ROOT, "%02d", (Integer.parseInt(school.group(1)) + 1) % 100) + school.group(2);
        FiscalYears.Convention conv = FiscalYears.of(fiscalYear);
        Matcher named = NAMED_CONVENTION.matcher(t);
        if (named.matches() && (FISCAL_WORD.matcher(t).find() || yearAndNext(named.group(1).trim(), FiscalYears.find(named.group(2))) != null)) {
            conv = FiscalYears.of(named.group(2));
            t = named.group(1).trim();
        } else if (conv != FiscalYears.DEFAULT && (FISCAL_WORD.matcher(t).find() || yearAndNext(t, conv) != null)) {
            label = label + " (" + conv.id() + ")";
        }
        if (yearAndNext(t, conv) != null) {
            LocalDate[] y = one(t, conv);
            return new Period(y[0], y[1], label);
        }
        Matcher years = YEAR_SPAN.matcher(t);
        // 2019-20 is two years; 2025-09 a month, and 2025-13 no real one
        int from = years.matches() ? Integer.parseInt(years.group(1)) : 0;
        String second = years.matches() ? years.group(2) : "";
        int to = second.length() == 2 ? from / 100 * 100 + Integer.parseInt(second) : second.isEmpty() ? 0 : Integer.parseInt(second);
        if (years.matches() && (second.length() == 4 || Integer.parseInt(second) > 12 && to > from)) {
            return span(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), years.group(1), second, label);
        }
        // 2024/05 is a month (2024/25 a school year, read above); 5/5/2024 is May 5 in the US and 5 May elsewhere
        if (YEAR_MONTH.matcher(t).matches()) {
            LocalDate[] m = one(t, conv);
            return new Period(m[0], m[1], label);
        }
        Matcher slashed = SLASHED_DAY.matcher(t);
        if (slashed.matches()) {
            String y = slashed.group(3).length() == 2 ? "20" + slashed.group(3) : slashed.group(3);
            String us = y + "-" + twoDigits(slashed.group(1)) + "-" + twoDigits(slashed.group(2)), other = y + "-" + twoDigits(slashed.group(2)) + "-" + twoDigits(slashed.group(1));
            throw new IllegalArgumentException("\"" + given + "\" is a day written with slashes, month first in the US and day first elsewhere: "
                    + "write it as " + (us.equals(other) ? us : us + " (month first) or " + other + " (day first)"));
        }
        int slash = t.indexOf('/');
        if (slash >= 0 && slash < t.length() - 1 && (!FISCAL_WORD.matcher(t).find() || fiscalBothSides(t, slash))) {
            String a = t.substring(0, slash).trim(), b = t.substring(slash + 1).trim();
            return span(a.isEmpty() ? null : one(a, conv)[0], one(b, conv)[1], a, b, label);
        }
        Matcher dash = SPAN.matcher(t);
        if (dash.matches() && !MONTH_SPAN_CN.matcher(t).matches()) {
            LocalDate[] a = null, b = null;
            try {
                a = one(dash.group(1).trim(), conv);
                b = one(dash.group(2).trim(), conv);
            } catch (IllegalArgumentException notASpan) {
                // the whole text may still be one period
            }
            if (b != null) return span(a[0], b[1], dash.group(1).trim(), dash.group(2).trim(), label);
        }
        for (Map.Entry<Pattern, Boolean> open : OPEN) {
            Matcher m = open.getKey().matcher(t);
            if (!m.matches()) continue;
            LocalDate[] inner = one(m.group(1).trim(), conv);
            return open.getValue() ? new Period(null, inner[1], label) : new Period(inner[0], null, label);
        }
        Matcher before = BEFORE.matcher(t);
        if (before.matches()) {
            String inner = before.group(1) != null ? before.group(1) : before.group(2);
            return new Period(null, one(inner.trim(), conv)[0].minusDays(1), label);
        }
        if (t.equals("/")) throw new IllegalArgumentException("a range needs at least one end");
        LocalDate[] se = one(t, conv);
        return new Period(se[0], se[1], label);
    }

    /**
     * A span from one fiscal year to another, each named as one ({@code FY2008/FY2009}, {@code 2019财年/2023财年}): both
     * sides carry a fiscal word, so it is not one fiscal year written across two calendar years ({@code FY2024/25}).
     */
    private static boolean fiscalBothSides(String t, int slash) {
        return FISCAL_WORD.matcher(t.substring(0, slash)).find() && FISCAL_WORD.matcher(t.substring(slash + 1)).find();
    }

    /** Checks a fiscal-year convention name (an id or a country code) and returns its id. */
    public static String fiscalYear(String name) { return FiscalYears.of(name).id(); }

    private static Period span(LocalDate start, LocalDate end, String a, String b, String label) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("the period ends (" + b + ") before it starts (" + a + ")");
        }
        return new Period(start, end, label);
    }

    private static final Pattern YEAR_PAIR = Pattern.compile(
            "(?i)(\\d{4})\\s*([-–—/])\\s*(\\d{4}|\\d{2})\\s*(年度|学年度|學年度|学年|學年|(?:school|academic) year)?");

    /**
     * The first year of a school or fiscal year written as a year and the next (2020-21, 2020/21, 2020–21,
     * 2020-2021 school year, 2020/21學年度), else null: 2011-12 is a month unless {@code conv} is a named
     * convention that does not start in January, 2023-2024 and 2026/2030 spans of calendar years; a school
     * year whose second year does not follow the first is refused.
     */
    private static Integer yearAndNext(String t, FiscalYears.Convention conv) {
        Matcher m = YEAR_PAIR.matcher(t);
        if (!m.matches()) return null;
        int first = Integer.parseInt(m.group(1));
        String s = m.group(3);
        int second = s.length() == 2 ? first / 100 * 100 + Integer.parseInt(s) : Integer.parseInt(s);
        if (s.length() == 2 && second < first) second += 100;
        boolean word = m.group(4) != null;
        boolean fiscalNamed = conv != null && conv != FiscalYears.DEFAULT && conv.startMonth() != 1;
        boolean isoMonth = m.group(2).equals("-") && s.length() == 2 && Integer.parseInt(s) >= 1 && Integer.parseInt(s) <= 12 && !word && !fiscalNamed;
        if (second == first + 1 && !isoMonth && (s.length() == 2 || word)) return first;
        if (word) throw new IllegalArgumentException("\"" + t + "\" is not one school or fiscal year: the second year must follow the first");
        return null;
    }

    // ---- seasons ----

    private static final String SEASON_WORD = "(spring|summer|autumn|fall|winter)";
    private static final String YEARS = "(\\d{4})(?:\\s*[-–/]\\s*(\\d{2}|\\d{4}))?";
    private static final Pattern WEATHER = Pattern.compile("(?i)(?:the )?" + SEASON_WORD + "(?: of)? " + YEARS);
    private static final Pattern WEATHER_AFTER = Pattern.compile("(?i)(?:the )?" + YEARS + " " + SEASON_WORD);
    private static final Pattern WEATHER_ZH = Pattern.compile("(\\d{4})(?:\\s*[-–/至]\\s*(\\d{2}|\\d{4}))?年?\\s*([春夏秋冬])(?:季|天)?");
    private static final List<String> SEASON_NAMES = List.of("spring", "summer", "autumn", "winter");
    private static final Map<String, Integer> SEASON_INDEX = Map.of("spring", 0, "春", 0, "summer", 1, "夏", 1, "autumn", 2, "fall", 2, "秋", 2,
            "winter", 3, "冬", 3);

    /**
     * A season's three months (spring March–May, summer June–August, autumn September–November, winter December–February
     * in the north; six months on in the south), or null when the text names none. The season that spans new year is
     * written with both its years (winter 2023-24, 2023-24年冬季), as one year alone does not say which; any other with one.
     */
    private static LocalDate[] season(String t, String given, boolean southern) {
        Matcher m = WEATHER.matcher(t), after = WEATHER_AFTER.matcher(t), zh = WEATHER_ZH.matcher(t);
        String word, first, second;
        if (m.matches()) { word = m.group(1); first = m.group(2); second = m.group(3); }
        else if (after.matches()) { word = after.group(3); first = after.group(1); second = after.group(2); }
        else if (zh.matches()) { word = zh.group(3); first = zh.group(1); second = zh.group(2); }
        else return null;
        int index = SEASON_INDEX.get(word.toLowerCase(Locale.ROOT)), y = Integer.parseInt(first);
        // a season starts in March, June, September or December, six months later south of the equator
        int from = (3 * index + (southern ? 6 : 0) + 2) % 12 + 1;
        boolean acrossNewYear = from == 12;
        String half = southern ? "southern" : "northern";
        if (second != null) {
            int next = second.length() == 2 ? y / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
            if (!acrossNewYear || next != y + 1) {
                throw new IllegalArgumentException("\"" + given + "\" is not a season: " + (acrossNewYear
                        ? "the second year must follow the first"
                        : "in the " + half + " hemisphere it lies within one year; write it with one year, or give the months (e.g. "
                                + String.format(Locale.ROOT, "%d-%02d/%d-%02d", y, from, y, from + 2) + ")"));
            }
            return new LocalDate[] {LocalDate.of(y, 12, 1), YearMonth.of(y + 1, 2).atEndOfMonth()};
        }
        if (acrossNewYear) {
            throw new IllegalArgumentException("\"" + given + "\" does not say which " + SEASON_NAMES.get(index) + ": in the " + half
                    + " hemisphere it runs from December into February; write both years (" + y + "-" + String.format(Locale.ROOT, "%02d", (y + 1) % 100)
                    + " for December " + y + " to February " + (y + 1) + ", " + (y - 1) + "-" + String.format(Locale.ROOT, "%02d", y % 100)
                    + " for the one ending in " + y + ") or the months (e.g. " + y + "-12/" + (y + 1) + "-02)");
        }
        return months(y, from, from + 2);
    }

    // ---- relative forms ----

    private static final Pattern RELATIVE_SEASON = Pattern.compile("(?i)(?:the )?(last|this|next|previous|current|coming) " + SEASON_WORD);
    private static final Pattern RELATIVE_SEASON_ZH = Pattern.compile("([今去明])([春夏秋冬])");

    /**
     * A season named against the publication date as a claim document writes it with its years: {@code last summer}
     * the last to have ended by then, {@code next} the first to begin after it, {@code this} the one under way, else the
     * nearer; 今夏, 去冬 that of this or last calendar year, as 今年夏天 and 去年冬季 are. Any other text as it is.
     */
    private static String seasonNamedRelatively(String t, String given, LocalDate published, boolean southern) {
        Matcher en = RELATIVE_SEASON.matcher(t), zh = RELATIVE_SEASON_ZH.matcher(t);
        if (!en.matches() && !zh.matches()) return t;
        if (published == null) throw dateUnknown(given, en.matches() ? en.group(2).toLowerCase(Locale.ROOT) + " 2024" : "2024年" + zh.group(2) + "季");
        if (zh.matches()) return (published.getYear() + "去今明".indexOf(zh.group(1)) - 1) + "年" + zh.group(2) + "季";
        return relativeSeason(en.group(1), en.group(2), published, southern);
    }

    /**
     * {@code word} ({@code last}, {@code this}, {@code next}, {@code previous}, {@code current}, {@code coming}) {@code season}
     * against {@code published}, as a claim document writes it: summer 2025, winter 2025-26.
     */
    public static String relativeSeason(String word, String season, LocalDate published, boolean southern) {
        int from = (3 * SEASON_INDEX.get(season.toLowerCase(Locale.ROOT)) + (southern ? 6 : 0) + 2) % 12 + 1;
        Integer last = null, next = null, under = null;
        for (int y = published.getYear() - 2; y <= published.getYear() + 1; y++) {
            LocalDate start = LocalDate.of(y, from, 1), end = start.plusMonths(3).minusDays(1);
            if (end.isBefore(published)) last = y;
            else if (start.isAfter(published)) { if (next == null) next = y; }
            else under = y;
        }
        int y = switch (word.toLowerCase(Locale.ROOT)) {
            case "last", "previous" -> last;
            case "next", "coming" -> next;
            default -> under != null ? under
                    : published.toEpochDay() - LocalDate.of(last, from, 1).plusMonths(3).toEpochDay() < LocalDate.of(next, from, 1).toEpochDay() - published.toEpochDay() ? last : next;
        };
        return season.toLowerCase(Locale.ROOT) + " " + y + (from == 12 ? String.format(Locale.ROOT, "-%02d", (y + 1) % 100) : "");
    }

    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(last|this|next|previous|current) (year|month)\\b|去年|今年|明年|前年|后年|後年|上个月|上月|本月|这个月|下个月|下月");

    private static String relative(String t, String given, LocalDate published) {
        Matcher m = RELATIVE.matcher(t);
        if (!m.find()) return t;
        if (published == null) {
            throw dateUnknown(given, "2024");
        }
        StringBuilder b = new StringBuilder();
        m.reset();
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            String r;
            int y = published.getYear();
            YearMonth ym = YearMonth.from(published);
            if (m.group(1) != null) {
                int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) { case "last", "previous" -> -1; case "next" -> 1; default -> 0; };
                r = m.group(2).equalsIgnoreCase("year") ? Integer.toString(y + shift) : ym.plusMonths(shift).toString();
            } else {
                r = switch (w) {
                    case "去年" -> (y - 1) + "年";
                    case "今年" -> y + "年";
                    case "明年" -> (y + 1) + "年";
                    case "前年" -> (y - 2) + "年";
                    case "后年", "後年" -> (y + 2) + "年";
                    case "上个月", "上月" -> cn(ym.minusMonths(1));
                    case "下个月", "下月" -> cn(ym.plusMonths(1));
                    default -> cn(ym);
                };
            }
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})\\s*(学年度|學年度|学年|學年)");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}/(?:0?[1-9]|1[0-2])");
    private static final Pattern SLASHED_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");

    private static String twoDigits(String n) { return n.length() == 1 ? "0" + n : n; }
    private static final Pattern SEASON = Pattern.compile("(?i)(?:the )?(\\d{4})\\s*[/\\-–](\\d{2}|\\d{4})\\s*(?:season|赛季|賽季)");

    /** A part of a year named without the year (上半年, 前三季度, 3月24日, 1-9月): Chinese reports leave out the year they report. */
    private static final Pattern YEARLESS = Pattern.compile(
            "(?:上半年|下半年|前[一二两三]个?季度?|第?[一二三四]季度|第[一二三四]季|\\d{1,2}月\\d{1,2}日|\\d{1,2}月份?|前\\d{1,2}个月|\\d{1,2}\\s*[-–~至到]\\s*\\d{1,2}月)");

    /** Such a part in the year of publication, or the year before when it has not ended by then (figures are told after their period). */
    private static String yearless(String t, String given, LocalDate published) {
        if (!YEARLESS.matcher(t).matches()) return t;
        if (published == null) {
            throw dateUnknown(given, "2024年" + t);
        }
        String same = published.getYear() + "年" + t;
        return one(same, FiscalYears.DEFAULT)[1].isAfter(published) ? (published.getYear() - 1) + "年" + t : same;
    }

    private static IllegalArgumentException dateUnknown(String given, String example) {
        return new IllegalArgumentException("\"" + given + "\" is relative to the publication date, which is unknown: write the period itself (e.g. " + example + ")");
    }

    private static String cn(YearMonth ym) { return ym.getYear() + "年" + ym.getMonthValue() + "月"; }

    // ---- one period ----

    private static final Pattern NAMED_CONVENTION = Pattern.compile("(.*\\S)\\s*\\(([A-Za-z][A-Za-z-]*)\\)");
    private static final Pattern FISCAL_WORD = Pattern.compile("(?i)\\bFY|fiscal|financial year|财年|財年|会计年度");
    /** true: the text names the end ("by 2031"); false: the start ("since 2020"). */
    private static final List<Map.Entry<Pattern, Boolean>> OPEN = List.of(
            Map.entry(Pattern.compile("(?i)(?:by|through|thru|until|till|up to|as of|as at|(?:at |by |to )?(?:the )?end of)\\s+(.+)"), true),
            Map.entry(Pattern.compile("(?i)(?:at |by )?(?:the )?(?:year[- ]end(?![a-z])|end-)\\s*(.+)"), true),
            Map.entry(Pattern.compile("(?:到|至|截至|截止到|截止|直到)(.+?)(?:底|末|为止)?"), true),
            Map.entry(Pattern.compile("(\\d{4}年(?!代).*?)(?:底|末)"), true),
            Map.entry(Pattern.compile("(.+)/"), false),
            Map.entry(Pattern.compile("(?i)(?:since|from)\\s+(.+)"), false),
            Map.entry(Pattern.compile("(?i)(.+?)\\s*(?:-|–|—|\\bto|\\buntil|\\btill)\\s*(?:the )?(?:present|now|today|date)"), false),
            Map.entry(Pattern.compile("(?:自|从)?(.+?)(?:以来|起|开始|至今)"), false));
    private static final Pattern BEFORE = Pattern.compile("(?i)before\\s+(.+)|(.+?)(?:年)?之前");
    private static final Pattern YEAR_SPAN = Pattern.compile("(\\d{4})\\s*年?\\s*[-–—~至到]\\s*(\\d{4}|\\d{2})\\s*年?");
    private static final Pattern SPAN = Pattern.compile("(?i)(?:from\\s+|between\\s+)?(.+?)\\s*(?:–|—|~|至|到|\\bto\\b|\\band\\b)\\s*(.+)");
    private static final Pattern MONTH_SPAN_CN = Pattern.compile("\\d{4}年\\d{1,2}\\s*[-–~至到]\\s*\\d{1,2}月");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("1st", 1), Map.entry("second", 2), Map.entry("2nd", 2), Map.entry("third", 3),
            Map.entry("3rd", 3), Map.entry("fourth", 4), Map.entry("4th", 4), Map.entry("一", 1), Map.entry("二", 2),
            Map.entry("两", 2), Map.entry("三", 3), Map.entry("四", 4), Map.entry("1", 1), Map.entry("2", 2), Map.entry("3", 3),
            Map.entry("4", 4), Map.entry("上", 1), Map.entry("下", 2));

    private interface Form extends BiFunction<Matcher, FiscalYears.Convention, LocalDate[]> {}

    /** Each written form and the days it spans; the first full match wins. */
    private static final List<Map.Entry<Pattern, Form>> FORMS = List.of(
            form("(\\d{4})年?", (m, c) -> year(y(m, 1))),
            form("(\\d{4})年度", (m, c) -> year(y(m, 1))),
            form("(\\d{4})-(\\d{2})", (m, c) -> month(y(m, 1), y(m, 2))),
            form("(\\d{4})年(\\d{1,2})月(?:份)?", (m, c) -> month(y(m, 1), y(m, 2))),
            form("(?i)" + MONTH + ",? (\\d{4})", (m, c) -> month(y(m, 2), monthOf(m.group(1)))),
            form("(\\d{4}-\\d{2}-\\d{2})", (m, c) -> day(LocalDate.parse(m.group(1)))),
            form("(\\d{4})年(\\d{1,2})月(\\d{1,2})日", (m, c) -> day(LocalDate.of(y(m, 1), y(m, 2), y(m, 3)))),
            form("(?i)(\\d{1,2}) " + MONTH + ",? (\\d{4})", (m, c) -> day(LocalDate.of(y(m, 3), monthOf(m.group(2)), y(m, 1)))),
            form("(?i)" + MONTH + " (\\d{1,2}),? (\\d{4})", (m, c) -> day(LocalDate.of(y(m, 3), monthOf(m.group(1)), y(m, 2)))),
            form("(?i)(\\d{4})\\s*-?\\s*Q([1-4])", (m, c) -> quarter(y(m, 1), y(m, 2))),
            form("(?i)Q([1-4])\\s*-?\\s*(\\d{4})", (m, c) -> quarter(y(m, 2), y(m, 1))),
            form("(?i)([1-4])Q\\s*(\\d{4})", (m, c) -> quarter(y(m, 2), y(m, 1))),
            form("(?i)([1-4])Q\\s*'?(\\d{2})", (m, c) -> quarter(2000 + y(m, 2), y(m, 1))),
            // Jan-Mar 2024, January to March 2024: months of one year, in order
            form("(?i)" + MONTH + "\\s*(?:-|–|—|to|through|until)\\s*" + MONTH + ",? (\\d{4})", (m, c) -> monthsInOrder(m.group(), y(m, 3), monthOf(m.group(1)), monthOf(m.group(2)))),
            form("(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})", (m, c) -> day(LocalDate.of(y(m, 1), y(m, 2), y(m, 3)))),
            form("(\\d{4})[./](\\d{1,2})", (m, c) -> month(y(m, 1), y(m, 2))),
            // May 2024-April 2025: months of two years
            form("(?i)" + MONTH + ",? (\\d{4})\\s*(?:-|–|—|to|through|until)\\s*" + MONTH + ",? (\\d{4})",
                    (m, c) -> new LocalDate[] {month(y(m, 2), monthOf(m.group(1)))[0], month(y(m, 4), monthOf(m.group(3)))[1]}),
            // China's five-year plans from the third (1966-1970) on: 十四五 is 2021-2025
            form("[“\"「]?十([一二三四五六七八九])五[”\"」]?(?:规划|規劃)?(?:期间|期間|时期|時期)?", (m, c) -> years(fiveYearPlan(m.group(1)), fiveYearPlan(m.group(1)) + 4)),
            form("(?i)(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)? (\\d{4})", (m, c) -> quarter(y(m, 2), ord(m.group(1)))),
            // 季度 on the mainland, 季 in Taiwan and Hong Kong (第三季, 前三季)
            form("(\\d{4})年(?:第)?([一二三四1-4])季度", (m, c) -> quarter(y(m, 1), ord(m.group(2)))),
            form("(\\d{4})年第([一二三四1-4])季", (m, c) -> quarter(y(m, 1), ord(m.group(2)))),
            form("(\\d{4})年Q([1-4])", (m, c) -> quarter(y(m, 1), y(m, 2))),
            form("(\\d{4})年度第([一二三四1-4])季度?", (m, c) -> quarter(y(m, 1), ord(m.group(2)))),
            // Q1-Q3 2024: quarters of one year, in order
            form("(?i)Q([1-4])\\s*[-–—]\\s*Q([1-4])\\s*(\\d{4})", (m, c) -> monthsInOrder(m.group(), y(m, 3), 3 * y(m, 1) - 2, 3 * y(m, 2))),
            form("(\\d{4})年前([一二两三1-3])(?:个)?季度?", (m, c) -> months(y(m, 1), 1, 3 * ord(m.group(2)))),
            form("(\\d{4})年前(\\d{1,2})个月", (m, c) -> months(y(m, 1), 1, y(m, 2))),
            form("(\\d{4})年(\\d{1,2})\\s*[-–~至到]\\s*(\\d{1,2})月", (m, c) -> months(y(m, 1), y(m, 2), y(m, 3))),
            form("(?i)(\\d{4})\\s*-?\\s*H([12])", (m, c) -> half(y(m, 1), y(m, 2))),
            form("(?i)H([12])\\s*-?\\s*(\\d{4})", (m, c) -> half(y(m, 2), y(m, 1))),
            form("(?i)([12])H\\s*(\\d{4})", (m, c) -> half(y(m, 2), y(m, 1))),
            form("(?i)([12])H\\s*'?(\\d{2})", (m, c) -> half(2000 + y(m, 2), y(m, 1))),
            form("(?i)(\\d{4},?) (first|second|1st|2nd) half", (m, c) -> half(y(m, 1), ord(m.group(2)))),
            form("(?i)(first|second|1st|2nd) half(?: of)? (\\d{4})", (m, c) -> half(y(m, 2), ord(m.group(1)))),
            form("(\\d{4})年(上|下)半年", (m, c) -> half(y(m, 1), ord(m.group(2)))),
            form("(?i)FY\\s?'?(\\d{4}|\\d{2})", (m, c) -> c.named(fy(m.group(1)))),
            form("(?i)Q([1-4])\\s*FY\\s?'?(\\d{4}|\\d{2})", (m, c) -> part(c.named(fy(m.group(2))), 3, y(m, 1))),
            form("(?i)FY\\s?'?(\\d{4}|\\d{2})\\s*-?\\s*Q([1-4])", (m, c) -> part(c.named(fy(m.group(1))), 3, y(m, 2))),
            form("(?i)H([12])\\s*FY\\s?'?(\\d{4}|\\d{2})", (m, c) -> part(c.named(fy(m.group(2))), 6, y(m, 1))),
            form("(?i)FY\\s?'?(\\d{4}|\\d{2})\\s*-?\\s*H([12])", (m, c) -> part(c.named(fy(m.group(1))), 6, y(m, 2))),
            form("(?i)(?:fiscal|financial)(?: year)? (\\d{4})", (m, c) -> c.named(y(m, 1))),
            form("(?i)(\\d{4}) (?:fiscal|financial) year", (m, c) -> c.named(y(m, 1))),
            form("(?i)(?:fiscal|financial) year (\\d{4})[/\\-–](\\d{2}|\\d{4})", (m, c) -> fiscalSpan(m, c)),
            form("(?i)(\\d{4})[/\\-–](\\d{2}|\\d{4}) (?:fiscal|financial) year", (m, c) -> fiscalSpan(m, c)),
            // early, mid- and late parts of a year or decade: the third of it each may mean (early 2024 January–April)
            form("(?i)(?:the )?(early|mid|late)[- ]?(\\d{4})", (m, c) -> monthsPart(y(m, 2), part(m.group(1)))),
            form("(\\d{4})年(?:年)?(初|中)", (m, c) -> monthsPart(y(m, 1), part(m.group(2)))),
            form("(?i)(?:the )?(early|mid|late)[- ]?(\\d{3})0s", (m, c) -> decadePart(y(m, 2) * 10, part(m.group(1)))),
            form("(\\d{3})0年代(初期?|中期?|末期?|后期|後期)", (m, c) -> decadePart(y(m, 1) * 10, part(m.group(2)))),
            form("(\\d{2})世[纪紀]([1-9])0年代(初期?|中期?|末期?|后期|後期)", (m, c) -> decadePart((y(m, 1) - 1) * 100 + y(m, 2) * 10, part(m.group(3)))),
            // decades: the 2020s, 1990年代, 20世纪90年代
            form("(?i)(?:the )?(\\d{3})0s", (m, c) -> years(y(m, 1) * 10, y(m, 1) * 10 + 9)),
            form("(\\d{3})0年代", (m, c) -> years(y(m, 1) * 10, y(m, 1) * 10 + 9)),
            form("(\\d{2})世[纪紀]([1-9])0年代", (m, c) -> years((y(m, 1) - 1) * 100 + y(m, 2) * 10, (y(m, 1) - 1) * 100 + y(m, 2) * 10 + 9)),
            // the year to March 2024, the three months to June 2024, the 12 months ended 30 June 2024
            form("(?i)(?:the )?(year|quarter|(?:\\d{1,2}|three|six|nine|twelve) months)\\s+(?:to|ending|ended|through)\\s+(.+)", (m, c) -> monthsTo(m, c)),
            // ISO weeks: 2024-W23, the week of 3 June 2024 (Monday to Sunday)
            form("(\\d{4})-?W(\\d{1,2})", (m, c) -> week(LocalDate.of(y(m, 1), 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, y(m, 2)))),
            form("(?i)(?:the )?week of (.+)", (m, c) -> week(one(m.group(1).trim(), c)[0])),
            // the week ending 5 May 2024: the seven days to that day
            form("(?i)(?:the )?week (?:ending|ended|to) (.+)", (m, c) -> { LocalDate d = one(m.group(1).trim(), c)[1]; return new LocalDate[] {d.minusDays(6), d}; }),
            form("(\\d{4})(?:财年|財年|会计年度)", (m, c) -> c.named(y(m, 1))),
            form("(?i)FY\\s?'?(\\d{4}|\\d{2})\\s?[/\\-–]\\s?(\\d{4}|\\d{2})", (m, c) -> fiscalSpan(m, c)),
            form("(\\d{4})[/\\-–](\\d{2}|\\d{4})(?:财年|財年|会计年度)", (m, c) -> fiscalSpan(m, c)));

    private static final int ROC_OFFSET = 1911;
    /** A year of the calendar, or a school year as Taiwan counts them (112學年度: the one starting in 2023). */
    private static final String ROC_YEAR = "(年|學年度|学年度|學年|学年)";
    private static final Pattern ROC = Pattern.compile("(?:民國|民国)\\s*(\\d{1,3})" + ROC_YEAR + "(.*)");
    private static final Pattern ROC_BARE = Pattern.compile("(\\d{2,3})" + ROC_YEAR + "(.*)");

    /** 民國106年 (the calendar of the Republic of China, used in Taiwan) as 2017年. */
    private static String republicOfChina(String t) {
        Matcher m = ROC.matcher(t);
        return m.matches() ? (Integer.parseInt(m.group(1)) + ROC_OFFSET) + m.group(2) + m.group(3) : t;
    }

    private static Map.Entry<Pattern, Form> form(String regex, Form f) { return Map.entry(Pattern.compile(regex), f); }

    static LocalDate[] one(String t, FiscalYears.Convention conv) {
        Integer first = yearAndNext(t, conv);
        if (first != null) {
            return conv != FiscalYears.DEFAULT && conv.startMonth() != 1 ? conv.spanning(first, t)
                    : new LocalDate[] {LocalDate.of(first, 7, 1), LocalDate.of(first + 1, 6, 30)};
        }
        try {
            for (Map.Entry<Pattern, Form> f : FORMS) {
                Matcher m = f.getKey().matcher(t);
                if (m.matches()) return f.getValue().apply(m, conv);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + t + "\" is not a real date");
        }
        Matcher roc = ROC_BARE.matcher(t);
        if (roc.matches()) // Taiwanese documents count years so; a bare 106年 could also be the year 106, so it is asked for in full
            throw new IllegalArgumentException("\"" + t + "\" is not a period: a year of the Republic of China is written with 民國, as 民國"
                    + roc.group(1) + roc.group(2) + roc.group(3) + " (" + (Integer.parseInt(roc.group(1)) + ROC_OFFSET) + ")");
        throw new IllegalArgumentException("\"" + t + "\" is not a period: write 2025, 2023-2024, 2025-H1, 2025-Q3, 2025-09, 2025-09-22, "
                + "FY2024, 2025年上半年, a range such as 2026/2030 or an open one such as \"by 2031\"");
    }

    private static int y(Matcher m, int g) { return Integer.parseInt(m.group(g)); }

    private static int fy(String digits) { return digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits); }

    /** The first year of the five-year plan 十X五 (X one to nine): the third plan began in 1966, each five years after the last. */
    private static int fiveYearPlan(String x) { return 1966 + 5 * (10 + "一二三四五六七八九".indexOf(x) + 1 - 3); }

    private static LocalDate[] monthsInOrder(String text, int year, int from, int to) {
        if (to < from) throw new IllegalArgumentException("\"" + text + "\" is not a period: its months run backwards (give each its year, as 2023-11/2024-02)");
        return months(year, from, to);
    }

    private static int ord(String w) { return ORDINALS.get(w.toLowerCase(Locale.ROOT)); }

    private static int monthOf(String w) {
        String l = w.toLowerCase(Locale.ROOT).replace(".", "");
        return MONTHS.get(l.startsWith("sept") ? "sept" : l.substring(0, 3));
    }

    private static LocalDate[] fiscalSpan(Matcher m, FiscalYears.Convention c) {
        int first = fy(m.group(1));
        String s = m.group(2);
        int second = s.length() == 2 ? first / 100 * 100 + Integer.parseInt(s) : Integer.parseInt(s);
        if (second != first + 1) {
            throw new IllegalArgumentException("\"" + m.group() + "\" is not one fiscal year: the second year must follow the first");
        }
        return c.spanning(first, m.group());
    }

    private static final Map<String, Integer> MONTH_COUNTS = Map.of("year", 12, "quarter", 3, "three months", 3, "six months", 6,
            "nine months", 9, "twelve months", 12);

    /** The months that end with a period's end: "the year to March 2024" is April 2023 to March 2024. */
    private static LocalDate[] monthsTo(Matcher m, FiscalYears.Convention c) {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        int n = MONTH_COUNTS.containsKey(w) ? MONTH_COUNTS.get(w) : Integer.parseInt(w.replaceAll("\\D", ""));
        if (n < 1) throw new DateTimeException("no months");
        LocalDate end = one(m.group(2).trim(), c)[1];
        return new LocalDate[] {end.plusDays(1).minusMonths(n), end};
    }

    /** The ISO week (Monday to Sunday) of a day. */
    private static LocalDate[] week(LocalDate d) {
        LocalDate monday = d.with(java.time.temporal.ChronoField.DAY_OF_WEEK, 1);
        return new LocalDate[] {monday, monday.plusDays(6)};
    }

    /** 0 for an early part, 1 for the middle, 2 for a late one (early, 初; mid, 中; late, 末, 后期). */
    private static int part(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.equals("early") || l.startsWith("初") ? 0 : l.equals("mid") || l.startsWith("中") ? 1 : 2;
    }

    /** A third of a year: January–April, May–August or September–December. */
    private static LocalDate[] monthsPart(int y, int third) { return months(y, 4 * third + 1, 4 * third + 4); }

    /** A part of a decade: its first four years, the middle three or the last three (the early 1990s are 1990–1993). */
    private static LocalDate[] decadePart(int decade, int third) {
        return third == 0 ? years(decade, decade + 3) : third == 1 ? years(decade + 4, decade + 6) : years(decade + 7, decade + 9);
    }

    private static LocalDate[] years(int from, int to) { return new LocalDate[] {LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)}; }

    /** The n-th part of {@code months} months of a fiscal year: its Q3 or H1. */
    private static LocalDate[] part(LocalDate[] fiscalYear, int months, int n) {
        LocalDate start = fiscalYear[0].plusMonths((long) months * (n - 1));
        return new LocalDate[] {start, start.plusMonths(months).minusDays(1)};
    }

        private static LocalDate[] year(int y) { return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)}; }

    private static LocalDate[] month(int y, int m) {
        YearMonth ym = YearMonth.of(y, m);
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
    }

    private static LocalDate[] months(int y, int from, int to) {
        if (to < from) throw new DateTimeException("months run backwards");
        return new LocalDate[] {YearMonth.of(y, from).atDay(1), YearMonth.of(y, to).atEndOfMonth()};
    }

    private static LocalDate[] day(LocalDate d) { return new LocalDate[] {d, d}; }

    private static LocalDate[] quarter(int y, int q) { return months(y, 3 * q - 2, 3 * q); }

    private static LocalDate[] half(int y, int h) { return months(y, 6 * h - 5, 6 * h); }
}
