package org.claimgraph.vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.model.Qualifier;

/**
 * Words around a figure that bound or soften it ("more than", 超过, "casi", 左右), in the languages
 * newsrooms write. Matched on the figure as normalised (Simplified characters, ASCII digits).
 */
final class Cues {
    private Cues() {}

    /** A cue word and what it says about the figure next to it (null: it only stresses the figure). */
    record Cue(String words, Qualifier qualifier) {}

    /**
     * Words that stress how large or small a figure is without bounding it: "as high as 52%" and 高达52%
     * say the figure reached 52%, so they are read and the figure keeps its own precision (no qualifier).
     */
    private static final List<String> EMPHATIC = List.of("高达", "多达", "as much as", "as many as", "as high as",
            "as low as", "as little as", "as few as",
            // a band's half-width, as a poll's margin of error is given: the figure itself
            "±", "+/-", "plus or minus", "正负");

    /** Before the figure; longest first so "不超过" wins over "超过". */
    static final List<Cue> BEFORE = sorted(EMPHATIC, Map.ofEntries(
            // Chinese
            Map.entry("超过", Qualifier.MORE_THAN), Map.entry("逾", Qualifier.MORE_THAN), Map.entry("超", Qualifier.MORE_THAN),
            Map.entry("多于", Qualifier.MORE_THAN), Map.entry("高于", Qualifier.MORE_THAN), Map.entry("大于", Qualifier.MORE_THAN),
            Map.entry("突破", Qualifier.MORE_THAN), // not 超出: "超出目标5%" gives the excess, not a bound
            Map.entry("至少", Qualifier.AT_LEAST), Map.entry("最少", Qualifier.AT_LEAST), Map.entry("不少于", Qualifier.AT_LEAST),
            Map.entry("不低于", Qualifier.AT_LEAST),
            Map.entry("最多", Qualifier.UP_TO),
            Map.entry("至多", Qualifier.UP_TO), Map.entry("不超过", Qualifier.UP_TO), Map.entry("最高", Qualifier.UP_TO),
            Map.entry("近", Qualifier.ALMOST), Map.entry("将近", Qualifier.ALMOST), Map.entry("接近", Qualifier.ALMOST),
            Map.entry("逼近", Qualifier.ALMOST),
            Map.entry("不到", Qualifier.LESS_THAN), Map.entry("不足", Qualifier.LESS_THAN), Map.entry("少于", Qualifier.LESS_THAN),
            Map.entry("低于", Qualifier.LESS_THAN), Map.entry("未满", Qualifier.LESS_THAN), Map.entry("不及", Qualifier.LESS_THAN),
            Map.entry("约", Qualifier.ABOUT), Map.entry("大约", Qualifier.ABOUT), Map.entry("约为", Qualifier.ABOUT),
            Map.entry("大概", Qualifier.ABOUT), Map.entry("估计", Qualifier.ABOUT), Map.entry("大致", Qualifier.ABOUT),
            Map.entry("约莫", Qualifier.ABOUT), Map.entry("差不多", Qualifier.ABOUT),
            Map.entry("不下", Qualifier.AT_LEAST), Map.entry("起码", Qualifier.AT_LEAST), Map.entry("顶多", Qualifier.UP_TO),
            Map.entry("上", Qualifier.AT_LEAST), // 上千, 上百万: a thousand and more
            Map.entry("过", Qualifier.MORE_THAN), Map.entry("破", Qualifier.MORE_THAN), // 过万, 破亿: past the mark
            Map.entry("几乎", Qualifier.ALMOST), Map.entry("近乎", Qualifier.ALMOST),
            // English
            Map.entry("more than", Qualifier.MORE_THAN), Map.entry("over", Qualifier.MORE_THAN), Map.entry("above", Qualifier.MORE_THAN),
            Map.entry("in excess of", Qualifier.MORE_THAN), Map.entry("upwards of", Qualifier.MORE_THAN), Map.entry("just over", Qualifier.MORE_THAN),
            Map.entry("upward of", Qualifier.MORE_THAN), Map.entry("north of", Qualifier.MORE_THAN), Map.entry("topped", Qualifier.MORE_THAN),
            Map.entry("exceeded", Qualifier.MORE_THAN), Map.entry("surpassed", Qualifier.MORE_THAN),
            Map.entry("at least", Qualifier.AT_LEAST), Map.entry("no less than", Qualifier.AT_LEAST), Map.entry("no fewer than", Qualifier.AT_LEAST),
            Map.entry("a minimum of", Qualifier.AT_LEAST),
            Map.entry("up to", Qualifier.UP_TO),
            Map.entry("at most", Qualifier.UP_TO), Map.entry("no more than", Qualifier.UP_TO), Map.entry("a maximum of", Qualifier.UP_TO),
            Map.entry("almost", Qualifier.ALMOST), Map.entry("nearly", Qualifier.ALMOST), Map.entry("close to", Qualifier.ALMOST),
            Map.entry("just below", Qualifier.ALMOST),
            Map.entry("just under", Qualifier.ALMOST), Map.entry("just shy of", Qualifier.ALMOST),
            Map.entry("less than", Qualifier.LESS_THAN), Map.entry("fewer than", Qualifier.LESS_THAN), Map.entry("under", Qualifier.LESS_THAN),
            Map.entry("below", Qualifier.LESS_THAN),
            Map.entry("about", Qualifier.ABOUT), Map.entry("around", Qualifier.ABOUT), Map.entry("roughly", Qualifier.ABOUT),
            Map.entry("approximately", Qualifier.ABOUT), Map.entry("approx.", Qualifier.ABOUT), Map.entry("some", Qualifier.ABOUT),
            Map.entry("an estimated", Qualifier.ABOUT), Map.entry("circa", Qualifier.ABOUT), Map.entry("c.", Qualifier.ABOUT),
            Map.entry("~", Qualifier.ABOUT), Map.entry("≈", Qualifier.ABOUT), Map.entry("ca.", Qualifier.ABOUT),
            Map.entry("in the region of", Qualifier.ABOUT), Map.entry("on the order of", Qualifier.ABOUT),
            Map.entry("something like", Qualifier.ABOUT),
            Map.entry("well over", Qualifier.MORE_THAN), Map.entry("well above", Qualifier.MORE_THAN), Map.entry("far more than", Qualifier.MORE_THAN),
            Map.entry("a little over", Qualifier.MORE_THAN), Map.entry("a little more than", Qualifier.MORE_THAN),
            Map.entry("slightly more than", Qualifier.MORE_THAN), Map.entry("slightly over", Qualifier.MORE_THAN),
            Map.entry("slightly above", Qualifier.MORE_THAN), Map.entry("just above", Qualifier.MORE_THAN),
            Map.entry("just more than", Qualifier.MORE_THAN), Map.entry("little more than", Qualifier.MORE_THAN),
            Map.entry("well under", Qualifier.LESS_THAN), Map.entry("well below", Qualifier.LESS_THAN), Map.entry("far less than", Qualifier.LESS_THAN),
            Map.entry("far fewer than", Qualifier.LESS_THAN),
            Map.entry("slightly less than", Qualifier.ALMOST), Map.entry("slightly fewer than", Qualifier.ALMOST),
            Map.entry("slightly under", Qualifier.ALMOST), Map.entry("slightly below", Qualifier.ALMOST),
            Map.entry("a little under", Qualifier.ALMOST), Map.entry("a little less than", Qualifier.ALMOST),
            Map.entry("just less than", Qualifier.ALMOST), Map.entry("just fewer than", Qualifier.ALMOST),
            Map.entry("at a minimum", Qualifier.AT_LEAST), Map.entry("at minimum", Qualifier.AT_LEAST),
            Map.entry("at the most", Qualifier.UP_TO),
            // the signs of inequality, as tables and posts write them
            Map.entry(">", Qualifier.MORE_THAN), Map.entry("<", Qualifier.LESS_THAN), Map.entry("≥", Qualifier.AT_LEAST),
            Map.entry(">=", Qualifier.AT_LEAST), Map.entry("≤", Qualifier.UP_TO), Map.entry("<=", Qualifier.UP_TO),
            // Spanish, Portuguese, French, German, Italian
            Map.entry("más de", Qualifier.MORE_THAN), Map.entry("mais de", Qualifier.MORE_THAN), Map.entry("plus de", Qualifier.MORE_THAN),
            Map.entry("mehr als", Qualifier.MORE_THAN), Map.entry("über", Qualifier.MORE_THAN), Map.entry("più di", Qualifier.MORE_THAN),
            Map.entry("oltre", Qualifier.MORE_THAN),
            Map.entry("al menos", Qualifier.AT_LEAST), Map.entry("por lo menos", Qualifier.AT_LEAST), Map.entry("pelo menos", Qualifier.AT_LEAST),
            Map.entry("au moins", Qualifier.AT_LEAST), Map.entry("mindestens", Qualifier.AT_LEAST), Map.entry("almeno", Qualifier.AT_LEAST),
            Map.entry("hasta", Qualifier.UP_TO), Map.entry("até", Qualifier.UP_TO), Map.entry("jusqu'à", Qualifier.UP_TO),
            Map.entry("bis zu", Qualifier.UP_TO), Map.entry("fino a", Qualifier.UP_TO),
            Map.entry("casi", Qualifier.ALMOST), Map.entry("quase", Qualifier.ALMOST), Map.entry("près de", Qualifier.ALMOST),
            Map.entry("presque", Qualifier.ALMOST), Map.entry("fast", Qualifier.ALMOST), Map.entry("knapp", Qualifier.ALMOST),
            Map.entry("quasi", Qualifier.ALMOST),
            Map.entry("menos de", Qualifier.LESS_THAN), Map.entry("moins de", Qualifier.LESS_THAN), Map.entry("weniger als", Qualifier.LESS_THAN),
            Map.entry("meno di", Qualifier.LESS_THAN),
            Map.entry("unos", Qualifier.ABOUT), Map.entry("unas", Qualifier.ABOUT), Map.entry("alrededor de", Qualifier.ABOUT),
            Map.entry("cerca de", Qualifier.ABOUT), Map.entry("aproximadamente", Qualifier.ABOUT), Map.entry("environ", Qualifier.ABOUT),
            Map.entry("rund", Qualifier.ABOUT), Map.entry("etwa", Qualifier.ABOUT), Map.entry("ungefähr", Qualifier.ABOUT),
            Map.entry("circa di", Qualifier.ABOUT)));

