package dev.starstream.studio.vm.lang.parser;

import dev.starstream.studio.vm.lang.ast.Comment;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/** What the AST builders share: the file, its tokens, and the syntax diagnostics found while building. */
final class BuildContext {
    private final SourceFile file;
    private final BufferedTokenStream tokens;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    BuildContext(SourceFile file, BufferedTokenStream tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    SourceFile file() {
        return file;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    void error(Span span, String message, @Nullable String help) {
        Diagnostic d = Diagnostic.of(DiagnosticCode.PARSER, file, span, message);
        diagnostics.add(help == null ? d : d.withHelp(help));
    }

    /** The span of a rule, robust to the incomplete trees error recovery leaves. */
    Span span(ParserRuleContext c) {
        Token start = c.getStart();
        Token stop = c.getStop();
        int from = start == null || start.getStartIndex() < 0 ? 0 : start.getStartIndex();
        if (start != null && start.getType() == Token.EOF) {
            from = Math.min(from, file.text().length());
        }
        int to = stop == null || stop.getStopIndex() < 0 || stop.getType() == Token.EOF ? from : stop.getStopIndex() + 1;
        return new Span(from, Math.max(from, Math.min(to, file.text().length())));
    }

    Span span(TerminalNode node) {
        return TokenNames.spanOf(node.getSymbol());
    }

    /**
     * Where a part missing before {@code next} belongs: right after the last real token before it
     * (as the "expected …" diagnostic points), so that it stays inside the construct that lacks it.
     */
    Span missingBefore(@Nullable Token next) {
        if (next == null || next.getTokenIndex() < 0) {
            return Span.at(next == null ? 0 : Math.min(Math.max(0, next.getStartIndex()), file.text().length()));
        }
        for (int i = next.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return Span.at(t.getStopIndex() + 1);
            }
        }
        return Span.at(Math.min(Math.max(0, next.getStartIndex()), file.text().length()));
    }

    /** {@code at}, moved into the span of {@code owner} when it lies outside. */
    Span inside(Span at, ParserRuleContext owner) {
        Span o = span(owner);
        int start = Math.max(o.start(), Math.min(at.start(), o.end()));
        return new Span(start, Math.max(start, Math.min(at.end(), o.end())));
    }

    /** The empty span at the end of a rule: where a missing part belongs. */
    Span endOf(ParserRuleContext c) {
        return Span.at(span(c).end());
    }

    /**
     * The doc comment of the item that starts at {@code c}: the {@code ///} lines right before it,
     * separated by whitespace only (LANGUAGE.md §1.1). Any other comment in between breaks the chain.
     */
    Optional<String> doc(ParserRuleContext c) {
        Token start = c.getStart();
        if (start == null || start.getTokenIndex() < 0) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (int i = start.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (type == StarstreamLexer.WS || type == StarstreamLexer.UNICODE_WS) {
                continue;
            }
            if (type != StarstreamLexer.DOC_COMMENT) {
                break;
            }
            lines.addFirst(docLine(t.getText()));
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    /** A {@code ///} line's text: one leading space and all trailing whitespace dropped (the formatter drops it too). */
    private static String docLine(String text) {
        String body = text.substring(3).stripTrailing();
        return body.startsWith(" ") ? body.substring(1) : body;
    }

    /** Every comment of the file, in order (the formatter keeps them all). */
    List<Comment> comments() {
        List<Comment> out = new ArrayList<>();
        for (Token t : tokens.getTokens()) {
            Comment.Kind kind = switch (t.getType()) {
                case StarstreamLexer.LINE_COMMENT -> Comment.Kind.LINE;
                case StarstreamLexer.DOC_COMMENT -> Comment.Kind.DOC;
                case StarstreamLexer.BLOCK_COMMENT -> Comment.Kind.BLOCK;
                case StarstreamLexer.SHEBANG -> Comment.Kind.SHEBANG;
                default -> null;
            };
            if (kind != null) {
                out.add(new Comment(kind, t.getText(), TokenNames.spanOf(t)));
            }
        }
        return out;
    }
}
