package dev.starstream.studio.vm.lang.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagnostic code has minimal programs that trigger it and nothing else. Each
 * {@code corpus/check/diagnostics/CODE_what.star} marks where each expected diagnostic starts with a
 * comment {@code /*!CODE*}{@code /} placed right before the offending text; the checker (single-file
 * mode) must report exactly those codes at exactly those positions.
 */
class DiagnosticCorpusTest {
    static final Path DIAGNOSTICS = Path.of("src/test/resources/corpus/check/diagnostics");
    private static final Pattern MARKER = Pattern.compile("/\\*!(\\w+)\\*/");

    static Stream<Path> programs() throws IOException {
        try (Stream<Path> files = Files.list(DIAGNOSTICS)) {
            return files.filter(p -> p.toString().endsWith(".star")).sorted().toList().stream();
        }
    }

    /** "CODE line:column" for each marker of a text. */
    static List<String> expected(String text, dev.starstream.studio.vm.lang.syntax.SourceFile file) {
        List<String> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            out.add(m.group(1) + " " + file.position(m.end()));
        }
        out.sort(null);
        return out;
    }

    static List<String> actual(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.code().code() + " " + d.location().start()).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void reportsExactlyTheMarkedDiagnostics(Path program) throws IOException {
        String text = Files.readString(program);
        CheckedModule m = ModuleChecker.checkSingleFile(program.getFileName().toString(), text);

        assertThat(actual(m.allDiagnostics()))
                .as("%s:\n%s", program.getFileName(), m.allDiagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")))
                .isEqualTo(expected(text, m.typed().file()));
        assertThat(expected(text, m.typed().file())).isNotEmpty();
        String code = program.getFileName().toString().substring(0, 5);
        assertThat(expected(text, m.typed().file())).anyMatch(e -> e.startsWith(code + " "));
    }

    @Test
    void everyCodeTheCheckerEmitsHasAProgram() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (Path p : programs().toList()) {
            covered.add(p.getFileName().toString().substring(0, 5));
        }
        List<String> numbered = Arrays.stream(DiagnosticCode.values()).filter(DiagnosticCode::isNumbered).map(DiagnosticCode::code).toList();

        assertThat(covered).containsAll(numbered);
    }
}
