package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese names the gazetteer lacks, found in a text written without capitals: places and bodies by the
 * word they end with (定海县, 青禾党, 远帆集团), people by a title before them or what they do after them
 * (候选人林木森, 周望川表示), and then every other place the text writes them. The words are data
 * (patterns.json, names.zh).
 */
final class ChineseNames {
    /** The word lists of names.zh, in Simplified characters (the text is matched in that form). */
    record Words(List<String> suffixes, List<String> placeSuffixes, String notAfterSuffix, String stops, List<String> stopWords, List<String> generic,
                 List<String> titles, List<String> verbs, String surnames, List<String> compoundSurnames, List<String> wordsNotNames,
                 List<String> companyCues, String numberedEnding, String numberedNotAfter) {}

    /** The names found, in Simplified characters, which of them are people's, and the names a short form stands for (long to short). */
    record Found(List<String> names, Set<String> people, Map<String, String> shortened) {}

    private final Words w;
    private final String simple;
    /** Characters of figures and of the gazetteer's names: no name of the text takes any of them. */
    private final boolean[] taken;
    /** Where the gazetteer name covering each character starts (the longest there), or -1. */
    private final int[] knownStart;
    private final Set<String> people = new HashSet<>();
    private final Map<String, String> shortened = new LinkedHashMap<>();
    /** The gazetteer's names that are places: only they open a company's name. */
    private final Set<String> places = new HashSet<>();

    private ChineseNames(Words w, String simple, boolean[] figureChars, Set<String> known) {
        this.w = w;
        this.simple = simple;
        this.taken = figureChars.clone();
        this.knownStart = new int[simple.length()];
        java.util.Arrays.fill(knownStart, -1);
        for (String n : known) {
            if (n.length() < 2) continue;
            for (int i = simple.indexOf(n); i >= 0; i = simple.indexOf(n, i + 1)) {
                for (int k = i; k < i + n.length(); k++) {
                    if (!figureChars[k] && (knownStart[k] < 0 || i < knownStart[k])) knownStart[k] = i;
                    taken[k] = true;
                }
            }
        }
    }

    /** The names of a text the gazetteer's names ({@code known}) leave, in the order of their first appearance. */
    static Found find(Words w, String simple, boolean[] figureChars, Set<String> known, Set<String> places) {
        ChineseNames n = new ChineseNames(w, simple, figureChars, known);
        n.places.addAll(places);
        List<String> names = n.find();
        n.people.retainAll(names);
        return new Found(names, n.people, n.shortened);
    }

