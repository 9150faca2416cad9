/**
 * The Ledger explorer (right-hand panel): live utxos with decoded storage, blocks and transactions
 * with their details, wallet keys, snapshots; live as the ledger changes. The view model imports
 * only {@code javafx.beans}/{@code javafx.collections}; the ledger is read off the JavaFX thread.
 */
@NullMarked
package dev.starstream.studio.app.ui.ledger;

import org.jspecify.annotations.NullMarked;
