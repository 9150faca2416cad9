package dev.starstream.studio.vm.wasm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.WasmModule;
import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import dev.starstream.studio.vm.lang.testing.RealisticPrograms;
import dev.starstream.studio.vm.wasm.Chicory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checker's realistic program generator (structs, enums, matches, loops, ABIs with events and
 * effects, utxos with storage, impls and yields, tokens, scripts with try/with, helper libraries
 * imported by path): every contract of a generated workspace compiles, both builds validate and
 * instantiate on Chicory, and the layout names every exported state global.
 */
class GeneratedContractsTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void everyContractOfAGeneratedWorkspaceCompilesToValidModules(long seed) {
        Map<Path, String> files = new RealisticPrograms(seed).workspace(Path.of("/gen"), 3_000);
        CheckedWorkspace ws = Workspace.inMemory(Path.of("/gen"), files).check();
        List<WorkspaceCompiler.ContractBuild> builds = new WorkspaceCompiler().compile(ws);

        assertThat(builds).isNotEmpty();
        for (WorkspaceCompiler.ContractBuild build : builds) {
            assertThat(build.result().diagnostics()).as(build.name()).extracting(Object::toString).isEmpty();
            CompiledContract c = ((SourceCompiler.Result.Compiled) build.result()).contract();
            for (BuildMode mode : BuildMode.values()) {
                WasmModule module = Chicory.parse(c.module(mode));
                Chicory.instantiate(c.module(mode), Chicory.Mode.INTERPRETER, new HostStubs().answerZerosFor(module).imports());
            }
            c.layout().types().forEach(t -> assertThat(t.stateGlobals()).allSatisfy(g ->
                    assertThat(g.export()).startsWith(Names.kebab(t.name()) + "#state.")));
        }
    }
}
