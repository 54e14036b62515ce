package org.claimgraph.vocab;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers read in findings, reports and claim documents: one wording for every face. */
public final class Wording {
    private Wording() {}

    /** An amount as a reader writes it: $115B, $42.5B, $1.4T, 34%, 6 GW, 4,500 sq ft, 14 days, 17×. */
    public static String show(double v, String unit) {
        if (Double.isInfinite(v)) return "unbounded";
        if (unit == null) return plain(v);
        return switch (unit) {
            case "USD" -> (v < 0 ? "-$" : "$") + scaled(Math.abs(v));
            case "EUR" -> (v < 0 ? "-€" : "€") + scaled(Math.abs(v));
            case "CNY" -> (v < 0 ? "-¥" : "¥") + scaled(Math.abs(v));
            case "percent" -> plain(v) + "%";
            case "times" -> plain(v) + "×";
            case "day" -> plain(v) + (v == 1 ? " day" : " days");
            case "year" -> plain(v) + (v == 1 ? " year" : " years");
            case "sq-ft" -> grouped(v) + " sq ft";
            case "sq-m" -> grouped(v) + " m²";
            case "acre" -> grouped(v) + (v == 1 ? " acre" : " acres");
            default -> grouped(v) + " " + unit;
        };
    }

    /** The interval a figure means, e.g. "$114.5B–$115.5B" or "at least $1.25T". */
    public static String range(double low, double high, String unit) {
        if (Double.isInfinite(high) && Double.isInfinite(low)) return "any value";
        if (Double.isInfinite(high)) return "at least " + show(low, unit);
        if (Double.isInfinite(low) || (low == 0 && high > 0)) return "up to " + show(high, unit);
        return show(low, unit) + "–" + show(high, unit);
    }

    private static String scaled(double v) {
        if (v >= 1e12) return plain(v / 1e12) + "T";
        if (v >= 1e9) return plain(v / 1e9) + "B";
        if (v >= 1e6) return plain(v / 1e6) + "M";
        return grouped(v);
    }

    /** Up to three significant decimals, trailing zeros dropped. */
    public static String plain(double v) {
        BigDecimal b = BigDecimal.valueOf(v);
        int scale = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 2 : 3;
        return b.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String grouped(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(java.util.Locale.ROOT, "%,d", (long) v);
        return plain(v);
    }

    /** One decimal: 2.706 → "2.7". */
    public static String oneDecimal(double v) { return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(); }

    /** A percentage of a ratio, whole: 0.3696 → "37%". */
    public static String percent(double ratio) { return Math.round(ratio * 100) + "%"; }
}
