package dev.starstream.studio.vm.wasm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Approval listings: the release (and, for one program, debug) module of small programs, disassembled
 * with source comments, equals the approved {@code .wat} beside the source. A changed listing is
 * written to {@code target/golden/} for review; run with {@code -Dgolden.update=true} to approve it.
 */
class GoldenWatTest {
    private static final Path DIR = Path.of("src/test/resources/dev/starstream/studio/vm/wasm/codegen/golden");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".star"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void theListingIsTheApprovedOne(String name) throws IOException {
        SourceCompiler.Result result = new SourceCompiler().compile(name + ".star", Files.readString(DIR.resolve(name + ".star")));
        assertThat(result.diagnostics()).isEmpty();
        CompiledContract c = ((SourceCompiler.Result.Compiled) result).contract();
        check(name + ".wat", Disassembly.withSource(c, BuildMode.RELEASE));
        if (name.equals("handlers")) {
            check(name + ".debug.wat", Disassembly.withSource(c, BuildMode.DEBUG));
        }
    }

    private static void check(String file, String actual) throws IOException {
        Path approved = DIR.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(approved, actual);
        }
        String expected = Files.exists(approved) ? Files.readString(approved) : "";
        if (!expected.equals(actual)) {
            Path received = Path.of("target/golden").resolve(file);
            Files.createDirectories(received.getParent());
            Files.writeString(received, actual);
        }
        assertThat(actual).as("listing %s (received copy in target/golden)", file).isEqualTo(expected);
    }
}
