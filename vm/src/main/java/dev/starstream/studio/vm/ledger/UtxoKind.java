package dev.starstream.studio.vm.ledger;

/** What a ledger process is (B §3.1 {@code CoroutineState}): a utxo, or a token (a utxo with {@code is_token}). */
public enum UtxoKind {
    UTXO,
    TOKEN;

    /** The encoding byte of the canonical encodings (0 utxo, 1 token). */
    public int code() {
        return ordinal();
    }
}
