package dev.starstream.studio.editor.services.completion;

import dev.starstream.studio.vm.lang.parser.Lexing;
import dev.starstream.studio.vm.lang.syntax.LexToken;
import dev.starstream.studio.vm.lang.syntax.TokenKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the completion context at a caret from the language's tokens: the identifier being typed,
 * the enclosing braces (file, utxo, ABI, storage, function body, struct literal, import list) and
 * the tokens just before. Pure and total: any text, any offset.
 */
public final class ContextReader {
    /** What a pair of braces encloses. */
    enum Frame {
        TOP, UTXO, TOKEN, ABI, STORAGE, IMPL, STRUCT, ENUM, IMPORT, CODE, MATCH, STRUCT_LITERAL;

        boolean isCode() {
            return this == CODE || this == MATCH || this == STRUCT_LITERAL;
        }
    }

    private record Tok(String text, LexToken token) {
        int start() {
            return token.start();
        }

        boolean is(String s) {
            return text.equals(s);
        }

        boolean isName() {
            return token.kind() == TokenKind.IDENTIFIER || token.kind() == TokenKind.CONTEXTUAL_KEYWORD;
        }
    }

    static final List<String> TOP_KEYWORDS = List.of("contract", "import", "fn", "script", "struct", "enum", "utxo", "token", "abi");
    static final List<String> UTXO_KEYWORDS = List.of("storage", "main", "fn", "impl");
    static final List<String> TOKEN_KEYWORDS = List.of("storage", "mint", "burn", "fn", "impl");
    static final List<String> ABI_KEYWORDS = List.of("fn", "event", "effect");
    static final List<String> STATEMENT_KEYWORDS = List.of("let", "if", "while", "return", "resume", "try", "match", "emit", "raise",
            "runtime", "yield", "disclose", "true", "false");
    static final List<String> EXPRESSION_KEYWORDS = List.of("if", "match", "disclose", "emit", "raise", "runtime", "true", "false");

    private ContextReader() {}

    public static CompletionContext at(String text, int caret) {
        int offset = Math.clamp(caret, 0, text.length());
        List<LexToken> all = Lexing.tokens(text);
        List<Tok> before = new ArrayList<>();
        List<Tok> after = new ArrayList<>();
        String prefix = "";
        int start = offset;
        for (LexToken t : all) {
            if (t.kind() == TokenKind.WHITESPACE) {
                continue;
            }
            boolean inside = t.start() < offset && offset < t.end();
            boolean endsHere = t.end() == offset && t.start() < offset;
            if (inside || endsHere) {
                switch (t.kind()) {
                    case LINE_COMMENT, DOC_COMMENT, SHEBANG, BLOCK_COMMENT, STRING, INTEGER, ERROR -> {
                        if (inside || t.kind() != TokenKind.BLOCK_COMMENT) {
                            return nothing(offset);
                        }
                    }
                    case IDENTIFIER, KEYWORD, CONTEXTUAL_KEYWORD, BOOLEAN -> {
                        prefix = text.substring(t.start(), offset);
                        start = t.start();
                        continue;
                    }
                    default -> { }
                }
            }
            if (t.isComment()) {
                continue;
            }
            Tok tok = new Tok(text.substring(t.start(), t.end()), t);
            if (t.end() <= start) {
                before.add(tok);
            } else if (t.start() >= offset) {
                after.add(tok);
            }
        }
        return new CompletionContext(prefix, start, kind(before, after));
    }

    private static CompletionContext nothing(int offset) {
        return new CompletionContext("", offset, new CompletionContext.Nothing());
    }

