package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Modules and layouts that do not keep their word are refused or fail the transaction; none crashes the host. */
class HostileContractTest {
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final TransactionRunner runner = new TransactionRunner(new ContractCache());

    @Test
    void bytesThatAreNotAModuleAreRefusedBeforeAnythingRuns() {
        TariffContract tariff = new TariffContract();
        DeployedContract garbage = DeployedContract.of("garbage", new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 7, 7, 7},
                DebugBundle.textTree(tariff.layout()), NullNode.getInstance());
        ledger.deploy(garbage);

        assertThatThrownBy(() -> runner.run(TransactionRequest.of(ledger, garbage.hash(), "settle", List.of()), List.of()))
                .isInstanceOf(RequestException.class).hasMessageContaining("cannot run garbage");
    }

    @Test
    void aContractWithoutALayoutCannotRun() {
        DeployedContract bare = DeployedContract.of("bare", new TariffContract().release());
        ledger.deploy(bare);

        assertThatThrownBy(() -> runner.run(TransactionRequest.of(ledger, bare.hash(), "settle", List.of()), List.of()))
                .isInstanceOf(RequestException.class).hasMessageContaining("has no contract layout");
    }

    @Test
    void aLayoutNamingExportsTheModuleDoesNotHaveFailsTheTransaction() {
        TariffContract tariff = new TariffContract();
        ContractLayout honest = tariff.layout();
        ContractLayout lying = new ContractLayout(honest.contract(), honest.version(), List.of(
                new dev.starstream.studio.vm.contract.ScriptLayout("settle", "no-such-export", List.of(), ContractKit.U64)),
                honest.types(), honest.abis(), honest.handlers(), honest.typeDecls());
        DeployedContract contract = DeployedContract.of("lying", tariff.release(), DebugBundle.textTree(lying),
                NullNode.getInstance());
        ledger.deploy(contract);

        TransactionResult result = runner.run(TransactionRequest.of(ledger, contract.hash(), "settle", List.of()), List.of());

        assertThat(result).isInstanceOfSatisfying(TransactionResult.Failed.class,
                f -> assertThat(f.failure().message()).contains("no-such-export"));
    }

    @Test
    void aRunawayLoopIsStoppedByThreadInterruptAsAWallClockBackstop() throws Exception {
        Scenario failures = new Scenario("failures.star");
        TransactionRequest request = failures.request("spin").withGasLimit(Long.MAX_VALUE / 2);
        CompletableFuture<Thread> worker = new CompletableFuture<>();
        CompletableFuture<TransactionResult> outcome = CompletableFuture.supplyAsync(() -> {
            worker.complete(Thread.currentThread());
            return failures.runner.run(request, List.of());
        });

        Thread thread = worker.get(10, TimeUnit.SECONDS);
        Thread.sleep(300);
        thread.interrupt();
        TransactionResult result = outcome.get(60, TimeUnit.SECONDS);

        assertThat(result).isInstanceOfSatisfying(TransactionResult.Failed.class,
                f -> assertThat(f.failure().message()).contains("interrupted"));
    }
}
