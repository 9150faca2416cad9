package dev.starstream.studio.app.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.concurrent.CurrentThreadTaskExecutor;
import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.app.run.RunConfigurationStore;
import dev.starstream.studio.app.run.SourceProvider;
import dev.starstream.studio.app.run.WorkspaceSession;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.vm.runtime.ContractCache;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run configurations and Run Output, without the toolkit: tasks and UI callbacks run inline. */
class RunConfigurationsViewModelTest {
    @TempDir
    Path dir;

    private Path workspace;
    private SessionViewModel sessions;
    private RunConfigurationsViewModel configurations;
    private RunOutputViewModel output;
    private final List<Location> opened = new ArrayList<>();
    private String buffer;

    @BeforeEach
    void open() throws IOException {
        workspace = RunFixtures.samples(dir);
        TransactionRunner runner = new TransactionRunner(new ContractCache());
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        sessions = new SessionViewModel(tasks, Runnable::run, root -> WorkspaceSession.open(root, runner));
        SourceProvider buffers = file -> file.getFileName().toString().equals("score.star") && buffer != null
                ? Optional.of(buffer) : Optional.empty();
        configurations = new RunConfigurationsViewModel(sessions, tasks, Runnable::run, () -> buffers.orElse(SourceProvider.disk()));
        output = new RunOutputViewModel(location -> {
            opened.add(location);
            return CommandResult.DONE;
        });
        configurations.addRunListener(output::show);
        sessions.open(workspace);
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    @Test
    void openingTheWorkspaceListsItsConfigurationsWithTheSavedSelection() {
        assertThat(configurations.configurations()).extracting(RunConfiguration::name)
                .startsWith("Score: example", "Score: finish", "Counter: count to fifteen");
        assertThat(configurations.selectedProperty().get().name()).isEqualTo("Score: example");
        assertThat(configurations.problemsProperty().get()).isEmpty();
    }

    @Test
    void runningTheSelectedConfigurationShowsTheCommittedRunWithItsNewUtxo() {
        CommandResult result = configurations.runSelected();
        assertThat(result).isEqualTo(CommandResult.info("Running Score: example…"));
        RunSummary summary = output.summary();
        assertThat(summary.status()).isEqualTo(RunSummary.Status.COMMITTED);
        assertThat(summary.utxos()).singleElement().satisfies(u -> {
            assertThat(u.fate()).isEqualTo(RunSummary.Fate.CREATED);
            assertThat(u.type()).isEqualTo("Score");
            assertThat(u.storage()).extracting(f -> f.name() + "=" + f.value()).containsExactly("chips=42", "mult=4");
        });
        assertThat(output.tabTitleProperty().get()).isEqualTo("Run Output ✓");
        assertThat(RunOutputViewModel.gasText(summary)).endsWith(" of 10,000,000 gas");
        assertThat(configurations.runningProperty().get()).isFalse();
    }

    @Test
    void aFailingRunShowsItsReasonAndItsSourceLinkOpensTheFile() {
        configurations.run(configurations.current().find("Pay: lock 100 for alice").orElseThrow());
        configurations.run(configurations.current().find("Pay: claim without a signature").orElseThrow());
        RunSummary summary = output.summary();
        assertThat(summary.status()).isEqualTo(RunSummary.Status.FAILED);
        assertThat(summary.headline()).isEqualTo("Failed: MissingSignature");
        assertThat(summary.location().file().relative()).isEqualTo(Path.of("pay_to_key.star"));
        assertThat(summary.location().position().line()).isEqualTo(43);
        assertThat(output.tabTitleProperty().get()).isEqualTo("Run Output ✗");
        output.open(summary.location());
        assertThat(opened).containsExactly(summary.location());
    }

    @Test
    void unsavedEditorTextIsWhatRuns() {
        buffer = "contract;\nscript fn example() -> u32 { oops }\n";
        configurations.runSelected();
        RunSummary summary = output.summary();
        assertThat(summary.status()).isEqualTo(RunSummary.Status.COMPILE_ERROR);
        assertThat(summary.diagnostics()).isNotEmpty();
        assertThat(summary.location().position().line()).isEqualTo(2);
    }

    @Test
    void choosingAnotherConfigurationIsRememberedWithoutRewritingTheSharedFile() throws IOException {
        String shared = Files.readString(workspace.resolve(".starstream/run-configurations.json"));
        configurations.selectedProperty().set(configurations.current().find("Effects: settle").orElseThrow());
        assertThat(new RunConfigurationStore(workspace).load().configurations().selected()).isEqualTo("Effects: settle");
        assertThat(workspace.resolve(".starstream/selected-run-configuration")).hasContent("Effects: settle");
        assertThat(Files.readString(workspace.resolve(".starstream/run-configurations.json"))).isEqualTo(shared);
    }

    @Test
    void withoutAWorkspaceRunningSaysWhy() {
        sessions.open(null);
        assertThat(configurations.configurations()).isEmpty();
        assertThat(configurations.runSelected()).isEqualTo(CommandResult.unavailable("No workspace is open"));
    }

    @Test
    void aSelectorThatFindsNothingIsReportedNotRun() {
        configurations.run(configurations.current().find("Accumulator: add 10").orElseThrow());
        assertThat(output.summary().status()).isEqualTo(RunSummary.Status.REFUSED);
        assertThat(output.summary().message()).contains("there is no live Accumulator");
    }
}
