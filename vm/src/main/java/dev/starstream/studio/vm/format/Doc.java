package dev.starstream.studio.vm.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A layout document in the style of Wadler's "prettier printer": text, line breaks that a
 * {@link Group} may lay out flat, nesting, and the comments the formatter re-emits. The renderer
 * ({@link DocRenderer}) picks the layout; outside any group every {@link Line} breaks, which is what
 * gives Starstream's canonical form its "every brace body is multi-line" look (LANGUAGE.md §4).
 */
sealed interface Doc {

    /** Literal text without line breaks. */
    record Text(String text) implements Doc {}

    /** A line break; in a group laid out flat it becomes {@code flat} (a space or nothing). */
    record Line(String flat, boolean hard) implements Doc {}

    /** {@code content} with its line breaks indented {@code indent} more columns. */
    record Nest(int indent, Doc content) implements Doc {}

    /**
     * Laid out flat when it fits the line width (and holds no hard break), else broken.
     * {@code flatWidth} is the width of the content laid out flat ({@link #UNBOUNDED} when it
     * cannot be flat), computed once when the group is made so that measuring stays linear.
     */
    record Group(Doc content, int flatWidth) implements Doc {}

    record Concat(List<Doc> parts) implements Doc {}

    /** {@code broken} inside a broken group (or outside any group), {@code flat} inside a flat one. */
    record IfBreak(String broken, String flat) implements Doc {}

    /**
     * A source comment, re-emitted verbatim. {@code ownLine} comments start a line of their own;
     * the others follow the code before them on its line. {@code lineAfter} forces the next code
     * onto a new line (always for {@code //} comments). {@code spaceBefore}/{@code spaceAfter} tell
     * whether the source separated it from the code around it ({@code f(/*none*\/)} stays glued).
     */
    record CommentDoc(String text, boolean ownLine, boolean lineAfter, boolean spaceBefore, boolean spaceAfter)
            implements Doc {
        CommentDoc withOwnLine() {
            return new CommentDoc(text, true, lineAfter, spaceBefore, spaceAfter);
        }
    }

    Doc EMPTY = new Concat(List.of());
    Doc HARDLINE = new Line("", true);
    /** A space when flat. */
    Doc LINE = new Line(" ", false);
    /** Nothing when flat. */
    Doc SOFTLINE = new Line("", false);

    static Doc text(String text) {
        return new Text(text);
    }

    static Doc concat(Doc... parts) {
        return new Concat(List.of(parts));
    }

    static Doc concat(List<Doc> parts) {
        return new Concat(List.copyOf(parts));
    }

    static Doc nest(Doc content) {
        return new Nest(DocRenderer.INDENT, content);
    }

    /** A width no line has: the content holds a hard line break or a comment that ends its line. */
    int UNBOUNDED = Integer.MAX_VALUE / 2;

    static Doc group(Doc content) {
        return new Group(content, flatWidth(content));
    }

    /** The width of {@code doc} laid out flat; nested groups contribute their own stored width. */
    private static int flatWidth(Doc doc) {
        long width = 0;
        ArrayDeque<Doc> todo = new ArrayDeque<>();
        todo.push(doc);
        while (!todo.isEmpty() && width < UNBOUNDED) {
            switch (todo.pop()) {
                case Text t -> width += t.text().length();
                case Line l -> width += l.hard() ? UNBOUNDED : l.flat().length();
                case Nest n -> todo.push(n.content());
                case Group g -> width += g.flatWidth();
                case Concat c -> c.parts().reversed().forEach(todo::push);
                case IfBreak b -> width += b.flat().length();
                case CommentDoc c -> width += c.ownLine() || c.lineAfter() ? UNBOUNDED : c.text().length() + 1;
            }
        }
        return (int) Math.min(width, UNBOUNDED);
    }

    /** {@code items} separated by {@code separator}. */
    static Doc join(Doc separator, List<Doc> items) {
        List<Doc> out = new ArrayList<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.add(separator);
            }
            out.add(items.get(i));
        }
        return new Concat(out);
    }
}
