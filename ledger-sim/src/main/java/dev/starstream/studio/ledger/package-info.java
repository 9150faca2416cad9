/** The simulated UTXO ledger: state, transactions, blocks, wallets and the SQLite store. No JavaFX. */
@NullMarked
package dev.starstream.studio.ledger;

import org.jspecify.annotations.NullMarked;
