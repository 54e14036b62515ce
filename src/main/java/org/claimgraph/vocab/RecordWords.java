package org.claimgraph.vocab;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a record a sentence states for its figure in words, with the window it holds over: "6.8%, the lowest since
 * the series began in 1972", "the largest harvest in the records going back to 1960", "the third-warmest since 1895",
 * "a record", 有记录以来最高, 近十年最低, 创历史新高. The window is given as {@link RecordWindows} reads it; a window
 * from where the source's own records begin ("since records began in 1895", "records going back to 1960", 1961年有
 * 气象记录以来) is on record, for before it there is no figure. Only a superlative that a window follows (or "a
 * record", 新高) is read: "the highest of any state" ranks rivals, not periods, and is left alone.
 */
public final class RecordWords {
    private RecordWords() {}

    /**
     * A record read from words: its rank, whether it counts from the lowest, the window as {@link RecordWindows}
     * reads it, the words it was read from, and whether it is the record of a change ("the largest fall since
     * 2009"), which only a change's figure can hold.
     */
    public record Stated(int rank, boolean fromLowest, String window, String words, boolean ofChange) {}

    private static final String HIGH = "highest|largest|biggest|greatest|most|hottest|warmest|wettest|strongest|longest|fastest|heaviest";
    private static final String LOW = "lowest|smallest|fewest|least|coldest|coolest|driest|weakest|shortest|slowest|lightest";
    private static final Set<String> LOWS = Set.of(LOW.split("\\|"));
    private static final String ORDINAL = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th)";
    private static final String COUNT = "(?:\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)";
    /** Windows from where the source's records begin: the whole record. */
    private static final String BEGUN = "since\\s+(?:records|the\\s+(?:series|records?|data|statistics|survey))\\s+(?:began|begin|started)(?:\\s+in\\s+\\d{4})?"
            + "|in\\s+(?:the\\s+)?(?:records?|series|data)\\s+(?:going|dating)\\s+back\\s+to\\s+\\d{4}";
    private static final String WINDOW_EN = "(?<begun>" + BEGUN + ")|(?<onrecord>on\\s+record|ever\\s+recorded|ever|in\\s+history|of\\s+all\\s+time)"
            + "|(?<since>since\\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?\\d{4})"
            + "|(?<length>(?:in|over|for)\\s+(?:the\\s+)?(?:(?:past|last|previous)\\s+)?(?:" + COUNT + "\\s+)?(?:years?|decades?|months?))";
    private static final Pattern EN = Pattern.compile("(?i)\\bthe\\s+(?:(?<ord>" + ORDINAL + ")[- ])?(?<sup>" + HIGH + "|" + LOW + ")\\b"
            + "(?<between>(?:\\s+[a-z]+){0,3}?)\\s+(?:" + WINDOW_EN + ")\\b");
    /** "a record", "a record low", "that record high": on record, from the highest unless it says low; never a past or denied one. */
    private static final Pattern RECORD_EN = Pattern.compile("(?i)(?<!previous |former |old |last |not |no |keep |kept |keeps )\\b"
            + "(?:an?\\s+(?:new\\s+)?(?:all[- ]time\\s+)?record(?:[- ](?<end>high|low))?|record[- ](?<end2>high|low))\\b");
    private static final Pattern ZH_SUPER = Pattern.compile(
            "(?<win>有(?:记录|記錄|纪录|紀錄|数据|數據|统计|統計)以[来來]|有史以[来來]|史上|(?:历|歷)史上?|(?:历|歷)[来來]"
            + "|(?:自|从|從)?\\d{4}年有[^，。；,;]{0,6}?(?:记录|記錄|纪录|紀錄|数据|數據|统计|統計)以[来來]"
            + "|(?:自|从|從)?\\d{4}年(?:\\d{1,2}月)?以[来來]|近[\\d一二两兩三四五六七八九十百]+年|[\\d一二两兩三四五六七八九十百]+年[来來])"
            + "(?:的|以[来來])?\\p{IsHan}{0,4}?最(?<sup>高|大|多|低|小|少)");
    private static final Pattern ZH_NEW = Pattern.compile("(?:创|創)(?:下)?(?:了)?(?:(?:历|歷)史)?(?:新(?<sup>高|低)|(?:纪录|紀錄|记录|記錄)(?<end>新?(?:高|低))?)");
    /** A change's nouns: "the largest fall" is the lowest change, "the biggest rise" the highest. */
    private static final Set<String> FALLS = Set.of("fall", "falls", "drop", "drops", "decline", "declines", "decrease", "cut", "cuts", "reduction",
            "loss", "losses", "contraction", "slump");
    private static final Set<String> RISES = Set.of("rise", "rises", "increase", "increases", "growth", "gain", "gains", "jump", "surge");
    /** Words that make the superlative rank rivals or another thing, not the figure over time. */
    private static final Set<String> NOT_OF_THE_FIGURE = Set.of("of", "among", "than", "any", "all", "in", "for", "and", "or", "but");

    /** The record the sentence states, or null when it states none in words this reads. */
    public static Stated read(String sentence) {
        if (sentence == null || sentence.isBlank()) return null;
        Stated en = english(sentence);
        return en != null ? en : chinese(sentence);
    }

    private static Stated english(String s) {
        Matcher m = EN.matcher(s);
        while (m.find()) {
            String between = m.group("between").strip().toLowerCase(Locale.ROOT);
            Set<String> words = between.isEmpty() ? Set.of() : Set.of(between.split("\\s+"));
            if (words.stream().anyMatch(NOT_OF_THE_FIGURE::contains)) continue;
            boolean fall = words.stream().anyMatch(FALLS::contains), change = fall || words.stream().anyMatch(RISES::contains);
            boolean low = LOWS.contains(m.group("sup").toLowerCase(Locale.ROOT)) != fall;
            String window = m.group("begun") != null || m.group("onrecord") != null ? "on record" : (m.group("since") != null ? m.group("since") : m.group("length"));
            return new Stated(rank(m.group("ord")), low, window.replaceAll("\\s+", " "), m.group().strip(), change);
        }
        Matcher r = RECORD_EN.matcher(s);
        if (r.find()) return new Stated(1, "low".equalsIgnoreCase(r.group("end")) || "low".equalsIgnoreCase(r.group("end2")), "on record", r.group().strip(), false);
        return null;
    }

    private static Stated chinese(String s) {
        Matcher m = ZH_SUPER.matcher(s);
        if (m.find()) {
            String win = m.group("win");
            boolean low = "低小少".contains(m.group("sup"));
            String window = win.contains("史") || win.matches("[历歷][来來]|.*有.*(?:记录|記錄|纪录|紀錄|数据|數據|统计|統計)以[来來]") ? "on record" : win;
            return new Stated(1, low, window, m.group(), false);
        }
        Matcher n = ZH_NEW.matcher(s);
        if (n.find()) {
            String end = n.group("sup") != null ? n.group("sup") : n.group("end");
            return new Stated(1, end != null && end.endsWith("低"), "on record", n.group(), false);
        }
        return null;
    }

    private static int rank(String ordinal) {
        if (ordinal == null) return 1;
        String o = ordinal.toLowerCase(Locale.ROOT);
        if (Character.isDigit(o.charAt(0))) return Integer.parseInt(o.replaceAll("\\D", ""));
        return java.util.List.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth").indexOf(o) + 2;
    }
}
