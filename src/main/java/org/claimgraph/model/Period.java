package org.claimgraph.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A span of days, both ends inclusive; either end may be open (null). */
public record Period(LocalDate start, LocalDate end, String label) {

    public Period {
        Objects.requireNonNull(label, "label");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("the period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean bounded() { return start != null && end != null; }

    /** Length in days, both ends counted; -1 when open. */
    public long days() { return bounded() ? ChronoUnit.DAYS.between(start, end) + 1 : -1; }

    /** Length in years (365.25 days); NaN when open. */
    public double years() { return bounded() ? days() / 365.25 : Double.NaN; }

    /** Whole years when the period covers whole calendar years, else the rounded fraction. */
    public double wholeYears() {
        if (!bounded()) return Double.NaN;
        if (start.getDayOfYear() == 1 && end.plusDays(1).getDayOfYear() == 1) {
            return end.getYear() - start.getYear() + 1;
        }
        return Math.round(years() * 100) / 100.0;
    }

    public long overlapDays(Period o) {
        if (!bounded() || !o.bounded()) return -1;
        LocalDate s = start.isAfter(o.start) ? start : o.start;
        LocalDate e = end.isBefore(o.end) ? end : o.end;
        return e.isBefore(s) ? 0 : ChronoUnit.DAYS.between(s, e) + 1;
    }

    public boolean contains(Period o) {
        return bounded() && o.bounded() && !o.start.isBefore(start) && !o.end.isAfter(end);
    }

    public boolean overlaps(Period o) {
        if (start != null && o.end != null && o.end.isBefore(start)) return false;
        if (end != null && o.start != null && o.start.isAfter(end)) return false;
        return true;
    }

    @Override public String toString() { return label; }
}
