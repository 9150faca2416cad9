package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.Rejection;
import dev.starstream.studio.vm.ledger.Transaction;
import java.util.Optional;

/**
 * The interleaving-check step of applying a transaction (issue 5, B §3.5 pre-checks): given the
 * transaction (with its trace) and the ledger state it is applied to (for {@code ownership_in} and
 * the input states), answer nothing when the trace obeys the machine's rules, or a rejection whose
 * reason is the violated rule's name. Implemented on top of {@code vm.interleaving}'s checker and
 * wired in by the composition root; a ledger opened without one records its transactions as
 * verified by signatures only.
 */
@FunctionalInterface
public interface TraceVerifier {
    Optional<Rejection> verify(Transaction tx, LedgerView before);
}
