package dev.starstream.studio.editor.services.completion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Fuzzy matching of a typed prefix against names: the prefix's characters must appear in order
 * (case-insensitively); matches at the start, at word starts ({@code plus_chips}: p, c;
 * {@code ScoreProgress}: S, P) and in runs score higher, gaps and (for non-prefix matches) long names lower.
 */
public final class FuzzyMatch {
    /** The score of no match. */
    public static final int NO_MATCH = Integer.MIN_VALUE;

    private FuzzyMatch() {}

    /** How well {@code pattern} matches {@code candidate}; {@link #NO_MATCH} when it does not. */
    public static int score(String pattern, String candidate) {
        if (pattern.isEmpty()) {
            return 0;
        }
        String p = pattern.toLowerCase(Locale.ROOT);
        String c = candidate.toLowerCase(Locale.ROOT);
        int score = 0;
        int at = 0;
        int previous = -2;
        for (int i = 0; i < p.length(); i++) {
            int found = -1;
            // prefer the next word start that matches, else the next occurrence
            for (int k = at; k < c.length(); k++) {
                if (c.charAt(k) == p.charAt(i) && (k == previous + 1 || isWordStart(candidate, k))) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                found = c.indexOf(p.charAt(i), at);
            }
            if (found < 0) {
                return NO_MATCH;
            }
            if (found == 0) {
                score += 12;
            } else if (found == previous + 1) {
                score += 8;
            } else if (isWordStart(candidate, found)) {
                score += 7;
            } else {
                score += 1;
                score -= Math.min(found - at, 5);
            }
            if (candidate.charAt(found) == pattern.charAt(i)) {
                score += 1;
            }
            previous = found;
            at = found + 1;
        }
        if (c.equals(p)) {
            return score + 30;
        }
        if (c.startsWith(p)) {
            return score + 20; // equally good prefixes tie: nearer kinds, then the alphabet decide
        }
        return score - Math.min(candidate.length() - pattern.length(), 20) / 4;
    }

    private static boolean isWordStart(String s, int k) {
        if (k == 0) {
            return true;
        }
        char before = s.charAt(k - 1);
        char here = s.charAt(k);
        return before == '_' || (Character.isLowerCase(before) && Character.isUpperCase(here))
                || (Character.isLetter(here) && Character.isDigit(before));
    }

    /** The items that match {@code prefix}, best first (then nearer kinds, then by name). */
    public static List<CompletionItem> rank(String prefix, List<CompletionItem> items) {
        List<CompletionItem> out = new ArrayList<>();
        for (CompletionItem item : items) {
            int s = score(prefix, item.label());
            if (s != NO_MATCH) {
                out.add(item.withScore(s));
            }
        }
        out.sort(Comparator.comparingInt((CompletionItem i) -> -i.score()).thenComparingInt(i -> i.kind().rank())
                .thenComparing(CompletionItem::label));
        return out;
    }
}
