package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.claimgraph.extract.Drafter.Mention;
import org.claimgraph.extract.Drafter.PeriodMention;
import org.claimgraph.model.Metric;
import org.claimgraph.vocab.Vocabulary;

/**
 * The period a figure covers: periods named in its sentence (years, quarters, halves, months, fiscal
 * years, relative ones against the publication date, "the quarter" and 同期 named before), else the
 * text's main year; a flow "through 2031" runs from the publication's year.
 */
final class DraftPeriods {
    private final Patterns p;
    private final Vocabulary vocab;
    private final String text, simple;
    private final LocalDate published;
    private final List<Mention> entities;
    private final List<Figures.Found> figures;
    private final Clauses clauses;
    private final boolean[] dayChars;
    private final List<PeriodMention> periods;
    private final String mainYear;
    /** The twelve months the main year is named by, when the text names it by no other period (see {@link #firstYear}), or null. */
    private String mainWindow;
    /** A quarter, half or season named in the title or first sentence: what the whole story is about, unless a sentence says otherwise. */
    private final PeriodMention leadSub;
    /** Whether the text counts years of the Republic of China (114年 is 2025). */
    private final boolean roc;
    /** Whether the figure being drafted is about a place south of the equator: its seasons are the southern ones. */
    private boolean southern;

    DraftPeriods(Patterns p, Vocabulary vocab, String text, String simple, LocalDate published, List<int[]> sentences, List<Mention> entities,
                 List<Figures.Found> figures, Clauses clauses, boolean[] amountChars, boolean[] dayChars) {
        this.p = p;
        this.vocab = vocab;
        this.text = text;
        this.simple = simple;
        this.published = published;
        this.entities = entities;
        this.figures = figures;
        this.clauses = clauses;
        this.dayChars = dayChars;
        this.roc = Figures.rocCalendar(text, simple, published);
        this.periods = periodMentions(amountChars);
        this.mainYear = firstYear();
        int lead = sentences.isEmpty() ? 0 : sentences.get(Math.min(1, sentences.size() - 1))[1];
        PeriodMention sub = null;
        for (PeriodMention pm : periods) if (pm.start() < lead && Set.of("quarter", "half", "season", "daySpan", "month", "monthOnly").contains(pm.kind())) { sub = pm; break; }
        this.leadSub = sub;
    }

    private char at(int k) { return k >= 0 && k < simple.length() ? simple.charAt(k) : ' '; }

    private List<PeriodMention> periodMentions(boolean[] figureChars) {
        boolean[] used = new boolean[text.length() + 1];
        List<PeriodMention> out = new ArrayList<>();
        for (Patterns.PeriodPattern pp : p.periods) {
            if (!roc && pp.re().pattern().contains("(?<roc>")) continue;
            Matcher m = pp.re().matcher(simple);
            while (m.find()) {
                if (m.end() == m.start()) continue;
                boolean clash = false;
                for (int k = m.start(); k < m.end(); k++) if (used[k] || figureChars[k] && !pp.kind().equals("base")) { clash = true; break; }
                if (clash) continue;
                for (int k = m.start(); k < m.end(); k++) used[k] = true;
                // transparent bounds: the mention is read again as it was found, its lookarounds seeing the text around it
                out.add(new PeriodMention(m.start(), m.end(), pp.kind(), pp.re().matcher(simple).region(m.start(), m.end()).useTransparentBounds(true)));
            }
        }
        out.removeIf(pm -> pm.kind().equals("base") || partOfName(pm) || cropYear(pm));
        for (PeriodMention pm : out) pm.m().lookingAt();
        out.sort(Comparator.comparingInt(PeriodMention::start));
        return out;
    }

    /** "rice from the 2021 crop": a harvest named by its year describes the goods, it is not when a figure holds. */
    private boolean cropYear(PeriodMention pm) {
        return pm.kind().equals("year") && CROP_YEAR.matcher(simple).region(pm.end(), simple.length()).lookingAt()
                && THE_BEFORE.matcher(simple.substring(Math.max(0, pm.start() - 6), pm.start())).find();
    }

    private static final java.util.regex.Pattern CROP_YEAR = java.util.regex.Pattern.compile("(?i) ?(?:crop|harvest|vintage)s?\\b");
    private static final java.util.regex.Pattern THE_BEFORE = java.util.regex.Pattern.compile("(?i)\\b(?:the|its|their) $");

    /** "2000年互联网泡沫": a year inside a name of the gazetteer belongs to the name. */
    private boolean partOfName(PeriodMention pm) {
        for (Mention e : entities) {
            if (pm.start() < e.end() && e.start() < pm.end()) return true;
        }
        return false;
    }

    private static boolean yearLike(String kind) {
        return switch (kind) {
            case "year", "fiscal", "fiscalSpan", "span", "relative", "until", "month", "since", "sameYear", "nextYears" -> true;
            default -> false;
        };
    }

    /** Periods whose label is whole in itself (a month, a day's month, an earlier period named again): no year is added. */
    private static boolean whole(String kind) {
        return switch (kind) {
            case "weekday", "relativeMonth", "monthSpan", "monthYearSpan", "sameQuarter", "sameMonth", "samePeriod", "sameUntil", "yearTo", "pastYear" -> true;
            default -> false;
        };
    }

    /** Years before the publication beyond which a written year weighs less than a relative one (去年, last year). */
    private static final int OLD_YEARS = 5;

