package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.UtxoId;
import org.jspecify.annotations.Nullable;

/**
 * What a transaction did to one of its inputs ({@code io = "input"}: fate reference, continued or
 * burned) or outputs ({@code io = "output"}: created or ephemeral), with the UtxoIds before and after.
 */
public record TxIo(
        String io, int position, String fate, @Nullable UtxoId before, @Nullable UtxoId after, CoroutineId coroutine) {}
