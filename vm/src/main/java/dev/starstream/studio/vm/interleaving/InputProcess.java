package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import org.jspecify.annotations.Nullable;

/**
 * An input of a live transaction, known before it runs.
 *
 * @param programHash the contract it runs
 * @param token whether it is a token
 * @param owner its ledger owner, when that owner is also an input of this transaction (else
 *     {@code null}; A.4: a token whose owner is not an input is refused before the run)
 */
public record InputProcess(Hash programHash, boolean token, @Nullable ProcessId owner) {}
