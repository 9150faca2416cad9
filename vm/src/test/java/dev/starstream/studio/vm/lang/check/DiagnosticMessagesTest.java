package dev.starstream.studio.vm.lang.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden messages: every diagnostic of the diagnostics corpus rendered with its help, related
 * locations and notes ({@code corpus/check/diagnostics.golden}; rewrite with
 * {@code -Dgolden.update=true} after an intended change and review the diff), plus the message texts
 * LANGUAGE.md §3.10 quotes.
 */
class DiagnosticMessagesTest {
    static final Path GOLDEN = Path.of("src/test/resources/corpus/check/diagnostics.golden");

    static String render(Diagnostic d) {
        StringBuilder s = new StringBuilder(d.toString()).append('\n');
        if (d.help() != null) {
            s.append("  help: ").append(d.help()).append('\n');
        }
        for (Diagnostic.Related r : d.related()) {
            s.append("  related ").append(r.location()).append(": ").append(r.message()).append('\n');
        }
        for (String n : d.notes()) {
            s.append("  note: ").append(n).append('\n');
        }
        return s.toString();
    }

    @Test
    void everyMessageOfTheCorpusMatchesTheGoldenFile() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Path p : DiagnosticCorpusTest.programs().toList()) {
            CheckedModule m = ModuleChecker.checkSingleFile(p.getFileName().toString(), Files.readString(p));
            m.allDiagnostics().forEach(d -> out.append(render(d)));
        }
        if (Boolean.getBoolean("golden.update") || !Files.exists(GOLDEN)) {
            Files.writeString(GOLDEN, out.toString(), StandardCharsets.UTF_8);
        }
        assertThat(out.toString()).isEqualTo(Files.readString(GOLDEN));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            fn f() -> i64 { x }                                  | unknown name `x`
            fn f() { let x = 1; let x = 2; }                     | variable `x` is already defined in this scope
            fn f() { let x = 1; x = 2; }                         | cannot assign to immutable variable `x`
            fn f() -> i64 { 1 + true }                           | binary `+` operands must match; found `{integer}` and `bool`
            fn f(a: i64, b: bool) -> i64 { a + b }               | binary `+` operands must match; found `i64` and `bool`
            fn f(c: bool) -> i64 { match c { true => { 1 }, } }  | non-exhaustive match
            fn f(c: bool) -> i64 { match c { _ => { 1 }, true => { 2 }, } } | unreachable pattern
            fn f() { let x: i8 = 300; }                          | integer literal `300` does not fit in type `i8`
            fn f(w: u8) { let pub v = w; }                       | public binding `v` requires a public RHS; wrap private values with `disclose(...)`
            """)
    void messagesReadAsTheSpecificationQuotesThem(String program, String message) {
        List<Diagnostic> ds = ModuleChecker.checkSingleFile("m.star", program).allDiagnostics();

        assertThat(ds).extracting(Diagnostic::message).containsExactly(message);
    }
}
