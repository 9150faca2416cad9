package dev.starstream.studio.vm.wasm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.WasmModule;
import dev.starstream.studio.vm.wasm.Chicory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario program of the checker's corpus compiles, in both builds, to modules that Chicory
 * validates and instantiates in both modes; both builds export the same names.
 */
class SourceCorpusTest {
    static Stream<Path> programs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/check/valid"))) {
            return files.filter(p -> p.toString().endsWith(".star")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void compilesToValidModulesInBothBuilds(Path program) throws IOException {
        SourceCompiler.Result result = new SourceCompiler().compile(program.getFileName().toString(),
                Files.readString(program));
        assertThat(result.diagnostics()).extracting(Object::toString).isEmpty();
        CompiledContract compiled = ((SourceCompiler.Result.Compiled) result).contract();
        for (BuildMode build : BuildMode.values()) {
            WasmModule module = Chicory.parse(compiled.module(build));
            for (Chicory.Mode mode : Chicory.Mode.values()) {
                Chicory.instantiate(compiled.module(build), mode, new HostStubs().answerZerosFor(module).imports());
            }
        }
        assertThat(exports(compiled.release())).isEqualTo(exports(compiled.debug()));
    }

    private static java.util.List<String> exports(byte[] wasm) {
        WasmModule m = Chicory.parse(wasm);
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < m.exportSection().exportCount(); i++) {
            names.add(m.exportSection().getExport(i).name());
        }
        return names;
    }
}
