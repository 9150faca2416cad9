package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.ledger.UtxoId;
import org.junit.jupiter.api.Test;

/** Scenario 1 from source: the score utxo, in one transaction and across three. */
class ScenarioScoreTest {
    private final Scenario score = new Scenario("score.star");

    @Test
    void aWholeGameInOneTransactionEmitsTheScoreAndLeavesNothing() {
        TransactionResult.Committed game = score.commit("game");

        assertThat(game.transaction().effects().events()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Finished");
            assertThat(e.args()).hasToString("[60]");
        });
        assertThat(game.outputs()).singleElement().extracting(OutputReport::fate).isEqualTo(OutputReport.Fate.EPHEMERAL);
        assertThat(score.ledger.utxos()).isEmpty();
    }

    @Test
    void aScoreLivesAcrossTransactionsAndFinishesWithItsEvent() {
        score.commit("start");
        UtxoId created = score.ledger.utxos().getFirst().id();

        TransactionResult.Committed played = score.commit("play", created.toString());
        UtxoId continued = score.ledger.utxos().getFirst().id();
        TransactionResult.Committed finished = score.commit("finish", continued.toString());

        assertThat(played.outputs()).singleElement().satisfies(o -> {
            assertThat(o.fate()).isEqualTo(OutputReport.Fate.CONTINUED);
            assertThat(o.storage()).hasToString("{chips=Int[kind=I64, bits=42], mult=Int[kind=I64, bits=12]}");
        });
        assertThat(finished.transaction().effects().events()).singleElement()
                .satisfies(e -> assertThat(e.args()).hasToString("[504]"));
        assertThat(finished.outputs()).singleElement().extracting(OutputReport::fate).isEqualTo(OutputReport.Fate.BURNED);
        assertThat(score.ledger.utxos()).isEmpty();
    }
}