    /** The year most of the text is about: the one its periods name most often (the first of equals), else the publication year. */
    private String firstYear() {
        Map<String, Integer> counts = new LinkedHashMap<>(), outlook = new LinkedHashMap<>();
        Map<String, String> windows = new LinkedHashMap<>(); // year → the first twelve months named by it
        java.util.Set<String> named = new java.util.HashSet<>(); // years named otherwise
        for (PeriodMention pm : periods) {
            String y = null;
            if (Set.of("year", "fiscal", "fiscalSpan", "month", "relative").contains(pm.kind())) y = yearLabel(pm);
            else if (pm.kind().equals("season")) y = seasonYear(pm);
            // a month named without its year is a month of the publication's year or the one before
            else if (pm.kind().equals("monthOnly") && published != null) y = subLabel(pm, null);
            // "in the year to March", "over the past year": twelve months named by the year they end in
            else if ((pm.kind().equals("yearTo") || pm.kind().equals("pastYear")) && published != null) {
                String label = subLabel(pm, null);
                y = label != null && label.matches(".*\\d{4}-\\d{2}") ? label.substring(label.length() - 7, label.length() - 3) : null;
            }
            if (y == null) continue;
            // 较2020年的74.9%, 高于2023年: a year compared with (the words of patterns.json comparedZh) is not what the text is about
            String before = simple.substring(Math.max(0, pm.start() - 3), pm.start());
            if ("比较与".indexOf(at(pm.start() - 1)) >= 0 || p.comparedZh.stream().anyMatch(before::endsWith)) continue;
            // a year still to come (the contract ends in 2030) is when something will be, not what the text reports
            if (published != null && y.matches("\\d{4}") && Integer.parseInt(y) > published.getYear()) continue;
            // a year inside a date (2020年3月20日) says when that day was; one after a base (the 77% of 2023) is the base's
            if (insideDay(pm) || ownerOf(pm) != null) continue;
            // "it had won 303 seats in 2019": a year told in the past perfect is before the story's time
            if (PAST_PERFECT.matcher(simple).region(clauses.sentenceOf(pm.start())[0], pm.start()).find()) continue;
            if (pm.kind().equals("monthOnly")) y = y.substring(0, 4);
            // "expects sales of $9 billion in 2027": the year of a forecast is what the text reports only when it names no other
            int weight = pm.kind().equals("relative") || pm.kind().equals("monthOnly") || pm.kind().equals("yearTo") || pm.kind().equals("pastYear")
                    || pm.kind().equals("season") && writtenYear(pm.m()) == null ? 2 : 4;
            // "a quarter of the 2.7 million of 1949": a year long before the publication is history told beside the news, less
            // weighty than "last year" (published in 2025: 1949 weighs 1, last year 2)
            Matcher first = YEAR.matcher(y); // FY2010/11: its first year
            if (weight == 4 && published != null && first.find() && Integer.parseInt(first.group()) < published.getYear() - OLD_YEARS) weight = 1;
            (forecast(pm) ? outlook : counts).merge(y, weight, Integer::sum);
            if (pm.kind().equals("yearTo") || pm.kind().equals("pastYear")) windows.putIfAbsent(y, subLabel(pm, null));
            else named.add(y);
        }
        // a day named without its year (9日, on March 3) is of the publication's year or the one before, as such a month is
        for (Figures.Found f : figures) {
            if (f.kind() == Figures.Kind.DATE && f.date() != null && f.date().length() >= 10 && !YEAR.matcher(f.text()).find() && published != null) {
                counts.merge(f.date().substring(0, 4), 2, Integer::sum);
            }
        }
        if (counts.isEmpty()) counts = outlook;
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        // a text whose main year is only ever named by its twelve months (in the year to March) is about those months
        if (best != null && !named.contains(best)) mainWindow = windows.get(best);
        if (best != null) return best;
        return published == null ? null : String.valueOf(published.getYear());
    }

    /** A period named in a clause that forecasts (expects, outlook, 预计): when a forecast is for. */
    private boolean forecast(PeriodMention pm) {
        int[] sentence = clauses.sentenceOf(pm.start());
        int[] clause = clauses.clauseOf(pm.start(), sentence);
        return p.outlook.matcher(simple).region(clause[0], clause[1]).find();
    }

    /** The fiscal year named right after a quarter ("the second quarter of its 2025 fiscal year"), or null. */
    private PeriodMention fiscalOf(PeriodMention q) {
        if (q == null || !q.kind().equals("quarter")) return null;
        for (PeriodMention o : periods) {
            if (o.start() >= q.end() && o.kind().equals("fiscal") && FISCAL_GAP.matcher(simple.substring(q.end(), o.start())).matches()) return o;
        }
        return null;
    }

    private static final java.util.regex.Pattern FISCAL_GAP = java.util.regex.Pattern.compile("(?i)\\s+of\\s+(?:its|the|their|this|that)\\s+");

    private String yearLabel(PeriodMention pm) {
        Matcher m = pm.m();
        String g = first(m);
        return switch (pm.kind()) {
            case "year", "until" -> rocYear(m, g);
            case "fiscal" -> {
                // the fiscal year that ended in a month: the year of its end, written or the last such month before publication
                String fm = hasGroup(m, "fm") ? m.group("fm") : hasGroup(m, "zfm") ? m.group("zfm") : null;
                if (fm == null) yield "FY" + g;
                String fy = hasGroup(m, "fy") ? m.group("fy") : hasGroup(m, "zfy") ? m.group("zfy") : null;
                if (fy != null) yield "FY" + fy;
                int month = fm.matches("\\d+") ? Integer.parseInt(fm) : monthNumber(fm);
                yield published == null || month < 1 || month > 12 ? null
                        : "FY" + (published.getMonthValue() > month ? published.getYear() : published.getYear() - 1);
            }
            case "fiscalSpan" -> "FY" + m.group(1) + "/" + m.group(2);
            case "span" -> m.group(1) != null ? m.group(1) + "/" + m.group(2) : m.group(3) + "/" + m.group(4);
            case "monthYearSpan" -> m.group("y2") != null ? m.group("y2") : m.group("y1");
            case "month" -> m.group(1) != null ? rocYear(m, m.group(1)) : m.group(4);
            case "since" -> {
                // since a year: from it to the year the text is about
                String from = m.group("y") != null ? m.group("y") : m.group("y2");
                String to = mainYear != null ? mainYear : published == null ? null : String.valueOf(published.getYear());
                if (from == null) yield null;
                if (m.group("m") != null) {
                    String f = String.format(Locale.ROOT, "%s-%02d", from, monthNumber(m.group("m")));
                    yield published == null ? f : f + "/" + String.format(Locale.ROOT, "%d-%02d", published.getYear(), published.getMonthValue());
                }
                yield to == null || to.compareTo(from) <= 0 ? from : from + "/" + to;
            }
            case "sameYear" -> mainYear;
            case "nextYears" -> {
                // "over the next five years", 未来五年: from the year of publication
                String n = m.group("n") != null ? m.group("n").toLowerCase(Locale.ROOT) : m.group("zn");
                Integer years = n.matches("\\d+") ? Integer.valueOf(n) : p.counts.get(n);
                yield years == null || published == null ? null : published.getYear() + "/" + (published.getYear() + years);
            }
            case "relative" -> {
                Integer off = p.relative.get(m.group().toLowerCase(Locale.ROOT));
                yield off == null || published == null ? null : String.valueOf(published.getYear() + off);
            }
            default -> null;
        };
    }

    /** A year as written, or its year of the common era when the pattern reads the Republic of China's (113年: 2024). */
    private static String rocYear(Matcher m, String year) {
        return hasGroup(m, "roc") ? String.valueOf(Integer.parseInt(year) + Figures.ROC_OFFSET) : year;
    }