    /** After the figure (and its unit words). */
    static final List<Cue> AFTER = sorted(List.of(), Map.ofEntries(
            Map.entry("以上", Qualifier.AT_LEAST), Map.entry("有余", Qualifier.MORE_THAN),
            Map.entry("以下", Qualifier.UP_TO), Map.entry("以内", Qualifier.UP_TO),
            Map.entry("左右", Qualifier.ABOUT), Map.entry("上下", Qualifier.ABOUT),
            Map.entry("or more", Qualifier.AT_LEAST), Map.entry("and over", Qualifier.AT_LEAST), Map.entry("or over", Qualifier.AT_LEAST),
            Map.entry("plus", Qualifier.AT_LEAST), Map.entry("+", Qualifier.AT_LEAST),
            Map.entry("or less", Qualifier.UP_TO), Map.entry("or fewer", Qualifier.UP_TO),
            Map.entry("or so", Qualifier.ABOUT), Map.entry("o más", Qualifier.AT_LEAST),
            Map.entry("or thereabouts", Qualifier.ABOUT), Map.entry("give or take", Qualifier.ABOUT),
            Map.entry("or higher", Qualifier.AT_LEAST), Map.entry("or above", Qualifier.AT_LEAST), Map.entry("or greater", Qualifier.AT_LEAST),
            Map.entry("and above", Qualifier.AT_LEAST), Map.entry("and up", Qualifier.AT_LEAST), Map.entry("or more than that", Qualifier.AT_LEAST),
            Map.entry("at least", Qualifier.AT_LEAST), Map.entry("at most", Qualifier.UP_TO), Map.entry("at the most", Qualifier.UP_TO),
            Map.entry("or lower", Qualifier.UP_TO), Map.entry("or below", Qualifier.UP_TO), Map.entry("and below", Qualifier.UP_TO),
            Map.entry("and under", Qualifier.UP_TO),
            // "200-odd", "1.5 million-plus": a little more than the round figure
            Map.entry("-odd", Qualifier.MORE_THAN), Map.entry("odd", Qualifier.MORE_THAN), Map.entry("-plus", Qualifier.AT_LEAST),
            Map.entry("开外", Qualifier.MORE_THAN), Map.entry("出头", Qualifier.MORE_THAN), Map.entry("挂零", Qualifier.MORE_THAN)));

