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
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metric;
import org.claimgraph.vocab.Vocabulary;

/**
 * Drafts a claim around each figure: the subject (first gazetteer name of its clause, else of its
 * sentence, else the one the text was last about), the measure (the nearest metric name of the
 * catalogue that fits the unit, "growth" when a change word stands between), the period
 * (periods named in the sentence, else the text's main year) and the claimant (attribution patterns).
 */
final class Drafter {

    /** A name of the gazetteer or the catalogue found in the text. */
    record Mention(int start, int end, String id) {}

    /** A period expression found in the text. */
    record PeriodMention(int start, int end, String kind, Matcher m) {}

    /** What the drafter decided for one figure, with the reasons. */
    record Draft(String subject, String metric, String change, String period, String claimant, String claimantText, boolean projection,
                 boolean estimate, int quoteStart, int quoteEnd, List<String> why, List<String> guessed, String object) {}

    private final Patterns p;
    private final Vocabulary vocab;
    private final String text, simple;
    private final boolean zh;
    private final LocalDate published;
    private final List<int[]> sentences;
    private final List<Mention> entities, metrics;
    private final List<PeriodMention> periods;
    private final String mainYear;
    private final boolean[] wordStart, wordEnd, dayChars;
    private final List<Figures.Found> figures;

    Drafter(Patterns p, Vocabulary vocab, String text, String simple, boolean zh, LocalDate published, List<int[]> sentences,
            List<Figures.Found> figures) {
        this.p = p;
        this.vocab = vocab;
        this.text = text;
        this.simple = simple;
        this.zh = zh;
        this.published = published;
        this.sentences = sentences;
        boolean[][] b = Tokens.boundaries(simple, zh);
        this.wordStart = b[0];
        this.wordEnd = b[1];
        this.figures = figures;
        boolean[] figureChars = new boolean[text.length() + 1], amountChars = new boolean[text.length() + 1];
        this.dayChars = new boolean[text.length() + 1];
        for (Figures.Found f : figures) {
            for (int i = f.start(); i < f.end(); i++) {
                figureChars[i] = true;
                // a date is a figure and a period at once (截至2024年12月底); so is a duration of years to come (未来五年)
                if (f.kind() != Figures.Kind.DATE && f.kind() != Figures.Kind.DURATION) amountChars[i] = true;
                else if (f.date() != null && f.date().length() == 10) dayChars[i] = true;
            }
        }
        this.entities = mentions(entityNames(), figureChars, false);
        this.metrics = mentions(metricNames(), figureChars, !zh);
        this.periods = periodMentions(amountChars);
        this.mainYear = firstYear();
        int lead = sentences.isEmpty() ? 0 : sentences.get(Math.min(1, sentences.size() - 1))[1];
        PeriodMention sub = null;
        for (PeriodMention pm : periods) if (pm.start() < lead && (pm.kind().equals("quarter") || pm.kind().equals("half"))) { sub = pm; break; }
        this.leadSub = sub;
    }

    /** A quarter or half named in the title or first sentence: what the whole story is about, unless a sentence says otherwise. */
    private final PeriodMention leadSub;

    // ---- names ----

