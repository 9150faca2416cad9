package dev.starstream.studio.vm.lang.parser;

import dev.starstream.studio.vm.lang.syntax.LexToken;
import dev.starstream.studio.vm.lang.syntax.TokenKind;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The Starstream lexer for tools that need tokens, not trees: highlighters, the formatter, bracket
 * matching. Every character of the input is covered by exactly one token (whitespace included), in
 * order, so a highlighter can colour the whole text from the list.
 */
public final class Lexing {
    private Lexing() {}

    /** All tokens of {@code text}, whitespace and comments included; never throws. */
    public static List<LexToken> tokens(String text) {
        StarstreamLexer lexer = new StarstreamLexer(Utf16.stream(text));
        lexer.removeErrorListeners();
        List<LexToken> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getStopIndex() < t.getStartIndex()) {
                continue;
            }
            out.add(new LexToken(kindOf(t), t.getStartIndex(), t.getStopIndex() + 1));
        }
        return out;
    }

    /** The lexical class of an ANTLR token of our grammar. */
    static TokenKind kindOf(Token token) {
        int type = token.getType();
        return switch (type) {
            case StarstreamLexer.TRUE, StarstreamLexer.FALSE -> TokenKind.BOOLEAN;
            case StarstreamLexer.CONTRACT, StarstreamLexer.SCRIPT, StarstreamLexer.UTXO, StarstreamLexer.TOKEN,
                    StarstreamLexer.STORAGE, StarstreamLexer.IMPL, StarstreamLexer.MAIN, StarstreamLexer.MINT,
                    StarstreamLexer.BURN, StarstreamLexer.INDEXED, StarstreamLexer.EVENT, StarstreamLexer.EFFECT ->
                TokenKind.CONTEXTUAL_KEYWORD;
            case StarstreamLexer.IDENT -> TokenKind.IDENTIFIER;
            case StarstreamLexer.INTEGER -> isBadRadix(token.getText()) ? TokenKind.ERROR : TokenKind.INTEGER;
            case StarstreamLexer.STRING -> TokenKind.STRING;
            case StarstreamLexer.DOC_COMMENT -> TokenKind.DOC_COMMENT;
            case StarstreamLexer.LINE_COMMENT -> TokenKind.LINE_COMMENT;
            case StarstreamLexer.BLOCK_COMMENT -> TokenKind.BLOCK_COMMENT;
            case StarstreamLexer.SHEBANG -> TokenKind.SHEBANG;
            case StarstreamLexer.WS, StarstreamLexer.UNICODE_WS -> TokenKind.WHITESPACE;
            case StarstreamLexer.UNTERMINATED_STRING, StarstreamLexer.BAD_ESCAPE_STRING,
                    StarstreamLexer.UNTERMINATED_BLOCK_COMMENT, StarstreamLexer.BAD_CHAR -> TokenKind.ERROR;
            case StarstreamLexer.LPAREN, StarstreamLexer.RPAREN, StarstreamLexer.LBRACE, StarstreamLexer.RBRACE,
                    StarstreamLexer.LBRACKET, StarstreamLexer.RBRACKET, StarstreamLexer.COMMA, StarstreamLexer.SEMI,
                    StarstreamLexer.COLON, StarstreamLexer.DOT, StarstreamLexer.SCOPE -> TokenKind.PUNCTUATION;
            default -> type >= StarstreamLexer.LET && type <= StarstreamLexer.WITH ? TokenKind.KEYWORD : TokenKind.OPERATOR;
        };
    }

    static boolean isBadRadix(String text) {
        return text.length() == 2 && text.charAt(0) == '0' && "xob".indexOf(text.charAt(1)) >= 0;
    }

    /** True for the strict keywords of LANGUAGE.md §1.3 ({@code true}/{@code false} included). */
    static boolean isStrictKeyword(int tokenType) {
        return tokenType >= StarstreamLexer.LET && tokenType <= StarstreamLexer.WITH;
    }

    static boolean isOnErrorChannel(Token token) {
        return token.getChannel() == ERROR_CHANNEL;
    }

    /** The lexer's channel for text it could not read (stray characters, unterminated literals). */
    static final int ERROR_CHANNEL = 2;
}
