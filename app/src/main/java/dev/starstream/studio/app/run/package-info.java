/**
 * Running scripts, for the IDE and the command line alike (no JavaFX): run configurations and their
 * file ({@code .starstream/run-configurations.json}), the one wiring of compiler, runtime, wallet and
 * ledger ({@link dev.starstream.studio.app.run.ScriptRun}), handle selectors that follow utxos across
 * transactions, the per-workspace session (ledger, wallet, configurations), and decoding of ledger
 * state for display.
 */
@NullMarked
package dev.starstream.studio.app.run;

import org.jspecify.annotations.NullMarked;