    private Map<String, String> entityNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Entity e : vocab.entities()) {
            List<String> all = new ArrayList<>(e.aliases());
            if (e.labelEn() != null) all.add(e.labelEn());
            if (e.labelZh() != null) all.add(e.labelZh());
            for (String n : all) if (n.strip().length() >= 2) names.putIfAbsent(Chinese.simplified(n.strip()), e.id());
        }
        return names;
    }

    private Map<String, String> metricNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Metric m : vocab.metrics()) {
            List<String> all = new ArrayList<>(m.aliases());
            if (m.labelEn() != null) all.add(m.labelEn());
            if (m.labelZh() != null) all.add(m.labelZh());
            for (String n : all) if (n.strip().length() >= 2) names.putIfAbsent(Chinese.simplified(n.strip()).toLowerCase(Locale.ROOT), m.id());
        }
        // a change word (增长, up, rose) says how a measure moved, it names none
        for (String w : p.growth) names.remove(Chinese.simplified(w).toLowerCase(Locale.ROOT));
        for (String w : p.changeAmount) names.remove(Chinese.simplified(w).toLowerCase(Locale.ROOT));
        // and a share word (占比, share of) says what part a figure is, of the measure named beside it
        for (String w : p.shareCue) names.remove(Chinese.simplified(w).toLowerCase(Locale.ROOT));
        return names;
    }

    /**
     * Every occurrence of the names, longest first, not overlapping each other or a figure. With
     * words, lower-case English names are matched as Lucene reads them (singular, small words
     * left out, one other word allowed inside: "prices" for price, "interest on Treasury debt" for
     * interest on the debt); other names as written.
     */
    private List<Mention> mentions(Map<String, String> names, boolean[] figureChars, boolean words) {
        List<String> sorted = new ArrayList<>(names.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        String lower = simple.toLowerCase(Locale.ROOT);
        List<Mention> found = new ArrayList<>();
        for (String n : sorted) {
            boolean ascii = n.chars().allMatch(c -> c < 128);
            boolean cased = n.chars().anyMatch(Character::isUpperCase);
            if (words && ascii && !cased) continue;
            String hay = ascii && cased ? simple : lower;
            String needle = hay == simple ? n : n.toLowerCase(Locale.ROOT);
            for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
                int e = i + needle.length();
                if (ascii && (asciiWord(at(i - 1)) || asciiWord(at(e)))) continue;
                if (!ascii && needle.length() == 2 && !wordStart[i] && !wordEnd[e]) continue;
                found.add(new Mention(i, e, names.get(n)));
            }
        }
        if (words) found.addAll(wordMentions(names, figureChars));
        found.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed());
        boolean[] used = figureChars.clone();
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            boolean clash = false;
            for (int k = m.start(); k < m.end(); k++) if (used[k]) { clash = true; break; }
            if (clash) continue;
            for (int k = m.start(); k < m.end(); k++) used[k] = true;
            out.add(m);
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Lower-case English names found word by word (see {@link #mentions}). */
    private List<Mention> wordMentions(Map<String, String> names, boolean[] figureChars) {
        List<Tokens.Token> toks = new ArrayList<>();
        for (Tokens.Token t : Tokens.englishNames(simple)) if (!p.nameStopwords.contains(t.term())) toks.add(t);
        Map<String, List<String[]>> byFirst = new LinkedHashMap<>();
        Map<String[], String> ids = new java.util.IdentityHashMap<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String n = e.getKey();
            if (!n.chars().allMatch(c -> c < 128) || n.chars().anyMatch(Character::isUpperCase)) continue;
            String[] stems = Tokens.englishNames(n).stream().map(Tokens.Token::term).filter(w -> !p.nameStopwords.contains(w)).toArray(String[]::new);
            if (stems.length == 0) continue;
            byFirst.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(stems);
            ids.put(stems, e.getValue());
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tokens.Token first = toks.get(i);
            if (figureChars[first.start()]) continue;
            for (String[] stems : byFirst.getOrDefault(first.term(), List.of())) {
                int at = i;
                boolean skipped = false, ok = true;
                for (int k = 1; k < stems.length && ok; k++) {
                    ok = false;
                    for (int j = at + 1; j <= Math.min(toks.size() - 1, at + (skipped ? 1 : 2)); j++) {
                        Tokens.Token t = toks.get(j);
                        if (figureChars[t.start()] || breaks(toks.get(j - 1).end(), t.start())) break;
                        if (t.term().equals(stems[k])) {
                            skipped |= j > at + 1;
                            at = j;
                            ok = true;
                            break;
                        }
                    }
                }
                if (ok) out.add(new Mention(first.start(), toks.get(at).end(), ids.get(stems)));
            }
        }
        return out;
    }

    /** Punctuation between two words ends a name. */
    private boolean breaks(int from, int to) {
        for (int k = from; k < to; k++) if (",;:.!?()\n，。；：".indexOf(simple.charAt(k)) >= 0) return true;
        return false;
    }

    private static boolean asciiWord(char c) { return c < 128 && Character.isLetterOrDigit(c); }

    private char at(int k) { return k >= 0 && k < simple.length() ? simple.charAt(k) : ' '; }

    // ---- periods ----

    private List<PeriodMention> periodMentions(boolean[] figureChars) {
        boolean[] used = new boolean[text.length() + 1];
        List<PeriodMention> out = new ArrayList<>();
        for (Patterns.PeriodPattern pp : p.periods) {
            Matcher m = pp.re().matcher(simple);
            while (m.find()) {
                if (m.end() == m.start()) continue;
                boolean clash = false;
                for (int k = m.start(); k < m.end(); k++) if (used[k] || figureChars[k] && !pp.kind().equals("base")) { clash = true; break; }
                if (clash) continue;
                for (int k = m.start(); k < m.end(); k++) used[k] = true;
                out.add(new PeriodMention(m.start(), m.end(), pp.kind(), pp.re().matcher(simple).region(m.start(), m.end())));
            }
        }
        out.removeIf(pm -> pm.kind().equals("base") || partOfName(pm));
        for (PeriodMention pm : out) pm.m().lookingAt();
        out.sort(Comparator.comparingInt(PeriodMention::start));
        return out;
    }

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
            case "weekday", "relativeMonth", "monthSpan", "sameQuarter", "sameMonth", "samePeriod", "sameUntil" -> true;
            default -> false;
        };
    }

    /** The year most of the text is about: the one its periods name most often (the first of equals), else the publication year. */
    private String firstYear() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PeriodMention pm : periods) {
            String y = null;
            if (Set.of("year", "fiscal", "month", "relative").contains(pm.kind())) y = yearLabel(pm);
            // a month named without its year is a month of the publication's year or the one before
            else if (pm.kind().equals("monthOnly") && published != null) y = subLabel(pm, null);
            if (y == null) continue;
            if (pm.kind().equals("monthOnly")) y = y.substring(0, 4);
            counts.merge(y, pm.kind().equals("relative") || pm.kind().equals("monthOnly") ? 1 : 2, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        if (best != null) return best;
        return published == null ? null : String.valueOf(published.getYear());
    }

    private String yearLabel(PeriodMention pm) {
        Matcher m = pm.m();
        String g = first(m);
        return switch (pm.kind()) {
            case "year", "until" -> g;
            case "fiscal" -> "FY" + g;
            case "fiscalSpan" -> "FY" + m.group(1) + "/" + m.group(2);
            case "span" -> m.group(1) != null ? m.group(1) + "/" + m.group(2) : m.group(3) + "/" + m.group(4);
            case "month" -> m.group(1) != null ? m.group(1) : m.group(4);
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

    private static String first(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) if (m.group(i) != null) return m.group(i);
        return m.group();
    }

    private String subLabel(PeriodMention pm, String year) {
        Matcher m = pm.m();
        String g = first(m);
        switch (pm.kind()) {
            case "quarter" -> {
                Integer n = g.matches("\\d") ? Integer.valueOf(g) : p.ordinals.get(g.toLowerCase(Locale.ROOT));
                return n == null || year == null ? year : year.replaceFirst("/\\d+$", "") + "-Q" + n;
            }
            case "half" -> {
                Integer n = p.ordinals.get(g.toLowerCase(Locale.ROOT));
                return n == null || year == null ? year : year + "-H" + n;
            }
            case "month" -> {
                String y = m.group(1) != null ? m.group(1) : m.group(4);
                int mo = m.group(2) != null ? Integer.parseInt(m.group(2)) : monthNumber(m.group(3));
                return String.format(Locale.ROOT, "%s-%02d", y, mo);
            }
            case "monthOnly" -> {
                int mo = m.group(1) != null ? Integer.parseInt(m.group(1)) : monthNumber(m.group(2));
                return monthOf(mo, year);
            }
            case "monthSpan" -> {
                String a = monthOf(monthNumber(m.group(1)), year), b = monthOf(monthNumber(m.group(2)), year);
                if (a == null || b == null) return year;
                // "between September and December": the first month is the earlier one
                if (a.compareTo(b) > 0) a = String.format(Locale.ROOT, "%d-%s", Integer.parseInt(b.substring(0, 4)) - 1, a.substring(5));
                return a + "/" + b;
            }
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

    /** A month without a year: of the year given, else the last such month before publication. */
    private String monthOf(int mo, String year) {
        if (mo < 1 || mo > 12) return year;
        if (year != null && year.matches("\\d{4}")) return String.format(Locale.ROOT, "%s-%02d", year, mo);
        if (published != null) return String.format(Locale.ROOT, "%d-%02d", mo <= published.getMonthValue() ? published.getYear() : published.getYear() - 1, mo);
        return year;
    }

    private java.time.DayOfWeek weekday(String w) {
        for (Map.Entry<String, Integer> e : p.weekdays.entrySet()) if (w.contains(e.getKey())) return java.time.DayOfWeek.of(e.getValue());
        return null;
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
    private String period(Figures.Found f, int[] sentence, int[] clause, List<String> why) {
        return period(f, sentence, clause, why, true);
    }

    private String period(Figures.Found f, int[] sentence, int[] clause, List<String> why, boolean lookAfter) {
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
            if (pm.end() <= f.start()) {
                if (y && insideDate(pm)) { weakYear = pm; continue; }
                if (y) year = pm;
                if (s) sub = pm;
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
        if (lookAfter && adjYear != null && adjSub == null && sub != null && sub.end() <= f.start()) sub = null;
        if (year == null) year = afterYear;
        if (sub == null) sub = afterSub;
        if (year == null && sub == null) year = weakYear;
        if (year == null && sub == null) sub = weakSub;
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
        if (y == null && sub == null && lookAfter && p.carryPeriod && lastPeriod != null
                && (lastSentence == sentence[0] || periodsOfLastSentence.size() == 1)) {
            // a figure whose sentence names no period goes on with the one before (其中…, The unemployment rate …),
            // unless the sentence before listed several (一季度…二季度…)
            why.add("period: the text's main year, as the figure before: " + lastPeriod);
            return lastPeriod;
        }
        if (y == null) {
            y = mainYear;
            if (sub == null && leadSub != null && y != null && y.startsWith("FY")) sub = leadSub;
            if (y != null) why.add("period: the text's main year " + y);
        } else {
            why.add("period: named in the sentence");
        }
        label = sub != null ? subLabel(sub, y) : y;
        return label;
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
                int[] s = sentenceOf(target.start());
                String l = period(new Figures.Found(target.end(), target.end(), "", 0, null, null, null, 0, 0, Set.of(), 0, Figures.Kind.AMOUNT, "", ""),
                        s, clauseOf(target.start(), s), new ArrayList<>(), false);
                // "the same month last year": one year before
                if (l != null && hasGroup(pm.m(), "back")) {
                    Matcher y = java.util.regex.Pattern.compile("\\d{4}").matcher(l);
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
        for (Figures.Found o : figures) {
            if (o.start() < from || o.end() > to || o.kind() == Figures.Kind.DATE) continue;
            String before = simple.substring(from, o.start()).toLowerCase(Locale.ROOT).stripTrailing();
            for (String w : p.comparisonBase) if (before.endsWith(w) && (w.chars().anyMatch(c -> c > 127) || !Character.isLetter(at(from + before.length() - w.length() - 1)))) return true;
        }
        return false;
    }

    /** "到2029年将烧掉…", "through 2029": a flow up to a year runs from the year of publication (or the text's year) to it. */
    private String cumulative(String period, String metricId, int[] sentence, int pos) {
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

    // ---- one figure ----

    Draft draft(Figures.Found f) {
        List<String> why = new ArrayList<>(), guessed = new ArrayList<>();
        int[] sentence = sentenceOf(f.start());
        int[] clause = clauseOf(f.start(), sentence);
        String subject = subject(f, sentence, clause, why);
        if (subject != null && why.get(why.size() - 1).contains("before")) guessed.add("subject");
        int whyBefore = why.size();
        String[] metric = metric(f, sentence, clause, why);
        List<String> metricWhy = why.subList(whyBefore, why.size());
        if (metricWhy.contains("metric: the measure of the sentence before") || metricWhy.contains("metric: the text's main measure for such figures")) guessed.add("metric");
        // "more than double": the measure multiplied is named, but a claim in times needs a ratio measure a person chooses
        if ("times".equals(f.unit()) && metric[0] != null && !dimension(metric[0]).contains("ratio")) guessed.add("metric");
        String period = period(f, sentence, clause, why);
        period = cumulative(period, metric[0], sentence, f.start());
        if (sentence[0] != lastSentence) periodsOfLastSentence.clear();
        if (period != null) periodsOfLastSentence.add(period);
        lastPeriod = period;
        lastSentence = sentence[0];
        if (period != null && why.get(why.size() - 1).startsWith("period: the text's")) guessed.add("period");
        String[] claimant = claimant(sentence, why);
        String s = simple.substring(sentence[0], sentence[1]).toLowerCase(Locale.ROOT);
        boolean projection = p.projection.stream().anyMatch(w -> containsWord(s, Chinese.simplified(w).toLowerCase(Locale.ROOT)));
        boolean estimate = p.estimate.stream().anyMatch(w -> containsWord(s, Chinese.simplified(w).toLowerCase(Locale.ROOT)));
        return new Draft(subject, metric[0], metric[1], period, claimant[0], claimant[1], projection, estimate, clause[0], clause[1], why, guessed, object(f, subject, sentence, clause, why));
    }

    private boolean containsWord(String s, String w) {
        if (w.chars().anyMatch(c -> c > 127)) return s.contains(w);
        return s.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*");
    }

    private String lastSubject;

    private String subject(Figures.Found f, int[] sentence, int[] clause, List<String> why) {
        Mention pick = null;
        boolean ratio = "times".equals(f.unit());
        if (!ratio) for (Mention m : entities) if (m.start() >= clause[0] && m.end() <= f.start() && candidate(m, sentence)) { pick = m; break; }
        boolean inClause = pick != null;
        if (pick == null) for (Mention m : entities) if (m.start() >= sentence[0] && m.end() <= f.start() && candidate(m, sentence)) { pick = m; break; }
        if (pick == null) for (Mention m : entities) if (m.start() >= f.end() && m.end() <= clause[1] && candidate(m, sentence)) { pick = m; inClause = true; break; }
        if (pick != null) {
            // a subject outside the figure's own clause is a guess a person confirms ("X is N times Y" names X first)
            why.add("subject: \"" + text.substring(pick.start(), pick.end()) + "\" in the " + (inClause ? "clause" : "sentence, before"));
            lastSubject = pick.id();
            return pick.id();
        }
        if (lastSubject == null) {
            for (Mention m : entities) if (m.start() < sentence[0]) { lastSubject = m.id(); break; }
        }
        if (lastSubject != null) why.add("subject: the one the text was about before");
        return lastSubject;
    }

    /** What a ratio or a share compares with: "X是Y的17倍" names Y in the figure's clause; "占S&P 500的34%" names the whole. */
    private String object(Figures.Found f, String subject, int[] sentence, int[] clause, List<String> why) {
        if (!"times".equals(f.unit()) && !"percent".equals(f.unit())) return null;
        for (Mention m : entities) {
            if (m.start() < clause[0] || m.end() > f.start() || m.id().equals(subject) || speaker(m, sentence)) continue;
            if ("times".equals(f.unit()) || !candidate(m, sentence)) {
                why.add("object: \"" + text.substring(m.start(), m.end()) + "\"");
                return m.id();
            }
        }
        return null;
    }

    /** A name can be the subject unless it speaks (X said) or is the whole a share is taken of (占…的, share of). */
    private boolean candidate(Mention m, int[] sentence) {
        if (speaker(m, sentence)) return false;
        String before = simple.substring(Math.max(sentence[0], m.start() - 12), m.start()).toLowerCase(Locale.ROOT).stripTrailing();
        for (String w : p.wholeBefore) if (before.endsWith(Chinese.simplified(w).toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /** A name that is the speaker of an attribution (X said, X表示) is the claimant, not the subject. */
    private boolean speaker(Mention m, int[] sentence) {
        String after = simple.substring(m.end(), Math.min(sentence[1], m.end() + 8)).toLowerCase(Locale.ROOT);
        return after.matches("(?s)^ ?(said|says|told|表示|指出|称|说|认为|透露).*");
    }

    private String[] metric(Figures.Found f, int[] sentence, int[] clause, List<String> why) {
        String[] of = zh ? null : shareOf(f, clause, why);
        if (of != null) {
            if (of[1] == null && of[0] != null) {
                prevPick = new Mention(f.start(), f.start(), of[0]);
                prevPickSentence = sentence[0];
            }
            return of;
        }
        Mention pick = zh || !p.headUnits.contains(unitKind(f.unit())) ? null : headAfter(f, clause);
        if (pick != null) why.add("metric: the noun the figure counts");
        if (pick == null) for (Mention m : metrics) if (m.start() >= clause[0] && m.end() <= f.start() && fits(m.id(), f.unit())) pick = m;
        if (pick == null) {
            for (Mention m : metrics) if (m.start() >= f.end() && m.end() <= clause[1] && fits(m.id(), f.unit())) { pick = m; break; }
        }
        // else the measure of the figure before in the sentence ("进口18.39万亿元，增长2.3%", "compared with 6.2%")
        if (pick == null && prevPick != null && prevPickSentence == sentence[0] && prevPick.end() <= f.start() && fits(prevPick.id(), f.unit())
                && !"times".equals(f.unit())) {
            pick = prevPick;
            why.add("metric: as the figure before");
        }
        // else the topic of the sentence: its first measure
        if (pick == null) for (Mention m : metrics) if (m.start() >= sentence[0] && m.end() <= f.start() && fits(m.id(), f.unit())) { pick = m; break; }
        if (pick == null) for (Mention m : metrics) if (m.start() >= f.end() && m.end() <= sentence[1] && fits(m.id(), f.unit())) { pick = m; break; }
        // else the measure the text has drafted most for figures of this kind ("the gap reached …" in a story about a deficit)
        if (pick == null && p.mainMeasure && p.headUnits.contains(unitKind(f.unit()))) {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : drafted.entrySet()) {
                if (e.getValue() > most && fits(e.getKey(), f.unit()) && !percentMetric(e.getKey())) { best = e.getKey(); most = e.getValue(); }
            }
            if (best != null) {
                pick = new Mention(f.start(), f.start(), best);
                why.add("metric: the text's main measure for such figures");
            }
        }
        // else the topic of the sentence before
        if (pick == null && lastTopic != null && lastTopicSentence != sentence[0] && fits(lastTopic.id(), f.unit())) {
            pick = lastTopic;
            why.add("metric: the measure of the sentence before");
        }
        if (pick == null) return new String[] {null, null};
        drafted.merge(pick.id(), 1, Integer::sum);
        prevPick = pick;
        prevPickSentence = sentence[0];
        for (Mention m : metrics) if (m.start() >= sentence[0] && m.end() <= sentence[1]) { lastTopic = m; lastTopicSentence = sentence[0]; break; }
        String id = pick.id();
        why.add("metric: \"" + text.substring(pick.start(), pick.end()) + "\"");
        // the words between the measure and the figure, within the figure's clause
        String between = pick.end() <= f.start() && pick.start() >= clause[0] ? simple.substring(pick.end(), f.start())
                : simple.substring(clause[0], f.start());
        String after = simple.substring(f.end(), Math.min(sentence[1], f.end() + 14));
        String near = (between + " " + after).toLowerCase(Locale.ROOT);
        Metric m = vocab.metric(id);
        boolean share = m != null && m.dimension() != null && m.dimension().toLowerCase(Locale.ROOT).contains("percent");
        String clauseBefore = simple.substring(clause[0], f.start()).toLowerCase(Locale.ROOT);
        if ("percentage-point".equals(f.unit()) && (cue(clauseBefore, p.growth) || cueStart(after, p.growth))) {
            Metric c = vocab.metric(id + "-change");
            why.add("metric: a change in percentage points");
            return c != null ? new String[] {c.id(), null} : new String[] {id, "change"};
        }
        if ("percent".equals(f.unit()) && !share && (cue(between.toLowerCase(Locale.ROOT), p.growth) || cueStart(after, p.growth))) {
            Metric g = vocab.metric(id + "-growth");
            why.add("metric: a change word beside the percentage");
            return g != null ? new String[] {g.id(), null} : new String[] {id, "growth"};
        }
        if ("percent".equals(f.unit()) && !share && cueEndAny(simple.substring(clause[0], f.start()), p.shareCue)) {
            why.add("metric: a share of \"" + text.substring(pick.start(), pick.end()) + "\"");
            return new String[] {id, "share"};
        }
        if ("percent".equals(f.unit()) && !share) {
            // a percentage of a measure that is no share or rate: another measure of the sentence, or none
            for (Mention o : metrics) {
                Metric om = vocab.metric(o.id());
                if (o.start() >= sentence[0] && o.end() <= sentence[1] && om != null && om.dimension() != null
                        && om.dimension().toLowerCase(Locale.ROOT).contains("percent")) {
                    why.add("metric: \"" + text.substring(o.start(), o.end()) + "\" takes a percentage");
                    return new String[] {o.id(), null};
                }
            }
            if (lastTopic != null && lastTopicSentence != sentence[0] && percentMetric(lastTopic.id())) {
                why.add("metric: the percentage measure of the sentence before");
                return new String[] {lastTopic.id(), null};
            }
            why.add("metric: \"" + text.substring(pick.start(), pick.end()) + "\" is no percentage; left to a person");
            return new String[] {null, null};
        }
        if (!"percent".equals(f.unit()) && !"times".equals(f.unit()) && (cueEnd(between, p.changeBefore) || cueStart(after, p.changeAmount))) {
            Metric c = vocab.metric(id + "-change");
            why.add("metric: a change word beside the amount");
            return c != null ? new String[] {c.id(), null} : new String[] {id, "change"};
        }
        if (near.isEmpty()) return new String[] {id, null};
        return new String[] {id, null};
    }

    private final Map<String, Integer> drafted = new LinkedHashMap<>();
    private Mention lastTopic, prevPick;
    private int lastTopicSentence = -1, prevPickSentence = -1;

    private String dimension(String id) {
        Metric m = vocab.metric(id);
        return m == null || m.dimension() == null ? "" : m.dimension().toLowerCase(Locale.ROOT);
    }

    private boolean percentMetric(String id) {
        Metric m = vocab.metric(id);
        return m != null && m.dimension() != null && m.dimension().toLowerCase(Locale.ROOT).contains("percent");
    }

    /** money, count, percent, … : what the headUnits list of the patterns names. */
    private static String unitKind(String unit) {
        if (unit == null) return "none";
        return unit.matches("[A-Z]{3}") ? "money" : unit;
    }

    /** "2.2 billion cases", "$11 billion of revenue": the measure named right after the figure, within a word or two. */
    private Mention headAfter(Figures.Found f, int[] clause) {
        for (Mention m : metrics) {
            if (m.start() < f.end() || m.end() > clause[1]) continue;
            return p.headGap.matcher(simple.substring(f.end(), m.start())).matches() && fits(m.id(), f.unit()) ? m : null;
        }
        return null;
    }

    /**
     * "94% of the cases", "6.4% of GDP": a percentage of a measure is a share of it, or the ratio
     * the catalogue names for the measure before the figure and the one after (deficit … of GDP).
     */
    private String[] shareOf(Figures.Found f, int[] clause, List<String> why) {
        if (!"percent".equals(f.unit())) return null;
        Mention whole = null;
        for (Mention m : metrics) {
            if (m.start() < f.end() || m.end() > clause[1]) continue;
            if (p.shareOfGap.matcher(simple.substring(f.end(), m.start())).matches()) whole = m;
            break;
        }
        if (whole == null) return null;
        Mention part = null;
        for (Mention m : metrics) if (m.start() >= clause[0] && m.end() <= f.start()) part = m;
        if (part != null) {
            if (percentMetric(part.id())) {
                why.add("metric: \"" + text.substring(part.start(), part.end()) + "\" takes a percentage");
                return new String[] {part.id(), null};
            }
            String ratio = ratio(part.id(), whole.id());
            if (ratio != null) {
                why.add("metric: \"" + text.substring(part.start(), part.end()) + "\" as a percentage of \"" + text.substring(whole.start(), whole.end()) + "\"");
                return new String[] {ratio, null};
            }
        }
        why.add("metric: a share of \"" + text.substring(whole.start(), whole.end()) + "\"");
        return percentMetric(whole.id()) ? new String[] {whole.id(), null} : new String[] {whole.id(), "share"};
    }

    /** The catalogue's percentage measure one of whose names names both measures (deficit to GDP). */
    private String ratio(String partId, String wholeId) {
        Set<String> a = metricNameSet(partId), b = metricNameSet(wholeId);
        for (Metric r : vocab.metrics()) {
            if (!percentMetric(r.id())) continue;
            for (String n : metricNameSet(r.id())) {
                if (a.stream().anyMatch(x -> x.length() >= 3 && containsWord(n, x)) && b.stream().anyMatch(x -> x.length() >= 2 && containsWord(n, x))) return r.id();
            }
        }
        return null;
    }

    private Set<String> metricNameSet(String id) {
        Set<String> out = new java.util.HashSet<>();
        Metric m = vocab.metric(id);
        if (m == null) return out;
        if (m.labelEn() != null) out.add(m.labelEn().toLowerCase(Locale.ROOT));
        m.aliases().forEach(x -> { if (x.chars().allMatch(c -> c < 128)) out.add(x.toLowerCase(Locale.ROOT)); });
        return out;
    }

    /** A cue word right after the figure ("12% more than", "larger than", 的增长). */
    private boolean cueStart(String after, List<String> words) {
        String a = after.toLowerCase(Locale.ROOT).stripLeading();
        for (String w : words) {
            String x = Chinese.simplified(w).toLowerCase(Locale.ROOT);
            if (a.startsWith(x) && (x.chars().anyMatch(c -> c > 127) || a.length() == x.length() || !Character.isLetter(a.charAt(x.length())))) return true;
        }
        return false;
    }

    private boolean cueEndAny(String before, List<String> words) {
        String b = before.toLowerCase(Locale.ROOT);
        for (String w : words) if (b.contains(Chinese.simplified(w).toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** A cue word right before the figure ("增加1.6万亿元", "up 12%"). */
    private boolean cueEnd(String before, List<String> words) {
        String b = before.toLowerCase(Locale.ROOT).stripTrailing();
        for (String w : words) {
            String x = Chinese.simplified(w).toLowerCase(Locale.ROOT);
            if (b.endsWith(x) && (x.chars().anyMatch(c -> c > 127) || b.length() == x.length() || !Character.isLetter(b.charAt(b.length() - x.length() - 1)))) return true;
        }
        return false;
    }

    private boolean cue(String s, List<String> words) {
        for (String w : words) {
            String x = Chinese.simplified(w).toLowerCase(Locale.ROOT);
            if (x.chars().anyMatch(c -> c > 127) ? s.contains(x) : s.matches("(?s).*\\b" + java.util.regex.Pattern.quote(x) + "\\b.*")) return true;
        }
        return false;
    }

    /** A metric fits a figure when its dimension takes the figure's unit (a growth percentage fits any measure). */
    private boolean fits(String metricId, String unit) {
        Metric metric = vocab.metric(metricId);
        if (metric == null || metric.dimension() == null || unit == null) return true;
        String d = metric.dimension().toLowerCase(Locale.ROOT);
        if (unit.equals("percent") || unit.equals("percentage-point") || unit.equals("times")) return true;
        if (unit.matches("[A-Z]{3}")) return d.contains("currency") || d.contains("money");
        if (unit.equals("count")) return d.contains("count") || d.contains("nodimension") || d.contains("people") || d.contains("dimensionless");
        if (unit.equals("GW") || unit.equals("MW") || unit.equals("kW")) return d.contains("power");
        if (unit.endsWith("Wh")) return d.contains("energy");
        if (unit.equals("acre") || unit.equals("ft2") || unit.equals("m2") || unit.equals("km2") || unit.equals("ha")) return d.contains("area");
        return true;
    }

    private String[] claimant(int[] sentence, List<String> why) {
        String s = simple.substring(sentence[0], sentence[1]);
        for (java.util.regex.Pattern a : p.attribution) {
            Matcher m = a.matcher(s);
            if (!m.find()) continue;
            int ws = sentence[0] + m.start("who"), we = sentence[0] + m.end("who");
            String who = text.substring(ws, we).strip();
            for (Mention e : entities) {
                if (e.start() >= ws && e.end() <= we) {
                    why.add("claimant: \"" + who + "\"");
                    return new String[] {e.id(), who};
                }
            }
            String group = p.claimantGroups.get(who);
            if (group != null) return new String[] {group, who};
            if (who.length() >= 2) {
                why.add("claimant: \"" + who + "\" (not in the gazetteer)");
                return new String[] {null, who};
            }
        }
        return new String[] {"author", null};
    }

    // ---- sentences and clauses ----

    private int[] sentenceOf(int pos) {
        for (int[] s : sentences) if (pos >= s[0] && pos < s[1]) return s;
        return new int[] {0, text.length()};
    }

    private int[] clauseOf(int pos, int[] sentence) {
        int s = pos, e = pos;
        while (s > sentence[0] && !clauseBreak(s - 1)) s--;
        while (e < sentence[1] && !clauseBreak(e)) e++;
        return new int[] {s, e};
    }

    private boolean clauseBreak(int i) {
        char c = text.charAt(i);
        if ("，；;：:、".indexOf(c) >= 0) return c != '、';
        return c == ',' && (i + 1 >= text.length() || text.charAt(i + 1) == ' ' || !Character.isDigit(text.charAt(i + 1)));
    }

    /** Sentences of a text: at 。！？!? and newlines, and at a full stop before a space. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = "。！？!?\n".indexOf(c) >= 0 || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (end) {
                if (i + 1 > start && !text.substring(start, i + 1).isBlank()) out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) out.add(new int[] {start, text.length()});
        return out;
    }
}