    private static CompletionContext.Kind kind(List<Tok> before, List<Tok> after) {
        Deque<Frame> frames = new ArrayDeque<>();
        frames.push(Frame.TOP);
        List<Tok> head = new ArrayList<>();
        boolean afterBlock = false;
        for (Tok t : before) {
            afterBlock = false;
            if (t.is("{")) {
                frames.push(classify(head, frames.peek()));
                head.clear();
            } else if (t.is("}")) {
                if (frames.size() > 1) {
                    frames.pop();
                }
                head.clear();
                afterBlock = true;
            } else if (t.is(";")) {
                head.clear();
            } else {
                head.add(t);
            }
        }
        Frame frame = frames.peek();
        Tok prev = before.isEmpty() ? null : before.getLast();
        Tok prev2 = before.size() < 2 ? null : before.get(before.size() - 2);
        String p = prev == null ? "" : prev.text();

        if (frame == Frame.IMPORT) {
            return importItems(head, after);
        }
        if (p.equals(".")) {
            return new CompletionContext.Member(prev.start());
        }
        if (p.equals("::")) {
            List<String> segments = new ArrayList<>();
            for (int k = before.size() - 2; k >= 0; k -= 2) {
                if (!before.get(k).isName()) {
                    break;
                }
                segments.addFirst(before.get(k).text());
                if (k == 0 || !before.get(k - 1).is("::")) {
                    break;
                }
            }
            return segments.isEmpty() ? new CompletionContext.Nothing() : new CompletionContext.Path(segments);
        }
        switch (p) {
            case "raise", "emit", "runtime", "with", "is", "impl" -> {
                return new CompletionContext.After(p);
            }
            case "fn", "struct", "enum", "utxo", "token", "abi", "event", "effect", "contract", "as", "mut" -> {
                return new CompletionContext.Nothing(); // a new name is being made up
            }
            case "let" -> {
                return new CompletionContext.Keywords(frame == Frame.STORAGE ? List.of("mut") : List.of("mut", "pub"));
            }
            case "pub" -> {
                return prev2 != null && prev2.is("let") ? new CompletionContext.Keywords(List.of("mut")) : new CompletionContext.Nothing();
            }
            case "script", "main", "mint", "burn" -> {
                return frame.isCode() ? new CompletionContext.Code(false, false) : new CompletionContext.Keywords(List.of("fn"));
            }
            case "indexed" -> {
                return new CompletionContext.Keywords(List.of("let"));
            }
            default -> { }
        }
        if (inYield(head) && (p.equals("(") || p.equals(","))) {
            return new CompletionContext.After("yield");
        }
        if (isTypePosition(head, frame)) {
            return new CompletionContext.TypeName();
        }
        if (inParameterNames(head, p)) {
            return new CompletionContext.Keywords(List.of("pub"));
        }
        boolean itemStart = prev == null || p.equals(";") || p.equals("{") || p.equals("}");
        return switch (frame) {
            case TOP -> itemStart ? new CompletionContext.Keywords(TOP_KEYWORDS) : new CompletionContext.Nothing();
            case UTXO -> itemStart ? new CompletionContext.Keywords(UTXO_KEYWORDS) : new CompletionContext.Nothing();
            case TOKEN -> itemStart ? new CompletionContext.Keywords(TOKEN_KEYWORDS) : new CompletionContext.Nothing();
            case ABI -> itemStart ? new CompletionContext.Keywords(ABI_KEYWORDS) : new CompletionContext.Nothing();
            case IMPL -> itemStart ? new CompletionContext.Keywords(List.of("fn")) : new CompletionContext.Nothing();
            case STORAGE -> itemStart ? new CompletionContext.Keywords(List.of("let", "indexed")) : new CompletionContext.Nothing();
            case STRUCT, ENUM, IMPORT -> new CompletionContext.Nothing();
            case CODE, MATCH, STRUCT_LITERAL -> new CompletionContext.Code(itemStart, afterBlock);
        };
    }

    /** What a {@code {} opens, from the tokens since the last statement boundary. */
    private static Frame classify(List<Tok> head, Frame parent) {
        if (head.isEmpty()) {
            return parent.isCode() ? Frame.CODE : parent;
        }
        Tok first = head.getFirst();
        Tok last = head.getLast();
        if (first.is("import")) {
            return Frame.IMPORT;
        }
        if (parent.isCode()) {
            if (head.stream().anyMatch(t -> t.is("match")) && !last.is("=>") && !last.is(")")) {
                return last.isName() && head.size() >= 2 && !head.get(head.size() - 2).is("match") && looksLikeStructLiteral(head)
                        ? Frame.STRUCT_LITERAL : Frame.MATCH;
            }
            if (last.isName() && !(head.size() >= 2 && head.get(head.size() - 2).is("is")) && !isKeywordText(last.text())) {
                return Frame.STRUCT_LITERAL;
            }
            return Frame.CODE;
        }
        if (has(head, "fn")) {
            return Frame.CODE;
        }
        return switch (parent) {
            case TOP -> has(head, "utxo") ? Frame.UTXO : has(head, "token") ? Frame.TOKEN : has(head, "abi") ? Frame.ABI
                    : has(head, "struct") ? Frame.STRUCT : has(head, "enum") ? Frame.ENUM : Frame.CODE;
            case UTXO, TOKEN -> has(head, "storage") ? Frame.STORAGE : has(head, "impl") ? Frame.IMPL : Frame.CODE;
            case ENUM -> Frame.STRUCT;
            default -> parent;
        };
    }

