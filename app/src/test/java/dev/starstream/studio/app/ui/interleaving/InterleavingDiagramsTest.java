package dev.starstream.studio.app.ui.interleaving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.run.Chain;
import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.app.run.RunOutcome;
import dev.starstream.studio.app.run.ScriptRun;
import dev.starstream.studio.app.ui.run.RunCompleted;
import dev.starstream.studio.app.ui.run.RunFixtures;
import dev.starstream.studio.app.ui.run.RunSummaries;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.vm.runtime.ContractCache;
import dev.starstream.studio.vm.runtime.RunMode;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interleaving of real runs of the sample contracts, as the panel draws it (no toolkit). */
class InterleavingDiagramsTest {
    @TempDir
    Path dir;

    private final List<Location> opened = new ArrayList<>();

    private InterleavingViewModel run(String file, String script, RunMode mode) throws IOException {
        Path root = RunFixtures.samples(dir);
        SourceCompiler.Result.Compiled compiled = (SourceCompiler.Result.Compiled) new SourceCompiler()
                .compile(file, Files.readString(root.resolve(file)));
        RunOutcome outcome;
        try (Chain chain = Chain.inMemory()) {
            outcome = new ScriptRun(new TransactionRunner(new ContractCache())).run(chain, compiled.contract(),
                    new ScriptRun.Request(script, List.of(), List.of(), 1_000_000, mode), new Wallet(dir.resolve("keys"), new SecureRandom()),
                    () -> { });
        }
        RunConfiguration c = RunConfiguration.of("test", file, script).withMode(mode);
        InterleavingViewModel vm = new InterleavingViewModel(Runnable::run, Runnable::run, location -> {
            opened.add(location);
            return CommandResult.DONE;
        });
        vm.show(new RunCompleted(c, outcome, RunSummaries.of(c, outcome, root), root));
        return vm;
    }

    @Test
    void theEffectDemoHasAScriptLaneAndABillLaneWithTheEffectGoingToTheHandler() throws IOException {
        InterleavingDiagram d = run("effects.star", "settle", RunMode.DEBUG).diagram();
        assertThat(d.lanes()).extracting(InterleavingDiagram.Lane::label).containsExactly("settle", "Bill#0");
        assertThat(d.lanes().get(1).subtitle()).isEqualTo("utxo · new");
        assertThat(d.acts()).extracting(a -> a.kind() + " " + a.from() + "→" + a.to() + " " + a.label()).containsExactly(
                "CREATE 0→1 new Bill::open()",
                "RESUME 0→1 Bill::open()",
                "YIELD 1→0 yield",
                "HANDLER 0→0 handles Tariff",
                "RESUME 0→1 charge(7, 3)",
                "EFFECT 1→0 raise Rate(7)",
                "ANSWER 0→1 Rate = 5",
                "YIELD 1→0 returns 15",
                "HANDLER 0→0 stops handling Tariff",
                "RETURN 0→0 return");
    }

    @Test
    void aDebugRunLinksEveryActToTheLineThatPerformedIt() throws IOException {
        InterleavingViewModel vm = run("effects.star", "settle", RunMode.DEBUG);
        InterleavingDiagram d = vm.diagram();
        assertThat(d.hasLocations()).isTrue();
        InterleavingDiagram.Act raise = d.acts().stream().filter(a -> a.kind() == InterleavingDiagram.Kind.EFFECT).findFirst().orElseThrow();
        assertThat(raise.location().position().line()).isEqualTo(39);
        assertThat(raise.detail()).contains("CallEffectHandler(Tariff, Tariff.Rate").contains("raises Tariff.Rate(7)");
        assertThat(vm.open(raise)).isEqualTo(CommandResult.DONE);
        assertThat(opened).containsExactly(raise.location());
        vm.hover(raise);
        assertThat(vm.hoverTextProperty().get()).endsWith("at effects.star:39 (click to open)");
    }

    @Test
    void aReleaseRunDrawsTheSameActsButSaysSourceLinksNeedADebugRun() throws IOException {
        InterleavingViewModel release = run("effects.star", "settle", RunMode.RUN);
        assertThat(release.diagram().hasLocations()).isFalse();
        assertThat(release.diagram().acts()).hasSize(10);
        assertThat(release.open(release.diagram().acts().getFirst()))
                .isEqualTo(CommandResult.unavailable("Source links need a debug run: set the configuration's mode to debug"));
    }

    @Test
    void tokensAreLanesOfTheirOwnAndAttachingBindsThemToTheirOwner() throws IOException {
        InterleavingDiagram d = run("pool.star", "open_pool", RunMode.DEBUG).diagram();
        assertThat(d.lanes()).extracting(l -> l.label() + " " + l.kind())
                .containsExactly("open_pool script", "Pool#0 utxo", "Gold#1 token", "Silver#2 token");
        assertThat(d.acts()).filteredOn(a -> a.kind() == InterleavingDiagram.Kind.BIND)
                .extracting(a -> a.from() + "→" + a.to()).containsExactly("2→1", "3→1");
        assertThat(d.acts()).filteredOn(a -> a.label().startsWith("attach"))
                .extracting(InterleavingDiagram.Act::label).containsExactly("attach(Pool#0)", "attach(Pool#0)");
        assertThat(d.acts()).filteredOn(a -> a.kind() == InterleavingDiagram.Kind.CREATE)
                .extracting(InterleavingDiagram.Act::label).containsExactly("new Pool::open()", "new Gold::mint(100)", "new Silver::mint(200)");
    }

    @Test
    void theTableListsEveryOperationAndTheTextIsTheInterleavingListing() throws IOException {
        InterleavingDiagram d = run("counter.star", "count_to_fifteen", RunMode.DEBUG).diagram();
        assertThat(d.rows()).hasSize(30);
        assertThat(d.rows().get(3).operation()).isEqualTo("Resume(Counter#0, Counter::start, r0) → (r1, Counter#0)");
        assertThat(d.text()).contains("step  proc").contains("  30  count_to_fifteen  Return");
        assertThat(d.title()).isEqualTo("count_to_fifteen() · 30 operations · 2 processes");
    }

    @Test
    void aRunThatDidNotRunHasNoDiagram() throws IOException {
        InterleavingViewModel vm = run("effects.star", "settle", RunMode.DEBUG);
        RunConfiguration c = RunConfiguration.of("x", "effects.star", "nope");
        vm.show(new RunCompleted(c, new RunOutcome.Refused("no"), RunSummaries.of(c, new RunOutcome.Refused("no"), dir), dir));
        assertThat(vm.diagram().isEmpty()).isTrue();
    }

    @Test
    void zoomStaysWithinItsLimits() throws IOException {
        InterleavingViewModel vm = run("counter.star", "count_to_fifteen", RunMode.RUN);
        for (int i = 0; i < 20; i++) {
            vm.zoomIn();
        }
        assertThat(vm.zoomProperty().get()).isEqualTo(InterleavingViewModel.MAX_ZOOM);
        for (int i = 0; i < 40; i++) {
            vm.zoomOut();
        }
        assertThat(vm.zoomProperty().get()).isEqualTo(InterleavingViewModel.MIN_ZOOM);
    }
}
