package org.intransit.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Wording helpers for messages: quoting, "one of" lists and "did you mean" suggestions. */
final class Suggest {

    private static final int MAX_LISTED = 12;
    private static final int MAX_QUOTED = 60;

    private Suggest() {}

    /** {@code "text"} with quotes, backslashes and control characters escaped; long text cut. */
    static String quote(String text) {
        String cut = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
        StringBuilder out = new StringBuilder("\"");
        for (char c : cut.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** {@code a, b, c}: every item, as for the keys of a mapping. */
    static String list(Collection<String> items) {
        return String.join(", ", items);
    }

    /** {@code a, b, c}, at most a dozen then {@code ...}, as for names defined in the file. */
    static String some(Collection<String> items) {
        String joined = String.join(", ", items.stream().limit(MAX_LISTED).toList());
        return items.size() > MAX_LISTED ? joined + ", ..." : joined;
    }

    /** {@code  (did you mean "x"?)} with a leading space, or "" when nothing is close. */
    static String didYouMean(String given, Collection<String> candidates) {
        return closest(given, candidates).map(c -> " (did you mean " + quote(c) + "?)").orElse("");
    }

    /** The candidate nearest to {@code given} when it is close enough to be a typo. */
    static Optional<String> closest(String given, Collection<String> candidates) {
        String wanted = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, given.length() / 3));
        boolean close = bestDistance <= allowed && bestDistance < given.length();
        return best != null && close && !best.equals(given) ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
