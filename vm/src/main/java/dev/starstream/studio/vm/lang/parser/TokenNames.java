package dev.starstream.studio.vm.lang.parser;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jspecify.annotations.Nullable;

/** How tokens, expected-token sets and grammar constructs are named in syntax error messages. */
final class TokenNames {
    private static final int[] NAME_TOKENS = {
        StarstreamParser.IDENT, StarstreamParser.CONTRACT, StarstreamParser.SCRIPT, StarstreamParser.UTXO,
        StarstreamParser.TOKEN, StarstreamParser.STORAGE, StarstreamParser.IMPL, StarstreamParser.MAIN,
        StarstreamParser.MINT, StarstreamParser.BURN, StarstreamParser.INDEXED, StarstreamParser.EVENT,
        StarstreamParser.EFFECT,
    };
    private static final int[] EXPRESSION_STARTS = {
        StarstreamParser.INTEGER, StarstreamParser.IDENT, StarstreamParser.LPAREN, StarstreamParser.MINUS,
        StarstreamParser.BANG, StarstreamParser.TRUE, StarstreamParser.FALSE,
        StarstreamParser.DISCLOSE, StarstreamParser.EMIT, StarstreamParser.RAISE, StarstreamParser.RUNTIME,
        StarstreamParser.YIELD, StarstreamParser.IF, StarstreamParser.MATCH, StarstreamParser.LBRACE,
    };
    private static final int MAX_LISTED = 4;

    private TokenNames() {}

    /** "`let`", "`foo`", "end of file". */
    static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of file";
        }
        String text = token.getText();
        if (text == null || text.isEmpty()) {
            return "end of file";
        }
        text = text.replace("\n", "\\n");
        if (text.length() > 24) {
            text = text.substring(0, 21) + "...";
        }
        return "`" + text + "`";
    }

    /** "`;`", "`)` or `,`", "an identifier", "an expression"; empty when the set is too large to help. */
    static String expected(IntervalSet set) {
        List<String> words = new ArrayList<>();
        IntervalSet rest = new IntervalSet(set);
        if (containsAll(rest, EXPRESSION_STARTS)) {
            words.add("an expression");
            removeAll(rest, EXPRESSION_STARTS);
            removeAll(rest, NAME_TOKENS);
        } else if (containsAll(rest, NAME_TOKENS)) {
            words.add("an identifier");
            removeAll(rest, NAME_TOKENS);
        }
        for (int type : rest.toArray()) {
            words.add(tokenTypeName(type));
        }
        if (words.isEmpty() || words.size() > MAX_LISTED) {
            return words.size() > MAX_LISTED && !words.getFirst().startsWith("`") ? words.getFirst() : "";
        }
        if (words.size() == 1) {
            return words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
    }

    static String tokenTypeName(int type) {
        if (type == Token.EOF) {
            return "end of file";
        }
        return switch (type) {
            case StarstreamParser.IDENT -> "an identifier";
            case StarstreamParser.INTEGER -> "an integer";
            case StarstreamParser.STRING -> "a string";
            default -> {
                String literal = StarstreamParser.VOCABULARY.getLiteralName(type);
                yield literal == null ? StarstreamParser.VOCABULARY.getDisplayName(type)
                        : "`" + literal.substring(1, literal.length() - 1) + "`";
            }
        };
    }

    /** The span of a token; conjured tokens (made up by recovery) get an empty span where they belong. */
    static Span spanOf(Token token) {
        int start = token.getStartIndex();
        int stop = token.getStopIndex();
        if (start < 0) {
            return Span.at(0);
        }
        return new Span(start, Math.max(start, stop + 1));
    }

    /**
     * A phrase naming the construct being parsed ("a struct definition"), "" to stop looking outward
     * without naming anything, or null to keep looking at the enclosing rule.
     */
    static @Nullable String construct(ParserRuleContext ctx) {
        return switch (ctx) {
            case StarstreamParser.StructDefContext c -> "a struct definition";
            case StarstreamParser.EnumDefContext c -> "an enum definition";
            case StarstreamParser.UtxoDefContext c -> "a utxo definition";
            case StarstreamParser.TokenDefContext c -> "a token definition";
            case StarstreamParser.AbiDefContext c -> "an abi definition";
            case StarstreamParser.ImportDefContext c -> "an import";
            case StarstreamParser.ParamListContext c -> "a parameter list";
            case StarstreamParser.StorageFieldContext c -> "a storage field";
            case StarstreamParser.UtxoStorageContext c -> "a storage block";
            case StarstreamParser.TokenStorageContext c -> "a storage block";
            case StarstreamParser.MatchExprContext c -> "a match expression";
            case StarstreamParser.PatternContext c -> "a pattern";
            case StarstreamParser.TypeContext c -> "a type";
            case StarstreamParser.ArgListContext c -> "an argument list";
            case StarstreamParser.WithClauseContext c -> "a handler clause";
            case StarstreamParser.BlockContext c -> "";
            case StarstreamParser.ExpressionContext c -> "";
            default -> null;
        };
    }

    private static boolean containsAll(IntervalSet set, int[] types) {
        for (int t : types) {
            if (!set.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static void removeAll(IntervalSet set, int[] types) {
        for (int t : types) {
            set.remove(t);
        }
    }
}
