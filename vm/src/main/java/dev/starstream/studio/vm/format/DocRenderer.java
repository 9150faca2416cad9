package dev.starstream.studio.vm.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Lays a {@link Doc} out as text: width 80, 4-space indentation, LF line endings, no trailing
 * spaces, one final newline. Groups are laid out flat when they fit (Wadler/Prettier: the group's
 * content plus what follows it up to the next possible break must fit the rest of the line).
 *
 * <p>Comments are placed here because only here is the output known: a comment that followed code
 * on its source line is appended to the last line of code printed so far (even when a line break
 * was already emitted after that code), an own-line comment gets a line of its own, and the code
 * after a {@code //} comment always starts a new line, so a comment can never swallow code.
 *
 * <p>Iterative (an explicit stack), so that a deeply nested document cannot overflow the stack.
 */
final class DocRenderer {
    static final int WIDTH = 80;
    static final int INDENT = 4;

    private record Cmd(int indent, boolean flat, Doc doc) {}

    private final StringBuilder out = new StringBuilder();
    private final Deque<Cmd> stack = new ArrayDeque<>();
    private int lineStart;
    /** The next code must start a new line (a {@code //} comment or an own-line comment was printed). */
    private boolean pendingNewline;
    /** The next code is separated from the comment just printed by a space. */
    private boolean pendingSpace;
    /** Output index just past the last {@code //} comment (nothing may be appended to its line). */
    private int lineCommentEnd = -1;

    private DocRenderer() {}

    static String render(Doc doc) {
        DocRenderer r = new DocRenderer();
        r.run(doc);
        return r.finish();
    }

    private void run(Doc root) {
        stack.push(new Cmd(0, false, root));
        while (!stack.isEmpty()) {
            Cmd cmd = stack.pop();
            switch (cmd.doc()) {
                case Doc.Text t -> text(t.text(), cmd.indent());
                case Doc.Line l -> {
                    if (cmd.flat() && !l.hard()) {
                        if (pendingNewline) {
                            newline(cmd.indent());
                        } else if (!l.flat().isEmpty()) {
                            pendingSpace = false;
                            out.append(l.flat());
                        }
                    } else {
                        newline(cmd.indent());
                    }
                }
                case Doc.Nest n -> stack.push(new Cmd(cmd.indent() + n.indent(), cmd.flat(), n.content()));
                case Doc.Group g -> {
                    boolean flat = cmd.flat() || fits(g);
                    stack.push(new Cmd(cmd.indent(), flat, g.content()));
                }
                case Doc.Concat c -> {
                    List<Doc> parts = c.parts();
                    for (int i = parts.size() - 1; i >= 0; i--) {
                        stack.push(new Cmd(cmd.indent(), cmd.flat(), parts.get(i)));
                    }
                }
                case Doc.IfBreak b -> text(cmd.flat() ? b.flat() : b.broken(), cmd.indent());
                case Doc.CommentDoc c -> comment(c, cmd.indent());
            }
        }
    }

    private String finish() {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        return end == 0 ? "" : out.append('\n').toString();
    }

    // ---------------------------------------------------------------- emitting

    private void text(String s, int indent) {
        if (s.isEmpty()) {
            return;
        }
        if (pendingNewline) {
            newline(indent);
            s = s.stripLeading();
        } else if (pendingSpace) {
            char first = s.charAt(0);
            if (")]}>,;. ".indexOf(first) < 0 && !endsWithSpace()) {
                out.append(' ');
            }
        }
        pendingSpace = false;
        out.append(s);
    }

    private void newline(int indent) {
        trimTrailingSpaces();
        out.append('\n');
        lineStart = out.length();
        out.repeat(' ', indent);
        pendingNewline = false;
        pendingSpace = false;
    }

    private void comment(Doc.CommentDoc c, int indent) {
        String text = c.text();
        boolean lineComment = text.startsWith("//") || text.startsWith("#!");
        if (!c.ownLine() && appendToCode(c, lineComment)) {
            return;
        }
        if (currentLineHasContent()) {
            newline(indent);
        } else {
            out.setLength(lineStart);
            out.repeat(' ', indent);
        }
        out.append(text);
        afterMultiLineText(text);
        if (lineComment) {
            lineCommentEnd = out.length();
        }
        pendingNewline = c.lineAfter();
        pendingSpace = !c.lineAfter() && c.spaceAfter();
    }

    /** Puts a trailing comment after the last code printed; false when it must go on a line of its own. */
    private boolean appendToCode(Doc.CommentDoc c, boolean lineComment) {
        String text = c.text();
        int last = out.length() - 1;
        while (last >= 0 && Character.isWhitespace(out.charAt(last))) {
            last--;
        }
        if (last < 0 || last + 1 == lineCommentEnd || pendingNewline) {
            return false;
        }
        boolean afterBreak = out.indexOf("\n", last + 1) >= 0;
        char before = out.charAt(last);
        // glued only where the source glued it, and never so that `/` + `/*` reads as `//`
        String gap = before == '/' || c.spaceBefore() && "([".indexOf(before) < 0 ? " " : "";
        if (afterBreak) {
            // The line break after the code is already out: slip the comment in before it.
            String inserted = gap + text;
            out.insert(last + 1, inserted);
            lineStart += inserted.length();
            if (lineComment) {
                lineCommentEnd = last + 1 + inserted.length();
            }
            return true;
        }
        out.setLength(last + 1);
        out.append(gap).append(text);
        afterMultiLineText(text);
        if (lineComment) {
            lineCommentEnd = out.length();
        }
        pendingNewline = c.lineAfter();
        pendingSpace = !c.lineAfter() && c.spaceAfter();
        return true;
    }

    private void afterMultiLineText(String text) {
        int nl = text.lastIndexOf('\n');
        if (nl >= 0) {
            lineStart = out.length() - (text.length() - nl - 1);
        }
    }

    private boolean currentLineHasContent() {
        for (int i = lineStart; i < out.length(); i++) {
            if (out.charAt(i) != ' ') {
                return true;
            }
        }
        return false;
    }

    private boolean endsWithSpace() {
        return !out.isEmpty() && out.charAt(out.length() - 1) == ' ';
    }

    private void trimTrailingSpaces() {
        int end = out.length();
        while (end > lineStart && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }

    // ---------------------------------------------------------------- measuring

    /**
     * True when {@code group}, laid out flat, and the commands after it up to their first line
     * break fit in what is left of the current line. Groups are measured by their stored flat
     * width, so deep nesting costs no repeated descent.
     */
    private boolean fits(Doc.Group group) {
        int remaining = WIDTH - (out.length() - lineStart) - (pendingSpace ? 1 : 0) - group.flatWidth();
        Deque<Cmd> local = new ArrayDeque<>();
        Iterator<Cmd> rest = stack.iterator();
        while (remaining >= 0) {
            if (local.isEmpty()) {
                if (!rest.hasNext()) {
                    return true;
                }
                local.push(rest.next());
            }
            Cmd cmd = local.pop();
            switch (cmd.doc()) {
                case Doc.Text t -> remaining -= t.text().length();
                case Doc.Line l -> {
                    if (!cmd.flat()) {
                        return true;
                    }
                    remaining -= l.flat().length();
                }
                case Doc.Nest n -> local.push(new Cmd(cmd.indent() + n.indent(), cmd.flat(), n.content()));
                case Doc.Group g -> {
                    if (cmd.flat() || g.flatWidth() <= remaining) {
                        remaining -= g.flatWidth();
                    } else {
                        local.push(new Cmd(cmd.indent(), false, g.content()));
                    }
                }
                case Doc.Concat c -> {
                    List<Doc> parts = c.parts();
                    for (int i = parts.size() - 1; i >= 0; i--) {
                        local.push(new Cmd(cmd.indent(), cmd.flat(), parts.get(i)));
                    }
                }
                case Doc.IfBreak b -> remaining -= (cmd.flat() ? b.flat() : b.broken()).length();
                case Doc.CommentDoc c -> {
                    if (c.ownLine()) {
                        return true;
                    }
                    remaining -= c.text().length() + 1;
                    if (c.lineAfter()) {
                        return remaining >= 0;
                    }
                }
            }
        }
        return false;
    }
}
