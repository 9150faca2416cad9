package dev.starstream.studio.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.vm.runtime.ContractCache;
import dev.starstream.studio.vm.runtime.RunMode;
import dev.starstream.studio.vm.runtime.TransactionResult;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import dev.starstream.studio.vm.wasm.codegen.CompiledContract;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptRunTest {
    @TempDir
    Path dir;

    private final ScriptRun run = new ScriptRun(new TransactionRunner(new ContractCache()));

    private CompiledContract compile(String file) throws IOException {
        String text = Files.readString(SampleWorkspaceTest.SAMPLES.resolve(file));
        return ((SourceCompiler.Result.Compiled) new SourceCompiler().compile(file, text)).contract();
    }

    private Wallet wallet() {
        return new Wallet(dir.resolve("keys"), new SecureRandom());
    }

    private static ScriptRun.Request request(String script, String... args) {
        return new ScriptRun.Request(script, List.of(args), List.of(), 1_000_000, RunMode.RUN);
    }

    @Test
    void handleSelectorsPickTheNewestUtxoOfTheTypeAndNeverTheSameOneTwice() throws IOException {
        CompiledContract pool = compile("pool.star");
        try (Chain chain = Chain.inMemory()) {
            assertThat(run.run(chain, pool, request("open_pool"), wallet(), () -> { })).isInstanceOf(RunOutcome.Ran.class);
            assertThat(run.run(chain, pool, request("open_wallet"), wallet(), () -> { })).isInstanceOf(RunOutcome.Ran.class);
            RunOutcome swap = run.run(chain, pool, request("swap", "newest Pool", "newest Wallet", "newest Gold owned by pool",
                    "newest Silver owned by pool", "newest Gold owned by wallet"), wallet(), () -> { });
            assertThat(swap).isInstanceOfSatisfying(RunOutcome.Ran.class, ran -> assertThat(ran.committed()).isTrue());
        }
    }

    @Test
    void aSelectorThatFindsNothingRefusesTheRunNamingTheArgument() throws IOException {
        try (Chain chain = Chain.inMemory()) {
            RunOutcome outcome = run.run(chain, compile("accumulator.star"), request("add", "newest Accumulator", "3"), wallet(),
                    () -> { });
            assertThat(outcome).isEqualTo(new RunOutcome.Refused("argument 1 (acc: Accumulator): there is no live Accumulator "
                    + "of accumulator on the ledger (run a configuration that creates one first)"));
        }
    }

    @Test
    void aSelectorOfTheWrongTypeIsRefused() throws IOException {
        try (Chain chain = Chain.inMemory()) {
            RunOutcome outcome = run.run(chain, compile("pool.star"), request("swap", "newest Wallet", "newest Wallet", "x", "y", "z"),
                    wallet(), () -> { });
            assertThat(outcome).isEqualTo(new RunOutcome.Refused("argument 1 (pool: Pool): a Wallet is not a Pool"));
        }
    }

    @Test
    void badLiteralsAndUnknownScriptsAreRefusedWithTheReason() throws IOException {
        try (Chain chain = Chain.inMemory()) {
            CompiledContract acc = compile("accumulator.star");
            assertThat(run.run(chain, acc, request("nope"), wallet(), () -> { }))
                    .isEqualTo(new RunOutcome.Refused("accumulator has no script fn nope (scripts: begin, add, close)"));
            assertThat(run.run(chain, acc, request("begin", "1"), wallet(), () -> { }))
                    .isEqualTo(new RunOutcome.Refused("begin takes 0 arguments, not 1"));
            RunOutcome bad = run.run(chain, compile("effects.star"), request("peak", "newest Bill", "-1"), wallet(), () -> { });
            assertThat(bad).isInstanceOf(RunOutcome.Refused.class);
        }
    }

    @Test
    void signingWithAWalletKeySatisfiesTheContractsSignatureCheck() throws IOException {
        Wallet wallet = wallet();
        wallet.create("alice");
        CompiledContract pay = compile("pay_to_key.star");
        try (Chain chain = Chain.inMemory()) {
            run.run(chain, pay, request("lock", "@alice", "100"), wallet, () -> { });
            RunOutcome unsigned = run.run(chain, pay, request("claim", "newest Locked", "40"), wallet, () -> { });
            assertThat(((RunOutcome.Ran) unsigned).result()).isInstanceOfSatisfying(TransactionResult.Failed.class,
                    f -> assertThat(f.failure().reason()).isEqualTo("MissingSignature"));
            RunOutcome signed = run.run(chain, pay, new ScriptRun.Request("claim", List.of("newest Locked", "40"), List.of("alice"),
                    1_000_000, RunMode.RUN), wallet, () -> { });
            assertThat(((RunOutcome.Ran) signed).committed()).isTrue();
        }
    }

    @Test
    void aCheckpointThatThrowsStopsTheRunBeforeAnythingIsApplied() throws IOException {
        try (Chain chain = Chain.inMemory()) {
            CompiledContract acc = compile("accumulator.star");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> run.run(chain, acc, request("begin"), wallet(), () -> {
                throw new java.util.concurrent.CancellationException();
            })).isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(chain.liveUtxos()).isEmpty();
        }
    }
}
