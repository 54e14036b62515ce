package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metric;
import org.claimgraph.vocab.Amounts;
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
                 boolean estimate, int quoteStart, int quoteEnd, List<String> why, List<String> guessed, String object, boolean fall) {}

    private final Patterns p;
    private final Vocabulary vocab;
    private final String text, simple;
    private final boolean zh;
    private final LocalDate published;
    private final List<int[]> sentences;
    private final List<Mention> entities, metrics;
    /** Names of measures after "non" (non-defense spending, 非国防支出): the figure they name is of no measure of the catalogue. */
    private final List<Mention> negatedMetrics;
    /** The sentence whose last figure was left without a measure for a name after "non" (-1: none). */
    private int negatedSentence = -1;
    private final DraftPeriods periods;
    private final Clauses clauses;
    private final boolean[] wordStart, wordEnd;
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
        boolean[] dayChars = new boolean[text.length() + 1];
        for (Figures.Found f : figures) {
            for (int i = f.start(); i < f.end(); i++) {
                figureChars[i] = true;
                // a date is a figure and a period at once (截至2024年12月底); so is a duration of years to come (未来五年)
                if (f.kind() != Figures.Kind.DATE && f.kind() != Figures.Kind.DURATION) amountChars[i] = true;
                else if (f.date() != null && f.date().length() >= 10) dayChars[i] = true;
            }
        }
        this.entities = zh ? deixis(narrowerGroups(namedDays(datelines(mentions(withChineseNames(entityNames(), figureChars), figureChars, false)))))
                : names(deixis(mentions(entityNames(), figureChars, false)), figureChars);
        Map<Boolean, List<Mention>> named = mentions(metricNames(), figureChars, !zh).stream().filter(m -> !excluded(m))
                .collect(java.util.stream.Collectors.partitioningBy(this::negated));
        this.metrics = named.get(false);
        this.negatedMetrics = named.get(true);
        this.clauses = new Clauses(text, sentences);
        this.periods = new DraftPeriods(p, vocab, text, simple, published, sentences, entities, figures, clauses, amountChars, dayChars);
    }


    /** 扣除价格因素, excluding food and energy prices: a measure named as left out is none the figure is of. */
    private boolean excluded(Mention m) {
        String before = simple.substring(Math.max(0, m.start() - 24), m.start()).toLowerCase(Locale.ROOT);
        return EXCLUDING.matcher(before).find()
                || RANK_WORD.matcher(simple.substring(m.start(), m.end())).matches() && ORDINAL.matcher(before).find();
    }

    /** "slipped to second place", "in 1st place": a place after an ordinal is a rank, not a measure of places (second votes are votes). */
    private static final java.util.regex.Pattern RANK_WORD = java.util.regex.Pattern.compile("(?i)(?:place|position|spot)s?");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+$");

    /** A word that leaves out, then only names and joining words up to the measure's name. */
    private static final java.util.regex.Pattern EXCLUDING = java.util.regex.Pattern.compile(
            "(?:扣除|剔除|除去|不含|不包括)[\\p{IsHan}、和及与]{0,8}$|\\b(?:excluding|except for|excepting|stripping out)(?:\\s+[a-z]+){0,4}\\s*$");

    /** "non-defense spending", 非国防开支: the name of a measure after "non" names what is left of it, another measure. */
    private boolean negated(Mention m) {
        String before = simple.substring(Math.max(0, m.start() - 4), m.start()).toLowerCase(Locale.ROOT);
        if (before.matches("(?s).*(?<![a-z])non[- ]?$")) return true;
        return before.endsWith("非") && !before.matches("(?s).*[并並绝絕是若]非$");
    }

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

    /**
     * Chinese: the names of the text the gazetteer lacks join its names, as written (Traditional stays
     * Traditional); one that is a gazetteer place with the word for its kind (北京市) is that place.
     */
    private Map<String, String> withChineseNames(Map<String, String> names, boolean[] figureChars) {
        Set<String> places = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : names.entrySet()) if (place(e.getValue())) places.add(e.getKey());
        ChineseNames.Found found = ChineseNames.find(p.chineseNames, simple, figureChars, names.keySet(), places);
        for (String n : found.names()) {
            if (names.containsKey(n)) continue;
            String place = null;
            for (String s : p.chineseNames.placeSuffixes()) if (n.endsWith(s) && names.containsKey(n.substring(0, n.length() - s.length()))) place = names.get(n.substring(0, n.length() - s.length()));
            if (place != null && place(place)) {
                names.put(n, place);
                continue;
            }
            int at = simple.indexOf(n);
            String id = text.substring(at, at + n.length());
            textNames.add(id);
            if (found.people().contains(n)) people.add(id);
            names.put(n, id);
        }
        found.shortened().forEach((full, brief) -> { if (names.containsKey(brief)) names.putIfAbsent(full, names.get(brief)); });
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
        // of two names as long that overlap, the later wins: it ends nearer the figure a Chinese name precedes (并发重症病例)
        found.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).thenComparingInt(Mention::end).reversed());
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

    /** A reporter's byline before a place and "reports" or "wires" (〔記者林木森／台中報導〕, 中央社記者台北16日電, 新华社北京10月20日电). */
    private static final java.util.regex.Pattern DATELINE_AFTER = java.util.regex.Pattern.compile("^(?:(?:\\d{1,2}月)?\\d{1,2}日)?(?:综合报导|综合报道|报导|报道|电)");

    /** A news agency's short name opening a line before the dateline's place (新华社, 中新网, 中评社). */
    private static final java.util.regex.Pattern AGENCY_BEFORE = java.util.regex.Pattern.compile("(?:^|\\n)\\s*\\p{IsHan}{1,6}(?:社|网)$");

    /** Chinese: the place of a dateline is where the reporter wrote from, not what the figures are about. */
    private List<Mention> datelines(List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            String before = simple.substring(Math.max(0, m.start() - 12), m.start());
            boolean dateline = DATELINE_AFTER.matcher(simple).region(m.end(), simple.length()).lookingAt()
                    && (before.contains("记者") || AGENCY_BEFORE.matcher(before).find());
            if (!dateline) out.add(m);
        }
        return out;
    }

    /** Chinese: a name opening a day's name before what is held on it (世界献血者日活动) is the day's, no subject. */
    private List<Mention> namedDays(List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) if (!p.namedDay.matcher(simple).region(m.end(), simple.length()).lookingAt()) out.add(m);
        return out;
    }

    /**
     * Chinese: a group the gazetteer names by a bare noun (企业) written right after another character is a narrower group
     * of the text's (民营企业, 规模以上企业), not the gazetteer's; after a word of grammar or a count it is still that noun
     * (95%的企业, 从企业看, 28万家企业).
     */
    private List<Mention> narrowerGroups(List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            Entity e = textNames.contains(m.id()) ? null : vocab.entity(m.id());
            char before = at(m.start() - 1);
            boolean narrower = e != null && GROUP.equals(e.type()) && Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN
                    && FUNCTION_CHARS.indexOf(before) < 0 && !(COUNTED_CLASSIFIERS.indexOf(before) >= 0 && NUMBER_END.indexOf(at(m.start() - 2)) >= 0);
            if (!narrower) out.add(m);
        }
        return out;
    }

    private static final String GROUP = "group";
    private static final String COUNTED_CLASSIFIERS = "家个個名位所户戶";
    private static final String FUNCTION_CHARS = "的之从從在于於对對向和与與及为為是有把被让讓由自各每该該这這那其令使给給";

    /** The place the text's national words stand for, where the text tells (null: the gazetteer's). */
    private String deixisPlace;

    /** 全國 and 我國 in a text about Taiwan are Taiwan: national words mean the place of the patterns' list the text names otherwise. */
    private List<Mention> deixis(List<Mention> found) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : p.deixisWords) words.add(Chinese.simplified(w));
        String place = null;
        for (Mention m : found) {
            if (p.deixisPlaces.contains(m.id()) && !words.contains(simple.substring(m.start(), m.end()))) { place = m.id(); break; }
        }
        // 中國大陸 in Traditional characters: the text speaks from Taiwan, whose name it need not write
        if (place == null && !text.equals(simple)) {
            for (Map.Entry<String, List<String>> e : p.deixisHints.entrySet()) {
                if (e.getValue().stream().anyMatch(w -> simple.contains(Chinese.simplified(w)))) { place = e.getKey(); break; }
            }
        }
        // a text counting years from the Republic's founding (113年度 published in 2025) speaks from where 民國 is written
        if (place == null && Figures.rocCalendar(text, simple, published)) {
            for (Map.Entry<String, List<String>> e : p.deixisHints.entrySet()) {
                if (e.getValue().stream().anyMatch(w -> Chinese.simplified(w).equals("民国"))) { place = e.getKey(); break; }
            }
        }
        if (place == null) return found;
        deixisPlace = place;
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) out.add(words.contains(simple.substring(m.start(), m.end())) ? new Mention(m.start(), m.end(), place) : m);
        return out;
    }

    /** Whether the line at {@code at} is written in title case: three words of four letters or more, every one capitalised. */
    private boolean titleCase(int at) {
        int from = simple.lastIndexOf('\n', at) + 1, to = simple.indexOf('\n', at);
        Matcher w = LONG_WORD.matcher(simple).region(from, to < 0 ? simple.length() : to);
        int n = 0;
        while (w.find()) {
            if (!Character.isUpperCase(w.group().charAt(0))) return false;
            n++;
        }
        return n >= 3;
    }

    private static final java.util.regex.Pattern LONG_WORD = java.util.regex.Pattern.compile("(?<![\\p{L}'’])\\p{L}{4,}");

    /** Names of the text the gazetteer lacks (a person, a party, a company, an event), their ids as written. */
    private final Set<String> textNames = new java.util.HashSet<>();
    /** Chinese: those of them that are people's names (林木森), subjects only in their own sentence. */
    private final Set<String> people = new java.util.HashSet<>();

    /**
     * English: the capitalised names of the text join the gazetteer's. A gazetteer name inside a longer
     * one is part of it (Britain in Tour of Britain), and a possessor before a name describes it (Kenya's
     * Vantor Haldane); a single word stands for the longer name it ends or starts (Haldane for Vantor Haldane).
     */
    private List<Mention> names(List<Mention> gazetteer, boolean[] figureChars) {
        String connectors = String.join("|", p.nameConnectors.stream().map(java.util.regex.Pattern::quote).toList());
        String word = "\\p{Lu}[\\p{L}\\p{M}'’.-]*[\\p{L}\\p{M}]|\\p{Lu}";
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}'’&.-])(?:" + word + ")(?:\\s+(?:(?:" + connectors + ")\\s+)?(?:" + word + "))*");
        List<int[]> spans = new ArrayList<>();
        Matcher m = name.matcher(simple);
        while (m.find()) {
            int s = m.start(), e = m.end();
            // words that open a sentence or a clause, months and days are no names (The, In, Some, July, Sunday)
            while (true) {
                int sp = simple.indexOf(' ', s);
                String first = simple.substring(s, sp < 0 || sp > e ? e : sp);
                if (!notName(first)) break;
                if (sp < 0 || sp >= e) { s = e; break; }
                s = sp + 1;
                while (s < e && simple.charAt(s) == ' ') s++;
                // a connector left at the front after trimming is no name either
                int sp2 = simple.indexOf(' ', s);
                if (sp2 > 0 && sp2 < e && p.nameConnectors.contains(simple.substring(s, sp2))) s = sp2 + 1;
            }
            // a capital that only opens the sentence before a gazetteer name is no part of it (Hosts Spain), unless
            // the text writes the two together again (Real Madrid … Real Madrid)
            while (sentenceStart(s) && simple.indexOf(' ', s) > 0 && simple.indexOf(' ', s) < e
                    && !capitalisedElsewhere(simple.substring(s, simple.indexOf(' ', s))) && gazetteerSpan(gazetteer, simple.indexOf(' ', s) + 1, e)
                    && simple.indexOf(simple.substring(s, e), e) < 0 && simple.lastIndexOf(simple.substring(s, e), s - 1) < 0) {
                s = simple.indexOf(' ', s) + 1;
                int sp2 = simple.indexOf(' ', s);
                if (sp2 > 0 && sp2 < e && p.nameConnectors.contains(simple.substring(s, sp2))) s = sp2 + 1;
            }
            if (e - s < 2 || s >= simple.length() || !Character.isUpperCase(simple.charAt(s))) continue;
            // A.P. Moller-Maersk: initials written before a name are part of it, unless they name a place (U.S.)
            if (s == m.start()) {
                Matcher init = INITIALS.matcher(simple.substring(Math.max(0, s - 12), s));
                if (init.find()) {
                    int is = Math.max(0, s - 12) + init.start();
                    boolean known = false;
                    for (Mention g : gazetteer) if (g.start() < s && g.end() > is) known = true;
                    if (!known && (is == 0 || !Character.isLetterOrDigit(simple.charAt(is - 1)))) s = is;
                }
            }
            // Ana Ruiz's Green Party: the possessor describes the name after it
            for (String apo : new String[] {"'s ", "’s "}) {
                int k = simple.lastIndexOf(apo, e);
                if (k > s && k + 3 < e) s = k + 3;
            }
            if (e >= s + 2 && (simple.startsWith("'s", e - 2) || simple.startsWith("’s", e - 2))) e -= 2;
            // the Democratic Party for the People: a name of two words or more goes on over "for the" to the capitalised words after it
            Matcher more = FOR_THE_NAME.matcher(simple).region(e, simple.length());
            if (e == m.end() && simple.substring(s, e).indexOf(' ') > 0 && more.lookingAt()) {
                e = more.end();
                m.region(e, simple.length());
            }
            boolean clash = false;
            for (int k = s; k < e; k++) if (figureChars[k]) { clash = true; break; }
            if (clash) continue;
            String n = simple.substring(s, e);
            // a single word opening a sentence is a name only where the text capitalises it elsewhere too
            if (n.indexOf(' ') < 0 && sentenceStart(s) && !capitalisedElsewhere(n) && !SPEAKS.matcher(simple.substring(e, Math.min(simple.length(), e + 12))).lookingAt()
                    && !BRACKETED_FIGURE.matcher(simple).region(e, simple.length()).lookingAt() && !opensSentences(n)) continue;
            // a headline in title case capitalises every word: a run there is a name only where the text writes it again
            if (titleCase(s) && simple.indexOf(n, e) < 0 && simple.lastIndexOf(n, s - 1) < 0) continue;
            if (n.indexOf(' ') < 0 && opensSentences(n)) soleNames.add(n);
            spans.add(new int[] {s, e});
        }
        List<Mention> out = new ArrayList<>();
        for (Mention g : gazetteer) {
            boolean inside = false;
            for (int[] sp : spans) if (g.start() >= sp[0] && g.end() <= sp[1] && (g.start() > sp[0] || g.end() < sp[1])) inside = true;
            // Kenya's Vantor Haldane: the possessor describes the name after it
            boolean possessor = simple.startsWith("'s ", g.end()) || simple.startsWith("’s ", g.end());
            if (possessor) for (int[] sp : spans) if (sp[0] == g.end() + 3) inside = true;
            if (!inside) out.add(g);
        }
        for (int[] sp : spans) {
            boolean known = false;
            for (Mention g : out) if (g.start() < sp[1] && sp[0] < g.end()) known = true;
            if (known) continue;
            String n = simple.substring(sp[0], sp[1]);
            String full = n;
            if (n.indexOf(' ') < 0) {
                for (int[] other : spans) {
                    String o = simple.substring(other[0], other[1]);
                    // a surname stands for the person (Haldane); a word a longer name starts with is its owner (Acme, Acme Europe)
                    if (o.length() > full.length() && (o.endsWith(" " + n) || o.endsWith("-" + n) && o.indexOf(' ') > 0)) full = o;
                }
            }
            String id = text.substring(sp[0], sp[1]).equals(n) && full.equals(n) ? text.substring(sp[0], sp[1]) : full;
            textNames.add(id);
            out.add(new Mention(sp[0], sp[1], id));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * A word that opens two sentences or more and is never written in small letters is a name (a company
     * the gazetteer lacks: "Acme raised …", "Acme expects …"), unless it names a measure or a word of the patterns.
     */
    private boolean opensSentences(String w) {
        if (w.length() < 3 || !w.chars().allMatch(Character::isLetter) || notName(w)) return false;
        String lower = w.toLowerCase(Locale.ROOT);
        if (p.nameStopwords.contains(lower) || measureWords().contains(lower)) return false;
        int opens = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(w) + "(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(simple);
        while (m.find()) {
            if (!m.group().equals(w)) return false;
            if (sentenceStart(m.start())) opens++;
        }
        return opens >= 2;
    }

    /** One-word names the text opens sentences with: subjects as names of two words are. */
    private final Set<String> soleNames = new java.util.HashSet<>();
    private Set<String> measureWords;

    /** The catalogue's names of measures, in small letters (Revenue, Turnout open sentences but name no one). */
    private Set<String> measureWords() {
        if (measureWords == null) measureWords = metricNames().keySet();
        return measureWords;
    }

    private static final java.util.regex.Pattern FOR_THE_NAME = java.util.regex.Pattern.compile(
            "[^\\S\\n]+for the(?:[^\\S\\n]+\\p{Lu}[\\p{L}\\p{M}'’-]*[\\p{L}\\p{M}])+");

    /** Two initials or more, each with its point, right before a name (A.P., J.P.). */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){2,}\\s$");

    private static boolean gazetteerSpan(List<Mention> gazetteer, int s, int e) {
        for (Mention g : gazetteer) if (g.start() == s && g.end() == e) return true;
        return false;
    }

    private boolean notName(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        // a span of months (April-June) is no name, as its months are not
        if (w.indexOf('-') > 0 && Arrays.stream(w.split("-")).allMatch(x -> !x.isEmpty() && p.notNames.contains(x))) return true;
        return p.notNames.contains(w) || p.weekdays.containsKey(lower) || p.nameStopwords.contains(lower) || p.nameConnectors.contains(w);
    }

    private boolean sentenceStart(int s) {
        for (int[] sentence : sentences) {
            if (s >= sentence[0] && s < sentence[1]) return simple.substring(sentence[0], s).strip().replaceAll("[\"“‘'(]", "").isEmpty();
        }
        return false;
    }

    private boolean capitalisedElsewhere(String w) {
        for (int i = simple.indexOf(w); i >= 0; i = simple.indexOf(w, i + 1)) {
            boolean edge = (i == 0 || !Character.isLetter(simple.charAt(i - 1))) && (i + w.length() >= simple.length() || !Character.isLetter(simple.charAt(i + w.length())));
            if (edge && !sentenceStart(i)) return true;
        }
        return false;
    }

    /** Lower-case English names found word by word (see {@link #mentions}). */
    private List<Mention> wordMentions(Map<String, String> names, boolean[] figureChars) {
        List<Tokens.Token> toks = new ArrayList<>();
        for (Tokens.Token t : Tokens.englishNames(simple)) if (!p.nameStopwords.contains(t.term())) toks.add(t);
        Map<String, List<String[]>> byFirst = new LinkedHashMap<>();
        Map<String[], String> ids = new java.util.IdentityHashMap<>(), written = new java.util.IdentityHashMap<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String n = e.getKey();
            if (!n.chars().allMatch(c -> c < 128) || n.chars().anyMatch(Character::isUpperCase)) continue;
            String[] stems = Tokens.englishNames(n).stream().map(Tokens.Token::term).filter(w -> !p.nameStopwords.contains(w)).toArray(String[]::new);
            if (stems.length == 0) continue;
            byFirst.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(stems);
            ids.put(stems, e.getValue());
            written.put(stems, n);
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tokens.Token first = toks.get(i);
            if (figureChars[first.start()]) continue;
            for (String[] stems : byFirst.getOrDefault(first.term(), List.of())) {
                // a one-word name that is a share word (shares) only as written: "the share of" names a part, not a stock
                if (stems.length == 1 && p.shareWords.contains(stems[0])
                        && !simple.substring(first.start(), first.end()).toLowerCase(Locale.ROOT).equals(written.get(stems))) continue;
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

    // ---- one figure ----

    Draft draft(Figures.Found f) {
        List<String> why = new ArrayList<>(), guessed = new ArrayList<>();
        int[] sentence = clauses.sentenceOf(f.start());
        int[] clause = clauses.clauseOf(f.start(), sentence);
        String subject = subject(f, sentence, clause, why);
        String subjectWhy = subject == null ? "" : why.get(why.size() - 1);
        if (subject != null && (subjectWhy.contains("before") || subjectWhy.endsWith("ahead"))) guessed.add("subject");
        int whyBefore = why.size();
        String[] metric = metric(f, sentence, clause, why);
        List<String> metricWhy = why.subList(whyBefore, why.size());
        if (metricWhy.contains("metric: the measure of the sentence before") || metricWhy.contains("metric: the text's main measure for such figures")) guessed.add("metric");
        // "more than double": the measure multiplied is named, but a claim in times needs a ratio measure a person chooses
        if ("times".equals(f.unit()) && metric[0] != null && !dimension(metric[0]).contains("ratio")) guessed.add("metric");
        if (subject != null && !subjectWhy.contains(" in the clause")) subject = economy(subject, metric[0], why);
        boolean fall = fall(f, sentence, clause, metric, why);
        String period;
        if (f.kind() == Figures.Kind.YEAR) {
            // "first staged it in 1970": the year of an event is its own period
            period = String.valueOf((int) f.value());
            why.add("period: the event's own year");
        } else {
            period = periods.period(f, sentence, clause, why, vocab.southern(subject));
            period = periods.cumulative(period, metric[0], sentence, f.start());
            periods.remember(f, sentence[0], period);
        }
        if (period != null && (why.get(why.size() - 1).startsWith("period: the text's") || why.stream().anyMatch(w -> w.startsWith(DraftPeriods.SEASON_GUESSED)))) {
            guessed.add("period");
        }
        String[] claimant = claimant(sentence, why);
        String s = simple.substring(sentence[0], sentence[1]).toLowerCase(Locale.ROOT);
        boolean projection = p.projection.stream().anyMatch(w -> containsWord(s, Chinese.simplified(w).toLowerCase(Locale.ROOT)));
        boolean estimate = p.estimate.stream().anyMatch(w -> containsWord(s, Chinese.simplified(w).toLowerCase(Locale.ROOT)));
        return new Draft(subject, metric[0], metric[1], period, claimant[0], claimant[1], projection, estimate, clause[0], clause[1], why, guessed, object(f, subject, sentence, clause, why), fall);
    }

    private boolean containsWord(String s, String w) {
        if (w.chars().anyMatch(c -> c > 127)) return s.contains(w);
        return s.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*");
    }

    private String lastSubject;
    /** The first subject the text names, and where the last subject carried on was named. */
    private String leadSubject;
    private int lastSubjectAt = -1;

    private String subject(Figures.Found f, int[] sentence, int[] clause, List<String> why) {
        Mention each = respective(f, sentence);
        if (each != null) {
            why.add("subject: \"" + text.substring(each.start(), each.end()) + "\", respectively");
            if (lastSubject == null) lastSubject = each.id();
            return each.id();
        }
        Mention pick = null;
        boolean inClause = false;
        boolean ratio = "times".equals(f.unit());
        // the gazetteer's names first, then the names of the text it lacks
        for (boolean text : new boolean[] {false, true}) {
            // a place named as where gives way to a name after it that is not (the summit in Lyon pledged to triple global capacity)
            if (!ratio) for (Mention m : entities) if (textNames.contains(m.id()) == text && m.start() >= clause[0] && m.end() <= f.start() && candidate(m, sentence)
                    && !division(m, sentence)) {
                if (pick == null) pick = m;
                if (!(place(m.id()) && afterPreposition(m, sentence))) { pick = m; break; }
            }
            inClause = pick != null;
            // Chinese: a body the gazetteer lacks after the gazetteer's name in the clause is nearer the figure (全境最大的乙水库蓄水量…),
            // and so is a name written right after it, a part of that place (成都市武侯区)
            if (pick != null && zh && !text && !ratio) {
                final int after = pick.end();
                for (Mention m : entities) if (textNames.contains(m.id()) && (body(m.id()) || m.start() == after) && m.start() >= pick.end() && m.end() <= f.start()
                        && candidate(m, sentence)) { pick = m; break; }
            }
            // Chinese: a body the gazetteer lacks (a name ending in 公司, 水库 …) nearer the figure than any gazetteer name of
            // the sentence comes before them (甲市…实施限水，…乙水库蓄水量3亿立方米，蓄水率12%)
            if (pick == null && zh && !text && !ratio) {
                Mention near = null;
                int gazetteerEnd = -1;
                for (Mention m : entities) if (m.start() >= sentence[0] && m.end() <= f.start() && candidate(m, sentence)) {
                    if (!textNames.contains(m.id())) gazetteerEnd = m.end();
                    else if (body(m.id())) near = m;
                }
                if (near != null && near.start() >= gazetteerEnd) {
                    pick = near;
                    inClause = near.start() >= clause[0];
                }
            }
            // a name the gazetteer lacks: the nearest before the figure in its sentence, never one after it (up from 90 at the Rome Games)
            // (not one after "the": Vantor Haldane won the Rift Marathon, reaching Lyon 12 seconds ahead)
            // 甲市…；乙市…，增长2%: a part after a semicolon is about its own name first
            int part = Math.max(simple.lastIndexOf('；', f.start() - 1), simple.lastIndexOf(';', f.start() - 1)) + 1;
            for (int from : part > sentence[0] ? new int[] {part, sentence[0]} : new int[] {sentence[0]}) {
                // as in the clause, a place named as where gives way to a name after it that is not (在北京发布的《中国…报告》显示)
                Mention where = null;
                if (pick == null) for (Mention m : entities) if (textNames.contains(m.id()) == text && m.start() >= from && m.end() <= f.start()
                        && candidate(m, sentence) && !(text && afterThe(m, sentence)) && !division(m, sentence)) {
                    if (!text && where == null && place(m.id()) && afterPreposition(m, sentence)) { where = m; continue; }
                    pick = m;
                    if (!text) break;
                }
                if (pick == null) pick = where;
            }
            if (pick == null && text) for (Mention m : entities) if (textNames.contains(m.id()) && m.start() >= sentence[0] && m.end() <= f.start() && candidate(m, sentence)) pick = m;
            // a gazetteer name after the figure, unless the clause names one the gazetteer lacks before it (Only Ana Ruiz's 2:01:25 has been quicker in London)
            boolean namedBefore = entities.stream().anyMatch(m -> textNames.contains(m.id()) && m.start() >= clause[0] && m.end() <= f.start() && candidate(m, sentence));
            if (pick == null && !text && !namedBefore) for (Mention m : entities) if (!textNames.contains(m.id()) && m.start() >= f.end() && m.end() <= clause[1] && candidate(m, sentence)) { pick = m; inClause = true; break; }
            if (pick != null) break;
        }
        if (pick != null) {
            // a subject outside the figure's own clause is a guess a person confirms ("X is N times Y" names X first)
            why.add("subject: \"" + text.substring(pick.start(), pick.end()) + "\" in the " + (inClause ? "clause" : "sentence, before")
                    + (textNames.contains(pick.id()) ? " (not in the gazetteer)" : ""));
            // a name the gazetteer lacks is the subject of its sentence, and so is a place named as where ("the summit in
            // Lyon", "ruled on Ruritania's tax rules", 在里昂): the text goes on about the one it was about before
            if (lastSubject == null && !people.contains(pick.id()) || !textNames.contains(pick.id()) && !(place(pick.id()) && afterPreposition(pick, sentence))) {
                if (leadSubject == null) leadSubject = pick.id();
                lastSubject = pick.id();
                lastSubjectAt = pick.start();
            }
            return pick.id();
        }
        // "according to the Bureau of Labor Statistics, the jobless rate rose": an office's figures are of its place
        // (unless the text named what it is about before: the ONS also counts England and Wales apart)
        if (lastSubject == null) for (Mention m : entities) {
            String place = m.start() >= sentence[0] && m.end() <= sentence[1] ? vocab.speaksFor(m.id()).orElse(null) : null;
            if (place == null) continue;
            why.add("subject: the place of \"" + text.substring(m.start(), m.end()) + "\" in the sentence, whose figures it publishes");
            lastSubject = place;
            lastSubjectAt = m.start();
            return place;
        }
        // "Acme said sales grew 4%": with no other name in the sentence, the speaker speaks of itself
        if (lastSubject == null) {
            for (Mention m : entities) {
                // a person speaking (a statistician giving the figures) is not what the figures are about
                if (m.start() >= sentence[0] && m.end() <= sentence[1] && speaker(m, sentence) && !people.contains(m.id()) && !publisher(m.id())
                        && (!textNames.contains(m.id()) || !m.id().contains(" ") || subjectName(m.id()))) {
                    why.add("subject: \"" + text.substring(m.start(), m.end()) + "\", the speaker, in the sentence, before");
                    lastSubject = m.id();
                    return m.id();
                }
            }
        }
        if (lastSubject == null) {
            // not a name only compared with or traded with (对美国出口…超过中国大陆)
            for (Mention m : entities) if (m.start() < sentence[0] && (!textNames.contains(m.id()) || subjectName(m.id())) && !publisher(m.id())
                    && !(zh && notSubjectZh(m, clauses.sentenceOf(m.start())))) {
                // an office is not what figures are about: its place is, if the gazetteer gives one
                var e = vocab.entity(m.id());
                boolean office = e != null && STATISTICS_OFFICE.equals(e.role());
                lastSubject = office ? vocab.speaksFor(m.id()).orElse(null) : m.id();
                if (lastSubject != null) break;
            }
        }
        // a new paragraph naming nobody goes back to what the text is about, not the name the paragraph before ended on
        if (lastSubject != null && leadSubject != null && !leadSubject.equals(lastSubject) && lastSubjectAt >= 0
                && text.substring(Math.min(lastSubjectAt, sentence[0]), sentence[0]).contains("\n")) {
            why.add("subject: the one the text is about, in a new paragraph");
            return leadSubject;
        }
        if (lastSubject != null) {
            why.add("subject: the one the text was about before");
            return lastSubject;
        }
        // a headline before the text names anyone is about whom the text's lede names first (a name further
        // on may be another topic: 对美出口…超过中国大陆)
        int[] lede = lede();
        int reach = lede != null && f.start() < lede[0] ? lede[1] : -1;
        for (Mention m : entities) {
            if (m.start() < f.end() || m.end() > reach || people.contains(m.id()) || textNames.contains(m.id()) && !subjectName(m.id())) continue;
            int[] its = clauses.sentenceOf(m.start());
            if (!candidate(m, its) || place(m.id()) && afterPreposition(m, its)) continue;
            why.add("subject: \"" + text.substring(m.start(), m.end()) + "\", the first the text names after it, ahead");
            return m.id();
        }
        // a Chinese text that names nobody speaks of its own country, as its 全国 and 我国 would
        String home = home();
        if (home != null) why.add("subject: \"" + vocab.entityLabel(home) + "\", the country the text speaks from, ahead");
        return home;
    }

    /** Where a text's headline (its first line, with more after it) ends and where the paragraph after it ends; null: none. */
    private int[] lede() {
        int first = text.indexOf('\n', text.length() - text.stripLeading().length());
        if (first < 0 || text.substring(first).isBlank()) return null;
        int from = first;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) from++;
        int end = text.indexOf('\n', from);
        return new int[] {first, end < 0 ? text.length() : end};
    }

    /**
     * The country a Chinese text speaks from: the place its national words stand for (Taiwan in a text
     * counting 民國 years), else, in Simplified characters, what the gazetteer's 全国 names; null in English
     * and in Traditional characters with no hint (Hong Kong writes them too).
     */
    private String home() {
        if (!zh) return null;
        if (deixisPlace != null) return deixisPlace;
        if (!text.equals(simple)) return null;
        Map<String, String> names = entityNames();
        for (String w : p.deixisWords) {
            String id = names.get(Chinese.simplified(w));
            if (id != null && place(id)) return id;
        }
        return null;
    }

    private final Map<Integer, Mention> pickAt = new java.util.HashMap<>();

    /** The measure of the figure before the respectively word (分别) that this one's place after it gives, or null. */
    private Mention respectiveMeasure(Figures.Found f, int[] sentence) {
        String s = simple.substring(sentence[0], f.start());
        int bound = -1;
        for (String w : p.respectivelyBefore) bound = Math.max(bound, s.lastIndexOf(w));
        if (bound < 0) return null;
        bound += sentence[0];
        List<Figures.Found> before = new ArrayList<>();
        for (Figures.Found g : figures) if (g.start() >= sentence[0] && g.end() <= bound && pickAt.containsKey(g.start()) && !"percent".equals(g.unit())) before.add(g);
        int i = 0;
        for (Figures.Found g : figures) if (g.start() >= bound && g.end() <= f.start()) i++;
        if (before.size() < 2 || i >= before.size()) return null;
        Mention m = pickAt.get(before.get(i).start());
        return fits(m.id(), f.unit()) ? m : null;
    }

    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("\\s*(?:及|和|与|與|、|,|，|and|, and)\\s*");

    /**
     * "印尼及马来西亚旅客分别增加43%及50%", "Indonesia and Malaysia grew 43% and 50% respectively": the name in the
     * list that the figure's place among the figures after it gives, or null.
     */
    private Mention respective(Figures.Found f, int[] sentence) {
        String s = simple.substring(sentence[0], sentence[1]).toLowerCase(Locale.ROOT);
        int bound = -1;
        for (String w : p.respectivelyBefore) {
            int k = s.lastIndexOf(w.toLowerCase(Locale.ROOT), f.start() - sentence[0]);
            if (k >= 0) bound = Math.max(bound, sentence[0] + k);
        }
        if (bound < 0) {
            boolean after = false;
            for (String w : p.respectivelyAfter) after |= s.indexOf(w.toLowerCase(Locale.ROOT), f.end() - sentence[0]) >= 0;
            if (!after) return null;
            for (Figures.Found g : figures) if (g.start() >= sentence[0] && g.end() <= f.start() && bound < 0) bound = g.start();
            if (bound < 0) bound = f.start();
        }
        // the names joined by connectors that end nearest before the bound
        List<Mention> run = new ArrayList<>();
        for (Mention m : entities) {
            if (m.start() < sentence[0] || m.end() > bound) continue;
            if (!run.isEmpty() && !JOINED.matcher(simple.substring(run.get(run.size() - 1).end(), m.start())).matches()) run.clear();
            if (run.isEmpty() || run.get(run.size() - 1).end() <= m.start()) run.add(m);
        }
        if (run.size() < 2) return null;
        int i = 0;
        for (Figures.Found g : figures) if (g.start() >= bound && g.end() <= f.start()) i++;
        return i < run.size() ? run.get(i) : null;
    }

    /** Inflation or GDP drafted for a central bank named before the figure's clause is its economy's (the bank sets rates; the country has the inflation). */
    private String economy(String subject, String metric, List<String> why) {
        String place = subject == null ? null : p.economyOf.get(subject);
        Metric m = metric == null ? null : vocab.metric(metric);
        if (place == null || m == null || !p.economyFamilies.contains(m.family()) || vocab.entity(place) == null) return subject;
        why.add("subject: the economy \"" + vocab.entityLabel(subject) + "\" speaks for");
        return place;
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

    /** Chinese: a name of the text that ends with the word for a body (公司, 银行, 水库), no place or person. */
    private boolean body(String id) {
        String n = Chinese.simplified(id);
        return !people.contains(id) && p.chineseNames.suffixes().stream().anyMatch(n::endsWith);
    }

    /** The gazetteer role of a body that publishes a place's figures (ontology/entities.ttl). */
    static final String STATISTICS_OFFICE = "statistics-office";

    /** A name can be the subject unless it speaks (X said) or is the whole a share is taken of (占…的, share of). */
    private boolean candidate(Mention m, int[] sentence) {
        if (speaker(m, sentence)) return false;
        // a statistics office publishes a place's figures: the place is their subject, the office who speaks
        var e = vocab.entity(m.id());
        if (e != null && STATISTICS_OFFICE.equals(e.role())) return false;
        Matcher prev = PREVIOUS_WORD.matcher(simple.substring(Math.max(sentence[0], m.start() - 20), m.start()));
        if (prev.find() && p.nameNotAfterAny.contains(prev.group(1).toLowerCase(Locale.ROOT))) return false;
        if (zh) {
            if (describes(m)) return false;
        } else {
            // "which owns British Airways, Iberia and Aer Lingus": the names listed after such a word too
            Matcher listed = LISTED_AFTER.matcher(text.substring(Math.max(sentence[0], m.start() - 120), m.start()));
            if (listed.find() && p.nameNotAfterAny.contains(listed.group(1).toLowerCase(Locale.ROOT))) return false;
            // "British Airways owner IAG": the name describes the one after it
            Matcher next = NEXT_WORD_AND_NAME.matcher(after(text, m, sentence, 24));
            if (next.lookingAt() && p.nameDescribesNext.contains(next.group(1).toLowerCase(Locale.ROOT))) return false;
        }
        // the summit in Lyon: where an event or a site is
        Matcher event = EVENT_IN.matcher(simple.substring(Math.max(sentence[0], m.start() - 30), m.start()));
        if (place(m.id()) && event.find() && p.eventsBeforePlace.contains(event.group(1).toLowerCase(Locale.ROOT))) return false;
        if (textNames.contains(m.id())) {
            // a subject the gazetteer lacks is a name of two words or more (a person, a party, an event), none of them
            // a letter alone (Model X) or a word of an office that reports figures (Statistics Bureau)
            if (!subjectName(m.id()) && !people.contains(m.id()) && !(speaker(m, sentence) && !m.id().contains(" ")) && !figuresInBrackets(m)) return false;
            // than Milo Brandt, from Lyon: a name after these is compared with or passed, not the subject
            Matcher w = PREVIOUS_WORD.matcher(simple.substring(Math.max(sentence[0], m.start() - 20), m.start()));
            if (w.find() && p.nameNotAfter.contains(w.group(1).toLowerCase(Locale.ROOT))) return false;
        }
        String before = simple.substring(Math.max(sentence[0], m.start() - 12), m.start()).toLowerCase(Locale.ROOT).stripTrailing();
        for (String w : p.wholeBefore) if (before.endsWith(Chinese.simplified(w).toLowerCase(Locale.ROOT))) return false;
        return !(zh && notSubjectZh(m, sentence));
    }

    /** Chinese: a name compared with (超过中国大陆), a trading partner (对美国出口, 从巴西进口) or where visitors come from (香港旅客), not who the figures are of. */
    private boolean notSubjectZh(Mention m, int[] sentence) {
        if (comparedWith(m, sentence)) return true;
        if (cause(m, sentence)) return true;
        if (p.originAfter.stream().anyMatch(w -> simple.startsWith(Chinese.simplified(w), m.end()))) return true;
        String before = simple.substring(Math.max(sentence[0], m.start() - 12), m.start()).stripTrailing();
        return between(m, before, p.importFromBefore, p.importFromAfter) || between(m, before, p.partnerBefore, p.partnerAfter);
    }

    /** Whether a name stands between one of the words before it and one of the words after it (对…出口, 从…进口). */
    private boolean between(Mention m, String before, List<String> ahead, List<String> behind) {
        return ahead.stream().anyMatch(w -> before.endsWith(Chinese.simplified(w))) && behind.stream().anyMatch(w -> simple.startsWith(Chinese.simplified(w), m.end()));
    }

    /** Chinese: a name in a cause, 受美国上调关税影响, is what moved the figures, not what they measure. */
    private boolean cause(Mention m, int[] sentence) {
        int open = Math.max(simple.lastIndexOf('受', m.start() - 1), simple.lastIndexOf("由于", m.start() - 1));
        if (open < sentence[0] || open < m.start() - 12 || CLAUSE_MARK.matcher(simple.substring(open, m.start())).find()) return false;
        if (simple.startsWith("由于", open)) return true;
        int close = simple.indexOf("影响", m.end());
        return close > 0 && close <= sentence[1] && !CLAUSE_MARK.matcher(simple.substring(m.end(), close)).find();
    }

    private static final java.util.regex.Pattern CLAUSE_MARK = java.util.regex.Pattern.compile("[，。；：,;]");

    /**
     * Chinese: a name after a comparison word, or joined to one that is (超过中国大陆与香港, 比日本多), is compared
     * with, not the subject; 相比美国 and 对比 set the subject beside it, no comparison.
     */
    private boolean comparedWith(Mention m, int[] sentence) {
        String before = simple.substring(Math.max(sentence[0], m.start() - 4), m.start());
        if (p.comparedZh.stream().anyMatch(w -> before.endsWith(w) && !(w.equals("比") && before.matches("(?s).*[相对]比$")))) return true;
        for (Mention o : entities) {
            if (o.end() <= m.start() && o.start() >= sentence[0] && o.end() > m.start() - 3 && JOINED.matcher(simple.substring(o.end(), m.start())).matches()) return comparedWith(o, sentence);
        }
        return false;
    }

    /** "Transsion (106.9 million, 8.6%)": a one-word name with its figures in brackets right after it is what they measure. */
    private boolean figuresInBrackets(Mention m) {
        return BRACKETED_FIGURE.matcher(simple).region(m.end(), simple.length()).lookingAt();
    }

    /** What a number's last character is before its classifier: a digit, a Chinese numeral or 多/余 (200多处). */
    private static final String NUMBER_END = "0123456789零〇一二三四五六七八九十两百千万亿多余";
    private static final java.util.regex.Pattern BRACKETED_FIGURE = java.util.regex.Pattern.compile("\\s?[(（]\\s?(?:US\\$|[$€£¥])?\\d");

    /**
     * Chinese: a name that describes a person after it (青禾党的林木森, 青禾党候选人林木森), or a person named
     * second in a list (林木森、周望川获…: the first stands for the pair), is not the subject.
     */
    private boolean describes(Mention m) {
        for (Mention o : entities) {
            if (!people.contains(o.id())) continue;
            String between = simple.substring(Math.min(m.end(), o.start()), Math.max(m.end(), o.start()));
            if (o.start() >= m.end() && (between.equals("的") || p.chineseNames.titles().contains(between))) return true;
            if (people.contains(m.id()) && o.end() <= m.start() && simple.substring(o.end(), m.start()).equals("、")) return true;
        }
        return false;
    }

    /** What kind of entity a name of the text is, where its finding tells: person, place, organization; else null. */
    String kindOf(String id) {
        if (people.contains(id)) return "person";
        if (!zh || !textNames.contains(id)) return null;
        String n = Chinese.simplified(id);
        for (String s : p.chineseNames.placeSuffixes()) if (n.endsWith(s)) return "place";
        return "organization";
    }

    /** The gazetteer's kinds of place: countries, regions, cities. */
    private static final Set<String> PLACES = Set.of("place", "country", "administrativearea", "city");

    private boolean place(String id) {
        Entity e = vocab.entity(id);
        return e != null && PLACES.contains(e.type());
    }

    /** English words and Chinese characters that name a place as where something is: in, at, from (in south London); 在, 于, 从. */
    private static final java.util.regex.Pattern WHERE = java.util.regex.Pattern.compile(
            "(?s).*(?:\\b(?:in|at|on|from|of|to|with|near|across|into|for|by)(?: the)?(?: (?:north|south|east|west|central|greater|inner|outer|northern|southern|eastern|western|rural|urban))? |[在于於从從赴到往])$");

    private boolean afterPreposition(Mention m, int[] sentence) {
        return WHERE.matcher(simple.substring(Math.max(sentence[0], m.start() - 12), m.start()).toLowerCase(Locale.ROOT)).matches();
    }

    private boolean afterThe(Mention m, int[] sentence) {
        return simple.substring(Math.max(sentence[0], m.start() - 4), m.start()).toLowerCase(Locale.ROOT).matches("(?s).*\\bthe $");
    }

    /** A name the gazetteer lacks that can be a subject: two words or more, none a letter alone nor a word of an office or title. */
    private boolean subjectName(String id) {
        // Chinese names are found by what they end with (a party, a place, a body) or are people's
        if (zh) return !people.contains(id);
        if (!id.contains(" ")) return soleNames.contains(id);
        for (String w : id.split("\\s+")) if (w.length() == 1 || p.nameNotSubject.contains(w)) return false;
        return true;
    }

    private static final java.util.regex.Pattern EVENT_IN = java.util.regex.Pattern.compile("([A-Za-z]+) (?:in|at) $");

    private static final java.util.regex.Pattern PREVIOUS_WORD = java.util.regex.Pattern.compile("([A-Za-z]+)\\s+(?:the\\s+)?$");
    /** A word, then capitalised names joined by commas or "and", up to the end: "owns Alpha, Beta and ". */
    private static final java.util.regex.Pattern LISTED_AFTER = java.util.regex.Pattern.compile(
            "\\b([A-Za-z]+)\\s+(?:the\\s+)?(?:[A-Z][\\w&.'\\-]*(?:\\s+[A-Z][\\w&.'\\-]*)*\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+))+$");
    /** The word right after a name and the capitalised name after it ("owner IAG"). */
    private static final java.util.regex.Pattern NEXT_WORD_AND_NAME = java.util.regex.Pattern.compile("\\s+([A-Za-z]+)\\s+[A-Z]");

    /** A name that is the speaker of an attribution (X said, X表示) is the claimant, not the subject. */
    private boolean speaker(Mention m, int[] sentence) {
        return SPEAKS.matcher(after(simple, m, sentence, 14).toLowerCase(Locale.ROOT)).lookingAt();
    }

    /** Up to n characters after a name within its sentence; none when the name runs on past the sentence's end. */
    private static String after(String s, Mention m, int[] sentence, int n) {
        return s.substring(m.end(), Math.max(m.end(), Math.min(sentence[1], m.end() + n)));
    }

    private static final java.util.regex.Pattern SPEAKS = java.util.regex.Pattern.compile(
            "(?s) ?(said|says|told|表示|指出|称|说|认为|透露|(?:(?:\\d{1,2}月)?\\d{1,2}日|今天|今日|昨天|昨日|日前|近日)?(?:发布|公布)(?:的)?(?:数据|统计|报告))");

    /** Chinese: a body the gazetteer lacks that publishes others' figures (中国信息通信研究院, 中国汽车工业协会), by what its name ends with. */
    private boolean publisher(String id) {
        if (!zh || !textNames.contains(id)) return false;
        String n = Chinese.simplified(id);
        return p.publisherSuffixesZh.stream().anyMatch(n::endsWith);
    }

    private String[] metric(Figures.Found f, int[] sentence, int[] clause, List<String> why) {
        // an age measures an age, a magnitude an earthquake, whatever words stand around them
        if (p.ageMeasure != null && "years".equals(f.unit()) && f.kind() == Figures.Kind.AMOUNT && vocab.metric(p.ageMeasure) != null
                && !namedTimeMeasure(f, clause) && !lastMeasureTime(f)) {
            why.add("metric: an age");
            return new String[] {p.ageMeasure, null};
        }
        String perShare = perShare(f, sentence);
        if (perShare != null) {
            why.add("metric: a share's part of the measure before");
            return new String[] {perShare, null};
        }
        String byUnit = p.unitMeasures.get(f.unit());
        if (byUnit != null && vocab.metric(byUnit) != null) {
            why.add("metric: what a figure in " + f.unit() + " measures");
            return new String[] {byUnit, null};
        }
        String[] m = measure(f, sentence, clause, why);
        lastMove = m[0] == null ? Move.NONE : "growth".equals(m[1]) || m[0].endsWith("-growth") ? Move.GROWTH
                : "change".equals(m[1]) || m[0].endsWith("-change") ? Move.CHANGE : Move.LEVEL;
        lastMoveEnd = f.end();
        lastMoveSentence = sentence[0];
        if ("share".equals(m[1])) {
            String s = shareMeasure(m[0]);
            if (s != null) {
                why.add("metric: the catalogue's share of \"" + vocab.metricLabel(m[0]) + "\"");
                return new String[] {s, null};
            }
        }
        return m;
    }

    /** "net income of $24.1 billion, or $3.23 a share": the per-share measure of the sentence's last measure before the money, or null. */
    private String perShare(Figures.Found f, int[] sentence) {
        if (!money(f.unit())) return null;
        String after = simple.substring(f.end(), Math.min(sentence[1], f.end() + 20)).toLowerCase(Locale.ROOT);
        if (p.perShareAfter.stream().noneMatch(after::startsWith)) return null;
        String found = null;
        for (Mention m : metrics) if (m.start() >= sentence[0] && m.end() <= f.start() && p.perShareMeasures.containsKey(m.id())) found = p.perShareMeasures.get(m.id());
        return found != null && vocab.metric(found) != null ? found : null;
    }

    /** Whether the figure's clause names, before it, a measure of time (a wait, 轮候时间): a span of time that is its value. */
    boolean measuresTime(Figures.Found f) {
        int[] sentence = clauses.sentenceOf(f.start());
        return namedTimeMeasure(f, clauses.clauseOf(f.start(), sentence));
    }

    /** Whether the figure's clause names, before it, another measure in years (人均预期寿命78.6岁: life expectancy, not an age). */
    private boolean namedTimeMeasure(Figures.Found f, int[] clause) {
        for (Mention m : metrics) {
            if (m.start() < clause[0] || m.end() > f.start() || m.id().equals(p.ageMeasure)) continue;
            Metric metric = vocab.metric(m.id());
            if (metric != null && "Time".equals(metric.dimension())) return true;
        }
        return false;
    }

    /**
     * Whether the last measure the text names before the figure, in any sentence, is one in years other than an age
     * (國人平均壽命為80.77歲…；臺北市83.40歲最長壽) and the figure is not written as an age: the years go on measuring it.
     */
    private boolean lastMeasureTime(Figures.Found f) {
        // "the 32-year-old", 18周岁: an age whatever was measured before
        String written = f.text().toLowerCase(Locale.ROOT);
        if (p.ageWords.stream().anyMatch(written::contains)) return false;
        Mention last = null;
        for (Mention m : metrics) if (m.end() <= f.start() && (last == null || m.start() > last.start())) last = m;
        if (last == null || last.id().equals(p.ageMeasure)) return false;
        Metric metric = vocab.metric(last.id());
        return metric != null && "Time".equals(metric.dimension());
    }

    /** The catalogue's share measure named as a share of this one (vote share, share of the vote, 得票率 for votes), or null. */
    private String shareMeasure(String id) {
        for (Metric r : vocab.metrics()) if (r.type() == org.claimgraph.model.MetricType.SHARE && id.equals(r.numerator())) return r.id();
        Set<String> names = allNames(id);
        for (Metric r : vocab.metrics()) {
            if (r.type() != org.claimgraph.model.MetricType.SHARE || r.id().equals(id)) continue;
            for (String n : allNames(r.id())) {
                String rest = withoutShareWord(n);
                if (rest == null) continue;
                for (String x : names) if (sameName(rest, x)) return r.id();
            }
        }
        return null;
    }

    private Set<String> allNames(String id) {
        Set<String> out = new java.util.HashSet<>();
        Metric m = vocab.metric(id);
        if (m == null) return out;
        if (m.labelEn() != null) out.add(m.labelEn().toLowerCase(Locale.ROOT));
        if (m.labelZh() != null) out.add(Chinese.simplified(m.labelZh()));
        m.aliases().forEach(a -> out.add(Chinese.simplified(a).toLowerCase(Locale.ROOT)));
        return out;
    }

    /** A name without its share word (vote share: vote; 得票率: 得票), or null when it has none. */
    private String withoutShareWord(String n) {
        boolean ascii = n.chars().allMatch(c -> c < 128);
        for (String w : p.shareWords) {
            if (ascii && w.chars().allMatch(c -> c < 128)) {
                String s = (" " + n + " ").replace(" " + w + " ", " ");
                if (s.length() < n.length() + 2) return s.strip();
            } else if (!ascii && w.chars().anyMatch(c -> c > 127) && n.endsWith(w) && n.length() > w.length()) {
                return n.substring(0, n.length() - w.length());
            }
        }
        return null;
    }

    /** Two names alike word for word as Lucene reads them (votes, the vote), or equal as written. */
    private boolean sameName(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.chars().anyMatch(c -> c > 127) || b.chars().anyMatch(c -> c > 127)) return a.equals(b);
        List<String> x = Tokens.englishNames(a).stream().map(Tokens.Token::term).filter(w -> !p.nameStopwords.contains(w)).toList();
        List<String> y = Tokens.englishNames(b).stream().map(Tokens.Token::term).filter(w -> !p.nameStopwords.contains(w)).toList();
        return !x.isEmpty() && x.equals(y);
    }

    private String[] measure(Figures.Found f, int[] sentence, int[] clause, List<String> why) {
        String[] of = zh ? null : shareOf(f, clause, why);
        if (of != null) {
            if (of[1] == null && of[0] != null) {
                prevPick = new Mention(f.start(), f.start(), of[0]);
                prevPickSentence = sentence[0];
            }
            // only a share the catalogue names (votes: vote share), not any percentage of a measure (of body weight)
            if (of[0] != null && "share".equals(of[1]) && shareMeasure(of[0]) != null) { lastShare = of.clone(); lastShareAt = f.start(); }
            return of;
        }
        boolean carried = false;
        Mention pick = zh || !p.headUnits.contains(unitKind(f.unit())) ? null : headAfter(f, clause);
        if (pick != null) why.add("metric: the noun the figure counts");
        // 12人遇难、40人受伤: in Chinese the measure named right after the figure is its own
        if (pick == null && zh) for (Mention m : metrics) if (m.start() == f.end() && fits(m.id(), f.unit())) { pick = m; why.add("metric: the word right after the figure"); break; }
        if (pick == null) for (Mention m : metrics) if (m.start() >= clause[0] && m.end() <= f.start() && fits(m.id(), f.unit())) pick = m;
        // "non-defense spending would reach $769 billion": the measure named for the figure is none of the catalogue's
        for (Mention n : negatedMetrics) {
            if (n.start() >= clause[0] && n.end() <= f.start() && (pick == null || pick.end() <= n.start())) {
                why.add("metric: \"" + text.substring(Math.max(0, n.start() - 4), n.end()).strip() + "\" is no measure of the catalogue; left to a person");
                negatedSentence = sentence[0];
                return new String[] {null, null};
            }
        }
        if (pick == null) {
            for (Mention m : metrics) if (m.start() >= f.end() && m.end() <= clause[1] && fits(m.id(), f.unit())) { pick = m; break; }
        }
        // "… would reach $769 billion, 16 percent more than in FY2021": a figure going on from one of no measure of the catalogue
        if (pick == null && negatedSentence == sentence[0]) {
            why.add("metric: goes on from a figure of no measure of the catalogue; left to a person");
            return new String[] {null, null};
        }
        // else what its classifier counts (例: cases), when its clause names no measure
        if (pick == null) {
            for (Map.Entry<String, String> c : p.classifierMeasures.entrySet()) {
                String t = Chinese.simplified(f.text()), k = Chinese.simplified(c.getKey());
                // the classifier itself after the number, not the end of a longer unit word (15级分 is a test score, not league points)
                if (t.endsWith(k) && t.length() > k.length() && NUMBER_END.indexOf(t.charAt(t.length() - k.length() - 1)) >= 0 && vocab.metric(c.getValue()) != null) {
                    pick = new Mention(f.start(), f.start(), c.getValue());
                    why.add("metric: what \"" + c.getKey() + "\" counts");
                    break;
                }
            }
        }
        // 完成1745亿件、收入1.4万亿元，同比分别增长21%和13%: the i-th figure after 分别 takes the measure of the i-th figure before
        if (pick == null) {
            pick = respectiveMeasure(f, sentence);
            if (pick != null) why.add("metric: as the figure before it in turn, respectively");
        }
        // else the measure of the figure before in the sentence ("进口18.39万亿元，增长2.3%", "compared with 6.2%")
        if (pick == null && prevPick != null && prevPickSentence == sentence[0] && prevPick.end() <= f.start() && fits(prevPick.id(), f.unit())
                && !"times".equals(f.unit())) {
            pick = prevPick;
            carried = true;
            why.add("metric: as the figure before");
        }
        // else the topic of the sentence: its first measure
        if (pick == null) for (Mention m : metrics) if (m.start() >= sentence[0] && m.end() <= f.start() && fits(m.id(), f.unit())) { pick = countsOther(f, m.id()) ? null : m; break; }
        // (not one named after a later figure that counts a noun of its own: "Of the 384 authorities held to …, 294 raised bills
        // without a vote", the vote is the 294's)
        if (pick == null) for (Mention m : metrics) if (m.start() >= f.end() && m.end() <= sentence[1] && fits(m.id(), f.unit())) {
            pick = countsOther(f, m.id()) && figureBetween(f.end(), m.start()) ? null : m;
            break;
        }
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
        pickAt.put(f.start(), pick);
        prevPick = pick;
        negatedSentence = -1;
        prevPickSentence = sentence[0];
        for (Mention m : metrics) if (m.start() >= sentence[0] && m.end() <= sentence[1]) { lastTopic = m; lastTopicSentence = sentence[0]; break; }
        String id = pick.id();
        if (pick.end() > pick.start()) why.add("metric: \"" + text.substring(pick.start(), pick.end()) + "\""); // a main measure is named nowhere near
        // the words between the measure and the figure, within the figure's clause
        // (its qualifiers set aside: the up of "up to 90%" moves nothing)
        String between = pick.end() <= f.start() && pick.start() >= clause[0] ? simple.substring(pick.end(), f.start())
                : simple.substring(clause[0], f.start());
        String after = simple.substring(f.end(), Math.min(sentence[1], f.end() + 14));
        String near = (between + " " + after).toLowerCase(Locale.ROOT);
        Metric m = vocab.metric(id);
        boolean share = m != null && m.dimension() != null && m.dimension().toLowerCase(Locale.ROOT).contains("percent")
                // 降至4.5‰, fell to 750.5 per 100,000: a rate per people is a level of its measure, whatever moved it
                || "per-1000".equals(f.claimUnit()) || "per-100000".equals(f.claimUnit());
        String clauseBefore = simple.substring(clause[0], f.start()).toLowerCase(Locale.ROOT);
        if ("percentage-point".equals(f.unit()) && (cue(clauseBefore, p.growth) || cueStart(after, p.growth))) {
            Metric c = vocab.metric(id + "-change");
            why.add("metric: a change in percentage points");
            return c != null ? new String[] {c.id(), null} : new String[] {id, "change"};
        }
        boolean moved = changeRightBefore(clauseBefore) || restated(f, sentence);
        boolean reached = cueEnd(Amounts.withoutQualifiers(clauseBefore), p.levelTo);
        boolean partOf = cueEndAny(simple.substring(clause[0], f.start()), p.shareCue);
        if ("percent".equals(f.unit()) && !share && (cue(Amounts.withoutQualifiers(between).toLowerCase(Locale.ROOT), p.growth) && !reached || cueStart(after, p.growth)
                || cueStart(after.replaceFirst("^[\\s,，]+", ""), p.growthAfter) || moved
                || carried && !partOf && lastMove == Move.GROWTH && lastMoveSentence == sentence[0])) {
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
            // "came first with 28.6% of the votes; the CDU won 22.6%": a bare percentage goes on with the share before it in its paragraph
            if (lastShare != null && !text.substring(lastShareAt, f.start()).contains("\n")) {
                why.add("metric: a share, as the percentage of \"" + lastShare[0] + "\" before it in the paragraph");
                return lastShare.clone();
            }
            why.add("metric: \"" + text.substring(pick.start(), pick.end()) + "\" is no percentage; left to a person");
            return new String[] {null, null};
        }
        if (!"percent".equals(f.unit()) && !"times".equals(f.unit()) && (cueEnd(between, p.changeBefore) || cueStart(after, p.changeAmount) || moved)) {
            Metric c = vocab.metric(id + "-change");
            why.add("metric: a change word beside the amount");
            return c != null ? new String[] {c.id(), null} : new String[] {id, "change"};
        }
        if (near.isEmpty()) return new String[] {id, null};
        return new String[] {id, null};
    }

    /**
     * Whether a change or growth figure is a fall (fell 0.8%, down by 5%, 同比下降0.1%, a 5% drop): the claim's
     * value goes below zero, as a fact-check writes it, where the extraction keeps the figure as printed.
     */
    private boolean fall(Figures.Found f, int[] sentence, int[] clause, String[] metric, List<String> why) {
        if (metric[0] == null || !(f.value() > 0) || "share".equals(metric[1])) return false;
        Metric m = vocab.metric(metric[0]);
        if (metric[1] == null && (m == null || m.type() != org.claimgraph.model.MetricType.GROWTH && m.type() != org.claimgraph.model.MetricType.CHANGE)) return false;
        String b = Amounts.withoutQualifiers(simple.substring(clause[0], f.start())).toLowerCase(Locale.ROOT).stripTrailing();
        if (boundBefore(b)) return false;
        if (b.endsWith(" by")) b = b.substring(0, b.length() - 3);
        String after = simple.substring(f.end(), sentence[1]).replaceFirst("^[\\s,，]+", "");
        String word = cueEnd(b, p.fallBefore) ? "before" : cueStart(after, p.fallAfter) && !FROM_AFTER.matcher(after).lookingAt() ? "after" : null;
        if (word != null) why.add("value: a fall, a word " + word + " the figure says: below zero");
        return word != null;
    }

    /** "down from 3.7%": the figure before is the level reached, not the fall. */
    private static final java.util.regex.Pattern FROM_AFTER = java.util.regex.Pattern.compile("(?i)\\p{L}+\\s+from\\b");

    /**
     * "465 cases … in 19 states": a count followed by a plural noun that no name of a measure holds counts that,
     * not the measure named before it ("5.2 million sales a year" in a story on home sales does count it).
     */
    private boolean countsOther(Figures.Found f, String metricId) {
        Metric m = vocab.metric(metricId);
        if (!"count".equals(f.unit()) || m == null) return false;
        Matcher w = OWN_NOUN.matcher(simple).region(f.end(), simple.length());
        if (!w.lookingAt()) return false;
        List<String> names = new ArrayList<>(m.aliases());
        if (m.labelEn() != null) names.add(m.labelEn());
        for (String n : names) if (n.toLowerCase(Locale.ROOT).contains(w.group(1))) return false;
        return true;
    }

    /** Whether another figure stands between two places of the text. */
    private boolean figureBetween(int from, int to) {
        for (Figures.Found o : figures) if (o.start() >= from && o.end() <= to) return true;
        return false;
    }

    /** A plural noun right after a figure, one word before it allowed; group 1 its head without the s. */
    private static final java.util.regex.Pattern OWN_NOUN = java.util.regex.Pattern.compile("\\s+(?:[a-z][a-z-]*\\s+)?([a-z][a-z-]*[a-rt-z])s\\b");

    /** How the last figure drafted a measure: as its level, its growth rate or its change. */
    private enum Move { NONE, LEVEL, GROWTH, CHANGE }
    private Move lastMove = Move.NONE;
    private int lastMoveEnd = -1, lastMoveSentence = -1;

    /** 比2024年少5,610宗, fell by 9,000, a drop of over 111,000: a change word right before the figure, its qualifiers set aside. */
    private boolean changeRightBefore(String clauseBefore) {
        String b = Amounts.withoutQualifiers(clauseBefore).toLowerCase(Locale.ROOT);
        if (boundBefore(b)) return false;
        if (cueEnd(b, p.changeEnd)) return true;
        if (!cueEnd(b, p.changeEndBy)) return false;
        String verb = b.substring(0, b.lastIndexOf(' ') < 0 ? 0 : b.lastIndexOf(' '));
        return cue(verb, p.growth);
    }

    /** 至少, 最多 right before a figure: a bound, not a change word (patterns.json changeEnd "not"). */
    private boolean boundBefore(String before) {
        for (String w : p.changeEndNot) if (before.endsWith(Chinese.simplified(w))) return true;
        return false;
    }

    /** "fell 2.3%, or 1,665", 减少5%，即300人: the figure says again, in other units, the change just before it. */
    private boolean restated(Figures.Found f, int[] sentence) {
        return (lastMove == Move.GROWTH || lastMove == Move.CHANGE) && lastMoveSentence == sentence[0] && lastMoveEnd <= f.start()
                && RESTATED.matcher(simple.substring(lastMoveEnd, f.start())).matches();
    }

    private static final java.util.regex.Pattern RESTATED = java.util.regex.Pattern.compile("\\s*[,，]?\\s*(?:or|即|或)\\s*");
    private final Map<String, Integer> drafted = new LinkedHashMap<>();
    private Mention lastTopic, prevPick;
    /** The last share drafted as the share of a measure ("28.6% of the votes"), and where its figure stands. */
    private String[] lastShare;
    private int lastShareAt = -1;
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
        return money(unit) ? "money" : unit;
    }

    /**
     * A place named right after a body's name is that body's part there (Quorvex U.K., 沃尔玛中国), not the subject: the name
     * before is a body's, or in English a capitalised word inside the sentence.
     */
    private boolean division(Mention m, int[] sentence) {
        if (!place(m.id())) return false;
        for (Mention e : entities) if (e.end() <= m.start() && !place(e.id()) && simple.substring(e.end(), m.start()).isBlank()) return true;
        if (zh || m.start() < 2 || simple.charAt(m.start() - 1) != ' ') return false;
        int w = m.start() - 1;
        while (w > sentence[0] && Character.isLetter(simple.charAt(w - 1))) w--;
        if (w == m.start() - 1 || !Character.isUpperCase(simple.charAt(w))) return false;
        int before = w - 1;
        while (before >= sentence[0] && Character.isWhitespace(simple.charAt(before))) before--;
        return before >= sentence[0] && simple.charAt(before) != '"' && simple.charAt(before) != '“';
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

    /** A currency code: three capitals, but TEU counts containers. */
    private static boolean money(String unit) {
        return unit != null && unit.matches("[A-Z]{3}") && !unit.equals("TEU");
    }

    /** A metric fits a figure when its dimension takes the figure's unit (a growth percentage fits any measure). */
    private boolean fits(String metricId, String unit) {
        Metric metric = vocab.metric(metricId);
        if (metric == null || metric.dimension() == null || unit == null) return true;
        String d = metric.dimension().toLowerCase(Locale.ROOT);
        if (unit.equals("percent") || unit.equals("percentage-point") || unit.equals("times")) return true;
        if (money(unit)) return d.contains("currency") || d.contains("money");
        // 每千人口床位7.23张: a measure named per 1,000 people is counted in what it counts
        if (unit.equals("count")) return d.contains("count") || d.contains("nodimension") || d.contains("people") || d.contains("dimensionless")
                || d.contains("percapita") && metric.labelEn() != null && metric.labelEn().contains(" per ");
        if (unit.equals("GW") || unit.equals("MW") || unit.equals("kW")) return d.contains("power");
        if (unit.endsWith("Wh")) return d.contains("energy");
        if (unit.equals("acre") || unit.equals("ft2") || unit.equals("m2") || unit.equals("km2") || unit.equals("ha")) return d.contains("area");
        // a length, a speed, a time, a temperature or a mass fits a measure of that dimension only
        if (Set.of("km", "m", "cm", "mm", "mi", "ft").contains(unit)) return d.contains("length");
        if (Set.of("km/h", "m/s", "mph").contains(unit)) return d.contains("speed");
        if (Set.of("seconds", "minutes", "hours", "days", "weeks", "months", "years").contains(unit)) return d.contains("time");
        if (unit.equals("celsius") || unit.equals("[degF]")) return d.contains("temperature");
        if (unit.equals("t") || unit.equals("kg") || unit.equals("jin")) return d.contains("mass");
        if (unit.equals("mu")) return d.contains("area");
        // a unit only the catalogue names fits a measure of its own dimension
        org.claimgraph.model.Unit u = p.catalogueUnits.contains(unit) ? vocab.unit(unit) : null;
        return u == null || u.dimension() == null || d.contains(u.dimension().toLowerCase(Locale.ROOT));
    }

    private String[] claimant(int[] sentence, List<String> why) {
        String s = simple.substring(sentence[0], sentence[1]);
        for (java.util.regex.Pattern a : p.attribution) {
            Matcher m = a.matcher(s);
            if (!m.find()) continue;
            int ws = sentence[0] + m.start("who"), we = sentence[0] + m.end("who");
            String who = text.substring(ws, we).strip();
            Mention named = null;
            for (Mention e : entities) {
                if (e.start() < ws || e.end() > we) continue;
                if (!textNames.contains(e.id())) {
                    why.add("claimant: \"" + who + "\"");
                    return new String[] {e.id(), who};
                }
                if (named == null) named = e;
            }
            if (named != null) {
                // a name the gazetteer lacks stands whole: "Office for National Statistics", not its first capitalised words
                String whole = who.replaceFirst("^(?:the|The) ", "");
                why.add("claimant: \"" + who + "\" (not in the gazetteer)");
                return new String[] {named.end() - named.start() >= whole.length() ? named.id() : whole, who};
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

    /** Sentences of a text: at 。！？!? and newlines, and at a full stop before a space. */
    static List<int[]> sentences(String text, Set<String> abbreviations) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = "。！？!?\n".indexOf(c) >= 0 || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !abbreviated(text, i, abbreviations);
            if (end) {
                if (i + 1 > start && !text.substring(start, i + 1).isBlank()) out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) out.add(new int[] {start, text.length()});
        return out;
    }

    /** Whether the full stop at {@code dot} closes an abbreviation inside a sentence ("U.S. dollars", "Mr. Lee", "Jan. 5"). */
    private static boolean abbreviated(String text, int dot, Set<String> abbreviations) {
        int next = dot + 1;
        while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) next++;
        if (next == text.length() || text.charAt(next) == '\n') return false;
        if (Character.isLowerCase(text.charAt(next))) return true;
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
        return (Character.isUpperCase(text.charAt(next)) || Character.isDigit(text.charAt(next)))
                && abbreviations.contains(text.substring(w, dot)) && (w == 0 || !Character.isLetterOrDigit(text.charAt(w - 1)));
    }
}
