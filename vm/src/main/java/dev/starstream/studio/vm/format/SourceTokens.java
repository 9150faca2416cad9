package dev.starstream.studio.vm.format;

import dev.starstream.studio.vm.lang.ast.Comment;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the few punctuation tokens the AST has no span for ({@code )} closing a parameter list,
 * {@code else}, a separating {@code ,}) by scanning the source from a node's end over whitespace
 * and the program's comments; no re-lexing.
 */
final class SourceTokens {
    private final String text;
    private final int[] commentStarts;
    private final int[] commentEnds;

    SourceTokens(String text, List<Comment> comments) {
        this.text = text;
        List<Comment> sorted = comments.stream().sorted((a, b) -> Integer.compare(a.span().start(), b.span().start())).toList();
        this.commentStarts = sorted.stream().mapToInt(c -> c.span().start()).toArray();
        this.commentEnds = sorted.stream().mapToInt(c -> c.span().end()).toArray();
    }

    int length() {
        return text.length();
    }

    char charAt(int offset) {
        return text.charAt(offset);
    }

    /** The start of the first significant token at or after {@code offset} (a token boundary), or the text length. */
    int next(int offset) {
        int at = offset;
        while (at < text.length()) {
            if (Character.isWhitespace(text.charAt(at))) {
                at++;
                continue;
            }
            int comment = Arrays.binarySearch(commentStarts, at);
            if (comment < 0) {
                return at;
            }
            at = Math.max(at + 1, commentEnds[comment]);
        }
        return text.length();
    }

    /**
     * The start of the word (a keyword such as {@code main} or {@code script}) that ends right
     * before {@code offset}, skipping whitespace and comments.
     */
    int wordBefore(int offset) {
        int at = offset;
        while (at > 0) {
            // a comment first: a line comment may end in whitespace ("// "), which must not be
            // skipped as if it were between tokens
            int comment = Arrays.binarySearch(commentEnds, at);
            if (comment >= 0) {
                at = commentStarts[comment];
            } else if (Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            } else {
                break;
            }
        }
        while (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '_')) {
            at--;
        }
        return at;
    }

    /**
     * The offset of {@code closer} that ends a list whose last element ends at {@code from}:
     * skips a trailing comma and an opening bracket; stops at anything else.
     */
    int closing(int from, char closer) {
        int at = next(from);
        while (at < text.length() && (text.charAt(at) == ',' || text.charAt(at) == '(') && text.charAt(at) != closer) {
            at = next(at + 1);
        }
        return at;
    }
}
