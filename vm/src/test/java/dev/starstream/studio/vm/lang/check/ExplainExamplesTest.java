package dev.starstream.studio.vm.lang.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The minimal example of every {@code studio explain CODE} page (the first {@code ```star} block
 * of {@code diag/explain/CODE.md}) triggers exactly its code and nothing else (single-file mode).
 */
class ExplainExamplesTest {
    static final Path EXPLAIN = Path.of("src/main/resources/dev/starstream/studio/vm/lang/diag/explain");
    private static final Pattern STAR_BLOCK = Pattern.compile("```star\\n(.*?)```", Pattern.DOTALL);

    static Stream<Path> pages() throws IOException {
        if (!Files.isDirectory(EXPLAIN)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(EXPLAIN)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theExampleTriggersExactlyItsCode(Path page) throws IOException {
        String name = page.getFileName().toString().replace(".md", "");
        DiagnosticCode code = DiagnosticCode.parse(name).orElseThrow();
        assumeTrue(code.isNumbered(), "only numbered codes have a checker example");
        Matcher m = STAR_BLOCK.matcher(Files.readString(page));
        assertThat(m.find()).as("%s has a ```star example", page).isTrue();

        List<Diagnostic> ds = ModuleChecker.checkSingleFile(name + ".star", m.group(1)).allDiagnostics();

        assertThat(ds).as("%s example:\n%s", name, m.group(1)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.code()).as(d.toString()).isEqualTo(code));
    }
}
