package org.scosim.io;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" suggestions for misspelt names (fields, rule types, state codes). */
public final class Suggest {
    private Suggest() {}

    /**
     * The valid name closest to {@code given} by case-insensitive edit distance, or null when none is close enough
     * (at most 2 edits, or 40% of the longer name's length; or one name is a prefix of the other). Ties go to the
     * alphabetically first name, so the answer does not depend on the collection's order.
     */
    public static String nearest(String given, Collection<String> valid) {
        if (given == null || valid == null || valid.isEmpty()) return null;
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (String v : valid) {
            if (v == null) continue;
            String lv = v.toLowerCase(Locale.ROOT);
            int d = distance(g, lv);
            boolean close = d <= Math.max(2, (int) Math.ceil(0.4 * Math.max(g.length(), lv.length())))
                    || (g.length() >= 3 && (lv.startsWith(g) || g.startsWith(lv)));
            if (!close) continue;
            if (d < bestDist || (d == bestDist && v.compareTo(best) < 0)) {
                best = v;
                bestDist = d;
            }
        }
        return best;
    }

    /** " (did you mean 'x'?)" or "" when there is no close name. */
    public static String didYouMean(String given, Collection<String> valid) {
        String s = nearest(given, valid);
        return s == null ? "" : " (did you mean '" + s + "'?)";
    }

    /** Levenshtein distance (insertions, deletions, substitutions each cost 1). */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
