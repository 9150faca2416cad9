package dev.starstream.studio.vm.ledger;

/** What applying a transaction does to one of its inputs (B §3.5 steps 2 and 5). */
public enum InputFate {
    /** Its continuation equals its state: it keeps its UtxoId and stays (A.8). */
    REFERENCE,
    /** Its state changed: the old UtxoId is spent and the coroutine continues under a new one. */
    CONTINUED,
    /** It ended: the UtxoId is spent and the coroutine is gone. */
    BURNED
}
