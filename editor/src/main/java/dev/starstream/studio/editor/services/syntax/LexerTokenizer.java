package dev.starstream.studio.editor.services.syntax;

import dev.starstream.studio.vm.lang.parser.Lexing;
import dev.starstream.studio.vm.lang.syntax.LexToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokens from the language's own lexer ({@link Lexing}), refined for colouring: a contextual
 * keyword counts as a keyword only where the grammar makes it one (so {@code let utxo = 1} shows
 * an identifier), and capitalised names and prelude integer types are type names.
 */
public final class LexerTokenizer implements Tokenizer {

    @Override
    public List<Token> tokenize(String text) {
        List<LexToken> lexed = Lexing.tokens(text);
        List<Token> out = new ArrayList<>(lexed.size());
        for (LexToken t : lexed) {
            TokenKind kind = switch (t.kind()) {
                case WHITESPACE -> null;
                case KEYWORD -> TokenKind.KEYWORD;
                case CONTEXTUAL_KEYWORD -> ContextualKeywords.isKeywordAt(text, t.start(), t.end())
                        ? TokenKind.CONTEXTUAL_KEYWORD
                        : TokenKind.IDENTIFIER;
                case IDENTIFIER -> StarstreamScanner.looksLikeType(text.substring(t.start(), t.end()))
                        ? TokenKind.TYPE_NAME
                        : TokenKind.IDENTIFIER;
                case INTEGER -> TokenKind.INTEGER;
                case BOOLEAN -> TokenKind.BOOLEAN;
                case STRING -> TokenKind.STRING;
                case LINE_COMMENT -> TokenKind.LINE_COMMENT;
                case DOC_COMMENT -> TokenKind.DOC_COMMENT;
                case BLOCK_COMMENT -> TokenKind.BLOCK_COMMENT;
                case SHEBANG -> TokenKind.SHEBANG;
                case OPERATOR -> TokenKind.OPERATOR;
                case PUNCTUATION -> isOperatorLike(text, t) ? TokenKind.OPERATOR : TokenKind.PUNCTUATION;
                case ERROR -> TokenKind.ERROR;
            };
            if (kind != null && t.end() > t.start()) {
                out.add(new Token(kind, t.start(), t.end()));
            }
        }
        return out;
    }

    /** {@code :}, {@code ::} and {@code .} are coloured as operators, as the tree-sitter queries do. */
    private static boolean isOperatorLike(String text, LexToken t) {
        char c = text.charAt(t.start());
        return c == ':' || c == '.';
    }
}
