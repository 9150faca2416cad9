package dev.starstream.studio.editor.services.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-written scanner of Starstream's lexical rules (LANGUAGE.md §1): the reference the
 * tests hold {@link LexerTokenizer} (the language's own lexer) against, and a tokenizer for tools
 * that must not load the parser. Maximal munch, ASCII identifiers,
 * no nested block comments. Contextual keywords are keywords only before what makes them one
 * ({@link Keywords#CONTEXTUAL}); lower-case prelude types and capitalised names are type names.
 */
public final class StarstreamScanner implements Tokenizer {

    @Override
    public List<Token> tokenize(String text) {
        return new Run(text).scan();
    }

    /** Whether {@code word} reads as a type name: a prelude integer/bool type or a capitalised name. */
    public static boolean looksLikeType(String word) {
        return Keywords.PRIMITIVE_TYPES.contains(word) || (!word.isEmpty() && word.charAt(0) >= 'A' && word.charAt(0) <= 'Z');
    }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }

    /** One scan over one text. */
    private static final class Run {
        private final String s;
        private final int n;
        private final List<Token> out = new ArrayList<>();
        private int i;

        Run(String text) {
            this.s = text;
            this.n = text.length();
        }

        List<Token> scan() {
            if (s.startsWith("#!")) {
                add(TokenKind.SHEBANG, 0, lineEnd(0));
            }
            while (i < n) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/' && at(i + 1) == '/') {
                    boolean doc = at(i + 2) == '/';
                    add(doc ? TokenKind.DOC_COMMENT : TokenKind.LINE_COMMENT, i, lineEnd(i));
                } else if (c == '/' && at(i + 1) == '*') {
                    int close = s.indexOf("*/", i + 2);
                    add(TokenKind.BLOCK_COMMENT, i, close < 0 ? n : close + 2);
                } else if (isIdentStart(c)) {
                    word();
                } else if (c >= '0' && c <= '9') {
                    number();
                } else if (c == '"') {
                    string();
                } else {
                    symbol(c);
                }
            }
            return out;
        }

        private void add(TokenKind kind, int start, int end) {
            out.add(new Token(kind, start, end));
            i = end;
        }

        private char at(int index) {
            return index < n ? s.charAt(index) : '\0';
        }

        private int lineEnd(int from) {
            int nl = s.indexOf('\n', from);
            int end = nl < 0 ? n : nl;
            return end > from && s.charAt(end - 1) == '\r' ? end - 1 : end;
        }

        private int wordEnd(int from) {
            int j = from;
            while (j < n && isIdentPart(s.charAt(j))) {
                j++;
            }
            return j;
        }

        private void word() {
            int start = i;
            int end = wordEnd(i);
            String w = s.substring(start, end);
            TokenKind kind;
            if (w.equals("true") || w.equals("false")) {
                kind = TokenKind.BOOLEAN;
            } else if (Keywords.STRICT.contains(w)) {
                kind = TokenKind.KEYWORD;
            } else if (ContextualKeywords.isKeywordAt(s, start, end)) {
                kind = TokenKind.CONTEXTUAL_KEYWORD;
            } else if (looksLikeType(w)) {
                kind = TokenKind.TYPE_NAME;
            } else {
                kind = TokenKind.IDENTIFIER;
            }
            add(kind, start, end);
        }

        private void number() {
            int start = i;
            char p = at(i + 1);
            if (s.charAt(i) == '0' && (p == 'x' || p == 'o' || p == 'b')) {
                int j = i + 2;
                while (j < n && isDigitOf(s.charAt(j), p)) {
                    j++;
                }
                add(j == i + 2 ? TokenKind.ERROR : TokenKind.INTEGER, start, j);
                return;
            }
            int j = i;
            while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            add(TokenKind.INTEGER, start, j);
        }

        private static boolean isDigitOf(char c, char radix) {
            return switch (radix) {
                case 'x' -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                case 'o' -> c >= '0' && c <= '7';
                default -> c == '0' || c == '1';
            };
        }

        private void string() {
            int start = i;
            boolean valid = true;
            int j = i + 1;
            while (j < n && s.charAt(j) != '"') {
                if (s.charAt(j) == '\\') {
                    valid &= j + 1 < n && "\\\"nrt".indexOf(s.charAt(j + 1)) >= 0;
                    j += 2;
                } else {
                    j++;
                }
            }
            boolean closed = j < n;
            add(valid && closed ? TokenKind.STRING : TokenKind.ERROR, start, closed ? j + 1 : n);
        }

        private void symbol(char c) {
            char next = at(i + 1);
            String two = "" + c + next;
            switch (two) {
                case "==", "!=", "<=", ">=", "&&", "||", "->", "=>", "::" -> {
                    add(TokenKind.OPERATOR, i, i + 2);
                    return;
                }
                default -> {}
            }
            if ("+-*/%<>!=.:".indexOf(c) >= 0) {
                add(TokenKind.OPERATOR, i, i + 1);
            } else if ("(){}[],;".indexOf(c) >= 0) {
                add(TokenKind.PUNCTUATION, i, i + 1);
            } else {
                add(TokenKind.ERROR, i, i + Character.charCount(s.codePointAt(i)));
            }
        }
    }
}
