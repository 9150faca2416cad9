/** Named Ed25519 signing keys of a workspace (BouncyCastle), kept in owner-only files. */
@NullMarked
package dev.starstream.studio.ledger.wallet;

import org.jspecify.annotations.NullMarked;