    private List<String> find() {
        Map<Integer, String> byStart = new LinkedHashMap<>();
        bySuffix(byStart);
        numbered(byStart);
        shortForms(byStart);
        companies(byStart);
        people(byStart);
        List<String> names = new ArrayList<>();
        byStart.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> { if (!names.contains(e.getValue())) names.add(e.getValue()); });
        // 中国民党 read leftwards from 党 is 国民党 where the text also writes 国民党 alone: the shorter name is the name
        List<String> out = new ArrayList<>();
        for (String n : names) {
            boolean longer = false;
            for (String o : names) if (o.length() < n.length() && n.endsWith(o)) longer = true;
            if (!longer) out.add(n);
        }
        return out;
    }

    /** Places and bodies: two characters or more before a word names end with, none of them a stop. */
    private void bySuffix(Map<Integer, String> out) {
        List<String> suffixes = new ArrayList<>(w.suffixes());
        suffixes.addAll(w.placeSuffixes());
        suffixes.sort(Comparator.comparingInt(String::length).reversed());
        for (String s : suffixes) {
            for (int i = simple.indexOf(s); i >= 0; i = simple.indexOf(s, i + 1)) {
                int e = i + s.length();
                if (!free(i, e)) continue;
                // 市场, 党员: a one-character ending followed by these is part of another word
                if (s.length() == 1 && e < simple.length() && w.notAfterSuffix().indexOf(simple.charAt(e)) >= 0) continue;
                // 上市, 股市, 城市: a one-character ending that closes a common word ends no name (国内上市新机型)
                if (s.length() == 1 && w.wordsNotNames().stream().anyMatch(x -> e >= x.length() && simple.startsWith(x, e - x.length()))) continue;
                int j = start(i, 8);
                int opened = opensWithKnownName(j, s);
                if (opened >= 0) {
                    // 甘肃远帆建设集团, 青禾银行: a gazetteer name opening a body's name is part of it, not a subject of its own
                    out.putIfAbsent(opened, simple.substring(opened, e));
                    continue;
                }
                if (i - j < 2) continue;
                String head = simple.substring(j, i);
                if (generic(head)) continue;
                out.putIfAbsent(j, simple.substring(j, e));
            }
        }
    }

    /** A craft or mission named by a word and its number before 号 (嫦娥六号, 长征5号), not a line or a building (1号线). */
    private void numbered(Map<Integer, String> out) {
        String end = w.numberedEnding();
        if (end.isEmpty()) return;
        for (int i = simple.indexOf(end); i >= 0; i = simple.indexOf(end, i + 1)) {
            int e = i + end.length();
            if (e < simple.length() && w.numberedNotAfter().indexOf(simple.charAt(e)) >= 0) continue;
            int n = i;
            while (n > 0 && i - n < 4 && NUMERALS.indexOf(simple.charAt(n - 1)) >= 0) n--;
            if (n == i) continue;
            int j = start(n, 4);
            if (n - j < 2 || simple.charAt(n - 1) == '第' || generic(simple.substring(j, n))) continue;
            out.putIfAbsent(j, simple.substring(j, e));
        }
    }

    /** A short form a text defines in quotes in brackets after a name (…城市足球联赛（“苏超”）): a name, wherever written. */
    private void shortForms(Map<Integer, String> out) {
        java.util.regex.Matcher m = SHORT_FORM.matcher(simple);
        while (m.find()) {
            if (m.start() == 0 || !Chinese.han(simple.charAt(m.start() - 1))) continue;
            String n = m.group(1);
            for (int i = simple.indexOf(n); i >= 0; i = simple.indexOf(n, i + 1)) if (free(i, i + n.length())) out.putIfAbsent(i, n);
            // the name it shortens, with a gazetteer name opening it (江苏省城市足球联赛): one name, the short form's
            int j = start(m.start(), 12);
            if (j > 0 && knownStart[j - 1] >= 0 && opens(knownStart[j - 1])) j = knownStart[j - 1];
            if (m.start() - j >= 2) shortened.put(simple.substring(j, m.start()), n);
        }
    }

    private static final java.util.regex.Pattern SHORT_FORM = java.util.regex.Pattern.compile("[（(][“\"「]([\\p{IsHan}]{2,6})[”\"」][）)]");

    private static final String NUMERALS = "0123456789一二三四五六七八九十〇零两";

    /**
     * Companies a place's name opens, by what they report right after (贵州茅台2日发布年报, 贵州茅台去年营收): the
     * place and two to four characters after it, none of them a stop, up to a figure, a stop or a stop word.
     */
    private void companies(Map<Integer, String> out) {
        for (int k = 0; k < simple.length(); k++) {
            if (knownStart[k] != k || k > 0 && knownStart[k - 1] == knownStart[k]) continue;
            if (k > 0 && Chinese.han(simple.charAt(k - 1)) && w.stops().indexOf(simple.charAt(k - 1)) < 0 && !endsStopWord(k)) continue;
            int e = k;
            while (e < simple.length() && knownStart[e] == k) e++;
            if (!places.contains(simple.substring(k, e))) continue;
            int t = e;
            while (t < simple.length() && t - e < 4 && Chinese.han(simple.charAt(t)) && !taken[t] && w.stops().indexOf(simple.charAt(t)) < 0
                    && (t == e || !endsStopWord(t)) && !startsStopWord(t)) t++;
            if (t - e < 2 || t < simple.length() && Chinese.han(simple.charAt(t)) && !taken[t] && w.stops().indexOf(simple.charAt(t)) < 0
                    && !startsStopWord(t)) continue;
            String after = simple.substring(t, Math.min(simple.length(), t + 20)).split("[，。；：！？,;\\n]", 2)[0];
            if (w.companyCues().stream().anyMatch(after::contains)) out.putIfAbsent(k, simple.substring(k, t));
        }
    }

    private boolean startsStopWord(int j) {
        for (String sw : w.stopWords()) if (simple.startsWith(sw, j)) return true;
        return false;
    }

    /**
     * Where a body's name ending in {@code suffix} starts when a gazetteer name right before {@code j} opens it
     * (the name stands after no other Chinese word: a stop, a mark or the text's start), else -1. Places'
     * own words (省, 市) are left to the gazetteer (北京市 is Beijing), and so is a generic word (全国医院).
     */
    private int opensWithKnownName(int j, String suffix) {
        if (j == 0 || !w.suffixes().contains(suffix) || knownStart[j - 1] < 0) return -1;
        int k = knownStart[j - 1];
        if (j - k < 2 || generic(simple.substring(k, j))) return -1;
        return opens(k) ? k : -1;
    }

    /** Whether a name at {@code k} stands after no other Chinese word: a stop, a mark or the text's start. */
    private boolean opens(int k) {
        return k == 0 || !Chinese.han(simple.charAt(k - 1)) || w.stops().indexOf(simple.charAt(k - 1)) >= 0 || endsStopWord(k);
    }

    /** How far left a name can reach from {@code i}: over Chinese characters that are no stop, at most {@code max}. */
    private int start(int i, int max) {
        int j = i;
        while (j > 0 && i - j < max && Chinese.han(simple.charAt(j - 1)) && !taken[j - 1] && w.stops().indexOf(simple.charAt(j - 1)) < 0
                && !endsStopWord(j)) j--;
        return j;
    }

    private boolean endsStopWord(int j) {
        for (String sw : w.stopWords()) if (j >= sw.length() && simple.startsWith(sw, j - sw.length())) return true;
        return false;
    }

    private boolean generic(String head) {
        for (String g : w.generic()) if (head.equals(g) || head.startsWith(g) && head.length() - g.length() < 2) return true;
        return false;
    }

    private boolean free(int s, int e) {
        for (int k = s; k < e; k++) if (taken[k]) return false;
        return true;
    }

    /** People: a surname and one or two characters after a title (候选人…), or two before what a person does (…表示). */
    private void people(Map<Integer, String> out) {
        for (String t : w.titles()) {
            for (int i = simple.indexOf(t); i >= 0; i = simple.indexOf(t, i + 1)) {
                int s = i + t.length();
                int sur = surname(s);
                if (sur == 0) continue;
                // 林木森将, 林森表示: the name ends where a stop or what follows a name begins
                for (int given = 2; given >= 1; given--) {
                    int e = s + sur + given;
                    if (e > simple.length() || !allHan(s, e) || !free(s, e)) continue;
                    if (e == simple.length() || ends(e)) {
                        out.putIfAbsent(s, simple.substring(s, e));
                        people.add(simple.substring(s, e));
                        break;
                    }
                }
            }
        }
        for (String v : w.verbs()) {
            for (int i = simple.indexOf(v); i >= 0; i = simple.indexOf(v, i + 1)) {
                // two characters after the surname: a surname and one before a verb is as often a word (文章称, 周一说)
                for (int len = 4; len >= 3; len--) {
                    int s = i - len;
                    if (s < 0 || !allHan(s, i) || !free(s, i) || surname(s) == 0 || len - surname(s) != 2) continue;
                    // the name opens a clause, follows a list mark or a stop: 、周望川表示, 。周望川说
                    if (s > 0 && Chinese.han(simple.charAt(s - 1)) && w.stops().indexOf(simple.charAt(s - 1)) < 0 && !endsTitle(s)) continue;
                    out.putIfAbsent(s, simple.substring(s, i));
                    people.add(simple.substring(s, i));
                    break;
                }
            }
        }
        // every other place the text writes a person found
        for (String n : List.copyOf(people)) {
            for (int i = simple.indexOf(n); i >= 0; i = simple.indexOf(n, i + 1)) if (free(i, i + n.length())) out.putIfAbsent(i, n);
        }
    }

    private boolean endsTitle(int s) {
        for (String t : w.titles()) if (s >= t.length() && simple.startsWith(t, s - t.length())) return true;
        return false;
    }

    /** After a name: no Chinese character, a stop, or one of the verbs. */
    private boolean ends(int e) {
        char c = simple.charAt(e);
        if (!Chinese.han(c) || taken[e] || w.stops().indexOf(c) >= 0) return true;
        for (String v : w.verbs()) if (simple.startsWith(v, e)) return true;
        return false;
    }

    /** The length of the surname at {@code s} (two for 欧阳), or 0. */
    private int surname(int s) {
        for (String c : w.compoundSurnames()) if (simple.startsWith(c, s)) return c.length();
        return s < simple.length() && w.surnames().indexOf(simple.charAt(s)) >= 0 ? 1 : 0;
    }

    private boolean allHan(int s, int e) {
        for (int k = s; k < e; k++) if (!Chinese.han(simple.charAt(k))) return false;
        return true;
    }
}
