package dev.starstream.studio.app.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Fuzzy matching for the command palette: every character of the query must appear in order
 * in the candidate (case-insensitive). Matches score higher when they are consecutive, start
 * words, or start the candidate; shorter candidates win ties.
 */
public final class FuzzyMatcher {
    private FuzzyMatcher() {}

    /** The score of {@code candidate} for {@code query}, or empty when it does not match. */
    public static OptionalInt score(String query, String candidate) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return OptionalInt.of(0);
        }
        String c = candidate.toLowerCase(Locale.ROOT);
        int score = 0;
        int at = 0;
        int previous = -2;
        for (int k = 0; k < q.length(); k++) {
            char ch = q.charAt(k);
            if (ch == ' ') {
                continue;
            }
            int found = c.indexOf(ch, at);
            if (found < 0) {
                return OptionalInt.empty();
            }
            score += 1;
            if (found == previous + 1) {
                score += 5;
            }
            if (found == 0) {
                score += 8;
            } else if (!Character.isLetterOrDigit(c.charAt(found - 1))) {
                score += 6;
            } else if (Character.isUpperCase(candidate.charAt(found))) {
                score += 3;
            }
            previous = found;
            at = found + 1;
        }
        return OptionalInt.of(score * 100 - candidate.length());
    }

    /** The positions in {@code candidate} that the query's characters matched (for bold text). */
    public static List<Integer> positions(String query, String candidate) {
        List<Integer> out = new ArrayList<>();
        String c = candidate.toLowerCase(Locale.ROOT);
        int at = 0;
        for (char ch : query.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch == ' ') {
                continue;
            }
            int found = c.indexOf(ch, at);
            if (found < 0) {
                return List.of();
            }
            out.add(found);
            at = found + 1;
        }
        return out;
    }
}