    /** Words that open a range ("between 2 and 3 million", 介于…之间). */
    static final List<String> RANGE_OPENERS = List.of("between", "from", "entre", "zwischen", "tra", "fra", "介于", "在");

    private static List<Cue> sorted(List<String> emphatic, Map<String, Qualifier> m) {
        List<Cue> l = new ArrayList<>();
        emphatic.forEach(w -> l.add(new Cue(w, null)));
        m.forEach((k, v) -> l.add(new Cue(k, v)));
        l.sort(Comparator.comparingInt((Cue c) -> -c.words().length()).thenComparing(Cue::words));
        return List.copyOf(l);
    }

    /** The cue {@code text} starts with at a word boundary, or null. */
    static Cue leading(String text) {
        String low = text.toLowerCase(Locale.ROOT);
        for (Cue c : BEFORE) {
            if (low.startsWith(c.words()) && boundaryAfter(low, c.words().length(), c.words())) return c;
        }
        return null;
    }

    /** The cue {@code text} ends with at a word boundary, or null. */
    static Cue trailing(String text) {
        String low = text.toLowerCase(Locale.ROOT);
        for (Cue c : AFTER) {
            int at = low.length() - c.words().length();
            if (at > 0 && low.endsWith(c.words()) && boundaryBefore(low, at, c.words())) return c;
        }
        return null;
    }

    /** Latin cue words end at a space, digit or sign; CJK cues and symbols need no space. */
    static boolean boundaryAfter(String s, int i, String word) {
        if (!Character.isLetter(word.charAt(word.length() - 1)) || isCjk(word.charAt(0))) return true;
        return i < s.length() && !Character.isLetter(s.charAt(i));
    }

    private static boolean boundaryBefore(String s, int i, String word) {
        if (!Character.isLetter(word.charAt(0)) || isCjk(word.charAt(0))) return true;
        return !Character.isLetter(s.charAt(i - 1));
    }

    static boolean isCjk(char c) { return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN; }
}
