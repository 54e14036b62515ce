package org.claimgraph.vocab;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.Settings;

/**
 * A length of time written as a clock (2:00:35, 9:58.3) or in several units at once (2 hours 5 minutes,
 * 1 min 45 s, 2小时0分35秒, a sentence's 7 years 6 months or 7年6個月, and the Chinese way of timing a race,
 * 9秒83: 9.83 seconds): one figure in one unit of time, precise to half the last place written (35 seconds: ±0.5 s).
 */
public final class Durations {
    private Durations() {}

    /** The catalogue's units of time a duration can be told in, in seconds (a year of 365.2425 days, a month its twelfth). */
    private static final Map<String, Integer> SECONDS = Map.of("year", 31_556_952, "month", 2_629_746, "week", 604_800,
            "day", 86_400, "hour", 3600, "minute", 60, "second", 1);

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?(\\.\\d+)?");
    private static final String YEARS = "years|year|yrs|yr|年", MONTHS = "months|month|[个個]月", WEEKS = "weeks|week|[个個]?星期|周|週",
            DAYS = "days|day|天", HOURS = "hours|hour|hrs|hr|h|[个個]?小[时時]|[钟鐘][头頭]",
            MINUTES = "minutes|minute|mins|min|分[钟鐘]?",
            SECS = "seconds|second|secs|sec|s|秒";
    /** Each unit's words, largest first. */
    private static final Map<String, String> WORDS = Map.of("year", YEARS, "month", MONTHS, "week", WEEKS, "day", DAYS,
            "hour", HOURS, "minute", MINUTES, "second", SECS);
    // 零 joins two parts in Chinese (3年零2个月)
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?) ?(" + YEARS + "|" + MONTHS + "|" + WEEKS + "|" + DAYS
            + "|" + HOURS + "|" + MINUTES + "|" + SECS + ")(?![\\p{L}&&[^零]])(?:,? and |, | |零)?", Pattern.CASE_INSENSITIVE);
    /** Digits after 秒 are its hundredths (9秒83), after 分 its seconds (1分45). */
    private static final Pattern TAIL = Pattern.compile("\\d+");

    /** Whether a unit id is one a duration can be told in. */
    public static boolean isUnit(String unitId) { return unitId != null && SECONDS.containsKey(unitId); }

    /** Whether the figure is written as a clock or in two units of time or more (so {@link #read} reads it). */
    public static boolean written(String figure) {
        String f = Numerals.normalise(figure).strip();
        return CLOCK.matcher(f).matches() || parts(f) != null;
    }

    /**
     * The duration in {@code unitId} (hour, minute or second), or when it is null in the smallest unit written
     * (seconds for a clock of three parts).
     *
     * @throws IllegalArgumentException for a clock of two parts without a unit to say whether it is hours and
     *         minutes or minutes and seconds
     */
    public static Amounts.Amount read(String figure, String unitId, Settings s) {
        String f = Numerals.normalise(figure).strip();
        double[] d; // seconds, and half the last place in seconds
        String smallest;
        Matcher clock = CLOCK.matcher(f);
        if (clock.matches()) {
            boolean hms = clock.group(3) != null;
            boolean hoursFirst = !hms && clock.group(4) == null && "hour".equals(unitId);
            if (!hms && clock.group(4) == null && unitId == null) {
                throw new IllegalArgumentException("\"" + figure + "\" is a time on a clock of two parts: give its unit (hour for hours and minutes, minute for minutes and seconds)");
            }
            int first = hms || hoursFirst ? 3600 : 60, second = first / 60;
            double secs = Integer.parseInt(clock.group(1)) * first + Integer.parseInt(clock.group(2)) * second;
            if (hms) secs += Integer.parseInt(clock.group(3));
            double half = hoursFirst ? 30 : 0.5;
            if (clock.group(4) != null) {
                secs += Double.parseDouble("0" + clock.group(4));
                half = halfOf(clock.group(4).substring(1));
            }
            d = new double[] {secs, half};
            smallest = hoursFirst ? "minute" : "second";
        } else {
            Parts p = parts(f);
            if (p == null) throw Numerals.malformed(figure);
            d = new double[] {p.seconds(), p.half()};
            smallest = p.smallest();
        }
        String unit = unitId != null ? unitId : smallest;
        double per = SECONDS.get(unit);
        double value = BigDecimal.valueOf(d[0]).divide(BigDecimal.valueOf(per), 12, java.math.RoundingMode.HALF_EVEN).doubleValue();
        return new Amounts.Amount(figure, value, unit, EnumSet.noneOf(Qualifier.class), false, d[1] / per, 0, Double.NaN, Double.NaN, s);
    }

    private record Parts(double seconds, double half, String smallest) {}

    /** Two units of time or more, each smaller than the one before, and the digits a race's time may end with; or null. */
    private static Parts parts(String f) {
        Matcher m = PART.matcher(f);
        int at = 0, last = Integer.MAX_VALUE, count = 0;
        double seconds = 0, half = 0;
        String lastWord = null, lastPart = null;
        while (at < f.length() && m.find(at) && m.start() == at) {
            int unit = unitOf(m.group(2));
            if (unit >= last) return null;
            BigDecimal n = new BigDecimal(m.group(1));
            seconds += n.doubleValue() * unit;
            half = halfOf(n.scale() > 0 ? m.group(1).substring(m.group(1).indexOf('.') + 1) : "") * unit;
            last = unit;
            lastWord = m.group(2);
            lastPart = m.group();
            count++;
            at = m.end();
        }
        if (count == 0) return null;
        if (at < f.length()) {
            Matcher tail = TAIL.matcher(f).region(at, f.length());
            if (!tail.matches() || lastPart.endsWith(" ") || lastPart.endsWith(",")) return null;
            String digits = tail.group();
            if (lastWord.equals("秒")) {
                seconds += Double.parseDouble("0." + digits);
                half = halfOf(digits);
            } else if (lastWord.equals("分") && digits.length() == 2 && Integer.parseInt(digits) < 60) {
                seconds += Integer.parseInt(digits);
                half = 0.5;
                last = 1;
            } else {
                return null;
            }
            count++;
        }
        if (count < 2) return null;
        int smallestSeconds = last;
        String smallest = SECONDS.entrySet().stream().filter(e -> e.getValue() == smallestSeconds).findFirst().orElseThrow().getKey();
        return new Parts(seconds, half, smallest);
    }

    private static int unitOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return WORDS.entrySet().stream().filter(e -> w.matches(e.getValue())).findFirst().map(e -> SECONDS.get(e.getKey())).orElseThrow();
    }

    /** Half the last place of these decimals (".83": 0.005), 0.5 with none. */
    private static double halfOf(String decimals) { return 0.5 * Math.pow(10, -decimals.length()); }
}
