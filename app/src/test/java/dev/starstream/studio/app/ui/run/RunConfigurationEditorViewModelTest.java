package dev.starstream.studio.app.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.app.run.RunConfigurationStore;
import dev.starstream.studio.app.run.RunConfigurations;
import dev.starstream.studio.vm.runtime.RunMode;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigurationEditorViewModelTest {
    @TempDir
    Path dir;

    private Path workspace;
    private Map<String, String> overrides = new java.util.HashMap<>();
    private RunConfigurationEditorViewModel editor;

    @BeforeEach
    void open() throws IOException {
        workspace = RunFixtures.samples(dir);
        RunConfigurations saved = new RunConfigurationStore(workspace).load().configurations();
        ConfigurationSources sources = new ConfigurationSources() {
            @Override
            public List<String> contracts() {
                return List.of("accumulator.star", "counter.star", "effects.star", "pay_to_key.star", "pool.star", "score.star");
            }

            @Override
            public Optional<SourceCompiler.Result> compile(String file) {
                try {
                    String text = overrides.getOrDefault(file, Files.readString(workspace.resolve(file)));
                    return Optional.of(new SourceCompiler().compile(file, text));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }

            @Override
            public List<String> walletKeys() {
                return List.of("alice");
            }

            @Override
            public List<LiveUtxo> liveUtxos() {
                return List.of(new LiveUtxo("ab".repeat(32) + ":3", "cd".repeat(32) + "#0", "accumulator", "Accumulator", false,
                        "{ sum: 15 }"));
            }
        };
        editor = new RunConfigurationEditorViewModel(saved, sources, Runnable::run, Runnable::run);
    }

    @Test
    void theSelectedConfigurationIsLoadedWithItsScriptsAndForm() {
        assertThat(editor.selectedProperty().get().name()).isEqualTo("Score: example");
        assertThat(editor.contractProperty().get()).isEqualTo("score.star");
        assertThat(editor.scripts()).containsExactly("example", "finish");
        assertThat(editor.formProperty().get().parameters()).isEmpty();
        assertThat(editor.problemsProperty().get()).isEmpty();
    }

    @Test
    void handleParametersOfferTheNewestOfTheirTypeAndTheLiveUtxos() {
        editor.selectedProperty().set(editor.configurations().stream().filter(c -> c.name().equals("Accumulator: add 10")).findFirst()
                .orElseThrow());
        ArgumentField.HandleField acc = (ArgumentField.HandleField) editor.formProperty().get().parameters().getFirst().field();
        assertThat(acc.selectorProperty().get()).isEqualTo("newest Accumulator");
        assertThat(acc.choices()).extracting(ArgumentField.HandleChoice::selector)
                .containsExactly("newest Accumulator", "coroutine " + "cd".repeat(32) + "#0");
    }

    @Test
    void editingAndApplyingChangesTheWorkingCopyOnly() {
        editor.selectedProperty().set(editor.configurations().stream().filter(c -> c.name().equals("Effects: peak")).findFirst().orElseThrow());
        ArgumentField.IntField units = (ArgumentField.IntField) editor.formProperty().get().parameters().get(1).field();
        units.textProperty().set("5");
        editor.nameProperty().set("Effects: peak of five");
        editor.modeProperty().set(RunMode.RUN);
        editor.signers().getFirst().signs().set(true);
        assertThat(editor.apply()).isTrue();
        RunConfiguration edited = editor.result().find("Effects: peak of five").orElseThrow();
        assertThat(edited.argument("units")).contains("5");
        assertThat(edited.mode()).isEqualTo(RunMode.RUN);
        assertThat(edited.signers()).containsExactly("alice");
        assertThat(editor.result().selected()).isEqualTo("Effects: peak of five");
        assertThat(editor.result().walletKeys()).containsExactly("alice");
    }

    @Test
    void aConfigurationWithProblemsCannotBeApplied() {
        editor.nameProperty().set("Score: finish");
        assertThat(editor.problemsProperty().get()).isEqualTo("Another configuration is called Score: finish");
        assertThat(editor.apply()).isFalse();
        editor.nameProperty().set("Score: again");
        editor.gasLimitProperty().set("lots");
        assertThat(editor.problemsProperty().get()).isEqualTo("The gas limit is a positive number");
    }

    @Test
    void choosingAContractThatDoesNotCompileShowsItsErrors() {
        overrides.put("counter.star", "contract;\nscript fn broken() -> u32 { nope }\n");
        editor.contractProperty().set("counter.star");
        assertThat(editor.compileStatusProperty().get()).startsWith("counter.star does not compile (1 error): line 2:");
        assertThat(editor.scripts()).isEmpty();
        assertThat(editor.problemsProperty().get()).startsWith("counter.star does not compile");
    }

    @Test
    void addingAndDeletingConfigurations() {
        int before = editor.configurations().size();
        editor.add();
        assertThat(editor.configurations()).hasSize(before + 1);
        assertThat(editor.selectedProperty().get().name()).isEqualTo("score: new");
        editor.delete();
        assertThat(editor.configurations()).hasSize(before);
    }
}
