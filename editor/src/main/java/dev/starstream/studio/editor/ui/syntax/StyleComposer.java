package dev.starstream.studio.editor.ui.syntax;

import dev.starstream.studio.editor.services.text.StyledRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Paints decoration layers over lexical style spans: a pure function, safe on any thread. Ranges
 * of a layer may overlap (two diagnostics on one name); where they do, the classes are united.
 * Ranges outside the text are clipped.
 */
public final class StyleComposer {
    private StyleComposer() {}

    /** {@code base} with the classes of every range of {@code layers} added, layer after layer. */
    public static StyleSpans<Collection<String>> compose(StyleSpans<Collection<String>> base, int length, List<List<StyledRange>> layers) {
        StyleSpans<Collection<String>> out = base;
        for (List<StyledRange> layer : layers) {
            if (!layer.isEmpty()) {
                out = out.overlay(spans(length, layer), StyleComposer::union);
            }
        }
        return out;
    }

    /** The spans of possibly overlapping {@code ranges} over a text of {@code length} characters. */
    public static StyleSpans<Collection<String>> spans(int length, List<StyledRange> ranges) {
        List<StyledRange> sorted = new ArrayList<>(ranges.size());
        for (StyledRange r : ranges) {
            int start = Math.min(r.start(), length);
            int end = Math.min(r.end(), length);
            if (end > start) {
                sorted.add(start == r.start() && end == r.end() ? r : new StyledRange(start, end, r.styleClasses()));
            }
        }
        sorted.sort(Comparator.comparingInt(StyledRange::start));
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        PriorityQueue<StyledRange> active = new PriorityQueue<>(Comparator.comparingInt(StyledRange::end));
        int at = 0;
        int next = 0;
        while (next < sorted.size() || !active.isEmpty()) {
            int nextStart = next < sorted.size() ? sorted.get(next).start() : Integer.MAX_VALUE;
            int nextEnd = active.isEmpty() ? Integer.MAX_VALUE : active.peek().end();
            int boundary = Math.min(nextStart, nextEnd);
            if (boundary > at) {
                builder.add(classes(active), boundary - at);
                at = boundary;
            }
            while (!active.isEmpty() && active.peek().end() <= at) {
                active.poll();
            }
            while (next < sorted.size() && sorted.get(next).start() <= at) {
                active.add(sorted.get(next++));
            }
        }
        builder.add(List.of(), length - at);
        return builder.create();
    }

    private static Collection<String> classes(Collection<StyledRange> active) {
        if (active.isEmpty()) {
            return List.of();
        }
        if (active.size() == 1) {
            return active.iterator().next().styleClasses();
        }
        Set<String> all = new LinkedHashSet<>();
        active.forEach(r -> all.addAll(r.styleClasses()));
        return List.copyOf(all);
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<String> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        for (String s : b) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