    private static boolean looksLikeStructLiteral(List<Tok> head) {
        int match = -1;
        for (int i = 0; i < head.size(); i++) {
            if (head.get(i).is("match")) {
                match = i;
            }
        }
        return match >= 0 && match < head.size() - 2 && head.get(head.size() - 2).is("=>");
    }

    private static boolean isKeywordText(String s) {
        return switch (s) {
            case "else", "try", "true", "false" -> true;
            default -> false;
        };
    }

    private static boolean has(List<Tok> head, String word) {
        return head.stream().anyMatch(t -> t.is(word));
    }

    /** After {@code :} (not in a struct literal or pattern), {@code ->}, or inside the {@code <…>} of a written type. */
    private static boolean isTypePosition(List<Tok> head, Frame frame) {
        if (head.isEmpty() || frame == Frame.STRUCT_LITERAL || frame == Frame.MATCH) {
            return false;
        }
        String last = head.getLast().text();
        if (last.equals(":") || last.equals("->")) {
            return true;
        }
        if (!last.equals("<") && !last.equals(",")) {
            return false;
        }
        int depth = 0;
        for (int i = head.size() - 1; i >= 0; i--) {
            String t = head.get(i).text();
            if (t.equals(">")) {
                depth++;
            } else if (t.equals("<")) {
                if (depth == 0) {
                    return i > 0 && head.get(i - 1).isName() && i > 1 && (head.get(i - 2).is(":") || head.get(i - 2).is("->")
                            || head.get(i - 2).is("<") || head.get(i - 2).is(","));
                }
                depth--;
            } else if (t.equals("(") || t.equals("=") || t.equals("{")) {
                return false;
            }
        }
        return false;
    }

    /** Inside {@code yield( … )} before its closing parenthesis. */
    private static boolean inYield(List<Tok> head) {
        for (int i = head.size() - 1; i > 0; i--) {
            if (head.get(i).is(")")) {
                return false;
            }
            if (head.get(i).is("(")) {
                return head.get(i - 1).is("yield");
            }
        }
        return false;
    }

    /** At a parameter's name in a declaration: {@code fn f(} or {@code fn f(a: T,}. */
    private static boolean inParameterNames(List<Tok> head, String prev) {
        if (!(prev.equals("(") || prev.equals(","))) {
            return false;
        }
        int depth = 0;
        for (int i = head.size() - 1; i >= 0; i--) {
            String t = head.get(i).text();
            if (t.equals(")")) {
                depth++;
            } else if (t.equals("(")) {
                if (depth == 0) {
                    return i >= 2 && head.get(i - 1).isName() && (head.get(i - 2).is("fn") || head.get(i - 2).is("event")
                            || head.get(i - 2).is("effect"));
                }
                depth--;
            }
        }
        return false;
    }

    private static CompletionContext.Kind importItems(List<Tok> head, List<Tok> after) {
        Set<String> listed = new LinkedHashSet<>();
        head.stream().filter(Tok::isName).forEach(t -> listed.add(t.text()));
        boolean closed = false;
        boolean from = false;
        StringBuilder source = new StringBuilder();
        for (Tok t : after) {
            if (!closed) {
                if (t.is("}")) {
                    closed = true;
                } else if (t.isName()) {
                    listed.add(t.text());
                }
                continue;
            }
            if (!from) {
                if (!t.is("from")) {
                    break;
                }
                from = true;
                continue;
            }
            if (t.is(";") || t.is("import") || t.is("{")) {
                break;
            }
            source.append(t.text());
        }
        return source.isEmpty() ? new CompletionContext.Nothing() : new CompletionContext.ImportItems(source.toString(), listed);
    }
}
