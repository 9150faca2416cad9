package dev.starstream.studio.app.ui.wasm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.ui.run.RunFixtures;
import dev.starstream.studio.vm.wasm.codegen.BuildMode;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WasmViewModelTest {
    private final WasmViewModel vm = new WasmViewModel(Runnable::run, Runnable::run);
    private Path file;

    @BeforeEach
    void build() throws IOException {
        file = RunFixtures.SAMPLES.resolve("counter.star").toAbsolutePath().normalize();
        SourceCompiler.Result.Compiled compiled = (SourceCompiler.Result.Compiled) new SourceCompiler()
                .compile("counter.star", Files.readString(file));
        vm.show("counter.star", file, compiled.contract());
    }

    @Test
    void theReleaseBuildIsListedWithItsSourceLinesAsComments() {
        assertThat(vm.titleProperty().get()).startsWith("counter.star · release build · ").endsWith(" bytes");
        assertThat(vm.lines().getFirst().text()).startsWith("(module");
        assertThat(vm.lines()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(WasmListing.Kind.SOURCE);
            assertThat(l.text()).contains(";; counter.star:19  count = initial;");
        });
    }

    @Test
    void theCaretOnASourceLineHighlightsItsCode() {
        vm.caret(file, 19);
        int first = vm.focusFirstProperty().get();
        int last = vm.focusLastProperty().get();
        assertThat(first).isNotNegative();
        assertThat(vm.lines().get(first).text()).contains("counter.star:19");
        assertThat(last).isGreaterThan(first);
        assertThat(vm.lines().subList(first, last + 1)).allSatisfy(l -> assertThat(l.sourceLine()).isEqualTo(19));
    }

    @Test
    void aCaretInAnotherFileOrOnALineWithoutCodeHighlightsNothing() {
        vm.caret(file.resolveSibling("score.star"), 19);
        assertThat(vm.focusFirstProperty().get()).isEqualTo(-1);
        vm.caret(file, 1);
        assertThat(vm.focusFirstProperty().get()).isEqualTo(-1);
    }

    @Test
    void theDebugBuildHasTheHooksTheReleaseBuildHasNot() {
        int release = vm.lines().size();
        vm.modeProperty().set(BuildMode.DEBUG);
        assertThat(vm.titleProperty().get()).contains("debug build");
        assertThat(vm.lines().size()).isGreaterThan(release);
        assertThat(String.join("\n", vm.lines().stream().map(WasmListing.Line::text).toList())).contains("starstream:debug");
    }

    @Test
    void aContractThatDoesNotCompileSaysSo() {
        SourceCompiler.Result failed = new SourceCompiler().compile("bad.star", "contract;\nscript fn f() -> u32 { x }\n");
        vm.showFailure("bad.star", failed.diagnostics());
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.problemProperty().get()).startsWith("bad.star does not compile (1 error): line 2: ");
    }
}