    private static String first(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) if (m.group(i) != null) return m.group(i);
        return m.group();
    }

    private String subLabel(PeriodMention pm, String year) {
        Matcher m = pm.m();
        String g = first(m);
        switch (pm.kind()) {
            case "quarter" -> {
                // a quarter written by its months (the July-September quarter) is named by its last one
                Integer n = g.matches("\\d") ? Integer.valueOf(g) : g.matches("(?i)March|June|September|December") ? monthNumber(g) / 3
                        : p.ordinals.get(g.toLowerCase(Locale.ROOT));
                return n == null || year == null ? year : year.replaceFirst("/\\d+$", "") + "-Q" + n;
            }
            case "half" -> {
                Integer n = p.ordinals.get(g.toLowerCase(Locale.ROOT));
                return n == null || year == null ? year : year + "-H" + n;
            }
            case "firstMonths" -> {
                // 前三季度, 1-9月, the first nine months: a running total from the year's first month
                Integer months = hasGroup(m, "q") ? count(m.group("q")) == null ? null : 3 * count(m.group("q"))
                        : hasGroup(m, "eq") ? count(m.group("eq")) == null ? null : 3 * count(m.group("eq"))
                        : count(first(m));
                if (months == null || months < 1 || months > 12 || year == null || !year.matches("\\d{4}")) return year;
                // the first three months are the first quarter, six the first half, twelve the year: named so
                return months == 12 ? year : months == 3 ? year + "-Q1" : months == 6 ? year + "-H1"
                        : String.format(Locale.ROOT, "%s-01/%s-%02d", year, year, months);
            }
            case "month" -> {
                String y = m.group(1) != null ? rocYear(m, m.group(1)) : m.group(4);
                int mo = m.group(2) != null ? Integer.parseInt(m.group(2)) : monthNumber(m.group(3));
                return String.format(Locale.ROOT, "%s-%02d", y, mo);
            }
            case "monthOnly" -> {
                int mo = m.group(1) != null ? Integer.parseInt(m.group(1)) : monthNumber(m.group(2));
                return monthOf(mo, year);
            }
            case "monthYearSpan" -> {
                // between October 2022 and March 2024: the months from one to the other
                // 2020年9月至12月: the second month in the first's year
                String a = String.format(Locale.ROOT, "%s-%02d", m.group("y1"), monthNumberOf(m.group("m1")));
                String b = String.format(Locale.ROOT, "%s-%02d", m.group("y2") != null ? m.group("y2") : m.group("y1"), monthNumberOf(m.group("m2")));
                return b.compareTo(a) > 0 ? a + "/" + b : year;
            }
            case "monthSpan" -> {
                // the last month decides the year (the last such before publication when none is given); the first is before it
                int first = monthNumber(m.group(1));
                String b = monthOf(monthNumber(m.group(2)), year);
                if (b == null || !b.matches("\\d{4}-\\d{2}")) return year;
                int end = Integer.parseInt(b.substring(0, 4));
                // "between September and December": the first month is the earlier one
                String a = String.format(Locale.ROOT, "%d-%02d", first > Integer.parseInt(b.substring(5)) ? end - 1 : end, first);
                return a + "/" + b;
            }
            case "yearTo" -> {
                // "in the year to March 2023": the twelve months up to that month (2022-04/2023-03); "the three months to December" three
                int mo = monthNumber(m.group("mn"));
                String end = m.group("yy") != null ? String.format(Locale.ROOT, "%s-%02d", m.group("yy"), mo) : future(pm) ? nextMonth(mo) : monthOf(mo, null);
                if (end == null || !end.matches("\\d{4}-\\d{2}")) return year;
                String n = m.group("n") == null ? "12" : m.group("n").toLowerCase(Locale.ROOT);
                Integer months = n.matches("\\d+") ? Integer.valueOf(n) : p.counts.get(n);
                java.time.YearMonth last = java.time.YearMonth.parse(end);
                return last.minusMonths(months == null ? 11 : months - 1) + "/" + last;
            }
            case "daySpan" -> {
                String span = daySpan(m, year);
                return span != null ? span : year;
            }
            case "pastYear" -> {
                // "over the past year": the twelve months up to the last month named before it, else to the month before publication
                String last = lastMonthBefore(pm, year);
                java.time.YearMonth end = last != null && last.matches("\\d{4}-\\d{2}") ? java.time.YearMonth.parse(last)
                        : published == null ? null : java.time.YearMonth.from(published).minusMonths(1);
                return end == null ? year : end.minusMonths(11) + "/" + end;
            }
            case "yearToDate" -> {
                // the year to date: from January to the last month named before it, else to the month of publication
                if (year == null || !year.matches("\\d{4}")) return year;
                String last = lastMonthBefore(pm, year);
                if (last == null || !last.startsWith(year)) last = published != null && published.getYear() == Integer.parseInt(year)
                        ? String.format(Locale.ROOT, "%s-%02d", year, published.getMonthValue()) : year + "-12";
                return last.endsWith("-01") ? last : year + "-01/" + last;
            }
            case "season" -> { return seasonLabel(pm, year, new ArrayList<>()); }
            case "weekday" -> {
                // "on Thursday", 周四: the day falls in the week of publication
                if (published == null) return year;
                java.time.DayOfWeek want = weekday(m.group().toLowerCase(Locale.ROOT));
                LocalDate d = published;
                if (want != null) while (d.getDayOfWeek() != want) d = d.minusDays(1);
                return String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
            }
            case "relativeMonth" -> {
                if (published == null) return year;
                Integer off = p.relative.get(m.group().toLowerCase(Locale.ROOT));
                LocalDate d = published.plusMonths(off == null ? 0 : off);
                return String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
            }
            default -> { return year; }
        }
    }

    /**
     * The days of a span (1月14日至2月22日, between January 1 and April 17) as first/last day; a year not written is the
     * other end's, else the one given, else that of the last such month before publication; an end month before the start's
     * is the next year's. Null when a day does not exist.
     */
    private String daySpan(Matcher m, String year) {
        boolean zh = m.group("m1") != null;
        int m1 = zh ? Integer.parseInt(m.group("m1")) : monthNumber(m.group("em1"));
        String m2s = zh ? m.group("m2") : m.group("em2");
        int m2 = m2s == null ? m1 : zh ? Integer.parseInt(m2s) : monthNumber(m2s);
        int d1 = Integer.parseInt(zh ? m.group("d1") : m.group("ed1")), d2 = Integer.parseInt(zh ? m.group("d2") : m.group("ed2"));
        String y1 = zh ? m.group("y1") : m.group("ey1"), y2 = zh ? m.group("y2") : m.group("ey2");
        String given = year != null && year.matches("\\d{4}") ? year : null;
        if (y1 == null && y2 == null && given == null) {
            String month = monthOf(m2, null);
            if (month == null) return null;
            y2 = month.substring(0, 4);
        }
        try {
            int start = Integer.parseInt(y1 != null ? y1 : y2 != null ? y2 : given);
            LocalDate from = LocalDate.of(start, m1, d1);
            int endYear = y2 != null ? Integer.parseInt(y2) : m2 < m1 ? start + 1 : start;
            // only the end's year written (December 20 to January 5, 2025): the start is in the year before when its month comes later
            if (y1 == null && y2 != null && m2 < m1) from = from.minusYears(1);
            LocalDate to = LocalDate.of(endYear, m2, d2);
            return to.isBefore(from) ? null : from + "/" + to;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern PAST_PERFECT = java.util.regex.Pattern.compile("(?i)\\bhad(?: (?:already|previously|earlier|once|not))? (?:been|won|had|made|taken|reached|risen|fallen|grown|seen|recorded|posted)\\b");

    /** The first of the groups of a match that matched, or null. */
    private static String group(Matcher m, String... names) {
        for (String g : names) if (hasGroup(m, g)) return m.group(g);
        return null;
    }

    /** A note in the why of a season read with a year it was not written with: a person confirms it. */
    static final String SEASON_GUESSED = "period: a season read with the years a claim document writes it with";

    /**
     * A season's months as a claim document reads them (vocab.Periods), the southern hemisphere's for a figure about a place
     * south of the equator. One that runs into the next year written with one year (2023年冬季; summer 2024 in the south),
     * which a claim document must write with both, is read from that year's December, noted in {@code why}.
     */
    private String seasonLabel(PeriodMention pm, String year, List<String> why) {
        Matcher m = pm.m();
        String own = seasonYear(pm), sy = own != null ? own : year;
        if (sy == null || !sy.matches("\\d{4}")) return year;
        String word = group(m, "s", "s2", "s3", "es", "es2", "es3", "es4", "es5", "es6", "es7"), next = group(m, "next", "next2", "next3");
        String relative = englishRelative(pm);
        String written = relative != null ? relative : seasonText(word, sy, next);
        try {
            return months(written);
        } catch (IllegalArgumentException notReadAsWritten) {
            // one year for a season across new year, or two for one within a year: read with the years it needs
            String other = seasonText(word, sy, next == null ? String.format(Locale.ROOT, "%02d", (Integer.parseInt(sy) + 1) % 100) : null);
            try {
                String label = months(other);
                why.add(SEASON_GUESSED + ": \"" + written + "\" as \"" + other + "\"");
                return label;
            } catch (IllegalArgumentException neither) {
                return year;
            }
        }
    }

    /** A season as a claim document writes it: 2024年夏季, 2023-24年冬季, summer 2024, winter 2023-24. */
    private static String seasonText(String word, String year, String next) {
        String years = next == null ? year : year + "-" + next;
        return word.chars().anyMatch(c -> c > 127) ? years + "年" + word + "季" : word + " " + years;
    }

    /** The months of a season as a claim document reads it, in the hemisphere of the figure being drafted (2024-06/2024-08). */
    private String months(String season) {
        org.claimgraph.model.Period p = org.claimgraph.vocab.Periods.parse(season, null, null, southern);
        return java.time.YearMonth.from(p.start()) + "/" + java.time.YearMonth.from(p.end());
    }

    /** The year a season is written with (2024年夏季, summer 2024, the first of winter 2023-24), or null. */
    private static String writtenYear(Matcher m) { return group(m, "y", "y4", "ey", "ey2", "ey3", "ey4"); }

    /** A season named against the publication date (last summer, this winter) as the claim reader reads it, or null. */
    private String englishRelative(PeriodMention pm) {
        String rel = group(pm.m(), "erel", "erel2");
        if (rel == null || published == null) return null;
        return org.claimgraph.vocab.Periods.relativeSeason(rel, group(pm.m(), "es3", "es6"), published, southern);
    }

    /** The year a season is written with (2024年夏季, summer 2024), or that its relative word gives (今夏, last winter); else null. */
    private String seasonYear(PeriodMention pm) {
        Matcher m = pm.m();
        if (writtenYear(m) != null) return writtenYear(m);
        if (englishRelative(pm) != null) return englishRelative(pm).replaceAll("\\D*(\\d{4}).*", "$1");
        String rel = hasGroup(m, "rel") ? m.group("rel") : hasGroup(m, "rel2") ? m.group("rel2") : hasGroup(m, "erel") ? m.group("erel").toLowerCase(Locale.ROOT) : null;
        if (rel == null || published == null) return null;
        int off = switch (rel) {
            case "去年", "去", "last" -> -1;
            case "明年", "next" -> 1;
            default -> 0;
        };
        return String.valueOf(published.getYear() + off);
    }

    /** A count written in digits or words, 十一 and 十二 too; null when it is none. */
    private Integer count(String w) {
        if (w == null) return null;
        if (w.matches("\\d{1,2}")) return Integer.valueOf(w);
        Integer n = p.counts.get(w.toLowerCase(Locale.ROOT));
        if (n != null) return n;
        if (w.length() == 2 && w.charAt(0) == '十') {
            Integer unit = p.counts.get(w.substring(1));
            return unit == null ? null : 10 + unit;
        }
        return null;
    }

    /** A month without a year: of the year given, else the last such month before publication. */
    private String monthOf(int mo, String year) {
        if (mo < 1 || mo > 12) return year;
        if (year != null && year.matches("\\d{4}")) return String.format(Locale.ROOT, "%s-%02d", year, mo);
        if (published != null) return String.format(Locale.ROOT, "%d-%02d", mo <= published.getMonthValue() ? published.getYear() : published.getYear() - 1, mo);
        return year;
    }

    /** Whether the sentence before a period says it is still to come (bills will go up … for the three months to June). */
    private boolean future(PeriodMention pm) {
        if (published == null) return false;
        String before = simple.substring(clauses.sentenceOf(pm.start())[0], pm.start()).toLowerCase(Locale.ROOT);
        return Figures.hasWord(before, p.futureDay) || Figures.hasWord(before, p.projection);
    }

    /** A month without its year that is still to come: the first such month from the publication on. */
    private String nextMonth(int mo) {
        return String.format(Locale.ROOT, "%d-%02d", mo >= published.getMonthValue() ? published.getYear() : published.getYear() + 1, mo);
    }

    private java.time.DayOfWeek weekday(String w) {
        for (Map.Entry<String, Integer> e : p.weekdays.entrySet()) if (w.contains(e.getKey())) return java.time.DayOfWeek.of(e.getValue());
        return null;
    }

    /** A month written as its number (9) or its name (September). */
    private static int monthNumberOf(String month) {
        return month.matches("\\d{1,2}") ? Integer.parseInt(month) : monthNumber(month);
    }

    private static int monthNumber(String name) {
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /**
     * The period of a figure: what its sentence names before it, or right after it in its clause
     * ("$2.78 trillion in fiscal 2021" beats the fiscal 2020 named before), but not past the base of
     * a comparison ("double the $29.8 billion earned in fiscal 2024"); "the quarter", "that month",
     * 同期 name an earlier period again; else the text's main year.
     */
    String period(Figures.Found f, int[] sentence, int[] clause, List<String> why, boolean southern) {
        this.southern = southern;
        String l = periodOf(f, sentence, clause, why, true);
        // "against 49 cents a year earlier", "up from 43,706 the previous year": told of the year before ("rose 5% from a year
        // earlier" and "double the year before" are of now)
        if (l != null && !"times".equals(f.unit()) && YEAR_BEFORE.matcher(simple).region(f.end(), simple.length()).lookingAt()) {
            String before = yearBefore(l);
            if (!before.equals(l)) {
                l = before;
                why.add("period: a year before, as written after the figure");
            }
        } else if (l != null && l.matches("(?:FY)?\\d{4}|\\d{4}-\\d{2}/\\d{4}-\\d{2}") && changedFrom(f, sentence) && !ownPeriodAfter(f, clause)) {
            // "slipped to 74,702 from 76,226", "from 6.2 to 5.7", 由91.5亿元减至81.2亿元: the level a yearly figure (or one of
            // twelve months: "46,265 for the year to March, up from 43,706") changed from is the year before's
            l = yearBefore(l);
            why.add("period: the year before, the level the change is from");
        }
        return l;
    }

    private static final java.util.regex.Pattern FROM_BEFORE = java.util.regex.Pattern.compile(
            "(?i)(?:\\bfrom(?: an?| the| its)?(?: (?:record|revised|previous|peak|high|low|all-time|estimated|upwardly|downwardly))*(?: of)?|(?:由|从|從)(?:上年|去年|上一年|前一年)?(?:同期)?的?(?:每[\\p{IsHan}]{1,3})?)\\s*$");
    private static final java.util.regex.Pattern TO_AFTER = java.util.regex.Pattern.compile(
            "(?i)^(?:\\s*[\\p{L}%]+){0,3}?\\s+to\\s+[-+$€£¥]?\\d|^(?:[\\p{IsHan}]{0,4}?)(?:增|减|減|降|升|跌|涨|漲|上升|下降|增加|减少|減少|回落|扩大|擴大|缩小|縮小|收窄)(?:至|到)");

    /**
     * Whether the figure is the level a change starts from: after "from" with the level it reached just before ("to 74,702
     * from 76,226", "€32.1 billion, from €29.45 billion"), or after "from" with "to" and the new level after it ("from 6.2 to
     * 5.7"); in Chinese 由 or 从 before it (由上年的每瓦时0.9元: with the year before and the unit it is per) and 增至, 减至 after it.
     */
    private boolean changedFrom(Figures.Found f, int[] sentence) {
        String before = simple.substring(Math.max(sentence[0], f.start() - 40), f.start());
        Matcher from = FROM_BEFORE.matcher(before);
        if (!from.find()) return false;
        String after = simple.substring(f.end(), Math.min(sentence[1], f.end() + 30));
        if (TO_AFTER.matcher(after).find()) return true;
        if (from.group().chars().anyMatch(c -> c > 127)) return false;
        // the level reached, right before "from": another figure ending at most a few words before it
        int fromAt = f.start() - before.length() + from.start();
        for (Figures.Found o : figures) {
            if (o == f || o.end() > fromAt || o.end() < sentence[0] || o.kind() != Figures.Kind.AMOUNT) continue;
            // the level's own period between does not part them ("46,265 for the year to March, up from 43,706")
            StringBuilder between = new StringBuilder(simple.substring(o.end(), fromAt));
            for (int k = periods.size() - 1; k >= 0; k--) {
                PeriodMention pm = periods.get(k);
                if (pm.start() >= o.end() && pm.end() <= fromAt) between.delete(pm.start() - o.end(), pm.end() - o.end());
            }
            String gap = between.toString();
            if (gap.length() <= 24 && gap.matches("(?i)[\\p{L} ,]*") && !gap.contains(" and ")) return true;
        }
        return false;
    }

    /** Whether a period is named close after the figure, in its clause (76,226 in 2021, the 40,901 deaths of 2023): the figure's own. */
    private boolean ownPeriodAfter(Figures.Found f, int[] clause) {
        for (PeriodMention pm : periods) {
            if (pm.start() < f.end() || pm.start() >= clause[1]) continue;
            return p.periodAfterGap.matcher(simple.substring(f.end(), pm.start())).matches() || ownYear(f, pm);
        }
        return false;
    }

    /** The same period a year before: every year in it one less (2024-04/2024-06: 2023-04/2023-06; FY2025/26: FY2024/25). */
    static String yearBefore(String label) {
        Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:/(\\d{2})(?!\\d|-))?").matcher(label);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String r = String.valueOf(Integer.parseInt(m.group(1)) - 1);
            if (m.group(2) != null) r += "/" + String.format(Locale.ROOT, "%02d", (Integer.parseInt(m.group(2)) + 99) % 100);
            m.appendReplacement(out, r);
        }
        return m.appendTail(out).toString();
    }

    private static final java.util.regex.Pattern YEAR_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:of\\s+|in\\s+)?(?:(?:a|one) year (?:earlier|before|ago)|the (?:previous|preceding|prior) year|the year before)\\b");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

    /** Whether {@code at} begins its sentence or follows a clause mark. */
    private boolean opensClause(int at, int[] sentence) {
        int k = at - 1;
        while (k >= sentence[0] && Character.isWhitespace(text.charAt(k))) k--;
        return k < sentence[0] || "，,；;：:".indexOf(text.charAt(k)) >= 0;
    }

    private String periodOf(Figures.Found f, int[] sentence, int[] clause, List<String> why, boolean lookAfter) {
        PeriodMention year = null, sub = null, weakYear = null, weakSub = null;
        PeriodMention adjYear = null, adjSub = null, afterYear = null, afterSub = null;
        for (PeriodMention pm : periods) {
            if (pm.start() < sentence[0] || pm.end() > sentence[1]) continue;
            boolean y = yearLike(pm.kind()) && !pm.kind().equals("month");
            boolean s = !yearLike(pm.kind()) || pm.kind().equals("month");
            // "on Thursday", 周五: when something was said or done; the period only when the sentence names no other
            if (pm.kind().equals("weekday")) {
                if (pm.end() <= f.start() || pm.start() >= f.end() && pm.end() <= clause[1]) weakSub = pm;
                continue;
            }
            if (saidOn(pm)) continue;
            if (pm.end() <= f.start()) {
                Figures.Found owner = ownerOf(pm);
                if (owner != null && owner != f) continue;
                // 涨幅比上半年扩大0.2个百分点, compared with last year: the period compared with is not the figures' (but its own: 比2013年的33.9%)
                if (comparedWith(pm) && !OF_BASE.matcher(simple.substring(pm.end(), f.start())).matches()) continue;
                if (y && insideDate(pm)) { weakYear = pm; continue; }
                if (y) year = pm;
                // 截至12月31日…；全年新增7座: the whole year named after a month or day is the figure's period, not that month
                // (only opening a clause: 三季度是全年最多的, 常年全年降雨量 and "93% on the year" compare or describe)
                if (pm.kind().equals("sameYear") && sub != null && sub.end() <= pm.start() && opensClause(pm.start(), sentence)) sub = null;
                // 明年11月…，2030年的…: a year written after a bare month (11月) starts another time; the month was the year before's
                if (y && pm.kind().equals("year") && sub != null && sub.kind().equals("monthOnly") && sub.end() <= pm.start()
                        && text.charAt(sub.end() - 1) == '月') sub = null;
                // a month or quarter named with a season (3月，冬季…) is the more precise; a later season is another time
                if (s && !(pm.kind().equals("season") && sub != null && !sub.kind().equals("season") && sub.start() >= sentence[0])) sub = pm;
            } else if (pm.start() >= f.end() && pm.end() <= clause[1] && !pastBase(f.end(), pm.start()) && (lookAfter || !whole(pm.kind()))) {
                boolean adjacent = p.periodAfterGap.matcher(simple.substring(f.end(), pm.start())).matches();
                if (y && adjacent && adjYear == null) adjYear = pm;
                if (s && adjacent && adjSub == null) adjSub = pm;
                if (y && afterYear == null && !insideDate(pm)) afterYear = pm;
                if (s && afterSub == null) afterSub = pm;
            }
        }
        if (adjYear != null) year = adjYear;
        if (adjSub != null) sub = adjSub;
        // "beating the 9.1% fall of 1996": the base of a comparison takes the period close after it
        if (lookAfter && adjYear == null && afterYear != null && ownYear(f, afterYear) && baseFigure(f)) {
            year = afterYear;
            if (sub != null && sub.end() <= f.start()) sub = null;
        }
        if (lookAfter && adjYear != null && adjSub == null && sub != null && sub.end() <= f.start()) sub = null;
        // twice its share of 2021: the year after a multiple is what it is a multiple of, not when it holds
        if (year == null && !(afterYear != null && "times".equals(f.unit()) && ownerOf(afterYear) == f)) year = afterYear;
        if (sub == null) sub = afterSub;
        if (year == null && sub == null) year = weakYear;
        // 1月7日9时5分…发生的6.8级地震: a day named in the sentence, when it names no other period (or only that day's year and month)
        Figures.Found day = lookAfter ? dayOf(f, sentence, clause) : null;
        // 今年截至3月5日: a running total of the year up to that day, not the day alone
        if (day != null && sub == null && YEAR_UP_TO.matcher(simple.substring(Math.max(0, day.start() - 10), day.start())).find()) {
            String d = day.date().substring(0, 10);
            why.add("period: the year up to the day \"" + day.text() + "\"");
            return d.substring(0, 4) + "-01-01/" + d;
        }
        if (day != null && (year == null || within(year, day)) && (sub == null || within(sub, day) && !sub.kind().equals("daySpan"))) {
            why.add("period: the day \"" + day.text() + "\"");
            return day.date().substring(0, 10);
        }
        if (year == null && sub == null) sub = weakSub;
        // "in the three months to January, the last quarter of its 2025 fiscal year": the company's own quarter, not the calendar months
        if (sub == null || sub.kind().equals("yearTo")) {
            for (PeriodMention pm : periods) {
                PeriodMention fy = pm.start() >= sentence[0] && pm.end() <= sentence[1] ? fiscalOf(pm) : null;
                if (fy != null) { sub = pm; year = fy; break; }
            }
        }
        String label;
        if (sub != null && whole(sub.kind())) {
            label = wholeLabel(sub, sentence);
            if (label != null) {
                why.add("period: \"" + text.substring(sub.start(), sub.end()) + "\"");
                return label;
            }
        }
        String y = year == null ? null : yearLabel(year);
        if (y == null && sub != null && sub.kind().equals("month")) y = yearLabel(sub);
        // summer 2024, 今夏: a season with its year names the period in the sentence
        if (y == null && sub != null && sub.kind().equals("season")) y = seasonYear(sub);
        if (y == null && sub == null && lookAfter && p.carryPeriod && lastPeriod != null && !newParagraph(lastSentence, sentence[0])
                && (lastSentence == sentence[0] || periodsOfLastSentence.size() == 1)) {
            // a figure whose sentence names no period goes on with the one before (其中…, The unemployment rate …),
            // unless the sentence before listed several (一季度…二季度…)
            why.add("period: the text's main year, as the figure before: " + lastPeriod);
            return lastPeriod;
        }
        if (y == null) {
            y = mainYear;
            // a fiscal year's quarter or a season named in the lead: what the whole story is about
            if (sub == null && leadSub != null && y != null && (y.startsWith("FY") || leadSub.kind().equals("season") || leadSub.kind().equals("daySpan")
                    || leadMonth())) sub = leadSub;
            // the lead's quarter of a fiscal year it names: that year's
            PeriodMention leadFiscal = sub == null || sub == leadSub ? fiscalOf(leadSub) : null;
            if (leadFiscal != null) { sub = leadSub; y = yearLabel(leadFiscal); }
            if (sub == null && mainWindow != null && mainWindow.substring(mainWindow.length() - 7, mainWindow.length() - 3).equals(y)) {
                why.add("period: the text's main twelve months " + mainWindow);
                return mainWindow;
            }
            if (y != null) why.add("period: the text's main year " + y);
        } else {
            why.add("period: named in the sentence");
        }
        return sub == null ? y : sub.kind().equals("season") ? seasonLabel(sub, y, why) : subLabel(sub, y);
    }

    /**
     * "The average rent reached £1,271 in June": a month the lead names for its figure is what a monthly
     * report is about, when it is the month before publication or the one before that, of the text's main
     * year, and the headline names no year (a story of a year's total and its last month is about the year);
     * not a month inside a day (on 29 October) nor one a span starts from (7月以来).
     */
    private boolean leadMonth() {
        if (published == null || !Set.of("month", "monthOnly").contains(leadSub.kind())) return false;
        if (dayChars[leadSub.start()] || simple.startsWith("以来", leadSub.end()) || simple.startsWith("起", leadSub.end())) return false;
        int headline = text.indexOf('\n');
        for (PeriodMention pm : periods) if (pm.start() < headline && pm.kind().equals("year")) return false;
        String label = subLabel(leadSub, mainYear);
        if (label == null || !label.matches("\\d{4}-\\d{2}")) return false;
        java.time.YearMonth m = java.time.YearMonth.parse(label), pub = java.time.YearMonth.from(published);
        return (m.equals(pub.minusMonths(1)) || m.equals(pub.minusMonths(2))) && String.valueOf(m.getYear()).equals(mainYear);
    }

    /** The label of a period that names itself whole, or one named before ("the quarter", 同期). */
    private String wholeLabel(PeriodMention pm, int[] sentence) {
        switch (pm.kind()) {
            case "samePeriod" -> { return lastPeriod; }
            case "sameQuarter", "sameMonth", "sameUntil" -> {
                Set<String> kinds = pm.kind().equals("sameQuarter") ? Set.of("quarter") : pm.kind().equals("sameUntil") ? Set.of("until")
                        : Set.of("month", "monthOnly", "relativeMonth");
                // "that quarter": the last one named; "the quarter": the one the text names most (the first of equals)
                PeriodMention target = null;
                Map<String, Integer> counts = new LinkedHashMap<>();
                Map<String, PeriodMention> firstOf = new LinkedHashMap<>();
                for (PeriodMention o : periods) {
                    if (o.end() > pm.start() || !kinds.contains(o.kind())) continue;
                    target = o;
                    String key = o.m().group().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
                    counts.merge(key, 1, Integer::sum);
                    firstOf.putIfAbsent(key, o);
                }
                if (target == null) return null;
                if (!hasGroup(pm.m(), "dem") && !hasGroup(pm.m(), "dem2")) {
                    String best = null;
                    for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
                    target = firstOf.get(best);
                }
                int[] s = clauses.sentenceOf(target.start());
                String l = periodOf(new Figures.Found(target.end(), target.end(), "", 0, null, null, null, 0, 0, Set.of(), 0, Figures.Kind.AMOUNT, "", ""),
                        s, clauses.clauseOf(target.start(), s), new ArrayList<>(), false);
                // "the same month last year": one year before
                if (l != null && hasGroup(pm.m(), "back")) {
                    Matcher y = YEAR.matcher(l);
                    if (y.find()) l = l.substring(0, y.start()) + (Integer.parseInt(y.group()) - 1) + l.substring(y.end());
                }
                return l;
            }
            default -> { return subLabel(pm, null); }
        }
    }

    private String lastPeriod;
    private int lastSentence = -1;
    private final Set<String> periodsOfLastSentence = new java.util.HashSet<>();

    /** The label of the last month the text names before {@code pm} (in {@code year} when it names none), or null. */
    private String lastMonthBefore(PeriodMention pm, String year) {
        String last = null;
        for (PeriodMention o : periods) {
            if (o.start() >= pm.start()) break;
            if (o.kind().equals("monthOnly") || o.kind().equals("month")) last = subLabel(o, year);
        }
        return last;
    }

    /** The period drafted for a figure, for the figures after it ("the same month", a period carried on). */
    void remember(Figures.Found f, int sentenceStart, String period) {
        // the base of a comparison (beating the 8.3 million of 1996) keeps its period to itself
        if (baseFigure(f) && sentenceStart == lastSentence) return;
        // so does the level a change starts from (from 6.2 to 5.7, 由91.5亿元减至…): the year before is its alone
        if (changedFrom(f, clauses.sentenceOf(f.start()))) return;
        // 比2010年的40%: a figure the year before it belongs to keeps that year to itself
        for (PeriodMention pm : periods) if (pm.end() <= f.start() && pm.start() >= sentenceStart && ownerOf(pm) == f) return;
        // twice its share of 2021: so does a multiple the year after it belongs to
        if ("times".equals(f.unit())) for (PeriodMention pm : periods) if (pm.start() >= f.end() && ownerOf(pm) == f) return;
        if (sentenceStart != lastSentence) periodsOfLastSentence.clear();
        if (period != null) periodsOfLastSentence.add(period);
        lastPeriod = period;
        lastSentence = sentenceStart;
    }

    /**
     * Whether a paragraph ends between two sentences: a period goes on within a paragraph and into a
     * paragraph that opens with a word going on (其中, Of these); another one (货运方面…) starts afresh.
     */
    private boolean newParagraph(int from, int to) {
        if (from < 0 || from >= to || !text.substring(from, to).contains("\n")) return false;
        String opening = simple.substring(to, Math.min(simple.length(), to + 16)).stripLeading().toLowerCase(Locale.ROOT);
        for (String w : p.continuation) if (opening.startsWith(Chinese.simplified(w).toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /** The day (a date of a day, with its time or not) named in the figure's sentence before it, the nearest; else in its clause after it. */
    private Figures.Found dayOf(Figures.Found f, int[] sentence, int[] clause) {
        Figures.Found best = null;
        for (Figures.Found o : figures) {
            // a day, not the end of a month (截至2024年12月底)
            if (o.kind() != Figures.Kind.DATE || o.date() == null || o.date().length() < 10 || o.text().matches(".*[底末]")) continue;
            // "the charity said on 21 May": the day the figures were told, not when they hold
            if (toldOn(o) || bound(o)) continue;
            if (o.start() >= sentence[0] && o.end() <= f.start()) best = o;
            else if (best == null && o.start() >= f.end() && o.end() <= clause[1]) return o;
        }
        return best;
    }

    private static final java.util.regex.Pattern SAID_ON = java.util.regex.Pattern.compile(
            "(?i)\\b(?:said|says|announced|reported|published|released|told)(?: on)?(?: (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?)? $");

    /** Whether a date follows "said on", "announced" and the like: the day figures were told. */
    private boolean toldOn(Figures.Found date) {
        return SAID_ON.matcher(simple.substring(Math.max(0, date.start() - 40), date.start())).find();
    }

    /**
     * Whether a date bounds when something may happen ("no later than Nov. 12", 最迟于5月1日) or is when something
     * opened (于5月10日开幕): no period of the figures, which tell of what followed.
     */
    private boolean bound(Figures.Found date) {
        String before = simple.substring(Math.max(0, date.start() - 20), date.start()).toLowerCase(Locale.ROOT);
        before = BOUND_TAIL.matcher(before).replaceAll("");
        for (String w : p.dayBound) if (before.endsWith(Chinese.simplified(w).toLowerCase(Locale.ROOT))) return true;
        for (String w : p.dayOpens) if (before.endsWith(Chinese.simplified(w).toLowerCase(Locale.ROOT))) return true;
        String after = simple.substring(date.end(), Math.min(simple.length(), date.end() + 20)).toLowerCase(Locale.ROOT).stripLeading();
        for (String w : p.dayOpens) if (after.startsWith(Chinese.simplified(w).toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static final java.util.regex.Pattern BOUND_TAIL = java.util.regex.Pattern.compile("(?:\\s|于|在|\\bon)+$");

    /** A month inside the day the figures were told ("said on 21 May") or inside a bound ("no later than Nov. 12"): no period of theirs. */
    private boolean saidOn(PeriodMention pm) {
        for (Figures.Found o : figures) {
            if (o.kind() != Figures.Kind.DATE || o.date() == null || o.date().length() < 10 || !within(pm, o)) continue;
            return toldOn(o) || bound(o);
        }
        return false;
    }

    private static boolean within(PeriodMention pm, Figures.Found f) { return pm.start() >= f.start() && pm.end() <= f.end(); }

    private static final java.util.regex.Pattern YEAR_UP_TO = java.util.regex.Pattern.compile("(?:今年|本年)(?:以来|迄今)?[，,]?\\s?(?:截至|截止到|截止|到)\\s?$");

    private static final java.util.regex.Pattern AS_OF = java.util.regex.Pattern.compile("(?i)(?:截至|截止|截止到|到|as of|as at|by)\\s?$");

    /**
     * A period inside the date of a day that was an event (曾于2020年3月20日发生): when that day was,
     * not what the text is about; a month's end (2024年12月底) and a day figures stand at (截至2020年11月1日) are.
     */
    private boolean insideDay(PeriodMention pm) {
        for (Figures.Found o : figures) {
            if (o.kind() != Figures.Kind.DATE || o.date() == null || o.date().length() < 10 || o.text().matches(".*[底末]") || !within(pm, o)) continue;
            return !AS_OF.matcher(simple.substring(Math.max(0, o.start() - 8), o.start())).find();
        }
        return false;
    }

    /**
     * The figure a period belongs to when it is no period of the figures after it: "beating the 8.3
     * million of Atlanta in 1996, and some 10,500 …" (right after the base of a comparison), "比113年的13萬4856人".
     */
    private Figures.Found ownerOf(PeriodMention pm) {
        for (Figures.Found o : figures) {
            if (o.kind() == Figures.Kind.DATE || o.end() > pm.start()) continue;
            // "twice its share of 2021": a multiple's year is what it is a multiple of
            if (ownYear(o, pm) && (baseFigure(o) || "times".equals(o.unit()))) return o;
        }
        // 比113年的13萬4856人, 105年20萬8440人的一半: a year right before the base of a comparison, or before a figure another is a part of
        for (Figures.Found o : figures) {
            if (o.kind() == Figures.Kind.DATE || o.start() < pm.end()) continue;
            if (!simple.substring(pm.end(), o.start()).matches("的?")) return null;
            return "比较与".indexOf(at(pm.start() - 1)) >= 0 || at(o.end()) == '的' ? o : null;
        }
        return null;
    }

    /** A period close after a figure, in its clause: "the 9.1% fall of 1996", "the 77% of 2023". */
    private boolean ownYear(Figures.Found o, PeriodMention pm) {
        if (pm.start() < o.end() || pm.start() - o.end() > 40) return false;
        return !simple.substring(o.end(), pm.start()).matches("(?s).*[,;，；。.\\n].*");
    }

    /** A figure introduced as the base of a comparison: than (the), from, against, 比…; "the" only after a word of comparison (beating the, below the). */
    private boolean baseFigure(Figures.Found o) {
        String before = simple.substring(Math.max(0, o.start() - 30), o.start()).toLowerCase(Locale.ROOT).stripTrailing();
        if (before.endsWith(" the")) {
            String w = before.substring(0, before.length() - 4).replaceAll("(?s).*[^\\p{L}]", "");
            return p.comparisonVerbs.contains(w);
        }
        for (String w : p.comparisonBase) {
            if (w.equals("the") || !before.endsWith(w)) continue;
            // "fewer than 700,000 babies", "more than 40%": a qualifier of the figure, not a base it is compared with
            if (w.equals("than") && QUALIFIER_THAN.matcher(before).find()) continue;
            if (w.chars().anyMatch(c -> c > 127) || before.length() == w.length() || !Character.isLetter(before.charAt(before.length() - w.length() - 1))) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern QUALIFIER_THAN = java.util.regex.Pattern.compile("(?:^|[^\\p{L}])(?:more|fewer|less|no)\\s+than$");

    private static boolean hasGroup(Matcher m, String name) {
        try {
            return m.group(name) != null;
        } catch (IllegalArgumentException noSuchGroup) {
            return false;
        }
    }

    /** A year inside a full date ("ended on January 26, 2025") says when the date is, not what period a figure covers. */
    private boolean insideDate(PeriodMention pm) {
        return pm.kind().equals("year") && dayChars[pm.start()];
    }

    /** Another figure between, introduced as the base of a comparison (than the, double the, from): the period after is its own. */
    private boolean pastBase(int from, int to) {
        // "0.36 percentage points higher than the rate recorded in September", "up 3.2% from the same time last year": a period after "than" is what is compared with
        if (THAN.matcher(simple.substring(from, to)).find()) return true;
        for (Figures.Found o : figures) {
            if (o.start() < from || o.end() > to || o.kind() == Figures.Kind.DATE) continue;
            String before = simple.substring(from, o.start()).toLowerCase(Locale.ROOT).stripTrailing();
            for (String w : p.comparisonBase) if (before.endsWith(w) && (w.chars().anyMatch(c -> c > 127) || !Character.isLetter(at(from + before.length() - w.length() - 1)))) return true;
        }
        return false;
    }

    /** A period right after a word of comparison (比上半年, 较去年, than last year, compared with 2023). */
    private boolean comparedWith(PeriodMention pm) {
        String before = simple.substring(Math.max(0, pm.start() - 16), pm.start()).toLowerCase(Locale.ROOT);
        return "比较".indexOf(at(pm.start() - 1)) >= 0 || COMPARED_BEFORE.matcher(before).find();
    }

    private static final java.util.regex.Pattern OF_BASE = java.util.regex.Pattern.compile("\\s*(?:的|of)?\\s*");
    private static final java.util.regex.Pattern COMPARED_BEFORE = java.util.regex.Pattern.compile("(?:\\bthan|\\bcompared (?:with|to)|\\bversus|\\bagainst)(?: the)?\\s+$");

    private static final java.util.regex.Pattern THAN = java.util.regex.Pattern.compile("(?i)\\b(?:than|compared (?:with|to)|versus|(?:from|over|on) the same (?:time|period|month|quarter|week|day))\\b");

    /** "到2031年将花掉…", "through 2031": a flow up to a year runs from the year of publication (or the text's year) to it. */
    String cumulative(String period, String metricId, int[] sentence, int pos) {
        if (period == null || !period.matches("\\d{4}") || metricId == null) return period;
        Metric m = vocab.metric(metricId);
        if (m == null || m.type() == null || !m.type().name().equals("FLOW")) return period;
        for (PeriodMention pm : periods) {
            if (pm.kind().equals("until") && pm.start() >= sentence[0] && pm.end() <= pos && period.equals(yearLabel(pm))) {
                String from = published != null ? String.valueOf(published.getYear()) : mainYear;
                return from != null && from.compareTo(period) < 0 ? from + "/" + period : period;
            }
        }
        return period;
    }
}
