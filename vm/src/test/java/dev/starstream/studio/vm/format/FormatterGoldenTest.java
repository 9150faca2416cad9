package dev.starstream.studio.vm.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.syntax.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every construct and every comment position, formatted: {@code format/X.in.star} must format to
 * exactly {@code format/X.out.star}, and the expected output must already be canonical. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files after an intended change, then review
 * the diff.
 */
class FormatterGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/format");

    static Stream<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(p -> p.toString().endsWith(".in.star")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void formatsToTheExpectedText(Path input) throws IOException {
        String actual = formatted(input.getFileName().toString(), Files.readString(input));

        Path expected = Path.of(input.toString().replace(".in.star", ".out.star"));
        if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void expectedOutputIsAlreadyCanonical(Path input) throws IOException {
        Path expected = Path.of(input.toString().replace(".in.star", ".out.star"));
        String text = Files.readString(expected);

        FormatResult result = Formatter.format(new SourceFile(expected.getFileName().toString(), text));

        assertThat(result).isEqualTo(new FormatResult.Formatted(text, false));
    }

    private static String formatted(String path, String text) {
        FormatResult result = Formatter.format(new SourceFile(path, text));
        assertThat(result).isInstanceOf(FormatResult.Formatted.class);
        return ((FormatResult.Formatted) result).text();
    }
}
