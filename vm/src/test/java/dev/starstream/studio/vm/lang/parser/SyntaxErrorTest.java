package dev.starstream.studio.vm.lang.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.ast.AstPrinter;
import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syntax errors are reported where they are, in words a person understands, and parsing goes on. */
class SyntaxErrorTest {

    private static List<String> rendered(String source) {
        return StarstreamParsing.parse("t.star", source).diagnostics().stream()
                .map(d -> d.location().start() + " " + d.message())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            fn f() { let x = 1 let y = 2; }                 | 1:19 expected `;` after `1`, found `let`
            fn f() { let fn = 1; }                          | 1:14 keyword `fn` cannot be used as an identifier
            fn f() { let = 1; }                             | 1:14 expected an identifier, `pub` or `mut`, found `=`
            fn f() { let x = ; }                            | 1:18 expected an expression, found `;`
            struct P { x: i64 y: i64 }                      | 1:19 expected `,` or `}` in a struct definition, found `y`
            fn f() { a b }                                  | 1:11 expected `;` after the expression
            fn f() { let x = 0x; }                          | 1:18 `0x` must be followed by at least one hexadecimal digit
            fn f() { let x = 1 @ 2; }                       | 1:20 unexpected character `@`
            fn f() { /* never closed                        | 1:10 unterminated block comment: `/*` has no matching `*/`
            import m from "./a.star;                        | 1:15 unterminated string: a `"` is missing
            abi A { fn consume() / [TokenReleased]; }       | 1:22 effect rows (`/ [E]`) are not Starstream syntax
            fn consume() / [TokenReleased] { }              | 1:14 effect rows (`/ [E]`) are not Starstream syntax
            utxo U { storage { let x: i64; } }              | 1:20 storage fields are declared with `let mut`
            fn f() { } #!/bin/sh                            | 1:12 a shebang (`#!`) is only allowed at the very start of the file
            fn f(                                           | 1:6 expected an identifier, `pub` or `)`, found end of file
            fn f() { let x = (1,); }                        | 1:20 expected an expression after `,`: a tuple has at least two elements
            """)
    void reportsAClearMessageAtThePlaceOfTheMistake(String source, String expected) {
        assertThat(rendered(source)).first().isEqualTo(expected);
    }

    @Test
    void reportsSeveralErrorsInOneFileAndKeepsTheRestOfTheProgram() {
        String source = """
                fn a() { let x = ; }
                struct P { x: i64, }
                fn b() { let y = 1 + ; }
                fn c() -> u8 { 1 }
                """;
        ParseResult result = StarstreamParsing.parse("t.star", source);

        assertThat(result.diagnostics()).extracting(d -> d.location().start().line()).containsExactly(1, 3);
        assertThat(result.program().definitions()).hasSize(4);
        assertThat(result.program().definitions().get(3)).isInstanceOf(Definition.FunctionDef.class);
        assertThat(AstPrinter.print(result.program())).contains("(fn c () -> u8");
    }

    @Test
    void everySyntaxDiagnosticHasTheParserCode() {
        ParseResult result = StarstreamParsing.parse("t.star", "fn f( { ] ) @");
        assertThat(result.diagnostics()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.PARSER);
            assertThat(d.isError()).isTrue();
        });
    }

    @Test
    void effectRowsGetAHelpLineSayingHowEffectsAreWritten() {
        Diagnostic d = StarstreamParsing.parse("t.star", "fn f() / [E] { }").diagnostics().getFirst();
        assertThat(d.help()).contains("`effect`").contains("`raise`");
    }

    @Test
    void tooDeepNestingIsRefusedWithADiagnosticNotACrash() {
        String deep = "fn f() -> i64 { " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + " }";
        ParseResult result = StarstreamParsing.parse("deep.star", deep);
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("nesting is too deep: more than 256 levels of brackets");
    }

    @Test
    void longPrefixChainsCountAsNesting() {
        String deep = "fn f() -> i64 { " + "-".repeat(100_000) + "1 }";
        assertThat(StarstreamParsing.parse("deep.star", deep).diagnostics()).hasSize(1);
    }

    @Test
    void nestingUpToTheCapParses() {
        String ok = "fn f() -> i64 { " + "(".repeat(250) + "1" + ")".repeat(250) + " }";
        assertThat(StarstreamParsing.parse("ok.star", ok).diagnostics()).isEmpty();
    }

    /**
     * Found by fuzzing (FrontEndFuzzTest): a definition whose name is missing was named after the
     * token that came next — a struct called <code>{</code>, an abi called {@code <EOF>} in the outline.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ~abi ~                  | 3
            abi { }                 | 3
            abi ) { }               | 3
            struct { x: u8 }        | 6
            fn (a: u8) { }          | 2
            ~enum  ~                | 4
            """)
    void aMissingNameIsEmptyAndSitsWhereItBelongsNotTheNextTokensText(String source, int at) {
        ParseResult result = StarstreamParsing.parse("t.star", source);

        assertThat(result.diagnostics()).isNotEmpty();
        Definition d = result.program().definitions().getFirst();
        Ident name = switch (d) {
            case Definition.AbiDef a -> a.name();
            case Definition.StructDef st -> st.name();
            case Definition.EnumDef e -> e.name();
            case Definition.FunctionDef f -> f.function().name();
            default -> throw new AssertionError(d);
        };
        assertThat(name.name()).isEmpty();
        assertThat(name.span()).isEqualTo(Span.at(at));
        assertThat(d.span().contains(name.span())).as("%s inside %s", name.span(), d.span()).isTrue();
    }

    /** Found by fuzzing (FrontEndFuzzTest): a storage field cut off after {@code let} had its name at offset 0. */
    @Test
    void aMissingNameOfAMemberSitsInsideTheMember() {
        String source = "// a comment first\nutxo U {\n    storage {\n        let";
        ParseResult result = StarstreamParsing.parse("t.star", source);

        Definition.UtxoDef utxo = (Definition.UtxoDef) result.program().definitions().getFirst();
        Definition.StorageField field = ((Definition.Part.Storage) utxo.parts().getFirst()).fields().getFirst();
        assertThat(field.name().name()).isEmpty();
        assertThat(field.span().contains(field.name().span())).as("%s inside %s", field.name().span(), field.span()).isTrue();
    }

    /** Found by fuzzing (FrontEndFuzzTest): a member cut off at the end of the file lay after its owner. */
    @Test
    void aMemberCutOffAtTheEndOfTheFileLiesInsideItsOwner() {
        String source = "token T {\n    burn ";
        ParseResult result = StarstreamParsing.parse("t.star", source);

        Definition.TokenDef token = (Definition.TokenDef) result.program().definitions().getFirst();
        assertThat(token.parts()).isNotEmpty().allSatisfy(part ->
                assertThat(token.span().contains(part.span())).as("%s inside %s", part.span(), token.span()).isTrue());
    }
}
