package dev.starstream.studio.vm.lang.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.ast.AstPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every construct of the language parses to the expected AST: each {@code corpus/parse/X.star}
 * parses without diagnostics and prints (span-free) exactly as {@code X.ast}. Run with
 * {@code -Dgolden.update=true} to rewrite the golden files after an intended change, then review
 * the diff.
 */
class ParserCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/corpus/parse");

    static Stream<Path> programs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".star")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void parsesToTheGoldenAst(Path program) throws IOException {
        ParseResult result = StarstreamParsing.parse(program.getFileName().toString(), Files.readString(program));

        assertThat(result.diagnostics()).isEmpty();
        String actual = AstPrinter.print(result.program());
        Path golden = Path.of(program.toString().replaceAll("\\.star$", ".ast"));
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
