package dev.starstream.studio.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, with three lines of context (what {@code studio fmt
 * --check} prints). Myers' O(ND) algorithm, so near-identical files cost little.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private enum Kind { SAME, DELETE, INSERT }

    private record Edit(Kind kind, String line, int oldLine, int newLine) {}

    private UnifiedDiff() {}

    /** The diff from {@code before} to {@code after} under the given names; empty when the texts are equal. */
    static String of(String name, String before, String after, Terminal terminal) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Edit> edits = edits(a, b);
        if (edits.stream().allMatch(e -> e.kind() == Kind.SAME)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append(terminal.paint("1", "--- " + name + " (original)")).append('\n');
        out.append(terminal.paint("1", "+++ " + name + " (formatted)")).append('\n');
        List<Integer> changes = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).kind() != Kind.SAME) {
                changes.add(i);
            }
        }
        int g = 0;
        while (g < changes.size()) {
            int first = changes.get(g);
            int last = first;
            int h = g + 1;
            while (h < changes.size() && changes.get(h) - last <= 2 * CONTEXT + 1) {
                last = changes.get(h++);
            }
            hunk(out, edits.subList(Math.max(0, first - CONTEXT), Math.min(edits.size(), last + CONTEXT + 1)), terminal);
            g = h;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Edit> hunk, Terminal terminal) {
        int oldStart = -1;
        int newStart = -1;
        int oldCount = 0;
        int newCount = 0;
        for (Edit e : hunk) {
            if (e.kind() != Kind.INSERT) {
                oldCount++;
                if (oldStart < 0) {
                    oldStart = e.oldLine();
                }
            }
            if (e.kind() != Kind.DELETE) {
                newCount++;
                if (newStart < 0) {
                    newStart = e.newLine();
                }
            }
        }
        Edit first = hunk.getFirst();
        oldStart = oldStart < 0 ? first.oldLine() - 1 : oldStart;
        newStart = newStart < 0 ? first.newLine() - 1 : newStart;
        out.append(terminal.paint("36", "@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@")).append('\n');
        for (Edit e : hunk) {
            switch (e.kind()) {
                case SAME -> out.append(' ').append(e.line()).append('\n');
                case DELETE -> out.append(terminal.paint("31", "-" + e.line())).append('\n');
                case INSERT -> out.append(terminal.paint("32", "+" + e.line())).append('\n');
            }
        }
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!out.isEmpty() && out.getLast().isEmpty()) {
            out.removeLast();
        }
        return out;
    }

    /** The shortest edit script (Myers), as a list of kept, deleted and inserted lines with 1-based line numbers. */
    private static List<Edit> edits(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        List<Edit> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] vd = trace.get(d);
            int k = x - y;
            int prevK = k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
            int prevX = vd[offset + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                reversed.add(new Edit(Kind.SAME, a.get(x - 1), x, y));
                x--;
                y--;
            }
            if (x == prevX) {
                reversed.add(new Edit(Kind.INSERT, b.get(y - 1), x + 1, y));
                y--;
            } else {
                reversed.add(new Edit(Kind.DELETE, a.get(x - 1), x, y + 1));
                x--;
            }
        }
        while (x > 0 && y > 0) {
            reversed.add(new Edit(Kind.SAME, a.get(x - 1), x, y));
            x--;
            y--;
        }
        return reversed.reversed();
    }
}
