package org.claimgraph.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.claimgraph.model.Metric;
import org.claimgraph.vocab.Terms;

/**
 * The words of a scope as the derived rules match them: English and Spanish words stemmed without stop
 * words, Chinese as overlapping pairs of characters. A part of a whole is told apart by the words of its
 * scope that its metric's names do not already say ("men" in "marriages: men"); it fits a claim when the
 * claim's scope and metric names say every one of them ("share of men", "men among those married"). One
 * scope lies within another when its words say all the other's and perhaps more ({@link #within}).
 */
final class ScopeTerms {

    private static final CharArraySet STOP = stop();
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new StandardTokenizer();
            TokenStream s = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(t)), CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
            return new TokenStreamComponents(t, new PorterStemFilter(new StopFilter(s, STOP)));
        }
    };

    private static CharArraySet stop() {
        CharArraySet s = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        s.addAll(SpanishAnalyzer.getDefaultStopSet());
        for (String w : new String[] {"among", "share", "percentage", "percent", "proportion", "number", "total", "all", "held", "who", "which",
                "whose", "from", "those", "people", "persons", "所有", "其中", "比例", "占比"}) s.add(w);
        return s;
    }

    private final Map<String, Set<String>> metricWords = new ConcurrentHashMap<>();

    static Set<String> of(String text) { return new LinkedHashSet<>(words(text)); }

    /** The words of a text in order, repeats kept. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        for (Terms.Term t : Terms.of(WORDS, "scope", text)) out.add(t.text());
        return out;
    }

    /** The words of a metric's names (English, Chinese, aliases), once per metric. */
    private Set<String> names(Metric m) {
        if (m == null) return Set.of();
        return metricWords.computeIfAbsent(m.id(), k -> {
            Set<String> w = new LinkedHashSet<>(of(m.labelEn()));
            w.addAll(of(m.labelZh()));
            m.aliases().forEach(a -> w.addAll(of(a)));
            return Set.copyOf(w);
        });
    }

    /** The words of a scope its metric's names do not already say: what tells this part of the measure apart. */
    Set<String> distinct(String scope, Metric m) {
        return distinct.computeIfAbsent(Arrays.asList(scope, m == null ? null : m.id()), k -> {
            Set<String> w = of(scope);
            w.removeAll(names(m));
            return Set.copyOf(w);
        });
    }

    /** The words of a scope and of its metric's names: all a claim says about whom or what it counts. */
    Set<String> described(String scope, Metric m) {
        return described.computeIfAbsent(Arrays.asList(scope, m == null ? null : m.id()), k -> {
            Set<String> w = of(scope);
            w.addAll(names(m));
            return Set.copyOf(w);
        });
    }

    /** Per scope and metric (most claims share both with many others), filled from every core. */
    private final Map<List<String>, Set<String>> distinct = new ConcurrentHashMap<>(), described = new ConcurrentHashMap<>();

    // ---- one scope within another ----

    /** Words that only say "the whole of" ("all of the regions" is the regions; "all", "of", "the" are stop words already). */
    private static final Set<String> FILLER = Set.copyOf(of("whole entire"));
    /** The same in Chinese at a scope's start, cut before it is read in pairs (全部地区 is 地区; 全国 and 全球 stay whole). */
    private static final Pattern FILLER_ZH = Pattern.compile("^(?:整个|整個|全部|所有|全体|全體|全)");
    /** Words that name every kind of what follows or precedes ("all kinds of coal" is coal, 各类学校 is schools). */
    private static final Pattern EVERY_KIND = Pattern.compile("(?iu)\\b(?:all|every|any|each)\\s+(?:kinds?|types?|sorts?)\\s+of\\b"
            + "|\\bof\\s+(?:all|every|any|each)\\s+(?:kinds?|types?|sorts?)\\b|各(?:类型|類型|类|類|种|種|式)");
    /**
     * A kind joined to its own negation ("documented and undocumented", "EU or non-EU", 合法和非法, 登记和未登记, 有证与无证):
     * the two together are every one, so the pair says the whole, as "all kinds of" does.
     */
    private static final Pattern BOTH = Pattern.compile("(?iu)\\b(\\p{L}[\\p{L}-]*)\\s+(?:and|or|&)\\s+(?:un|non-?|in|im|il|ir|dis)\\1\\b"
            + "|\\b(?:un|non-?|in|im|il|ir|dis)(\\p{L}[\\p{L}-]*)\\s+(?:and|or|&)\\s+\\2\\b"
            + "|(\\p{IsHan}{1,4}?)[和及与與或、](?:非|未|不|无|無)\\3|(?:非|未|不|无|無)(\\p{IsHan}{1,4}?)[和及与與或、]\\4"
            + "|有(\\p{IsHan}{1,3}?)[和及与與或、](?:无|無|没有|沒有)\\5|合法[和及与與或、]非法|非法[和及与與或、]合法");
    /** A year: what makes the part after a comma a source's label (an edition, a release), not a qualifier. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[89]|20)\\d\\d(?!\\d)");
    /** Words that join two things: a list after a comma is part of the scope, not a label. */
    private static final Pattern LIST = Pattern.compile("(?iu)\\b(?:and|or|plus)\\b|[&和及与與或、]");
    /** What joins a scope to another: a union around a word of the wider scope, not a part of it. */
    private static final Pattern JOIN = Pattern.compile("(?iu)\\b(?:and|or|plus|as well as|together with|along with)\\b"
            + "|[&/+,，、和及与與或]|(?<=\\p{L})[-\u2010\u2013](?=\\p{L})");
    /** What joins two members into a union ("and", 和, 及, 与), where a field of both is read as the members of each. */
    private static final Pattern UNION = Pattern.compile("(?iu)\\b(?:and|plus)\\b|[&和及与與]");
    /** What leaves out all it is followed by ("outside the capital", "not seasonally adjusted", 不含…). */
    private static final Pattern EXCEPT = Pattern.compile("(?iu)\\b(?:not|no|excluding|excludes?|except|outside|without|other than"
            + "|apart from|besides|beyond)\\b|不含|不包括|不包含|不计|不計");
    /** What leaves out only the word after it ("non-EU", 非欧盟; 非洲 is Africa) or a span (除首都外) or before it (首都以外). */
    private static final Pattern EXCEPT_NEXT = Pattern.compile("(?iu)\\bnon(?:-|\\s)|非(?!洲)"), EXCEPT_ZH = Pattern.compile("除(.+?)(?:以外|之外|外|$)"),
            EXCEPT_BEFORE = Pattern.compile("以外|之外|境外");

    /**
     * Whether scope {@code narrow} lies within scope {@code wide}, so whatever a source counts in it is also in
     * {@code wide} ("coastal and island regions" within "all regions", 沿海地区 within 全部地区). A scope is read
     * as its head and, after its first comma, a label when that part names a year and lists nothing (the
     * source's table or release: "Statistics Office Yearbook 2024 table 3"). The narrow head says every telling
     * word of the wide one (filler such as "all of", "whole", "all kinds of", 全, 各类, a kind joined to its negation aside, and the
     * {@code ignored} words: the metric's names), perhaps more; it joins none of them to a word the wide head lacks with "and", "or", a
     * hyphen, 和, 、 (a union: "regions and cities", "urban-rural") and leaves none out ("outside the capital",
     * "non-EU", 首都以外). A label names whose figures they are, not whom they count: it never blocks nesting,
     * except that two labels must name the same source (half the smaller label's words shared, years aside).
     */
    static boolean within(String wide, String narrow, Set<String> ignored) {
        String[] w = headAndLabel(wide), n = headAndLabel(narrow);
        String wideHead = BOTH.matcher(w[0]).replaceAll(" "); // a kind and its negation: the whole of both, read as no word
        boolean every = !wideHead.equals(w[0]);
        Set<String> wideWords = telling(wideHead, ignored), narrowWords = telling(n[0], ignored);
        if (!every && firstOfUnion(w[0], narrowWords, ignored)) return w[1] == null || n[1] == null || sameSource(of(w[1]), of(n[1]));
        if (wideWords.isEmpty() && !every || !narrowWords.containsAll(wideWords)) return false;
        String narrowHead = n[0]; // naming one side of the wide pair ("undocumented", 非法) leaves nothing of the wide scope out
        for (String side : every ? sides(w[0]) : List.<String>of()) narrowHead = Pattern.compile("(?iu)" + Pattern.quote(side)).matcher(narrowHead).replaceAll(" ");
        if (joins(narrowHead, wideWords) || leavesOut(narrowHead, wideWords)) return false;
        return w[1] == null || n[1] == null || sameSource(of(w[1]), of(n[1]));
    }

    /**
     * Whether a wide head is a union of two members ("the 50 states and the District of Columbia", 英格兰和威尔士) and the
     * narrow head says its first member as written, no more, no less ("the 50 states"): a field that leaves out the
     * second member. Only the first member with all it is written with: what follows the join may share a word with
     * what precedes it ("documented and undocumented migrants") or not, which the words alone do not tell.
     */
    private static boolean firstOfUnion(String wideHead, Set<String> narrowWords, Set<String> ignored) {
        Matcher m = UNION.matcher(wideHead);
        if (!m.find()) return false;
        int start = m.start(), end = m.end();
        if (m.find()) return false; // one join only
        Set<String> first = telling(wideHead.substring(0, start), ignored), second = telling(wideHead.substring(end), ignored);
        return !first.isEmpty() && !second.isEmpty() && first.equals(narrowWords) && !first.containsAll(second);
    }

    /** The two sides of every kind joined to its negation in a head ({@link #BOTH}), the longer first. */
    private static List<String> sides(String head) {
        List<String> out = new ArrayList<>();
        for (Matcher m = BOTH.matcher(head); m.find();) {
            for (String side : m.group().split("(?iu)\\s+(?:and|or|&)\\s+|[和及与與或、]")) if (!side.isBlank()) out.add(side.strip());
        }
        out.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return out;
    }

    /** A scope's head and its label (null when it has none), the head stripped of Chinese filler. */
    private static String[] headAndLabel(String scope) {
        String s = scope.strip();
        int comma = s.indexOf(','), zh = s.indexOf('，');
        int at = comma < 0 ? zh : zh < 0 ? comma : Math.min(comma, zh);
        String label = at < 0 ? null : s.substring(at + 1).strip();
        boolean labelled = label != null && YEAR.matcher(label).find() && !LIST.matcher(label).find();
        String head = EVERY_KIND.matcher(labelled ? s.substring(0, at) : s).replaceAll(" ").strip();
        for (Matcher m = FILLER_ZH.matcher(head); m.find() && head.length() - m.end() >= 2; m = FILLER_ZH.matcher(head)) {
            head = head.substring(m.end());
        }
        return new String[] {head, labelled ? label : null};
    }

    private static Set<String> telling(String head, Set<String> ignored) {
        Set<String> w = of(head);
        w.removeAll(FILLER);
        w.removeAll(ignored);
        return w;
    }

    /** Whether a join in the head has a word of the wider scope on one side and another word on the other. */
    private static boolean joins(String head, Set<String> wideWords) {
        for (Matcher m = JOIN.matcher(head); m.find();) {
            Set<String> sides = new HashSet<>(edge(head.substring(0, m.start()), true));
            sides.addAll(edge(head.substring(m.end()), false));
            if (sides.stream().anyMatch(wideWords::contains) && !wideWords.containsAll(sides)) return true;
        }
        return false;
    }

    /** Whether the head leaves out a word of the wider scope. */
    private static boolean leavesOut(String head, Set<String> wideWords) {
        Set<String> out = new HashSet<>();
        for (Matcher m = EXCEPT.matcher(head); m.find();) out.addAll(of(head.substring(m.end())));
        for (Matcher m = EXCEPT_NEXT.matcher(head); m.find();) out.addAll(edge(head.substring(m.end()), false));
        for (Matcher m = EXCEPT_ZH.matcher(head); m.find();) out.addAll(of(m.group(1)));
        for (Matcher m = EXCEPT_BEFORE.matcher(head); m.find();) out.addAll(edge(head.substring(0, m.start()), true));
        return out.stream().anyMatch(wideWords::contains);
    }

    /** The word at one end of a text: its last (or first) word, or its last (first) two Chinese characters read in pairs. */
    private static Set<String> edge(String text, boolean atEnd) {
        String t = text.strip();
        if (t.isEmpty()) return Set.of();
        int cp = atEnd ? t.codePointBefore(t.length()) : t.codePointAt(0);
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            return of(atEnd ? t.substring(Math.max(0, t.length() - 2)) : t.substring(0, Math.min(2, t.length())));
        }
        List<String> w = words(t);
        return w.isEmpty() ? Set.of() : Set.of(w.get(atEnd ? w.size() - 1 : 0));
    }

    /** Whether two labels name the same source: at least half the smaller one's words, years aside, shared. */
    private static boolean sameSource(Set<String> a, Set<String> b) {
        a.removeIf(x -> x.chars().allMatch(Character::isDigit));
        b.removeIf(x -> x.chars().allMatch(Character::isDigit));
        long shared = a.stream().filter(b::contains).count();
        return shared > 0 && 2 * shared >= Math.min(a.size(), b.size());
    }
}
