package dev.starstream.studio.editor.ui.syntax;

import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.jspecify.annotations.Nullable;

/**
 * Where two stylings of the same text differ: repainting only that window keeps a keystroke in a
 * long file cheap (restyling every paragraph rebuilds every visible text node).
 */
public final class StyleDiff {
    private StyleDiff() {}

    /** The smallest {@code [from, to)} outside which the two stylings agree; null when they are equal. */
    public static int @Nullable [] changed(StyleSpans<Collection<String>> before, StyleSpans<Collection<String>> after) {
        int length = Math.min(before.length(), after.length());
        int from = firstDifference(before.iterator(), after.iterator(), length);
        if (from >= length && before.length() == after.length()) {
            return null;
        }
        int to = length - lastDifferenceFromEnd(before, after, length - from);
        return new int[] {Math.min(from, after.length()), Math.max(Math.min(to, after.length()), Math.min(from, after.length()))};
    }

    private static int firstDifference(Iterator<StyleSpan<Collection<String>>> a, Iterator<StyleSpan<Collection<String>>> b, int length) {
        int at = 0;
        int aLeft = 0;
        int bLeft = 0;
        Collection<String> aStyle = null;
        Collection<String> bStyle = null;
        while (at < length) {
            if (aLeft == 0) {
                if (!a.hasNext()) {
                    return at;
                }
                StyleSpan<Collection<String>> s = a.next();
                aLeft = s.getLength();
                aStyle = s.getStyle();
                continue;
            }
            if (bLeft == 0) {
                if (!b.hasNext()) {
                    return at;
                }
                StyleSpan<Collection<String>> s = b.next();
                bLeft = s.getLength();
                bStyle = s.getStyle();
                continue;
            }
            if (!Objects.equals(aStyle, bStyle)) {
                return at;
            }
            int step = Math.min(aLeft, bLeft);
            at += step;
            aLeft -= step;
            bLeft -= step;
        }
        return length;
    }

    /** How many characters at the end agree (at most {@code limit}). */
    private static int lastDifferenceFromEnd(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b, int limit) {
        int ai = a.getSpanCount() - 1;
        int bi = b.getSpanCount() - 1;
        int aLeft = 0;
        int bLeft = 0;
        Collection<String> aStyle = null;
        Collection<String> bStyle = null;
        int same = 0;
        while (same < limit) {
            if (aLeft == 0) {
                if (ai < 0) {
                    return same;
                }
                StyleSpan<Collection<String>> s = a.getStyleSpan(ai--);
                aLeft = s.getLength();
                aStyle = s.getStyle();
                continue;
            }
            if (bLeft == 0) {
                if (bi < 0) {
                    return same;
                }
                StyleSpan<Collection<String>> s = b.getStyleSpan(bi--);
                bLeft = s.getLength();
                bStyle = s.getStyle();
                continue;
            }
            if (!Objects.equals(aStyle, bStyle)) {
                return same;
            }
            int step = Math.min(Math.min(aLeft, bLeft), limit - same);
            same += step;
            aLeft -= step;
            bLeft -= step;
        }
        return same;
    }
}
