package dev.starstream.studio.vm.lang.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.syntax.LexToken;
import dev.starstream.studio.vm.lang.syntax.TokenKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans are UTF-16 offsets, as editors count, also after characters outside the BMP (an emoji in a comment). */
class Utf16OffsetsTest {
    static final String TEXT = "/* 🚀 */ script fn f() -> i64 { true }\n";

    @Test
    void tokensAfterAnEmojiStartWhereTheStringHasThem() {
        List<LexToken> tokens = Lexing.tokens(TEXT);
        LexToken script = tokens.stream().filter(t -> t.kind() == TokenKind.CONTEXTUAL_KEYWORD).findFirst().orElseThrow();
        assertThat(TEXT.substring(script.start(), script.end())).isEqualTo("script");
        assertThat(tokens.getLast().end()).isEqualTo(TEXT.length());
    }

    @Test
    void syntaxTreeSpansAfterAnEmojiAreUtf16Offsets() {
        ParseResult parsed = StarstreamParsing.parse("a.star", TEXT);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.program().span().end()).isLessThanOrEqualTo(TEXT.length());
        var function = (dev.starstream.studio.vm.lang.ast.Definition.FunctionDef) parsed.program().definitions().getFirst();
        assertThat(TEXT.substring(function.function().name().span().start(), function.function().name().span().end())).isEqualTo("f");
    }

    @Test
    void anEmojiOutsideACommentIsOneUnexpectedCharacter() {
        String text = "script fn f() { 🚀 }\n";
        List<Diagnostic> diagnostics = StarstreamParsing.parse("a.star", text).diagnostics();
        assertThat(diagnostics).hasSize(1);
        Diagnostic d = diagnostics.getFirst();
        assertThat(text.substring(d.span().start(), d.span().end())).isEqualTo("🚀");
        assertThat(d.message()).isEqualTo("unexpected character `🚀`");
        assertThat(d.location().start().column()).isEqualTo(17); // columns shown to people count code points
    }
}
