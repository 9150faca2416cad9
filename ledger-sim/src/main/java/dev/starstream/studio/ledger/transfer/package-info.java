/** Export of a whole ledger as one JSON document, and import by verified replay. */
@NullMarked
package dev.starstream.studio.ledger.transfer;

import org.jspecify.annotations.NullMarked;
