package dev.starstream.studio.vm.wasm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import dev.starstream.studio.vm.wasm.codegen.debug.DebugInfo;
import dev.starstream.studio.vm.wasm.codegen.debug.SourceMark;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each build's debug info describes that build's module: {@link DebugInfo#wasmFunctions()} lists every
 * function the module defines by its index there, so the debug build's entries are the release
 * build's shifted by the seven hook imports, and the source marks (statement starts) point into
 * functions of the same source function in both builds.
 */
class DebugInfoIndicesTest {
    private static final int HOOKS = 7;

    private static CompiledContract compile(String scenario) {
        String source;
        try (var in = DebugInfoIndicesTest.class.getResourceAsStream(
                "/dev/starstream/studio/vm/runtime/scenarios/" + scenario)) {
            source = new String(java.util.Objects.requireNonNull(in, scenario).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SourceCompiler.Result result = new SourceCompiler().compile(scenario, source);
        assertThat(result.diagnostics()).extracting(Object::toString).isEmpty();
        return ((SourceCompiler.Result.Compiled) result).contract();
    }

    @ParameterizedTest
    @ValueSource(strings = {"score.star", "tariff.star", "oracle.star", "pool.star", "nested.star"})
    void everyBuildsDebugInfoNamesTheFunctionsOfItsOwnModule(String scenario) {
        CompiledContract contract = compile(scenario);
        for (BuildMode build : BuildMode.values()) {
            WasmModule module = Parser.parse(contract.module(build));
            int imported = module.importSection().count(ExternalType.FUNCTION);
            int defined = module.functionSection().functionCount();
            DebugInfo info = contract.info(build);

            assertThat(info.wasmFunctions()).extracting(DebugInfo.WasmFunction::index)
                    .as("%s build: every defined function, by its index", build)
                    .containsExactlyElementsOf(IntStream.range(imported, imported + defined).boxed().toList());
            for (DebugInfo.WasmFunction f : info.wasmFunctions()) {
                String wasmName = module.nameSection().nameOfFunction(f.index());
                if (f.function() >= 0) {
                    DebugInfo.Function source = info.function(f.function()).orElseThrow();
                    assertThat(f.label()).isEqualTo(source.name());
                    assertThat(wasmName).as("%s build, function %d", build, f.index())
                            .isIn(source.name(), source.name() + "$export", source.export());
                } else {
                    assertThat(wasmName).as("%s build, function %d", build, f.index()).matches(".+::\\$(resume|sys\\.unbind)");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"score.star", "tariff.star", "pool.star"})
    void theDebugBuildsIndicesAreTheReleaseBuildsShiftedByTheSevenHookImports(String scenario) {
        CompiledContract contract = compile(scenario);
        WasmModule debug = Parser.parse(contract.debug());
        long hookImports = debug.importSection().stream()
                .filter(i -> i instanceof FunctionImport f && f.module().equals("starstream:debug")).count();
        List<DebugInfo.WasmFunction> release = contract.releaseInfo().wasmFunctions();
        List<DebugInfo.WasmFunction> debugged = contract.debugInfo().wasmFunctions();

        assertThat(hookImports).isEqualTo(HOOKS);
        assertThat(debugged).hasSameSizeAs(release);
        for (int i = 0; i < release.size(); i++) {
            DebugInfo.WasmFunction r = release.get(i);
            assertThat(debugged.get(i)).isEqualTo(new DebugInfo.WasmFunction(r.index() + HOOKS, r.function(), r.label()));
        }
        assertThat(contract.debugInfo().functions()).isEqualTo(contract.releaseInfo().functions());
    }

    @ParameterizedTest
    @ValueSource(strings = {"score.star", "tariff.star", "oracle.star"})
    void statementStartsOfBothBuildsLieInTheSameSourceFunction(String scenario) {
        CompiledContract contract = compile(scenario);
        for (BuildMode build : BuildMode.values()) {
            DebugInfo info = contract.info(build);
            for (SourceMark mark : contract.marks(build)) {
                DebugInfo.WasmFunction in = info.wasmFunction(mark.functionIndex()).orElseThrow();
                DebugInfo.Statement statement = info.statement(mark.statement()).orElseThrow();
                assertThat(in.function()).as("%s build, statement %d", build, mark.statement())
                        .isEqualTo(statement.function());
            }
        }
        assertThat(contract.marks(BuildMode.DEBUG)).extracting(SourceMark::functionIndex)
                .containsExactlyElementsOf(contract.marks(BuildMode.RELEASE).stream().map(m -> m.functionIndex() + HOOKS)
                        .toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"score.star"})
    void theWasmFunctionTableSurvivesJson(String scenario) {
        DebugInfo info = compile(scenario).debugInfo();

        assertThat(DebugInfo.fromJson(info.toJson())).isEqualTo(info);
    }
}
