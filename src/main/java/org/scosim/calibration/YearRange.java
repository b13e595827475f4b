package org.scosim.calibration;

/** An inclusive range of years, written {@code 1996-2004} or a single year {@code 2005}. */
public record YearRange(int from, int to) {
    public YearRange {
        if (to < from) throw new IllegalArgumentException("year range " + from + "-" + to + " is empty");
    }

    public static final YearRange ALL = new YearRange(Integer.MIN_VALUE, Integer.MAX_VALUE);

    public boolean contains(int year) { return year >= from && year <= to; }

    /** Throws IllegalArgumentException with a message for the user. */
    public static YearRange parse(String text) {
        String t = text.trim();
        try {
            int dash = t.indexOf('-', 1);
            if (dash < 0) {
                int y = Integer.parseInt(t);
                return new YearRange(y, y);
            }
            return new YearRange(Integer.parseInt(t.substring(0, dash).trim()), Integer.parseInt(t.substring(dash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected years as FROM-TO, e.g. 1996-2004, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        if (this.equals(ALL)) return "all";
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
