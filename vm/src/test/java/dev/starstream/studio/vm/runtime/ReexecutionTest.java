package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionEffects;
import dev.starstream.studio.vm.ledger.UtxoId;
import org.junit.jupiter.api.Test;

/** A.12: re-executing a recorded transaction's intent gives exactly its effects. */
class ReexecutionTest {
    private final Scenario counter = new Scenario("counter.star");

    @Test
    void reexecutingACommittedTransactionReproducesItsEffects() {
        counter.commit("make", "5");
        UtxoId id = counter.ledger.utxos().getFirst().id();
        TransactionResult.Committed bumped = (TransactionResult.Committed) counter.run("bump", id.toString(), "3");
        Transaction recorded = TransactionJsonRoundTrip.of(bumped.transaction());

        TransactionResult again = counter.runner.reexecute(recorded, counter.ledger);

        assertThat(again).isInstanceOfSatisfying(TransactionResult.Committed.class, c -> {
            assertThat(c.transaction().intent()).isEqualTo(recorded.intent());
            assertThat(c.transaction().effects()).isEqualTo(recorded.effects());
            assertThat(c.transaction().hash()).isEqualTo(recorded.hash());
        });
    }

    @Test
    void aTamperedResultNoLongerMatches() {
        TransactionResult.Committed made = (TransactionResult.Committed) counter.run("make", "5");
        TransactionEffects e = made.transaction().effects();
        TransactionEffects forged = new TransactionEffects(e.continuations(), e.newOutputs(), e.ownershipOut(), e.events(),
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode("forged"), e.gasUsed(), e.blockHeight(),
                e.slot());
        Transaction tampered = new Transaction(made.transaction().intent(), made.transaction().signatures(), forged, null);

        TransactionResult again = counter.runner.reexecute(tampered, counter.ledger);

        assertThat(((TransactionResult.Committed) again).transaction().effects()).isNotEqualTo(forged);
    }
}
