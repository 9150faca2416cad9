package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionCodec;

/** A transaction as a ledger stores and reads it back (its canonical bytes), trace dropped. */
final class TransactionJsonRoundTrip {
    private TransactionJsonRoundTrip() {}

    static Transaction of(Transaction tx) {
        return TransactionCodec.decode(TransactionCodec.encode(tx)).withTrace(null);
    }
}
