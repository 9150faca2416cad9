/**
 * The simulated UTXO ledger of a workspace, persistent in SQLite (docs/ledger.md). No JavaFX.
 *
 * <ul>
 *   <li>{@link dev.starstream.studio.ledger.Ledger}: create/open (verifies the whole chain), apply
 *       executed transactions (one by one or in a group commit), deploy, mine, advance slots,
 *       snapshot, revert, branch; {@link dev.starstream.studio.ledger.Ledger#view()} is the
 *       {@link dev.starstream.studio.vm.ledger.LedgerView} the runtime runs against.
 *   <li>{@link dev.starstream.studio.ledger.LedgerQueries}: what the IDE and debugger read (utxos by
 *       contract, owner, coroutine; the history of a coroutine; transactions; blocks; status), each in
 *       one read transaction; {@link dev.starstream.studio.ledger.LedgerListener}s hear committed changes.
 *   <li>{@link dev.starstream.studio.ledger.TraceVerifier} (the interleaving check, by default
 *       {@link dev.starstream.studio.ledger.InterleavingTraceVerifier}) and
 *       {@link dev.starstream.studio.ledger.ReExecutor} (A.12 re-execution) are the seams to the vm.
 *   <li>{@code wallet}: named Ed25519 keys (BouncyCastle), owner-only key files; {@code store}: the
 *       SQLite schema, migrations, writer, reader and chain verifier; {@code transfer}: export/import.
 * </ul>
 */
@NullMarked
package dev.starstream.studio.ledger;

import org.jspecify.annotations.NullMarked;
