package dev.starstream.studio.vm.lang.parser;

import dev.starstream.studio.vm.lang.BigStack;
import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jspecify.annotations.Nullable;

/**
 * The Starstream parser facade: source text in, our AST and syntax diagnostics out. Never throws
 * for any input; parses on a big-stack thread and caps nesting with a diagnostic.
 */
public final class StarstreamParsing {
    /**
     * Deeper bracket nesting than this is refused with a diagnostic instead of being parsed. With
     * error recovery, ANTLR's prediction over hundreds of unclosed brackets costs time quadratic in
     * the depth on a first parse (UnclosedCallsBench; found by fuzzing: 444 levels took 9–14 s), so
     * the cap is 256, far beyond what a person writes.
     */
    public static final int MAX_NESTING = 256;

    private static final int MAX_LEXICAL_ERRORS = 200;

    private StarstreamParsing() {}

    public static ParseResult parse(SourceFile file) {
        return BigStack.call(() -> parseHere(file));
    }

    public static ParseResult parse(String path, String text) {
        return parse(new SourceFile(path, text));
    }

    private static ParseResult parseHere(SourceFile file) {
        StarstreamLexer lexer = new StarstreamLexer(Utf16.stream(file.text()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();

        List<Diagnostic> diagnostics = new ArrayList<>(lexicalErrors(file, tokens));
        Token tooDeep = firstTooDeep(tokens);
        if (tooDeep != null) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.PARSER, file, TokenNames.spanOf(tooDeep),
                    "nesting is too deep: more than " + MAX_NESTING + " levels of brackets")
                    .withHelp("split the expression or block into smaller functions"));
            BuildContext cx = new BuildContext(file, tokens);
            return new ParseResult(file, new Program(List.of(), cx.comments(), new Span(0, file.text().length())), diagnostics);
        }

        StarstreamParser parser = new StarstreamParser(tokens);
        parser.removeErrorListeners();
        StarstreamParser.ProgramContext tree;
        @Nullable FriendlyErrorStrategy recovery = null;
        try {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            tree = parser.program();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            recovery = new FriendlyErrorStrategy();
            parser.setErrorHandler(recovery);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            tree = parser.program();
        }
        if (recovery != null) {
            for (FriendlyErrorStrategy.SyntaxError error : recovery.errors()) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.PARSER, file, error.span(), error.message()));
            }
        }
        BuildContext cx = new BuildContext(file, tokens);
        Program program;
        try {
            program = new AstBuilder(cx).program(tree);
        } catch (StackOverflowError e) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.PARSER, file, Span.at(0),
                    "the program is too deeply nested to analyse"));
            program = new Program(List.of(), cx.comments(), new Span(0, file.text().length()));
        }
        diagnostics.addAll(cx.diagnostics());
        diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()));
        return new ParseResult(file, program, diagnostics);
    }

    private static List<Diagnostic> lexicalErrors(SourceFile file, CommonTokenStream tokens) {
        List<Diagnostic> out = new ArrayList<>();
        int suppressed = 0;
        for (Token t : tokens.getTokens()) {
            if (t.getType() == StarstreamLexer.SHEBANG && t.getStartIndex() != 0) {
                out.add(Diagnostic.of(DiagnosticCode.PARSER, file, TokenNames.spanOf(t),
                        "a shebang (`#!`) is only allowed at the very start of the file"));
                continue;
            }
            if (!Lexing.isOnErrorChannel(t)) {
                continue;
            }
            if (out.size() >= MAX_LEXICAL_ERRORS) {
                suppressed++;
                continue;
            }
            Span span = TokenNames.spanOf(t);
            String message = switch (t.getType()) {
                case StarstreamLexer.UNTERMINATED_STRING -> "unterminated string: a `\"` is missing";
                case StarstreamLexer.BAD_ESCAPE_STRING ->
                    "unknown escape sequence in a string (only `\\\\`, `\\\"`, `\\n`, `\\r` and `\\t` are allowed)";
                case StarstreamLexer.UNTERMINATED_BLOCK_COMMENT -> "unterminated block comment: `/*` has no matching `*/`";
                default -> "unexpected character " + describeChar(t.getText());
            };
            if (t.getType() == StarstreamLexer.UNTERMINATED_BLOCK_COMMENT || t.getType() == StarstreamLexer.UNTERMINATED_STRING) {
                span = new Span(span.start(), Math.min(span.end(), span.start() + 2));
            }
            out.add(Diagnostic.of(DiagnosticCode.PARSER, file, span, message));
        }
        if (suppressed > 0) {
            out.set(out.size() - 1, out.getLast().withNote(suppressed + " more unreadable characters are not reported"));
        }
        return out;
    }

    private static String describeChar(String text) {
        int cp = text.codePointAt(0);
        if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
            return String.format("U+%04X", cp);
        }
        return "`" + text + "`";
    }

    /** The first token past the nesting cap: brackets plus runs of prefix operators ({@code ---x}). */
    private static @Nullable Token firstTooDeep(CommonTokenStream tokens) {
        int depth = 0;
        int prefixRun = 0;
        for (Token t : tokens.getTokens()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            switch (t.getType()) {
                case StarstreamLexer.LPAREN, StarstreamLexer.LBRACE, StarstreamLexer.LBRACKET -> {
                    depth++;
                    prefixRun = 0;
                }
                case StarstreamLexer.RPAREN, StarstreamLexer.RBRACE, StarstreamLexer.RBRACKET -> {
                    depth = Math.max(0, depth - 1);
                    prefixRun = 0;
                }
                case StarstreamLexer.MINUS, StarstreamLexer.BANG -> prefixRun++;
                default -> prefixRun = 0;
            }
            if (depth + prefixRun > MAX_NESTING) {
                return t;
            }
        }
        return null;
    }
}
