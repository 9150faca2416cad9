package dev.starstream.studio.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.ui.run.RunSummaries;
import dev.starstream.studio.app.ui.run.RunSummary;
import dev.starstream.studio.vm.format.FormatResult;
import dev.starstream.studio.vm.format.Formatter;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.runtime.ContractCache;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample workspace, run headless through the services the IDE uses: every contract
 * compiles, and every saved run configuration, run in file order on a fresh ledger, ends as
 * {@code sample-runs.golden} says (status, result, events, utxos; hashes elided).
 * {@code -Dstudio.golden.update=true} rewrites the golden file.
 */
class SampleWorkspaceTest {
    static final Path SAMPLES = Path.of("..", "samples", "workspace");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "dev", "starstream", "studio", "app", "run",
            "sample-runs.golden");

    @TempDir
    Path dir;

    static Path copySamples(Path target) throws IOException {
        return dev.starstream.studio.app.ui.run.RunFixtures.samples(target);
    }

    @Test
    void everySampleContractCompilesWithoutDiagnostics() throws IOException {
        List<Path> contracts;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            contracts = files.filter(p -> p.toString().endsWith(".star")).sorted().toList();
        }
        assertThat(contracts).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : contracts) {
            SourceCompiler.Result result = new SourceCompiler().compile(file.getFileName().toString(), Files.readString(file));
            assertThat(result).as(file + ": " + result.diagnostics()).isInstanceOf(SourceCompiler.Result.Compiled.class);
            assertThat(result.diagnostics()).as(file.toString()).isEmpty();
        }
    }

    @Test
    void everySampleContractIsInCanonicalFormSoFormatOnSaveChangesNothing() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".star")).sorted().toList()) {
                FormatResult result = Formatter.format(new SourceFile(file.getFileName().toString(), Files.readString(file)));
                assertThat(result).as(file.toString()).isInstanceOfSatisfying(FormatResult.Formatted.class,
                        formatted -> assertThat(formatted.changed()).as(file + " is not canonical (studio fmt it)").isFalse());
            }
        }
    }

    @Test
    void everyContractHasASavedRunConfigurationAndTheFileIsInItsOwnFormat() throws IOException {
        RunConfigurationStore store = new RunConfigurationStore(SAMPLES);
        // The shared file as committed (a developer's toolbar pick lives beside it and is ignored here).
        RunConfigurationStore.Loaded loaded = store.parse(Files.readString(store.file()));
        assertThat(loaded.problems()).isEmpty();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<String> contracts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".star")).toList();
            assertThat(loaded.configurations().configurations().stream().map(RunConfiguration::file).distinct())
                    .containsExactlyInAnyOrderElementsOf(contracts);
        }
        assertThat(store.format(loaded.configurations())).isEqualTo(Files.readString(store.file()));
    }

    @Test
    void everySavedConfigurationRunsAsExpectedOnAFreshLedger() throws IOException {
        Path workspace = copySamples(dir);
        StringBuilder transcript = new StringBuilder();
        try (WorkspaceSession session = WorkspaceSession.open(workspace, new TransactionRunner(new ContractCache()))) {
            assertThat(session.wallet().names()).contains("alice");
            for (RunConfiguration c : session.store().load().configurations().configurations()) {
                RunOutcome outcome = session.run(c, SourceProvider.disk(), () -> { });
                transcript.append(render(RunSummaries.of(c, outcome, session.root())));
            }
        }
        String actual = transcript.toString();
        if (Boolean.getBoolean("studio.golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    /** One run as text: status, result or reason, events, utxos (64-hex hashes elided). */
    static String render(RunSummary s) {
        List<String> lines = new ArrayList<>();
        lines.add("== " + s.configuration() + "  (" + s.target() + ")");
        lines.add(s.status() + ": " + s.headline() + " — " + s.message()
                + (s.location() == null ? "" : " @ " + s.location().file().relative() + ":" + s.location().position().line()));
        s.events().forEach(e -> lines.add("  event " + e.abi() + "." + e.name() + "(" + e.arguments() + ") by " + e.process()
                + (e.location() == null ? "" : " @ line " + e.location().position().line())));
        s.utxos().forEach(u -> lines.add("  " + u.fate().name().toLowerCase(java.util.Locale.ROOT) + " " + u.type()
                + (u.token() ? " token" : "") + (u.id() == null ? "" : " " + u.id())
                + " {" + String.join(", ", u.storage().stream().map(f -> f.name() + ": " + f.value()).toList()) + "}"
                + (u.abis().isEmpty() ? "" : " offers " + String.join(", ", u.abis()))
                + (u.owner() == null ? "" : " owned by " + u.owner())));
        s.stack().forEach(f -> lines.add("  at " + f.function() + " in " + f.process()
                + (f.location() == null ? "" : " @ line " + f.location().position().line())));
        return String.join("\n", lines).replaceAll("[0-9a-f]{64}", "…")
                .replaceAll("no valid signature by …", "no valid signature by alice") + "\n";
    }
}
