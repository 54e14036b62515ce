package org.claimgraph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Qualifier;
import org.claimgraph.vocab.Amounts;

/**
 * Finds the checkable figures of a text: candidate spans from the unit, cue and label lists of
 * {@link Patterns}, each read by the one number reader ({@link Amounts#read}). Dates come first,
 * figures inside names and labels are skipped, years that only say when something holds are left
 * to the periods.
 */
final class Figures {

    /** One figure found: where, what it reads as, and why it was taken. */
    record Found(int start, int end, String text, double value, String date, String unit, String claimUnit, double low, double high,
                 Set<Qualifier> qualifiers, double confidence, Kind kind, String asWritten, String why) {}

    enum Kind { AMOUNT, DURATION, DATE, YEAR }

    private static final String CN_NUMERALS = "零〇○一二三四五六七八九十两百千万亿兆";
    private static final String CN_DIGITS = "零〇○一二三四五六七八九两";
    private static final String CN_MAGNITUDES = "百千万亿兆";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d,]\\d)|\\d+(?:\\.\\d+)?");
    private static final Pattern PER_100000_FRACTION = Pattern.compile("(?:十|10)万分之(\\d+(?:\\.\\d+)?)");
    /** 三分之一, 百分之三十, 2分之1: a share written as a fraction (read by the number reader as percent). */
    private static final Pattern CN_FRACTION = Pattern.compile(
            "(?:\\d+|[零〇一二三四五六七八九十两百千万]+)分之(?:\\d+(?:\\.\\d+)?|[零〇一二三四五六七八九十两百千]+(?:点[零〇一二三四五六七八九]+)?)");
    // lakh and crore: South Asia's 10⁵ and 10⁷, also together ("2.5 lakh crore", 10¹²)
    private static final Pattern EN_MAGNITUDE = Pattern.compile(
            "(?i)(?: ?(?:thousand|million|billion|trillion|lakh|crore)s?(?: crores?)?(?![a-z])|(?:bn|mn|tn|b|m|k)(?![a-zA-Z]))");
    /** 1.5e9, 3×10^25, 2 x 10⁶: a power of ten after the digits, a magnitude. */
    private static final Pattern POWER_OF_TEN = Pattern.compile("(?:[eE][+-]?\\d+|\\s?[x×]\\s?10(?:\\^[+-]?\\d+|[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))(?![\\p{L}\\d])");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private final Patterns p;
    private final String text, simple, lang;
    private final boolean zh;
    private final LocalDate published;
    private final boolean[] taken, label;
    private final Pattern englishWords, englishFraction, englishMultiple, englishRatio;
    private final List<Found> found = new ArrayList<>();
    /** Figures read but beyond what a claim holds, each with the reader's reason: left out, and said so. */
    private final Map<Integer, Skipped> skipped = new java.util.TreeMap<>();
    /** The unit word each figure was read with (its scale and claim unit, for a number compared with it). */
    private final Map<Found, Patterns.UnitWord> unitWords = new java.util.IdentityHashMap<>();
    private final String currency;
    /** What a sign two currencies write means in this text (¥ in a text about Japan is the yen). */
    private final Map<String, String> signCurrency;
    /** The currency signs before a figure: the shipped ones and the letters whose country this text names (P20 in a text naming the Philippines). */
    private final List<Patterns.UnitWord> before = new ArrayList<>();
    private final Set<String> letterSigns = new java.util.HashSet<>();
    private final List<int[]> sentences;
    /** Whether the text counts years in the calendar of the Republic of China (114年 is 2025): see {@link #rocCalendar}. */
    private final boolean roc;
    static final int ROC_OFFSET = 1911;

    Figures(Patterns p, String text, String simple, String lang, LocalDate published, List<int[]> sentences) {
        this.p = p;
        this.text = text;
        this.simple = simple;
        this.lang = lang;
        this.zh = lang.startsWith("zh");
        this.published = published;
        this.sentences = sentences;
        this.taken = new boolean[text.length() + 1];
        this.label = new boolean[text.length() + 1];
        String w = "(?:" + String.join("|", byLength(p.englishNumbers)) + ")(?![a-z])";
        // "three and a half million": the half belongs to the count before the magnitude
        // "more than a million": the article stands for one of the magnitude
        this.englishWords = Pattern.compile("(?i)(?:an? (?=(?:hundred|thousand|million|billion|trillion)(?![a-z])))?" + w + "(?:(?:[ -]|\\s+and\\s+)" + w + ")*"
                + "(?:\\s+and\\s+a\\s+half(?:\\s+(?:thousand|million|billion|trillion)(?![a-z]))?)?");
        this.englishFraction = Pattern.compile("(?i)(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[ -])?(?:"
                + String.join("|", byLength(p.englishFractions)) + ")(?![a-z])(?: a (?:thousand|million|billion|trillion)| of a percentage point| of a (?:penny|pence|cent)(?![a-z]))?");
        this.englishMultiple = Pattern.compile("(?i)(?:" + String.join("|", byLength(p.englishMultiples)) + ")(?![a-z])");
        // "seven in ten", "one in five": a share, read by the number reader as percent
        String one = "(?:" + String.join("|", byLength(p.englishNumbers)) + ")";
        // "one child in ten": a noun of the whole may stand between (the ratio nouns of patterns.json)
        String noun = p.ratioNouns.isEmpty() ? "" : "(?: (?:" + String.join("|", byLength(p.ratioNouns)) + "))?";
        this.englishRatio = Pattern.compile("(?i)" + one + noun + " (?:in|out of) (?:every )?(?:" + one + "|\\d{1,3}(?:,\\d{3})?)(?![a-z\\d])");
        this.currency = documentCurrency();
        this.signCurrency = signCurrencies();
        before.addAll(p.before);
        for (Patterns.LetterSign l : p.letterSigns) {
            if (l.hints().stream().anyMatch(h -> occurrences(h) > 0) && letterSigns.add(l.letter()))
                before.add(new Patterns.UnitWord(l.letter(), l.unit(), null, false, false, 1, List.of(), List.of(), List.of()));
        }
        this.roc = rocCalendar(text, simple, published);
    }

    private static final Pattern ROC_YEAR = Pattern.compile("(?<![\\d.])(1[0-4]\\d)年(\\d{1,2}月)?");

    /**
     * Whether a text counts years in the calendar of the Republic of China: it names 民國, or is
     * written in Traditional characters and names such a year with its month (114年12月), or two of them,
     * or the year of its publication or the one before it (a survey of 110年 published in 2022).
     */
    static boolean rocCalendar(String text, String simple, LocalDate published) {
        if (simple.contains("民国")) return true;
        if (text.equals(simple)) return false;
        Set<String> years = new java.util.HashSet<>();
        Matcher m = ROC_YEAR.matcher(simple);
        while (m.find()) {
            if (m.group(2) != null) return true;
            int y = Integer.parseInt(m.group(1)) + ROC_OFFSET;
            if (published != null && (y == published.getYear() || y == published.getYear() - 1)) return true;
            years.add(m.group(1));
        }
        return years.size() >= 2;
    }

    private static List<String> byLength(List<String> words) {
        List<String> s = new ArrayList<>(words);
        s.sort(Comparator.comparingInt(String::length).reversed());
        return s.stream().map(Pattern::quote).toList();
    }

    /** A figure the text writes that no claim can hold: where it is and why it was left out. */
    record Skipped(int start, int end, String text, String why) {}

    /** The figures {@link #find()} left out, in the order of the text. */
    List<Skipped> skipped() { return List.copyOf(skipped.values()); }

    List<Found> find() {
        dates();
        labels();
        clockTimes();
        phrases();
        numbers();
        found.sort(Comparator.comparingInt(Found::start));
        speeds();
        compoundTimes();
        return found;
    }

    /**
     * 每小时180公里, 每亩400公斤: a figure with "per hour" or "per mu" written before the number is a rate; the words join its span.
     * A few characters between them (每公顷产棉2171.6公斤, 每亩多收10.4公斤) keep it a rate, the span its own.
     * A number inside the words (the 十万 of 每十万人口) is no figure of its own.
     */
    private void speeds() {
        List<int[]> inWords = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            for (Patterns.PerWord w : p.perBefore) {
                String cw = Chinese.simplified(w.words());
                if (!w.unit().equals(f.unit()) || f.start() < cw.length()) continue;
                int s = f.start() - cw.length();
                double v = scaled(f.value(), w.scale());
                if (!simple.startsWith(cw, s)) {
                    int gap = perWordGap(cw, f.start());
                    if (gap < 0) continue;
                    found.set(i, new Found(f.start(), f.end(), f.text(), v, null, w.speed(), w.claimUnit(), scaled(f.low(), w.scale()), scaled(f.high(), w.scale()),
                            f.qualifiers(), f.confidence(), f.kind(), f.asWritten(), "a rate: \"" + w.words() + "\" a few characters before the figure"));
                    inWords.add(new int[] {f.start() - gap - cw.length(), f.start() - gap});
                    break;
                }
                found.set(i, new Found(s, f.end(), text.substring(s, f.end()), v, null, w.speed(), w.claimUnit(), scaled(f.low(), w.scale()), scaled(f.high(), w.scale()),
                        f.qualifiers(), f.confidence(), f.kind(), plain(v), "a rate: \"" + w.words() + "\" before the figure"));
                inWords.add(new int[] {s, f.start()});
                break;
            }
        }
        found.removeIf(f -> inWords.stream().anyMatch(r -> f.start() >= r[0] && f.end() <= r[1]));
    }

    private static final Pattern PER_GAP = Pattern.compile("[\\p{IsHan}&&[^，。；、：的]]{1,4}");

    /** How many Chinese characters (one to four, no figure or punctuation) stand between the per-word and the number, or -1. */
    private int perWordGap(String perWord, int start) {
        for (int g = 1; g <= 4 && start - g - perWord.length() >= 0; g++) {
            if (simple.startsWith(perWord, start - g - perWord.length()) && PER_GAP.matcher(simple.substring(start - g, start)).matches()) return g;
        }
        return -1;
    }

    private static final List<String> CLOCK_UNITS = List.of("hours", "minutes", "seconds");
    private static final int[] CLOCK_SECONDS = {3600, 60, 1};

    /** 2 minutes 5 seconds, 3小时20分钟: one time in several units, read in the smallest (125 seconds, 200 minutes). */
    private void compoundTimes() {
        for (int i = 0; i < found.size(); i++) {
            Found a = found.get(i);
            if (a.date() != null || !CLOCK_UNITS.contains(a.unit())) continue;
            int j = i + 1;
            Found last = a;
            while (j < found.size()) {
                Found b = found.get(j);
                if (b.date() != null || CLOCK_UNITS.indexOf(b.unit()) <= CLOCK_UNITS.indexOf(last.unit())
                        || !simple.substring(last.end(), b.start()).matches("\\s?(?:and\\s)?")) break;
                last = b;
                j++;
            }
            if (last == a) continue;
            int smallest = CLOCK_SECONDS[CLOCK_UNITS.indexOf(last.unit())];
            double seconds = 0;
            for (int k = i; k < j; k++) seconds += found.get(k).value() * CLOCK_SECONDS[CLOCK_UNITS.indexOf(found.get(k).unit())];
            double v = seconds / smallest;
            // minutes and seconds are amounts a claim states (a race time, a warning in force); hours alone stay a duration
            Found merged = new Found(a.start(), last.end(), text.substring(a.start(), last.end()), v, null, last.unit(), claimUnit(last.unit()),
                    v - 0.5, v + 0.5, a.qualifiers(), a.confidence(), Kind.AMOUNT, plain(v), "one time in " + (j - i) + " units, in " + last.unit());
            for (int k = j - 1; k > i; k--) found.remove(k);
            found.set(i, merged);
        }
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    // ---- dates ----

    private void dates() {
        for (Patterns.DatePattern d : p.dates) {
            if (d.roc() && !roc) continue;
            Matcher m = d.re().matcher(simple);
            while (m.find()) {
                // the three months to January 26: a day ending the period is still a date, a month alone is none
                if (any(taken, m.start(), m.end()) || d.d() == 0 && endOfPeriod(m.start())) continue;
                // 304,919 in February 2024: the month is that figure's period
                if (d.d() == 0 && d.y() > 0 && p.monthOfFigure.matcher(simple.substring(Math.max(0, m.start() - 40), m.start())).find()) continue;
                // September 2022 to February 2024: the months bound the figures' period
                if (d.d() == 0 && d.y() > 0 && p.monthSpanAfter.matcher(simple).region(m.end(), simple.length()).lookingAt()) continue;
                // between January 1 and April 17: the days bound the figures' period
                if (d.d() > 0 && (p.daySpan.matcher(simple.substring(Math.max(0, m.start() - 40), m.start())).find()
                        || d.h() == 0 && p.daySpanAfter.matcher(simple).region(m.end(), simple.length()).lookingAt())) { mark(taken, m.start(), m.end()); continue; }
                // 8.8日: the decimal of a number of days, no day of the month
                if (at(m.start() - 1) == '.' && Character.isDigit(at(m.start() - 2))) continue;
                String iso = date(m, d);
                if (iso == null) continue;
                mark(taken, m.start(), m.end());
                found.add(new Found(m.start(), m.end(), text.substring(m.start(), m.end()), Double.NaN, iso, "date", null, Double.NaN, Double.NaN,
                        Set.of(), 0.9, Kind.DATE, text.substring(m.start(), m.end()), "date pattern " + d.re().pattern()));
            }
        }
    }

    /** "in the year to March 2023": the month ends the period of the figures, it is no date of its own. */
    private boolean endOfPeriod(int start) {
        String before = simple.substring(Math.max(0, start - 24), start).toLowerCase(Locale.ROOT);
        for (String w : p.periodEndBefore) if (before.endsWith(w)) return true;
        return false;
    }

    private String date(Matcher m, Patterns.DatePattern d) {
        String day = day(m, d);
        if (day == null || d.h() == 0 || day.length() != 10) return day;
        int h = Integer.parseInt(m.group(d.h())), min = d.min() > 0 && m.group(d.min()) != null ? Integer.parseInt(m.group(d.min())) : 0;
        // 下午3时, 晚上8点: an hour of the afternoon or evening
        if (d.ap() > 0 && m.group(d.ap()) != null && h < 12 && "下午傍晚晚上晚间夜间".contains(m.group(d.ap()))) h += 12;
        if (h > 24 || min > 59) return null;
        return String.format(Locale.ROOT, "%sT%02d:%02d", day, h, min);
    }

    /** 前年, 去年, 今年, 明年: the years before and after publication, by their first character's place here less two. */
    private static final String RELATIVE_YEARS = "前去今明";

    private String day(Matcher m, Patterns.DatePattern d) {
        try {
            Integer y = null;
            if (d.y() > 0) y = Integer.parseInt(m.group(d.y())) + (d.roc() ? ROC_OFFSET : 0);
            else if (d.rel() > 0 && published != null) y = published.getYear() + RELATIVE_YEARS.indexOf(m.group(d.rel()).charAt(0)) - 2;
            Integer mo = d.m() > 0 ? Integer.valueOf(m.group(d.m())) : d.mName() > 0 ? month(m.group(d.mName())) : null;
            Integer day = d.d() > 0 ? Integer.valueOf(m.group(d.d())) : null;
            if (y == null) {
                if (published == null) return null;
                // a day or month-day without a year is the last one before publication, the next one after a future word (将于5月20日)
                boolean ahead = futureBefore(m.start());
                if (mo == null) {
                    LocalDate c = published.withDayOfMonth(1);
                    if (day > published.getDayOfMonth() && !ahead) c = c.minusMonths(1);
                    if (day < published.getDayOfMonth() && ahead) c = c.plusMonths(1);
                    return LocalDate.of(c.getYear(), c.getMonthValue(), day).toString();
                }
                LocalDate c = LocalDate.of(published.getYear(), mo, day);
                if (ahead) return (c.isBefore(published) ? c.plusYears(1) : c).toString();
                return (c.isAfter(published) ? c.minusYears(1) : c).toString();
            }
            if (mo == null) return null;
            if (d.end()) return YearMonth.of(y, mo).atEndOfMonth().toString();
            if (day == null) return YearMonth.of(y, mo).toString();
            return LocalDate.of(y, mo, day).toString();
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Whether a word of the future (will, 将, 计划) stands in the dozen characters before a date. */
    private boolean futureBefore(int s) {
        String before = simple.substring(Math.max(0, s - 12), s).toLowerCase(Locale.ROOT);
        int cut = -1; // within the sentence
        for (int i = 0; i < before.length(); i++) if ("。！？；!?\n".indexOf(before.charAt(i)) >= 0 || before.startsWith(". ", i)) cut = i;
        before = before.substring(cut + 1);
        if (hasWord(before, p.projection)) return true;
        // payable on May 15, is due to vote … on October 3: a wider look, within the clause
        String clause = simple.substring(Math.max(0, s - 40), s).toLowerCase(Locale.ROOT);
        int c = -1;
        for (int i = 0; i < clause.length(); i++) if ("。！？；!?\n,，;".indexOf(clause.charAt(i)) >= 0 || clause.startsWith(". ", i)) c = i;
        if (hasWord(clause.substring(c + 1), p.futureDay)) return true;
        // will raise the price … to €32 from January 14: a start after a future verb anywhere in the sentence
        String sentence = simple.substring(Math.max(0, s - 200), s).toLowerCase(Locale.ROOT);
        int e = -1;
        for (int i = 0; i < sentence.length(); i++) if ("。！？；!?\n;".indexOf(sentence.charAt(i)) >= 0 || sentence.startsWith(". ", i)) e = i;
        return START_WORD.matcher(sentence).find() && hasWord(sentence.substring(e + 1), p.futureDay);
    }

    private static final Pattern START_WORD = Pattern.compile("\\b(?:from|starting|effective|as of)\\s+$");

    /** Whether one of the words stands in the text as a word (a Chinese one anywhere). */
    static boolean hasWord(String before, List<String> words) {
        for (String w : words) {
            String f = Chinese.simplified(w).toLowerCase(Locale.ROOT);
            int i = before.indexOf(f);
            if (i >= 0 && (Chinese.han(f.charAt(0)) || (i == 0 || !Character.isLetter(before.charAt(i - 1))) && (i + f.length() == before.length()
                    || !Character.isLetter(before.charAt(i + f.length()))))) return true;
        }
        return false;
    }

    private static Integer month(String name) {
        int i = MONTHS.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3));
        return i < 0 ? null : i + 1;
    }

    // ---- race times ----

    /** 2:06:26, 3:26.73: a time taken in hours, minutes and seconds, or minutes, seconds and hundredths (not a time of day: 9:30, 9:30:00 a.m.). */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:.,])(?:(\\d{1,2}):([0-5]\\d):([0-5]\\d)(?:\\.(\\d{1,3}))?|(\\d{1,2}):([0-5]\\d)\\.(\\d{1,3}))"
            + "(?![\\d:]|\\s?(?i:[ap]\\.?m\\b|gmt|utc|bst|cet|[ecmp][sd]?t\\b))");

    /** 9秒83: a race's time in Chinese, its hundredths after 秒. */
    private static final Pattern RACE_SECONDS_ZH = Pattern.compile("(?<![\\d.])(\\d{1,2})秒(\\d{2})(?![\\d%万亿个次人])");

    private void clockTimes() {
        Matcher z = RACE_SECONDS_ZH.matcher(simple);
        while (z.find()) {
            if (any(taken, z.start(), z.end()) || any(label, z.start(), z.end()) || hypothetical(z.start())) continue;
            // read as claim documents read it, so a draft and a loaded claim agree
            var t = org.claimgraph.vocab.Durations.read(z.group(), "second", org.claimgraph.model.Settings.DEFAULTS);
            mark(taken, z.start(), z.end());
            found.add(new Found(z.start(), z.end(), text.substring(z.start(), z.end()), t.value(), null, "seconds", claimUnit("seconds"), t.low(), t.high(), Set.of(), 0.8,
                    Kind.AMOUNT, plain(t.value()), "a time taken, in seconds"));
        }
        Matcher m = CLOCK.matcher(simple);
        while (m.find()) {
            if (any(taken, m.start(), m.end()) || any(label, m.start(), m.end()) || hypothetical(m.start())) continue;
            boolean hours = m.group(1) != null;
            double h = hours ? Integer.parseInt(m.group(1)) : 0, min = Integer.parseInt(m.group(hours ? 2 : 5)), sec = Integer.parseInt(m.group(hours ? 3 : 6));
            String frac = m.group(hours ? 4 : 7);
            double v = h * 3600 + min * 60 + sec + (frac == null ? 0 : Double.parseDouble("0." + frac));
            double half = frac == null ? 0.5 : 0.5 * Math.pow(10, -frac.length());
            mark(taken, m.start(), m.end());
            // the claim states it in seconds, a number the claim reader reads (2:06:26 is 7586)
            found.add(new Found(m.start(), m.end(), text.substring(m.start(), m.end()), v, null, "seconds", claimUnit("seconds"), v - half, v + half, Set.of(), 0.8,
                    Kind.AMOUNT, java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(), "a time taken, in seconds"));
        }
    }

    // ---- labels and fixed phrases ----

    private void labels() {
        for (Pattern l : p.labels) {
            Matcher m = l.matcher(simple);
            while (m.find()) mark(label, m.start(), m.end());
        }
    }

    private void phrases() {
        String lower = simple.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, double[]> e : p.phraseValues.entrySet()) {
            String w = Chinese.simplified(e.getKey()).toLowerCase(Locale.ROOT);
            for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
                int end = i + w.length();
                if (any(taken, i, end) || !wordEdges(i, end) || hypothetical(i)) continue;
                String unit = p.phraseUnits.get(e.getKey());
                mark(taken, i, end);
                double v = e.getValue()[0];
                String written = (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + (unit.equals("percent") ? "%" : "");
                found.add(new Found(i, end, text.substring(i, end), v, null, unit, claimUnit(unit), v, v, Set.of(), 0.7,
                        unit.equals("years") ? Kind.DURATION : Kind.AMOUNT, written, "fixed phrase \"" + e.getKey() + "\""));
            }
        }
    }

    // ---- numbers ----

    /** A figure's parts: [start, end) with the currency word before it (outside the span when it is a word). */
    private record Part(int start, int end, int coreEnd, String unit, Patterns.UnitWord unitWord, boolean magnitude, boolean words) {}

    private void numbers() {
        int i = 0;
        while (i < text.length()) {
            if (taken[i] || label[i]) { i++; continue; }
            Part a = part(i);
            if (a == null) { i++; continue; }
            int next = candidate(a);
            i = Math.max(next, i + 1);
        }
    }

    /** The number starting at i with its magnitude and unit words, or null when none starts there. */
    private Part part(int i) {
        char c = simple.charAt(i);
        char prev = i > 0 ? simple.charAt(i - 1) : ' ';
        int coreEnd, from = i;
        boolean words = false, magnitude = false;
        // 一半, 半数: half, a share (另一半 is a partner, no figure)
        if (zh && (simple.startsWith("一半", i) || simple.startsWith("半数", i)) && prev != '另' && CN_NUMERALS.indexOf(prev) < 0) {
            return new Part(i, i + 2, i + 2, null, null, false, false);
        }
        Matcher fraction = CN_FRACTION.matcher(simple).region(i, simple.length());
        if (zh && fraction.lookingAt() && !Character.isDigit(prev) && CN_NUMERALS.indexOf(prev) < 0 && prev != '第') {
            return new Part(i, fraction.end(), fraction.end(), null, null, false, false);
        }
        if (Character.isDigit(c) && c < 128) {
            if (Character.isDigit(prev) || prev == '.' || prev == '/' || prev == ',' && i > 1 && Character.isDigit(simple.charAt(i - 2))) return null;
            if (yearAfterYear(i)) return null;
            Matcher m = DIGITS.matcher(simple).region(i, simple.length());
            if (!m.lookingAt()) return null;
            coreEnd = m.end();
            int ratio = !zh ? digitRatio(i) : -1;
            if (ratio > 0) return new Part(i, ratio, ratio, null, null, false, true);
        } else if (CN_NUMERALS.indexOf(c) >= 0) {
            if (prev == '第' || CN_NUMERALS.indexOf(prev) >= 0) return null;
            // a bare 万 or 亿 in running text is mostly a unit (每万人: per ten thousand people), a threshold (过亿元) or an idiom (万人空巷), no figure
            if ("万亿兆".indexOf(c) >= 0) return null;
            int j = i;
            if (c == '○' && CN_DIGITS.indexOf(at(i + 1)) < 0) return null; // a circle alone is a bullet
            while (j < simple.length() && (CN_NUMERALS.indexOf(simple.charAt(j)) >= 0 || cnDecimalPoint(j)) && !unitPrefix(j)) j++;
            if (j == i) return null;
            coreEnd = j;
            String run = simple.substring(i, j);
            magnitude = run.chars().anyMatch(ch -> CN_MAGNITUDES.indexOf(ch) >= 0);
            // 数十人, 几百间: "several" and the magnitude are one figure, a range
            int several = zh ? Amounts.severalBefore(simple, i) : -1;
            if (several >= 0) from = several;
        } else if (!zh && Character.isLetter(c) && !Character.isLetter(prev)) {
            Matcher m = englishFraction.matcher(simple).region(i, simple.length());
            Matcher w = englishWords.matcher(simple).region(i, simple.length());
            Matcher x = englishMultiple.matcher(simple).region(i, simple.length());
            Matcher r = englishRatio.matcher(simple).region(i, simple.length());
            // "hundreds of homes", "tens of thousands": a plural of a magnitude, before "of" unless it has one inside
            int several = Amounts.severalEnd(simple, i);
            if (several > 0 && (simple.startsWith(" of ", several) || simple.substring(i, several).contains(" of "))) { coreEnd = several; magnitude = true; }
            else if (r.lookingAt()) coreEnd = r.end();
            else if (m.lookingAt() && fractionAllowed(i, m.end())) coreEnd = m.end();
            else if (w.lookingAt()) coreEnd = w.end();
            else if (x.lookingAt() && !adjectiveMultiple(i, x.end())) coreEnd = x.end();
            else return null;
            if (Character.isLetter(at(coreEnd))) return null;
            words = true;
        } else {
            return null;
        }
        int j = coreEnd;
        if (!words) {
            if (j < simple.length() && "多余".indexOf(simple.charAt(j)) >= 0 && j + 1 < simple.length() && CN_MAGNITUDES.indexOf(simple.charAt(j + 1)) >= 0) j++;
            int k = j;
            while (k < simple.length() && CN_MAGNITUDES.indexOf(simple.charAt(k)) >= 0 && !unitPrefix(k)) k++;
            Matcher power = POWER_OF_TEN.matcher(simple).region(j, simple.length());
            if (k > j) { magnitude = true; j = lowerPlaces(k); }
            else if (!zh && power.lookingAt()) { magnitude = true; j = power.end(); }
            else {
                Matcher m = EN_MAGNITUDE.matcher(simple).region(j, simple.length());
                if (m.lookingAt() && !zhBefore(j)) { magnitude = true; j = m.end(); }
            }
        } else if (!magnitude && simple.substring(i, coreEnd).toLowerCase(Locale.ROOT).matches(".*(thousand|million|billion|trillion)")) {
            magnitude = true;
        }
        Patterns.UnitWord u = unitAt(i, j);
        // "billions of dollars": the currency after "of" is the unit of a plural magnitude
        if (u == null && words && magnitude && simple.startsWith(" of ", j)) {
            Patterns.UnitWord of = unitAt(i, j + 3);
            if (of != null && of.unit().matches("[A-Z]{3}")) { u = of; j += 3; }
        }
        // "179 offences per 100,000 population": a rate with the noun it counts between the number and its unit
        if (u == null && !zh && !words) {
            Matcher noun = NOUN_THEN_PER.matcher(simple).region(j, simple.length());
            if (noun.lookingAt()) {
                Patterns.UnitWord rate = unitAt(i, noun.end());
                if (rate != null && rate.words().startsWith("per ") && "percent".equals(rate.unit())) { u = rate; j = noun.end(); }
            }
        }
        // 300多个, 20余家: 多 between the number and its classifier makes it a lower bound
        if (u == null && !words && j + 1 < simple.length() && "多余".indexOf(simple.charAt(j)) >= 0) {
            Patterns.UnitWord after = unitAt(i, j + 1);
            if (after != null && "count".equals(after.unit())) { j++; u = after; }
        }
        if (u == null && !zh && !words) u = pointsAt(i, j);
        // "fell by two points": points after a number in words are its unit, as a score's or a league's
        if (u == null && !zh && words) {
            u = pointsAt(i, j);
            Matcher pts = POINTS.matcher(simple).region(j, simple.length());
            if (u == null && pts.lookingAt()) u = new Patterns.UnitWord(pts.group(), "count", "count", false, false, 1, List.of(), List.of(), List.of());
            // "a 73, one over par", "a 66, six under.": strokes against par are a score's count
            Matcher par = PAR.matcher(simple).region(j, simple.length());
            if (u == null && par.lookingAt()) u = new Patterns.UnitWord(par.group(), "count", "count", false, false, 1, List.of(), List.of(), List.of());
        }
        // 0.9个、0.4个和3.1个百分点: a 个 in a list that ends in 个百分点 counts percentage points, not things
        if (u != null && u.classifier() && u.words().equals("个") && LIST_OF_POINTS.matcher(simple).region(j + 1, simple.length()).lookingAt()) {
            u = new Patterns.UnitWord("个", "percentage-point", "percentage-point", false, false, 1, List.of(), List.of(), List.of());
        }
        int end = j;
        if (u != null) end = unitEnd(j, u);
        // 7成4, 七成四: one digit right after 成 is its tenth (74%)
        if (u != null && u.words().equals("成") && "123456789一二三四五六七八九".indexOf(at(end)) >= 0
                && !Character.isDigit(at(end + 1)) && CN_NUMERALS.indexOf(at(end + 1)) < 0 && ".%．".indexOf(at(end + 1)) < 0) end++;
        // 四成半: half a tenth more (45%), unless the 半 opens a time (三成半年)
        else if (u != null && u.words().equals("成") && at(end) == '半' && "年月天日小时".indexOf(at(end + 1)) < 0) end++;
        return new Part(from, end, j, u == null ? null : u.unit(), u, magnitude, words);
    }

    private static final Pattern LIST_OF_POINTS = Pattern.compile(
            "(?:(?:、|，|和|及|与|或|至|到)(?:约|近|超过|逾)?\\d+(?:\\.\\d+)?个)*(?:、|，|和|及|与|或|至|到)(?:约|近|超过|逾)?\\d+(?:\\.\\d+)?个?百分点");

    private static final Pattern DIGIT_RATIO = Pattern.compile("(\\d{1,3}) (?:in|out of) (\\d{1,3}(?:,\\d{3})*)(?![\\d.,%]|,\\d)(?! (?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|games?|matches|attempts|races|seasons)\\b)");

    /** "3 in 10 households", "1 in 100,000": a share when the first is the smaller and the second no year; its end, else -1. */
    private int digitRatio(int i) {
        Matcher r = DIGIT_RATIO.matcher(simple).region(i, simple.length());
        if (!r.lookingAt() || r.group(2).length() > 18) return -1;
        long n = Long.parseLong(r.group(1)), d = Long.parseLong(r.group(2).replace(",", ""));
        boolean year = d >= 1900 && d <= 2100 && !r.group(2).contains(",");
        return n > 0 && n < d && !year ? r.end() : -1;
    }

    /** The "25" of 2024-25: the second year of a fiscal or school year, written with its last two digits. */
    private boolean yearAfterYear(int i) {
        if (i < 5 || "-–/".indexOf(simple.charAt(i - 1)) < 0 || !simple.substring(i - 5, i - 1).matches("(?:19|20)\\d\\d")
                || Character.isDigit(at(i - 6)) || !Character.isDigit(at(i + 1)) || Character.isDigit(at(i + 2))) return false;
        int year = Integer.parseInt(simple.substring(i - 5, i - 1));
        return Integer.parseInt(simple.substring(i, i + 2)) == (year + 1) % 100;
    }

    /** 三点五, 四．六八: a decimal point between Chinese digits belongs to the number. */
    private boolean cnDecimalPoint(int j) {
        return "点.．".indexOf(at(j)) >= 0 && CN_DIGITS.indexOf(at(j - 1)) >= 0 && CN_DIGITS.indexOf(at(j + 1)) >= 0;
    }

    /** 二〇二七, 二○二四: a year written digit by digit in Chinese numerals, as Arabic digits; else the text. */
    private static String cnYear(String core) {
        if (core.length() != 4 || !core.chars().allMatch(ch -> CN_DIGITS.indexOf(ch) >= 0 && ch != '两')) return core;
        StringBuilder b = new StringBuilder();
        for (char ch : core.toCharArray()) b.append("零〇○".indexOf(ch) >= 0 ? '0' : (char) ('0' + "一二三四五六七八九".indexOf(ch) + 1));
        return b.toString();
    }

    /** 558萬6019, 1亿2000万, 3兆3,464億: digits right after 万, 亿 or 兆 are its lower places, one number to its end. */
    private int lowerPlaces(int k) {
        int j = k;
        while (j < simple.length() && "万亿兆".indexOf(simple.charAt(j - 1)) >= 0 && Character.isDigit(at(j)) && at(j) < 128) {
            Matcher d = DIGITS.matcher(simple).region(j, simple.length());
            // a whole number, its thousands marked or not (3,464亿), never a decimal
            if (!d.lookingAt() || !d.group().matches("\\d{1,3}(?:,\\d{3})+|\\d+")) break;
            int q = d.end();
            while (q < simple.length() && CN_MAGNITUDES.indexOf(simple.charAt(q)) >= 0 && !unitPrefix(q)) q++;
            j = q;
        }
        return j;
    }

    /** 千瓦, 兆瓦, 千克: the magnitude character is a unit prefix here. */
    private boolean unitPrefix(int k) {
        char c = simple.charAt(k);
        if (c != '千' && c != '兆' && c != '百') return false;
        char n = at(k + 1);
        return n == '瓦' || n == '克' || n == '米' || n == '卡' || n == '分' || n == '焦';
    }

    private boolean zhBefore(int j) { return j > 0 && Chinese.han(simple.charAt(j - 1)); }

    private static final Pattern COUNT_OR_ARTICLE_BEFORE = Pattern.compile("(?i)(?:\\d|\\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten))\\s+$");

    /** "two double bogeys", "a double room": a multiple after a count or an article and before a noun describes the noun. */
    private boolean adjectiveMultiple(int start, int end) {
        return at(end) == ' ' && Character.isLowerCase(at(end + 1)) && !nextWord(end).matches("(?i)the|its|their|his|her|that|what|this|a|an")
                && COUNT_OR_ARTICLE_BEFORE.matcher(simple.substring(Math.max(0, start - 12), start)).find();
    }

    /** "half" alone, or a fraction with its count ("a third", "three-quarters"), unless it names a period ("second half"). */
    private boolean fractionAllowed(int start, int end) {
        String f = simple.substring(start, end).toLowerCase(Locale.ROOT);
        if (!f.contains(" ") && !f.contains("-") && !f.startsWith("half")) return false;
        if (!f.endsWith("half") && p.ordinalAfter.contains(nextWord(end).toLowerCase(Locale.ROOT))) return false;
        int from = Math.max(0, start - 16);
        String around = simple.substring(from, Math.min(simple.length(), end + 16)).toLowerCase(Locale.ROOT);
        for (String n : p.notFractions) {
            for (int i = around.indexOf(n); i >= 0; i = around.indexOf(n, i + 1)) {
                if (from + i < end && from + i + n.length() > start) return false;
            }
        }
        return true;
    }

    /** One or two words and a space before "per" (offences per, violent crimes per). */
    private static final Pattern NOUN_THEN_PER = Pattern.compile("(?i) \\p{L}+(?:[ -]\\p{L}+)? (?=per )");

    /** The unit word at j after the number that starts at i, or null. */
    private Patterns.UnitWord unitAt(int i, int j) {
        Patterns.UnitWord u = unitAt(i, j, j < simple.length() && simple.charAt(j) == ' ' ? j + 1 : j);
        // "a 900,000-tonne reserve": a number joined to its unit by a hyphen (a 10-year bond, a 12-year low are no durations)
        if (u == null && !zh && at(j) == '-' && Character.isLetter(at(j + 1))) {
            Patterns.UnitWord h = unitAt(i, j, j + 1);
            // a catalogue's name joined so (a 55-litre tank, a 40-foot container) sizes a thing more often than it states a figure
            if (h != null && !HYPHEN_NOT.contains(h.unit()) && !p.fromCatalogue.contains(h)) return h;
        }
        return u;
    }

    /** Units that a hyphen joins to a number in a name or description rather than a figure (10-year, 24-hour, 3-point). */
    private static final Set<String> HYPHEN_NOT = Set.of("years", "months", "weeks", "days", "hours", "minutes", "seconds", "percentage-point", "count", "times");

    private Patterns.UnitWord unitAt(int i, int j, int k) {
        for (Patterns.UnitWord u : p.after) {
            String w = Chinese.simplified(u.words());
            boolean ascii = w.chars().allMatch(ch -> ch < 128);
            int at = ascii ? k : j;
            if (!ascii && at > j) continue;
            if (ascii && w.length() == 1 && at > j) continue; // a one-letter symbol touches its number: 9.88C
            if (at + w.length() > simple.length()) continue;
            String s = simple.substring(at, at + w.length());
            boolean same = ascii && w.length() > 3 ? s.equalsIgnoreCase(w) : s.equals(w);
            if (!same) continue;
            if (ascii && Character.isLetter(w.charAt(w.length() - 1)) && Character.isLetter(at(at + w.length()))) continue;
            if (ascii && zh && at > j && !Character.isLetter(w.charAt(0))) continue;
            // per 100,000: no more digits after the unit's own
            if (Character.isDigit(w.charAt(w.length() - 1)) && Character.isDigit(at(at + w.length()))) continue;
            if (u.needsContext() && !inContext(u, i, at + w.length())) continue;
            if (!u.follows().isEmpty() && u.follows().stream().noneMatch(f -> simple.startsWith(Chinese.simplified(f), at - f.length()))) continue;
            if (u.digitsOnly() && !Character.isDigit(at(j - 1))) continue;
            if (u.decimalOnly() && (!Character.isDigit(at(j - 1)) || simple.substring(i, j).indexOf('.') < 0)) continue;
            return u;
        }
        return null;
    }

    private static final Pattern POINTS = Pattern.compile(" points?(?![\\p{L}-])");
    private static final Pattern PAR = Pattern.compile(" (?:over|under) par\\b| under(?=[.,;])");
    private static final Pattern POINTS_TO_PERCENT = Pattern.compile(
            "(?i)\\s+(?:(?:fewer|more|lower|higher|less|below|above)\\s+than(?:\\s+the)?|to|from|than(?:\\s+the)?|on|at)\\s+(?:an?\\s+|the\\s+)?\\d[\\d.,]*\\s?(?:%|per ?cent\\b|percent\\b)");
    private static final Pattern PERCENT_BESIDE = Pattern.compile("(?i)\\d(?:%|\\s?per ?cent|\\s?percent),\\s+$");
    private static final Pattern POINTS_COMPARED = Pattern.compile("(?i)\\s+(?:higher|lower|up|down|more|less|above|below)\\b");
    private static final Pattern PERCENT_THEN_POINTS = Pattern.compile(
            "(?i)\\d(?:%|\\s?per ?cent|\\s?percent),?\\s+(?:up|down|a (?:rise|fall|drop|gain) of|an? (?:increase|decrease|decline|drop) of)\\s+$");

    /**
     * "dropped 20 points to 23.7%", "13 points fewer than the 77%", "23.7%, down 20 points": points
     * beside a percentage it moved to or from are percentage points (index points stay numbers:
     * "500 points, or 1.2%").
     */
    private Patterns.UnitWord pointsAt(int i, int j) {
        Matcher m = POINTS.matcher(simple).region(j, simple.length());
        if (!m.lookingAt()) return null;
        boolean after = POINTS_TO_PERCENT.matcher(simple).region(m.end(), simple.length()).lookingAt();
        String lead = simple.substring(Math.max(0, i - 40), i);
        boolean before = PERCENT_THEN_POINTS.matcher(lead).find();
        // "at 40.2%, 2.1 points higher than in 2019": a percentage right before, a comparison right after
        boolean beside = PERCENT_BESIDE.matcher(lead).find() && POINTS_COMPARED.matcher(simple).region(m.end(), simple.length()).lookingAt();
        if (!after && !before && !beside) return null;
        return new Patterns.UnitWord(m.group(), "percentage-point", "percentage-point", false, false, 1, List.of(), List.of(), List.of());
    }

    /** 6.8级地震, 震级为7.1级, degrees in a text giving °C: one of the unit's context words right after it, right before the number or in the text. */
    private boolean inContext(Patterns.UnitWord u, int numberStart, int unitEnd) {
        for (String w : u.contextText()) if (text.contains(w)) return true;
        for (String w : u.contextAfter()) if (simple.startsWith(Chinese.simplified(w), unitEnd)) return true;
        String before = simple.substring(Math.max(0, numberStart - 8), numberStart).stripTrailing();
        for (String w : u.contextBefore()) if (before.endsWith(Chinese.simplified(w))) return true;
        return false;
    }

    private int unitEnd(int j, Patterns.UnitWord u) {
        String w = Chinese.simplified(u.words());
        return simple.startsWith(w, j) || simple.regionMatches(true, j, w, 0, w.length()) ? j + w.length() : j + 1 + w.length();
    }

    private char at(int k) { return k >= 0 && k < simple.length() ? simple.charAt(k) : ' '; }

    /** Reads the candidate that starts with part a (with a range after it, when one follows); returns where to go on. */
    private int candidate(Part a) {
        Part b = rangeEnd(a);
        if (b != null && take(a.start(), b.end(), a, b)) return b.end();
        take(a.start(), a.end(), a, null);
        return Math.max(a.end(), a.coreEnd());
    }

    private Part rangeEnd(Part a) {
        int k = a.end(), q = k;
        if (at(q) == ' ' && "~～-–—至到".indexOf(at(q + 1)) >= 0) q++;
        int q0 = q; // where the range's dash or 至 stands
        if ("~～-–—至到".indexOf(at(q)) >= 0) {
            q++;
            if (at(q) == ' ') q++;
        } else if (simple.startsWith(" to ", k)) {
            if (fromAfterChange(a.start()) || changeRightBefore(a)) return null;
            // "from 45,000 in 1990 to 65,000": a year after in is when, not a range's end
            if (yearOnly(a) && a.start() >= 3 && simple.regionMatches(true, a.start() - 3, "in ", 0, 3)) return null;
            q = k + 4;
        } else if (simple.startsWith(" and ", k) && betweenBefore(a.start())) {
            q = k + 5;
        } else {
            return null;
        }
        boolean signB = false;
        for (Patterns.UnitWord w : before) {
            if (w.words().length() <= 3 && simple.startsWith(w.words(), q)) { q += w.words().length(); signB = true; break; }
        }
        // -18℃至-14℃: the other end below zero too
        boolean signed = (at(q) == '-' || at(q) == '−') && Character.isDigit(at(q + 1));
        if (signed) q++;
        if (q >= simple.length()) return null;
        Part b = part(q);
        if (b == null || b.words() != a.words()) return null;
        if (signed && (b.unitWord() == null || !p.belowZeroUnits.contains(b.unitWord().unit()))) return null;
        if (a.unit() != null && b.unit() == null) return null;
        // 1991-2020, from 2020 to 2024: two years are a period, not a figure
        if (yearOnly(a) && yearOnly(b)) return null;
        // "between 2020 and 2024" are years, "between 28 and 29 million" one range
        if (simple.startsWith(" and ", k) && !b.magnitude() && b.unit() == null && !signB && !(grouped(a) && grouped(b))) return null;
        // 缩短0.1年至3.3年: after a word of change, an amount and the level it reached (a rate's 增长2%至3% stays a range)
        if (zh && "至到".indexOf(at(q0)) >= 0 && a.unit() != null && !a.unit().equals("percent") && changeBeforeZh(a.start())) return null;
        return b;
    }

    private boolean changeBeforeZh(int s) {
        String before = simple.substring(Math.max(0, s - 6), s);
        for (String q : List.of("约", "近")) if (before.endsWith(q)) before = before.substring(0, before.length() - q.length());
        for (String w : p.changeAmount) if (!w.chars().allMatch(c -> c < 128) && before.endsWith(Chinese.simplified(w))) return true;
        for (String w : p.growth) if (w.length() > 1 && !w.chars().allMatch(c -> c < 128) && before.endsWith(Chinese.simplified(w))) return true;
        return false;
    }

    /** "fell from 798.8 to 750.5 per 100,000": after a word of change in the clause, from … to … are two values, not a range. */
    private boolean fromAfterChange(int s) {
        // "rose by $6 million to $122 million": the cue stands before the currency sign
        s = signStart(s);
        String before = simple.substring(Math.max(0, s - 80), s).toLowerCase(Locale.ROOT);
        // "rose from 3.1% to 3.4%", "revised up by 10,000 to 250,000": a change and the level it reached, no range
        String cue = before.endsWith("from ") ? "from " : before.endsWith(" by ") ? "by " : null;
        if (cue == null) return false;
        // "the bill goes from £1,690 to £1,803": a verb of moving right before from
        if (cue.equals("from ")) {
            Matcher mv = WORD_BEFORE.matcher(before.substring(0, before.length() - cue.length()));
            if (mv.find() && p.moveFrom.contains(mv.group(1))) return true;
        }
        String clause = clauseTail(before);
        clause = clause.substring(0, clause.length() - cue.length());
        for (String w : p.growth) {
            if (!w.chars().allMatch(c -> c < 128)) continue;
            if (Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(clause).find()) return true;
        }
        // "went from 69 cents to 74 cents, and a stamp abroad from $1.65 to $1.70", "last year's step from 68 to 73 cents":
        // a word of moving earlier in the clause governs this from … to … too, however far back in it
        String whole = clauseTail(simple.substring(Math.max(0, s - 200), s).toLowerCase(Locale.ROOT));
        for (String w : p.moveFromClause) if (Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(whole).find()) return true;
        return false;
    }

    /** The text after the last end of a sentence or clause (. ; : ! ? before a space, or a line break) in before. */
    private static String clauseTail(String before) {
        int cut = -1;
        for (int i = 0; i < before.length(); i++) if (".;:!?\n".indexOf(before.charAt(i)) >= 0 && (i + 1 == before.length() || before.charAt(i + 1) == ' ' || before.charAt(i) == '\n')) cut = i;
        return before.substring(cut + 1);
    }

    /** "between 94,600 and 114,800": a number in groups of thousands is no year. */
    private boolean grouped(Part x) {
        return !x.words() && simple.substring(x.start(), x.coreEnd()).matches("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    }

    /** "diesel rose 0.67p to 142.9p": an amount right after a word of change, and the level it reached (a rate's "rose 2% to 3%" stays a range). */
    private boolean changeRightBefore(Part a) {
        if (zh || a.unit() == null || a.unit().equals("percent")) return false;
        int s = signStart(a.start());
        Matcher m = WORD_BEFORE.matcher(simple.substring(Math.max(0, s - 20), s));
        return m.find() && p.growth.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    private boolean yearOnly(Part x) {
        return !x.words() && x.unit() == null && !x.magnitude() && simple.substring(x.start(), x.coreEnd()).matches("(?:19|20)\\d\\d");
    }

    /** Where a number's short currency sign ($, £, HK$) starts, or s when none stands before it. */
    private int signStart(int s) {
        for (Patterns.UnitWord w : before) {
            String cw = w.words();
            if (cw.length() <= 3 && s >= cw.length() && simple.startsWith(cw, s - cw.length())) return s - cw.length();
        }
        return s;
    }

    /** "between 28 and …", "between $135 billion and …": the word before the number or its currency sign. */
    private boolean betweenBefore(int s) {
        int t = signStart(s);
        return t >= 8 && simple.regionMatches(true, t - 8, "between ", 0, 8);
    }

    /** Reads [start, end) and records it when it is a checkable figure. */
    private boolean take(int start, int end, Part a, Part b) {
        Part last = b == null ? a : b;
        String core = text.substring(a.start(), a.coreEnd());
        // a currency sign or word just before the number
        int spanStart = start;
        String currencyBefore = null, letterSign = null;
        int cueEnd = start;
        for (Patterns.UnitWord w : before) {
            String cw = Chinese.simplified(w.words());
            // a sign that starts with a letter is a word of its own ("Rs 5", not "Mrs 5"); one letter takes only
            // an amount ("R5bn", "R1,200"), not a name (the R21 vaccine)
            if (start >= cw.length() && simple.startsWith(cw, start - cw.length())
                    && !(Character.isLetter(cw.charAt(0)) && Character.isLetterOrDigit(at(start - cw.length() - 1)))
                    && !(cw.length() == 1 && Character.isLetter(cw.charAt(0)) && !letterSigns.contains(cw) && !a.magnitude() && !core.matches(".*[.,].*"))) {
                currencyBefore = signCurrency.getOrDefault(cw.replace('￥', '¥'), w.unit());
                if (letterSigns.contains(cw)) letterSign = cw;
                cueEnd = start - cw.length();
                if (cw.chars().noneMatch(ch -> Chinese.han((char) ch))) spanStart = cueEnd;
                break;
            }
        }
        // -18℃至-14℃: a range below zero is read with its leading sign
        if (b != null && last.unitWord() != null && p.belowZeroUnits.contains(last.unitWord().unit()) && spanStart == start && at(start - 1) == '-'
                && !isAsciiLetter(at(start - 2)) && !Character.isDigit(at(start - 2))) spanStart--;
        if (label[start] || any(taken, spanStart, end)) return false;
        if (hypothetical(start)) return false;
        char prev = at(spanStart - 1);
        // glued to letters: GB200, COP28, COVID-19, 5G
        if (!a.words() && (isAsciiLetter(prev) || prev == '-' && isAsciiLetter(at(spanStart - 2)) || prev == '/' || prev == '#')) return false;
        // 777-300, A321-200: a model's variant after a model number that a name or letters hold
        if (!a.words() && prev == '-' && Character.isDigit(at(spanStart - 2)) && modelNumber(spanStart - 1)) return false;
        if (!a.words() && last.unitWord() == null && !last.magnitude() && isAsciiLetter(at(last.coreEnd()))) return false;
        // "a 10-year bond", "five-year plan", "9:30", "3:1": parts of words, times and scores
        if (last.unitWord() == null && at(end) == '-' && Character.isLetter(at(end + 1)) && !Chinese.han(at(end + 1))) return false;
        if (at(end) == ':' && Character.isDigit(at(end + 1)) || prev == ':' && Character.isDigit(at(spanStart - 2))) return false;
        String unit = last.unit();
        Patterns.UnitWord uw = last.unitWord();
        boolean bareInteger = !a.words() && uw == null && !a.magnitude() && currencyBefore == null && core.matches("\\d+");
        // a four-digit year is a period, or a fact of its own after "founded in", 成立于 … (before 1900 only then)
        String year = zh ? cnYear(core) : core;
        if (!a.words() && currencyBefore == null && !a.magnitude() && (year.matches("(?:19|20)\\d\\d") || year.matches("1[0-8]\\d\\d") && eventCue(spanStart) != 0) && b == null
                && (uw == null || uw.duration())) {
            int yEnd = uw != null && zh ? end : a.coreEnd();
            if (eventYear(spanStart)) {
                mark(taken, spanStart, yEnd);
                double y = Double.parseDouble(year);
                found.add(new Found(spanStart, yEnd, text.substring(spanStart, yEnd), y, null, "year", "year", y, y, Set.of(), 0.8,
                        Kind.YEAR, core, "a year after an event word"));
            }
            return false;
        }
        boolean age = bareInteger && !zh && ageAt(spanStart, end, core);
        if (bareInteger && !age && nameBefore(spanStart)) return false;
        // a classifier after the article 一 (一个, 一家) is no count
        if (uw != null && uw.classifier() && p.determinerNumerals.contains(Chinese.simplified(core)) && !a.magnitude()
                && (core.equals("一") || p.determinerClassifiers.contains(uw.words()))) return false;
        // a lone 零 before a classifier opens a word (零件, 零部件, 零头), no count of nothing
        if (uw != null && uw.classifier() && (core.equals("零") || core.equals("〇"))) return false;
        if (uw != null && uw.duration() && core.matches("\\d{4,}")) return false;
        // 114年 in a text counting years of the Republic of China: a period, not a duration
        if (roc && uw != null && uw.duration() && Chinese.han(uw.words().charAt(0)) && core.matches("1[0-4]\\d")) return false;
        // a bare number takes the unit of its age, of the other end of "from … to …", or of the figure it is compared with
        Inherited inherited = null;
        if (age) inherited = new Inherited(AGE, "", "an age");
        else if (!zh && !a.words() && uw == null && currencyBefore == null && b == null) inherited = inherited(a, spanStart, end);
        if (inherited != null) uw = inherited.unit();
        if (uw != null && uw.duration() && Chinese.han(uw.words().charAt(0)) && p.durationNotAfter.indexOf(at(end)) >= 0) return false;
        String figure = text.substring(spanStart, end);
        // the number reader knows no letter sign (P200 to P250): the currency is set here
        String readable = letterSign == null ? figure : figure.replaceAll("(?<![A-Za-z])" + letterSign + "(?=\\d)", "");
        Amounts.Amount amount;
        try {
            // the number reader joins two ends with "and" only after "between", which stays out of the span
            amount = Amounts.read(b != null && simple.startsWith(" and ", a.end()) ? "between " + readable
                    : inherited != null ? readable + inherited.readSuffix() : readable, lang);
        } catch (Amounts.TooLarge e) {
            skipped.putIfAbsent(spanStart, new Skipped(spanStart, end, figure, "left out: " + e.getMessage()));
            return false;
        } catch (IllegalArgumentException e) {
            // a unit word before the number that the reader does not know (magnitude 7.8): the number alone
            if (spanStart == start || b != null) return false;
            try {
                amount = Amounts.read(text.substring(start, end), lang);
            } catch (IllegalArgumentException again) {
                return false;
            }
        }
        // what the reader knows beyond the figure: cue words before and after it
        amount = withCues(amount, figure, cueEnd, end);
        double value = amount.value(), low = amount.low(), high = amount.high();
        if (uw != null && uw.scale() != 1) {
            // 4.56‰, 750.5 per 100,000: a rate as a percentage (in decimal: 0.456, not 0.45599999999999996)
            value = scaled(value, uw.scale());
            low = scaled(low, uw.scale());
            high = scaled(high, uw.scale());
        }
        String why;
        if (inherited != null && uw != null) { unit = uw.unit(); why = inherited.why(); }
        else if (uw != null && !uw.unit().startsWith("@")) { unit = uw.unit(); why = "unit word \"" + uw.words() + "\""; }
        else if (uw != null && uw.unit().equals("@cents")) {
            unit = moneyBefore(spanStart);
            why = "cents of " + unit;
            // "a 5-cent rise": the number reader never saw the hyphened unit, so the hundredths are taken here
            if (at(end - uw.words().length() - 1) == '-') { value = scaled(value, 0.01); low = scaled(low, 0.01); high = scaled(high, 0.01); }
        }
        else if (currencyBefore != null) { unit = currencyBefore; why = "currency \"" + text.substring(cueEnd, start) + "\""; }
        else if (uw != null) { unit = currency; why = "元 in a text about " + currency; }
        else if (amount.unit() != null && isOutputUnit(amount.unit())) { unit = amount.unit(); why = "read as " + unit; }
        else { unit = null; why = null; }
        // "changed twenty times since 2000": occasions counted, not a multiple of something
        if ("times".equals(unit) && !zh && figure.toLowerCase(Locale.ROOT).matches(".* times?") && p.timesCountAfter.contains(nextWord(end).toLowerCase(Locale.ROOT))) {
            unit = "count";
            why = "occasions before \"" + nextWord(end) + "\"";
        }
        // "China launched 68 times, …": a deed's times ending the clause, with no comparand after them
        else if ("times".equals(unit) && !zh && figure.toLowerCase(Locale.ROOT).matches(".* times") && ",.;".indexOf(at(end)) >= 0 && deedBefore(spanStart)) {
            unit = "count";
            why = "occasions of a deed ending the clause";
        }
        if ("percent".equals(unit) && figure.toLowerCase(Locale.ROOT).endsWith("percentage point")) {
            unit = "percentage-point";
            value /= 100; low /= 100; high /= 100;
        }
        // "a third of a penny": that share of a hundredth of the currency (pence are sterling, a cent that of the money before it)
        Matcher coin = FRACTION_OF_COIN.matcher(figure);
        if ("percent".equals(unit) && !zh && coin.find()) {
            unit = coin.group(1).equalsIgnoreCase("cent") ? moneyBefore(spanStart) : "GBP";
            why = "a share of a " + coin.group(1).toLowerCase(Locale.ROOT) + " of " + unit;
            value = scaled(value, 1e-4); low = scaled(low, 1e-4); high = scaled(high, 1e-4);
        }
        String asWritten = currencyBefore != null && !currencyBefore.matches("[A-Z]{3}") ? asWritten(text.substring(start, end), uw, false)
                : asWritten(figure, uw, currencyBefore != null && spanStart < start);
        // 8.24 euro cents, 5p: written in the currency's units, as the value is
        if (unit != null && unit.matches("[A-Z]{3}") && uw != null && uw.words().matches("(?:euro )?cents?|centimes?|pence|p")) asWritten = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        // 50 basis points, 3个千分点: scaled into a claim unit that is the figure's own (0.5 percentage points), so written scaled
        if (uw != null && uw.scale() != 1 && uw.unit().equals(uw.claimUnit())) asWritten = java.math.BigDecimal.valueOf(value).round(java.math.MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
        int sign = unit == null ? -1 : belowZero(spanStart, unit);
        if (sign >= 0) {
            // minus 17.3°C, 零下53℃: the sign word is part of the figure, a minus sign of its value as written
            spanStart = sign;
            figure = text.substring(spanStart, end);
            asWritten = "-" + asWritten;
            double l = low;
            value = -value;
            low = -high;
            high = -l;
        }
        double confidence = 0.9;
        if (unit == null) {
            if (a.words()) {
                if (!a.magnitude() && !countWordAfter(end) && !numberWordTo(spanStart) && !tallyVerbBefore(spanStart) && !pluralCountAfter(spanStart, end, value)
                        && !partOfCount(end, value)) return false;
                unit = "count";
                why = "a number word before \"" + nextWord(end) + "\"";
                confidence = 0.5;
            } else if (zh) {
                if (!a.magnitude() || core.chars().allMatch(ch -> CN_MAGNITUDES.indexOf(ch) >= 0)) return false;
                Found same = sameValueBefore(value, start);
                unit = same != null ? same.unit() : "count";
                why = same != null ? "the unit of the same figure at " + same.start() : "a number with no unit";
                confidence = same != null ? 0.6 : 0.5;
            } else {
                unit = "count";
                why = "a number with no unit";
                confidence = 0.6;
            }
        }
        if (a.words()) confidence -= 0.1;
        // an age (岁, years old) is an amount, not a span of time; 22岁的年轻人 describes people of an age
        // … unless 现年 says whose age it is (现年27岁的选手)
        boolean ageUnit = uw != null && "years".equals(uw.unit()) && !uw.duration() && (at(end) != '的' || simple.startsWith("现年", spanStart - 2));
        Kind kind = Set.of("years", "days", "weeks", "months", "hours").contains(unit) && !ageUnit ? Kind.DURATION : Kind.AMOUNT;
        if (kind == Kind.DURATION && periodBefore(cueEnd)) return false;
        if (kind == Kind.DURATION && a.words() && uw == null) return false;
        mark(taken, spanStart, end);
        String claimUnit = uw != null && uw.unit().equals(unit) ? uw.claimUnit() : claimUnit(unit);
        // 十万分之52.5: a rate per 100,000 written as a fraction, its claim as 52.5/10万's
        Matcher per100000 = PER_100000_FRACTION.matcher(simple.substring(spanStart, end));
        if (per100000.matches()) { claimUnit = "per-100000"; asWritten = per100000.group(1); }
        Found done = new Found(spanStart, end, figure, value, null, unit, claimUnit, low, high, amount.qualifiers(), confidence, kind, asWritten,
                why == null ? "read by the number reader" : why);
        found.add(done);
        if (uw != null && uw.unit().equals(unit)) unitWords.put(done, uw);
        return true;
    }

    private static boolean isAsciiLetter(char c) { return c < 128 && Character.isLetter(c); }

    private static double scaled(double v, double scale) {
        return Double.isFinite(v) ? java.math.BigDecimal.valueOf(v).multiply(java.math.BigDecimal.valueOf(scale)).doubleValue() : v;
    }

    /** A unit a bare number takes from elsewhere, the words read after it for that (a magnitude), and why. */
    private record Inherited(Patterns.UnitWord unit, String readSuffix, String why) {}

    private static final Patterns.UnitWord AGE = new Patterns.UnitWord("years old", "years", "year", false, false, 1, List.of(), List.of(), List.of());
    private static final Pattern APPOSITION = Pattern.compile("(?s).*\\b\\p{Lu}[\\p{L}'’-]+, $");
    private static final Pattern AGE_CUE = Pattern.compile("(?is).*\\b(?:turned|turns|turning|at the age of|at age)\\s$");
    private static final Pattern AFTER_APPOSITION = Pattern.compile(",\\s+(?!and\\b|or\\b|but\\b|while\\b)\\p{Ll}");
    /** "At 27, Vantor Haldane …": a sentence opening on a bare number and a name is a person's age. */
    private static final Pattern AT_OPENING = Pattern.compile("(?s)(?:.*(?:[.!?]\\s+|\\n))?At $");
    private static final Pattern NAME_FOLLOWS = Pattern.compile(",\\s+\\p{Lu}\\p{Ll}");

    /** "Ana Rivera, 31, won", "turned 12", "At 27, Ana Rivera": an age in years. */
    private boolean ageAt(int s, int e, String core) {
        if (core.length() > 3) return false;
        int v = Integer.parseInt(core);
        if (v < 1 || v > 120) return false;
        String before = simple.substring(Math.max(0, s - 40), s);
        if (AGE_CUE.matcher(before).matches()) return true;
        if (AT_OPENING.matcher(before).matches() && NAME_FOLLOWS.matcher(simple).region(e, simple.length()).lookingAt()) return true;
        return APPOSITION.matcher(before).matches() && AFTER_APPOSITION.matcher(simple).region(e, simple.length()).lookingAt();
    }

    /** "4,000 of them", "of those": the number is a part of the figure before it. */
    private static final Pattern PART_OF_FOLLOWS = Pattern.compile("(?i) of (?:them|those|these|which)\\b");
    /** Words a bare number compared with another figure may stand before: the end of a clause, a period, a base. */
    private static final Pattern COMPARED_FOLLOWS = Pattern.compile("(?i)\\s*(?:[,.;:)]|$|\\s(?:in|on|at|a|an|the|last|this|from|and|or|while|but|as|with|since|during|before|after|compared|against)\\b)");

    /**
     * The unit a bare English number takes: "fell from 798.8 to 750.5 per 100,000" (the other end),
     * "up 0.9 year from 77.5", "gained a full year, to 75.8" (the figure before in the sentence, unless
     * that is a count, a percentage or a ratio: "rose 1.5% to 5,900" keeps 5,900 a number).
     */
    private Inherited inherited(Part a, int s, int e) {
        String before = simple.substring(Math.max(0, s - 9), s).toLowerCase(Locale.ROOT);
        // "1.80 million tonnes, down from 2.24 million", "16 days, against 17 a month ago": with its own magnitude a
        // number takes only the unit of the figure it is compared with
        boolean compared = before.endsWith("from ") || before.endsWith(" against ");
        if (a.magnitude() && compared && simple.startsWith(" to ", e)) {
            Part other = part(e + 4);
            Patterns.UnitWord u = other == null || other.words() ? null : other.unitWord();
            return u == null || u.unit().startsWith("@") ? null : new Inherited(u, "", "the unit of the other end, at " + other.start());
        }
        if (a.magnitude()) return compared ? comparedWith(false, s, e) : null;
        boolean from = before.endsWith("from "), to = before.endsWith(" to ") || before.startsWith("to ") && s <= 3;
        // "burned 14,021 acres, around 4,000 of them in towns": a part of the figure before, in its unit
        boolean part = PART_OF_FOLLOWS.matcher(simple).region(e, simple.length()).lookingAt();
        // "3 and 5 percentage points higher": the first of two numbers joined by and/or takes the unit written after the second
        int join = simple.startsWith(" and ", e) ? e + 5 : simple.startsWith(" or ", e) ? e + 4 : -1;
        if (!from && !to && join > 0 && !before.endsWith("between ")) {
            Part other = part(join);
            if (other != null && !other.words() && !other.magnitude() && other.unitWord() != null && !other.unitWord().unit().startsWith("@")
                    && !other.unitWord().classifier() && !other.unitWord().duration()) {
                return new Inherited(other.unitWord(), "", "the unit of the number joined to it, at " + other.start());
            }
        }
        if (!from && !to && !part && !compared) return null;
        if (from && simple.startsWith(" to ", e)) {
            Part other = part(e + 4);
            if (other != null && !other.words() && (other.unitWord() != null || other.magnitude())) {
                Matcher d = DIGITS.matcher(simple).region(other.start(), simple.length());
                String magnitude = other.magnitude() && d.lookingAt() ? simple.substring(d.end(), other.coreEnd()) : "";
                Patterns.UnitWord u = other.unitWord();
                if (u != null && u.unit().startsWith("@")) return null;
                return new Inherited(u, magnitude, "the unit of the other end, at " + other.start());
            }
            return null;
        }
        return comparedWith(part, s, e);
    }

    /** The unit of the figure before a bare number in its sentence, unless that is a count, a percentage, a ratio or money. */
    private Inherited comparedWith(boolean part, int s, int e) {
        if (!part && !COMPARED_FOLLOWS.matcher(simple).region(e, simple.length()).lookingAt()) return null;
        int[] sentence = sentenceOf(s);
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (f.end() > s || f.start() < sentence[0]) continue;
            if (f.kind() == Kind.DATE || f.kind() == Kind.YEAR) continue;
            Patterns.UnitWord u = unitWords.get(f);
            boolean rate = u != null && u.scale() != 1;
            if (Set.of("count", "percent", "percentage-point", "times").contains(f.unit()) && !rate) return null;
            if (f.unit().matches("[A-Z]{3}")) return null;
            if (u == null) u = new Patterns.UnitWord(f.unit(), f.unit(), f.claimUnit(), false, f.kind() == Kind.DURATION, 1, List.of(), List.of(), List.of());
            return new Inherited(u, "", "the unit of the figure compared with, at " + f.start());
        }
        return null;
    }

    private int[] sentenceOf(int pos) {
        for (int[] x : sentences) if (pos >= x[0] && pos < x[1]) return x;
        return new int[] {0, text.length()};
    }

    private static boolean isOutputUnit(String u) {
        return u.equals("percent") || u.equals("percentage-point") || u.equals("times") || u.matches("[A-Z]{3}");
    }

    /** The figure as a claim document writes its value: without currency and unit words, with % kept. */
    private static String asWritten(String figure, Patterns.UnitWord uw, boolean signInSpan) {
        String v = figure;
        // a rate (4.56‰) and points (20 points) are written as the number alone in their claim unit
        if (uw != null && (uw.scale() != 1 || uw.words().strip().matches("points?")
                || !uw.unit().equals("percent") && !uw.unit().equals("percentage-point") && !uw.unit().equals("times"))) {
            String w = uw.words();
            int i = v.lastIndexOf(w);
            if (i < 0) i = Chinese.simplified(v).lastIndexOf(Chinese.simplified(w));
            if (i > 0) v = v.substring(0, i).trim();
            // "179 offences per 100,000": the noun the rate counts is no part of its value
            if (w.startsWith("per ")) v = v.replaceFirst("(\\d)\\s+\\p{L}+(?:[ -]\\p{L}+)?$", "$1");
        }
        if (signInSpan) v = v.replaceFirst("^(?:US\\$|HK\\$|NT\\$|[$€£¥￥])", "");
        return v;
    }

    private Amounts.Amount withCues(Amounts.Amount base, String figure, int cueEnd, int end) {
        Amounts.Amount best = base;
        // before: up to four words or four characters
        int from = cueEnd;
        for (int n = 1; n <= 4 && from > 0; n++) {
            int s = zh ? Math.max(0, cueEnd - n) : wordStart(cueEnd, n);
            if (s < 0 || s == from && n > 1) break;
            from = s;
            String prefix = text.substring(s, cueEnd);
            if (prefix.isBlank() || prefix.matches(".*[，。,;；:：\\n].*")) break;
            try {
                Amounts.Amount r = Amounts.read(prefix + (zh || prefix.endsWith(" ") ? "" : " ") + figure.substring(cueEnd < end ? 0 : 0), lang);
                if (r.qualifiers().size() > best.qualifiers().size() && Math.abs(r.value() - base.value()) <= 1e-9 * Math.max(1, Math.abs(base.value()))) best = r;
            } catch (IllegalArgumentException e) {
                // not a cue
            }
        }
        for (int n = 1; n <= 3 && end + n <= text.length(); n++) {
            String suffix = text.substring(end, end + n);
            if (suffix.matches(".*[，。,;；:：\\n].*")) break;
            try {
                Amounts.Amount r = Amounts.read(figure + suffix, lang);
                if (r.qualifiers().size() > best.qualifiers().size() && Math.abs(r.value() - base.value()) <= 1e-9 * Math.max(1, Math.abs(base.value()))) {
                    best = best.qualified(r.qualifiers(), org.claimgraph.model.Settings.DEFAULTS);
                }
            } catch (IllegalArgumentException e) {
                // not a cue
            }
        }
        return best;
    }

    /** The start of the n-th word before position e (words end at spaces), or -1. */
    private int wordStart(int e, int n) {
        int i = e;
        while (i > 0 && text.charAt(i - 1) == ' ') i--;
        for (int k = 0; k < n; k++) {
            while (i > 0 && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != '\n') i--;
            if (k < n - 1) {
                if (i == 0 || text.charAt(i - 1) == '\n') return -1;
                while (i > 0 && text.charAt(i - 1) == ' ') i--;
            }
        }
        return i;
    }

    private boolean nameBefore(int s) {
        if (s < 2 || simple.charAt(s - 1) != ' ') return false;
        int i = s - 1;
        while (i > 0 && !Character.isWhitespace(simple.charAt(i - 1)) && !Chinese.han(simple.charAt(i - 1))) i--;
        String w = simple.substring(i, s - 1);
        if (w.isEmpty() || p.notNames.contains(w) || !Character.isLetter(w.charAt(0))) return false;
        // "Ruritania's 27", "Rivera, 31": a possessive or a word ending a phrase is no name with a number
        if (w.endsWith("'s") || w.endsWith("’s") || ",;:".indexOf(w.charAt(w.length() - 1)) >= 0) return false;
        boolean capital = Character.isUpperCase(w.charAt(0)) || w.chars().skip(1).anyMatch(Character::isUpperCase);
        return capital && !sentenceStart(i);
    }

    /** The digits that end right before e belong to a name: letters glued to them (A321) or a name before them (Boeing 777). */
    private boolean modelNumber(int e) {
        int i = e;
        while (i > 0 && Character.isDigit(at(i - 1))) i--;
        return isAsciiLetter(at(i - 1)) || nameBefore(i);
    }

    private boolean sentenceStart(int i) {
        for (int[] s : sentences) if (s[0] == i) return true;
        return i == 0;
    }

    /** Where a sign word before s starts (minus, 零下, -), for a unit that goes below zero; -1 when none. */
    private int belowZero(int s, String unit) {
        boolean signs = p.belowZeroUnits.contains(unit);
        if (!signs && !p.belowZeroWordUnits.contains(unit)) return -1;
        for (String w : p.belowZero) {
            String sw = Chinese.simplified(w);
            // glued (零下53℃, -5°C) or, for a word, one space before the number (minus 17.3°C); not after a letter or digit (COVID-19)
            boolean word = sw.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch));
            // a percentage takes the word only (minus 0.75%): a dash before one is a fall or a range, not a sign
            // … unless the sign is glued after a Chinese character (自然增长率为-0.99‰): no range or fall reads so
            int at = word ? s - sw.length() - 1 : s - sw.length();
            if (at < 0 || word && at(s - 1) != ' ' || !simple.regionMatches(true, at, sw, 0, sw.length())) continue;
            char before = at(at - 1);
            if (!word && !signs && !(Chinese.han(before) && (sw.equals("-") || sw.equals("−")))) continue;
            if (!isAsciiLetter(before) && !Character.isDigit(before)) return at;
        }
        return -1;
    }

    private boolean eventYear(int s) { return eventCue(s) > 0; }

    /** 1 when an event word stands right before s (founded in 1887), -1 when it says when a record starts (since records began in 1899), else 0. */
    private int eventCue(int s) {
        String before = simple.substring(Math.max(0, s - 40), s).stripTrailing().toLowerCase(Locale.ROOT);
        for (String c : p.eventYear) {
            String cw = Chinese.simplified(c).toLowerCase(Locale.ROOT);
            if (!before.endsWith(cw)) continue;
            String lead = before.substring(0, before.length() - cw.length()).stripTrailing();
            for (String n : p.eventYearNotAfter) if (lead.endsWith(Chinese.simplified(n).toLowerCase(Locale.ROOT))) return -1;
            return 1;
        }
        // "first staged it in 1970", "was first held in 1970": the year something began is a fact of its own
        if (!zh && FIRST_EVENT.matcher(before).find()) {
            String lead = before.substring(0, before.lastIndexOf("first ")).stripTrailing();
            for (String n : p.eventYearNotAfter) if (lead.endsWith(n.toLowerCase(Locale.ROOT)) || lead.endsWith(n.toLowerCase(Locale.ROOT) + " were")
                    || lead.endsWith(n.toLowerCase(Locale.ROOT) + " was")) return -1;
            return 1;
        }
        return 0;
    }

    private static final Pattern FIRST_EVENT = Pattern.compile("\\bfirst (?:[a-z]+ed|held|run|built|made|began|begun|won|set up)(?: (?:it|them))? in$");

    private boolean periodBefore(int s) {
        String before = simple.substring(Math.max(0, s - 16), s).toLowerCase(Locale.ROOT).stripTrailing();
        for (String c : p.durationPeriodBefore) if (before.endsWith(c)) return true;
        // 前七个月 opening a clause: the first seven months; 提前两个月, 此前三年 are lengths of time
        return zh && before.endsWith("前") && (before.length() == 1 || !Character.isIdeographic(before.charAt(before.length() - 2)));
    }

    /** "five to four": the second number of a score or vote. */
    private boolean numberWordTo(int s) {
        String before = simple.substring(Math.max(0, s - 20), s).toLowerCase(Locale.ROOT);
        Matcher m = englishWords.matcher(before);
        while (m.find()) if (before.substring(m.end()).equals(" to ")) return true;
        return false;
    }

    private boolean countWordAfter(int e) { return p.englishCountBefore.contains(nextWord(e).toLowerCase(Locale.ROOT)); }

    /** "bought three factories": a number word from two up before a plural noun, not after "the" and its like. */
    private boolean pluralCountAfter(int s, int e, double value) {
        if (value < 2 || value != Math.rint(value)) return false;
        if (e >= text.length() || text.charAt(e) != ' ') return false;
        // "ten 30-second spots": a number joined to a unit describes the noun after it
        Matcher joined = NUMBER_AND_UNIT.matcher(text).region(e, text.length());
        int from = joined.lookingAt() ? joined.end() : e;
        String w = nextWord(from);
        String lw = w.toLowerCase(Locale.ROOT);
        // "four new sites", "thirty large supply schemes": up to two describing words before the plural noun
        for (int gap = 0, at = from; gap < 2 && !plural(lw) && describing(lw); gap++) {
            at = wordEnd(at);
            w = nextWord(at);
            lw = w.toLowerCase(Locale.ROOT);
        }
        if (!plural(lw)) return false;
        if (p.pluralCountNot.contains(lw) || p.englishNumbers.contains(lw)) return false;
        Matcher m = WORD_BEFORE.matcher(simple.substring(Math.max(0, s - 20), s));
        return !(m.find() && p.pluralCountNotAfter.contains(m.group(1).toLowerCase(Locale.ROOT)));
    }

    /** "six of Kenya's 47 counties", "two of the nine judges", "three of the injured": a part of a whole the text counts, or of a group, is a count too. */
    private boolean partOfCount(int e, double value) {
        if (value < 2 || value != Math.rint(value)) return false;
        Matcher m = PART_OF.matcher(text).region(e, text.length());
        if (!m.lookingAt()) return false;
        String n = m.group(1).toLowerCase(Locale.ROOT);
        if (Character.isDigit(n.charAt(0)) || p.englishNumbers.contains(n)) return true;
        // a group after "the", "its" …: people named by an adjective or a plural noun, not a time word (two of the years)
        return !m.group().startsWith(" of " + m.group(1)) && (p.englishPartOfGroup.contains(n) || plural(n) && !p.pluralCountNot.contains(n));
    }

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile(" \\d+-[a-z]+(?= )");

    private static final Pattern PART_OF = Pattern.compile(" of (?:the |its |their |[A-Z][\\p{L}.-]*'s )?(\\d[\\d,]*|[a-z]+)(?![\\d,.%'’\\p{L}])");

    private static boolean plural(String lw) {
        return lw.length() >= 4 && lw.endsWith("s") && !lw.endsWith("ss") && lw.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** A lower-case word that may describe the noun after it (new, large, supply), not a plural, a number or a word of the gap list. */
    private boolean describing(String lw) {
        return lw.length() >= 3 && !lw.endsWith("s") && lw.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && !p.englishNumbers.contains(lw) && !p.pluralCountNotBetween.contains(lw);
    }

    /** The end of the word after e (its spaces skipped). */
    private int wordEnd(int e) {
        int i = e;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return i;
    }

    /** "drew five and lost two": the word before the number is a verb of a tally. */
    private boolean tallyVerbBefore(int s) {
        Matcher m = WORD_BEFORE.matcher(simple.substring(Math.max(0, s - 20), s));
        return m.find() && p.englishCountAfter.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** "launched 68 times": the word before the number is a verb in -ed that is not one of growth. */
    private boolean deedBefore(int s) {
        Matcher m = WORD_BEFORE.matcher(simple.substring(Math.max(0, s - 20), s));
        return m.find() && m.group(1).endsWith("ed") && !p.timesCountVerbNot.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("([A-Za-z]+) $");
    private static final Pattern FRACTION_OF_COIN = Pattern.compile("(?i) of a (penny|pence|cent)$");

    private String nextWord(int e) {
        int i = e;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) j++;
        return text.substring(i, j);
    }

    private boolean hypothetical(int pos) {
        for (int[] s : sentences) {
            if (pos >= s[0] && pos < s[1]) {
                String sentence = text.substring(s[0], s[1]);
                for (String h : p.hypothetical) if (sentence.contains(h)) return true;
                return false;
            }
        }
        return false;
    }

    private Found sameValueBefore(double v, int pos) {
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (f.start() < pos && f.kind() == Kind.AMOUNT && Math.abs(f.value() - v) <= 1e-9 * Math.abs(v)) return f;
        }
        return null;
    }

    private boolean wordEdges(int s, int e) {
        return !Character.isLetterOrDigit(at(s - 1)) || Chinese.han(at(s - 1)) ? !Character.isLetterOrDigit(at(e)) || Chinese.han(at(e)) : false;
    }

    private String claimUnit(String unit) {
        // the unit's own words, not a rate written in it (‰ is a percent, its claim unit per-1000)
        for (Patterns.UnitWord u : p.after) if (u.unit().equals(unit) && u.scale() == 1) return u.claimUnit();
        return unit != null && unit.matches("[A-Z]{3}") ? unit : null;
    }

    /** The currency a bare 元 means: the one the text names most often, else the renminbi. */
    /** The currency of the last money figure before pos (7.99 cents after 8.24 euro cents), else US dollars. */
    private String moneyBefore(int pos) {
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (f.start() < pos && f.unit() != null && f.unit().matches("[A-Z]{3}")) return f.unit();
        }
        return "USD";
    }

    /** For each shared sign, the currency whose words the text names more often; none on a tie. */
    private Map<String, String> signCurrencies() {
        Map<String, String> out = new java.util.HashMap<>();
        for (Map.Entry<String, Map<String, List<String>>> sign : p.signHints.entrySet()) {
            String best = null;
            int most = 0;
            boolean tie = false;
            for (Map.Entry<String, List<String>> c : sign.getValue().entrySet()) {
                int n = 0;
                for (String h : c.getValue()) n += occurrences(h);
                if (n > most) { best = c.getKey(); most = n; tie = false; }
                else if (n == most && n > 0) tie = true;
            }
            if (best != null && !tie) out.put(sign.getKey(), best);
        }
        return out;
    }

    /** Occurrences of a word in the text, a Latin word only whole (yen, not Cheyenne). */
    private int occurrences(String w) {
        int n = 0;
        boolean latin = w.chars().allMatch(ch -> ch < 128);
        for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1))
            if (!latin || !Character.isLetter(at(i - 1)) && !Character.isLetter(at(i + w.length()))) n++;
        return n;
    }

    private String documentCurrency() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : p.currencyHints.entrySet()) {
            int n = 0;
            for (String h : e.getValue()) for (int i = text.indexOf(h); i >= 0; i = text.indexOf(h, i + 1)) n++;
            counts.put(e.getKey(), n);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 0).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("CNY");
    }

    private static boolean any(boolean[] m, int s, int e) {
        for (int i = s; i < e; i++) if (m[i]) return true;
        return false;
    }

    private static void mark(boolean[] m, int s, int e) {
        for (int i = s; i < e; i++) m[i] = true;
    }

    static Set<Qualifier> none() { return EnumSet.noneOf(Qualifier.class); }
}
