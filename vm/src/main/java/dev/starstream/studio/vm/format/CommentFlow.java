package dev.starstream.studio.vm.format;

import dev.starstream.studio.vm.lang.ast.Comment;
import java.util.ArrayList;
import java.util.List;

/**
 * The comments of one region of a file, handed out in source order as printing passes their
 * position: the printer asks for "everything before offset X" at each node and closing bracket, so
 * every comment is printed exactly once, in order, near the code it was next to.
 */
final class CommentFlow {
    private final String source;
    private final List<Comment> comments;
    private int next;

    CommentFlow(String source, List<Comment> comments) {
        this.source = source;
        this.comments = List.copyOf(comments);
    }

    /** True when a comment not printed yet starts before {@code offset}. */
    boolean hasBefore(int offset) {
        return next < comments.size() && comments.get(next).span().start() < offset;
    }

    /** True when a {@code ///} comment not printed yet starts before {@code offset}. */
    boolean hasDocBefore(int offset) {
        for (int i = next; i < comments.size() && comments.get(i).span().start() < offset; i++) {
            if (comments.get(i).kind() == Comment.Kind.DOC) {
                return true;
            }
        }
        return false;
    }

    /** The comments not printed yet that start before {@code offset}. */
    Doc before(int offset) {
        if (!hasBefore(offset)) {
            return Doc.EMPTY;
        }
        List<Doc> out = new ArrayList<>();
        while (hasBefore(offset)) {
            out.add(doc(comments.get(next++)));
        }
        return Doc.concat(out);
    }

    /**
     * The comments before the closing bracket of an empty body ({@code fn f() { /* later *\/ }}):
     * block comments get a line of their own inside the body, a {@code //} comment may stay after
     * the opening bracket.
     */
    Doc insideEmpty(int offset) {
        if (!hasBefore(offset)) {
            return Doc.EMPTY;
        }
        List<Doc> out = new ArrayList<>();
        while (hasBefore(offset)) {
            Comment c = comments.get(next++);
            Doc.CommentDoc doc = doc(c);
            out.add(c.kind() == Comment.Kind.BLOCK && out.isEmpty() ? doc.withOwnLine() : doc);
        }
        return Doc.concat(out);
    }

    /** Every comment not printed yet. */
    Doc rest() {
        return before(Integer.MAX_VALUE);
    }

    Doc.CommentDoc doc(Comment c) {
        String text = canonicalText(c);
        boolean ownLine = c.kind() == Comment.Kind.DOC || c.kind() == Comment.Kind.SHEBANG
                || startsItsLine(source, c.span().start());
        boolean lineAfter = c.kind() != Comment.Kind.BLOCK || endsItsLine(source, c.span().end());
        int start = c.span().start();
        int end = c.span().end();
        boolean spaceBefore = start == 0 || Character.isWhitespace(source.charAt(start - 1));
        boolean spaceAfter = end >= source.length() || Character.isWhitespace(source.charAt(end));
        return new Doc.CommentDoc(text, ownLine, lineAfter, spaceBefore, spaceAfter);
    }

    /**
     * A comment as the formatter prints it: block comments with LF line endings, line comments
     * without trailing whitespace (the output has none; the text of {@code // } is {@code //}).
     */
    static String canonicalText(Comment c) {
        return c.kind() == Comment.Kind.BLOCK ? c.text().replace("\r\n", "\n") : c.text().stripTrailing();
    }

    /** Only whitespace between the start of the line and {@code offset}. */
    static boolean startsItsLine(String source, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char ch = source.charAt(i);
            if (ch == '\n') {
                return true;
            }
            if (!Character.isWhitespace(ch)) {
                return false;
            }
        }
        return true;
    }

    /** Only whitespace between {@code offset} and the end of its line (or of the file). */
    static boolean endsItsLine(String source, int offset) {
        for (int i = offset; i < source.length(); i++) {
            char ch = source.charAt(i);
            if (ch == '\n') {
                return true;
            }
            if (!Character.isWhitespace(ch)) {
                return false;
            }
        }
        return true;
    }
}
