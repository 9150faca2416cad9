/** The SQLite store of a ledger: schema and migrations, the writer, the readers and the chain verifier. */
@NullMarked
package dev.starstream.studio.ledger.store;

import org.jspecify.annotations.NullMarked;
