package org.claimgraph.vocab;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Period;

/**
 * Reads periods as journalists write them: "2025", "2025-H1", "2025-Q3", "2025-09", "2025-09-22",
 * "FY2024" (US federal year, October to September), and ranges "2025/2029", "/2029" (open start).
 */
public final class Periods {
    private Periods() {}

    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern FISCAL = Pattern.compile("FY(\\d{4})");

    /** @throws IllegalArgumentException with a reader's explanation */
    public static Period parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) throw new IllegalArgumentException("empty period");
        int slash = t.indexOf('/');
        if (slash >= 0) {
            String a = t.substring(0, slash).trim(), b = t.substring(slash + 1).trim();
            if (a.isEmpty() && b.isEmpty()) throw new IllegalArgumentException("a range needs at least one end");
            LocalDate start = a.isEmpty() ? null : one(a)[0];
            LocalDate end = b.isEmpty() ? null : one(b)[1];
            if (start != null && end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("the period ends (" + b + ") before it starts (" + a + ")");
            }
            return new Period(start, end, t);
        }
        LocalDate[] se = one(t);
        return new Period(se[0], se[1], t);
    }

    private static LocalDate[] one(String t) {
        Matcher m;
        try {
            if ((m = HALF.matcher(t)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return m.group(2).equals("1")
                        ? new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30)}
                        : new LocalDate[] {LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31)};
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                int y = Integer.parseInt(m.group(1)), q = Integer.parseInt(m.group(2));
                YearMonth first = YearMonth.of(y, 3 * q - 2);
                return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
            }
            if ((m = FISCAL.matcher(t)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return new LocalDate[] {LocalDate.of(y - 1, 10, 1), LocalDate.of(y, 9, 30)};
            }
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(t);
                return new LocalDate[] {d, d};
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("\"" + t + "\" is not a real date");
        }
        throw new IllegalArgumentException("\"" + t + "\" is not a period: write 2025, 2025-H1, 2025-Q3, 2025-09, 2025-09-22, FY2024 or a range such as 2025/2029");
    }
}
