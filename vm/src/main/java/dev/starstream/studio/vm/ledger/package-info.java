/**
 * Ledger identities, the ledger view a transaction runs against, and the executed-transaction types
 * the runtime hands to a ledger (RUNTIME A.5b, A.6, A.8, B §3.1, §3.5). Pure Java records, JSON via
 * Jackson; no I/O. The persistent ledger (SQLite, wallets, blocks on disk) is the ledger-sim module,
 * which applies transactions with the same {@link dev.starstream.studio.vm.ledger.LedgerTransition}
 * as {@link dev.starstream.studio.vm.ledger.InMemoryLedger}, so both assign the same UtxoIds,
 * CoroutineIds, state roots and block hashes to the same history.
 *
 * <h2>Identities</h2>
 * {@link dev.starstream.studio.vm.ledger.Hash32} (SHA-256; limbs = 4 little-endian u64),
 * {@link dev.starstream.studio.vm.ledger.UtxoId} ({@code <64-hex contract>:<nonce>}, A.11),
 * {@link dev.starstream.studio.vm.ledger.CoroutineId} ({@code <64-hex creation tx>#<output index>}),
 * {@link dev.starstream.studio.vm.ledger.UtxoState} (kind + u32 words: word 0 type index, word 1
 * yield point, A.8), {@link dev.starstream.studio.vm.ledger.DeployedContract} (hash = SHA-256 of the
 * release module bytes; layout and debug info are JSON trees the code generator defines).
 *
 * <h2>What the runtime reads</h2>
 * A {@link dev.starstream.studio.vm.ledger.LedgerView}: {@code utxo(id)} for each input (state to
 * rehydrate, coroutine, owner), {@code ownerOf}/{@code coroutineOf} to compute {@code ownership_in}
 * (the owner projected to a pid only if it is also an input, B §3.1), {@code contract(hash)} for module
 * bytes/layout/debug info, {@code pendingBlock()} for {@code blockHeight()}/{@code currentSlot()}, and
 * {@code chainTip()} for the intent's prepared-at block.
 *
 * <h2>What the runtime must fill in</h2>
 * A {@link dev.starstream.studio.vm.ledger.Transaction}:
 * <ul>
 *   <li>{@code intent}: entry contract hash (SHA-256 of the release module), script name, argument
 *       lanes in the P3 encoding with every utxo/token argument replaced by its index into
 *       {@code inputs}; {@code inputs} in order of first appearance among the entry script's
 *       utxo/token arguments (a repeat is {@code DuplicateInput}); {@code preparedAtHeight/Hash} =
 *       the view's chain tip when the intent was made; the gas limit. Fixed before the run, signed.
 *   <li>{@code signatures}: Ed25519 over {@code intent.digest()} by each chosen key (wallets of
 *       ledger-sim sign). {@code assert_transaction_signed_by(k)} passes when one of these is by k and
 *       verifies ({@link dev.starstream.studio.vm.ledger.JdkEd25519} verifies without extra libraries).
 *   <li>{@code effects.continuations}: one per input, same order: the final storage record and the
 *       ABIs offered at its last yield, or {@code Continuation.burned()} when the input ended (it
 *       performed {@code Burn}). Unchanged words make it a reference input.
 *   <li>{@code effects.newOutputs}: every utxo/token created, in creation order (pid − n_in), with its
 *       contract hash, final record and ABIs; {@code NewOutput.ephemeral(contract)} when it ended in the
 *       same transaction (keep it in the list so later indices do not shift).
 *   <li>{@code effects.ownershipOut}: the final token → owner table over output refs
 *       ({@code inputs ++ newOutputs}, i.e. pids below n_in + n_new); every live token bound.
 *   <li>{@code effects.events} (abi, name, decoded args as JSON, emitting pid), {@code result} (the
 *       entry script's return value decoded to JSON per A.11; JSON null for unit), {@code gasUsed},
 *       and {@code blockHeight}/{@code slot} = the view's {@code pendingBlock()} the run saw.
 *   <li>{@code trace}: the run's serialised trace (Jackson tree); the ledger passes it to the
 *       interleaving checker and stores it. It is not part of the transaction hash.
 * </ul>
 * The ledger then assigns UtxoIds (per-contract nonces: continued inputs first, then new outputs)
 * and CoroutineIds ({@code (tx hash, output index)}), and reports them in
 * {@link dev.starstream.studio.vm.ledger.ApplyResult.Committed#plan()}.
 */
@NullMarked
package dev.starstream.studio.vm.ledger;

import org.jspecify.annotations.NullMarked;
