package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.runtime.values.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scenario 4 from source: a pool owning two tokens, a swap that unbinds and rebinds them. */
class ScenarioTokensTest {
    private final Scenario pool = new Scenario("pool.star");

    private UtxoEntry only(String typeName, List<UtxoEntry> before) {
        List<UtxoEntry> fresh = pool.ledger.utxos().stream().filter(u -> !before.contains(u)).toList();
        return fresh.stream().filter(u -> typeOf(u).equals(typeName)).findFirst().orElseThrow();
    }

    private String typeOf(UtxoEntry u) {
        return pool.runner.cache().load(pool.contract, RunMode.RUN).layout().typeByIndex(u.state().typeIndex()).orElseThrow().name();
    }

    @Test
    void aSwapMovesTokensBetweenOwnersAndConservesBalances() {
        pool.commit("open_pool");
        List<UtxoEntry> afterPool = pool.ledger.utxos();
        UtxoEntry poolUtxo = only("Pool", List.of());
        UtxoEntry poolGold = only("Gold", List.of());
        UtxoEntry poolSilver = only("Silver", List.of());
        pool.commit("open_wallet");
        UtxoEntry wallet = only("Wallet", afterPool);
        UtxoEntry walletGold = only("Gold", afterPool);
        assertThat(poolGold.owner()).isEqualTo(poolUtxo.coroutine());
        assertThat(walletGold.owner()).isEqualTo(wallet.coroutine());

        TransactionResult.Committed swapped = pool.commit("swap", poolUtxo.id().toString(), wallet.id().toString(),
                poolGold.id().toString(), poolSilver.id().toString(), walletGold.id().toString());

        assertThat(swapped.result()).hasToString("Int[kind=U64, bits=110]");
        Map<String, Long> owners = pool.ledger.utxos().stream().filter(UtxoEntry::isToken).collect(Collectors.toMap(
                u -> typeOf(u) + "=" + amount(swapped, u), u -> 1L, Long::sum));
        assertThat(owners).containsOnlyKeys("Gold=100", "Gold=10", "Silver=200");
        UtxoEntry silver = pool.ledger.utxos().stream().filter(u -> typeOf(u).equals("Silver")).findFirst().orElseThrow();
        assertThat(silver.owner()).isEqualTo(wallet.coroutine());
        assertThat(pool.ledger.utxos().stream().filter(u -> typeOf(u).equals("Gold")))
                .allSatisfy(g -> assertThat(g.owner()).isEqualTo(poolUtxo.coroutine()));
    }

    private static long amount(TransactionResult.Committed swapped, UtxoEntry token) {
        return token.state().word(2);
    }

    @Test
    void detachingFromAUtxoThatDoesNotOwnTheTokenFailsWithUnbindNotOwner() {
        pool.commit("open_pool");
        UtxoEntry poolSilver = only("Silver", List.of());
        List<UtxoEntry> before = pool.ledger.utxos();
        pool.commit("open_wallet");
        UtxoEntry wallet = only("Wallet", before);

        TxFailure failure = pool.fail("steal", wallet.id().toString(), poolSilver.id().toString());

        assertThat(failure.reason()).isEqualTo("OwnerNotInTransaction");
    }

    @Test
    void anInputTokenDetachedAndMeltedBurns() {
        pool.commit("open_pool");
        UtxoEntry poolUtxo = only("Pool", List.of());
        UtxoEntry poolGold = only("Gold", List.of());

        TransactionResult.Committed cashed = pool.commit("cash_out", poolUtxo.id().toString(), poolGold.id().toString());

        assertThat(cashed.outputs()).extracting(OutputReport::fate)
                .containsExactly(OutputReport.Fate.REFERENCE, OutputReport.Fate.BURNED);
        assertThat(cashed.trace().operations().get(1).ops())
                .hasAtLeastOneElementOfType(dev.starstream.studio.vm.interleaving.op.Op.Burn.class);
        assertThat(pool.ledger.utxos()).noneMatch(u -> typeOf(u).equals("Gold"));
    }

    @Test
    void meltingABoundTokenFailsWithTokenStillBound() {
        pool.commit("open_pool");
        UtxoEntry poolUtxo = only("Pool", List.of());
        UtxoEntry poolGold = only("Gold", List.of());

        TxFailure failure = pool.fail("melt_bound", poolUtxo.id().toString(), poolGold.id().toString());

        assertThat(failure.reason()).isEqualTo("TokenStillBound");
    }

    @Test
    void aUtxoThatEndsWhileOwningATokenOutsideTheTransactionFails() {
        pool.commit("open_purse");
        UtxoEntry purse = only("Purse", List.of());

        TxFailure failure = pool.fail("close_purse", purse.id().toString());

        assertThat(failure.reason()).isEqualTo("OwnerEndedWithTokens");
    }

    @Test
    void aTokenMintedAndMeltedInOneTransactionIsEphemeral() {
        TransactionResult.Committed melted = pool.commit("mint_and_melt");

        assertThat(melted.result()).isEqualTo(new Value.Int(dev.starstream.studio.vm.lang.types.IntKind.U64, 5));
        assertThat(melted.outputs()).singleElement().extracting(OutputReport::fate).isEqualTo(OutputReport.Fate.EPHEMERAL);
        assertThat(pool.ledger.utxos()).isEmpty();
    }

    @Test
    void aLiveTokenLeftUnboundFailsTheTransaction() {
        TxFailure failure = pool.fail("leak");

        assertThat(failure.reason()).isEqualTo("LiveTokenMustBeBound");
        assertThat(failure.rule()).isEqualTo(59);
    }
}
