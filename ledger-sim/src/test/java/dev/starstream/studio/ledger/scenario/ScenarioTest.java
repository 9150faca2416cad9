package dev.starstream.studio.ledger.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.ledger.LedgerStatus;
import dev.starstream.studio.ledger.store.StoreMeta;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.runtime.ContractCache;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioTest {
    private static final String TARIFF = """
            abi Tariff { effect Rate(zone: u32) -> u64; }
            abi Meter { fn charge(zone: u32, units: u64) -> u64; event Charged(zone: u32, amount: u64); }
            utxo Bill {
                storage { let mut due: u64; }
                main fn open() { while (true) { yield(Meter); } }
                impl Meter { fn charge(pub zone: u32, pub units: u64) -> u64 {
                    let rate = raise Rate(zone);
                    due = due + disclose(rate) * units;
                    emit Charged(zone, rate * units);
                    due } }
            }
            script fn keep() -> Bill { Bill::open() }
            script fn settle_without() -> u64 { let b = Bill::open(); b.charge(7, 3) }
            script fn bill_due(b: Bill) -> u64 {
                let mut r: u64 = 0;
                try { r = b.charge(1, 2); } with Rate(z) { 10 }
                r }
            """;

    private static final String SCENARIO = """
            {"format": "starstream-scenario", "version": 1, "mining": "per-transaction",
             "contracts": [{"name": "tariff", "source": "tariff.star"}],
             "keys": ["alice"],
             "steps": [
               {"run": "tariff", "script": "keep", "as": "bill"},
               {"run": "tariff", "script": "bill_due", "args": ["$bill"], "signers": ["alice"], "as": "bill"},
               {"run": "tariff", "script": "settle_without", "expect": "HandlerNotFound"},
               {"advanceSlots": 10},
               {"snapshot": "charged"},
               {"run": "tariff", "script": "bill_due", "args": ["$bill"]}
             ]}
            """;

    @TempDir
    Path dir;

    private Path scenario;

    @BeforeEach
    void writeFiles() throws Exception {
        Files.writeString(dir.resolve("tariff.star"), TARIFF);
        scenario = dir.resolve("scenario.json");
        Files.writeString(scenario, SCENARIO);
    }

    private LedgerStatus play(String name) {
        Scenario read = Scenario.read(scenario);
        try (Ledger ledger = Ledger.create(dir.resolve(name), ChainParameters.DEFAULT, StoreMeta.mining(read.mining()),
                LedgerOptions.defaults())) {
            List<StepOutcome> outcomes = new ScenarioRunner(ledger, new TransactionRunner(new ContractCache())).play(read);
            assertThat(outcomes).extracting(StepOutcome::status)
                    .containsExactly("committed", "committed", "HandlerNotFound", "committed", "committed", "committed");
            assertThat(outcomes.get(0).saved()).isNotNull();
            assertThat(outcomes.get(1).saved()).isNotEqualTo(outcomes.get(0).saved());
            return ledger.queries().status();
        }
    }

    @Test
    void aScenarioBuildsTheSameLedgerEveryTimeHashesIncluded() {
        LedgerStatus first = play("one");
        LedgerStatus second = play("two");
        assertThat(first.transactions()).isEqualTo(3);
        assertThat(second.tip()).isEqualTo(first.tip());
        assertThat(second.stateRoot()).isEqualTo(first.stateRoot());
        assertThat(first.snapshots()).isEqualTo(1);
    }

    @Test
    void aStepThatDoesNotDoWhatTheScenarioExpectsIsNamed() throws Exception {
        Files.writeString(scenario, SCENARIO.replace("\"expect\": \"HandlerNotFound\"", "\"expect\": \"committed\""));
        Scenario read = Scenario.read(scenario);
        try (Ledger ledger = Ledger.create(dir.resolve("x"), ChainParameters.DEFAULT, StoreMeta.mining(read.mining()),
                LedgerOptions.defaults())) {
            assertThatThrownBy(() -> new ScenarioRunner(ledger, new TransactionRunner(new ContractCache())).play(read))
                    .isInstanceOf(ScenarioException.class)
                    .hasMessageContaining("step 3 (tariff.settle_without): expected committed but the run gave HandlerNotFound");
        }
    }

    @Test
    void malformedScenariosAreReportedPlainly() throws Exception {
        Files.writeString(scenario, "{\"format\": \"something\"}");
        assertThatThrownBy(() -> Scenario.read(scenario)).hasMessageContaining("is not a scenario");
        Files.writeString(scenario, "{\"format\": \"starstream-scenario\", \"version\": 1, \"steps\": [{\"jump\": 1}]}");
        assertThatThrownBy(() -> Scenario.read(scenario)).hasMessageContaining("step 1 is none of");
        Files.writeString(scenario, "{ broken");
        assertThatThrownBy(() -> Scenario.read(scenario)).hasMessageContaining("cannot read the scenario");
    }
}
