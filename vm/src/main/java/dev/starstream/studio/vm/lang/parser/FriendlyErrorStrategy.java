package dev.starstream.studio.vm.lang.parser;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jspecify.annotations.Nullable;

/**
 * ANTLR's recovery (single-token insertion and deletion, then resynchronisation) with messages a
 * person understands: "expected `;` after the statement, found `let`", "keyword `let` cannot be
 * used as an identifier", "unexpected `)`".
 */
final class FriendlyErrorStrategy extends DefaultErrorStrategy {
    /** One syntax error as found: where and what. */
    record SyntaxError(Span span, String message) {}

    private static final int MAX_ERRORS = 100;

    private final List<SyntaxError> errors = new ArrayList<>();
    private int lastErrorStart = -1;

    List<SyntaxError> errors() {
        return errors;
    }

    @Override
    protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
        Token offending = e.getOffendingToken();
        report(parser, offending, unexpected(parser, offending, e.getExpectedTokens()));
    }

    @Override
    protected void reportInputMismatch(Parser parser, InputMismatchException e) {
        Token offending = e.getOffendingToken();
        report(parser, offending, unexpected(parser, offending, e.getExpectedTokens()));
    }

    @Override
    protected void reportFailedPredicate(Parser parser, FailedPredicateException e) {
        report(parser, e.getOffendingToken(), "unexpected " + TokenNames.describe(e.getOffendingToken()));
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token unwanted = parser.getCurrentToken();
        report(parser, unwanted, "unexpected " + TokenNames.describe(unwanted) + context(parser));
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token current = parser.getCurrentToken();
        IntervalSet expecting = getExpectedTokens(parser);
        Token previous = previousToken(parser);
        String message = "expected " + TokenNames.expected(expecting) + after(previous) + ", found "
                + TokenNames.describe(current);
        // Point just after the previous token, where the missing text belongs (as rustc does).
        Span span = previous == null ? TokenNames.spanOf(current) : Span.at(previous.getStopIndex() + 1);
        add(span, message);
    }

    private String unexpected(Parser parser, Token offending, IntervalSet expected) {
        if (Lexing.isStrictKeyword(offending.getType()) && expected.contains(StarstreamParser.IDENT)) {
            return "keyword " + TokenNames.describe(offending) + " cannot be used as an identifier";
        }
        if (offending.getType() == StarstreamParser.SLASH && parser.getContext() instanceof StarstreamParser.AbiFnContext) {
            return "effect rows (`/ [E]`) are not Starstream syntax";
        }
        String what = TokenNames.expected(expected);
        if (what.isEmpty()) {
            return "unexpected " + TokenNames.describe(offending) + context(parser);
        }
        return "expected " + what + context(parser) + ", found " + TokenNames.describe(offending);
    }

    private void report(Parser parser, Token offending, String message) {
        add(TokenNames.spanOf(offending), message);
    }

    private void add(Span span, String message) {
        if (errors.size() >= MAX_ERRORS || span.start() == lastErrorStart) {
            return;
        }
        lastErrorStart = span.start();
        errors.add(new SyntaxError(span, message));
    }

    private static @Nullable Token previousToken(Parser parser) {
        int index = parser.getCurrentToken().getTokenIndex();
        for (int i = index - 1; i >= 0; i--) {
            Token t = parser.getTokenStream().get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
        }
        return null;
    }

    private static String after(@Nullable Token previous) {
        return previous == null ? "" : " after " + TokenNames.describe(previous);
    }

    /** " in a struct definition": the innermost construct being parsed, when it helps. */
    private static String context(Parser parser) {
        for (ParserRuleContext ctx = parser.getContext(); ctx != null; ctx = ctx.getParent()) {
            String where = TokenNames.construct(ctx);
            if (where != null) {
                return where.isEmpty() ? "" : " in " + where;
            }
        }
        return "";
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        super.reportError(recognizer, e);
    }
}
