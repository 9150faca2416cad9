package dev.starstream.studio.vm.ledger;

/**
 * Why a ledger refuses a transaction. The names are stable (they appear in {@code --json} output and
 * follow B §3.6 / A.4 / A.11 where those name the same failure). A rejected transaction changes
 * nothing. Rule violations found by the interleaving checker are reported under the checker's own
 * rule names instead (see {@link Rejection#reason()}).
 */
public enum RejectReason {
    /** The stored or submitted bytes are not a transaction. */
    MalformedTransaction,
    /** A transaction with the same hash was already applied. */
    DuplicateTransaction,
    /** A carried signature does not verify over SHA-256(intent) (A.6). */
    BadSignature,
    /** An input UtxoId was never on this ledger (B §3.6). */
    InputNotFound,
    /** An input UtxoId was live once and has been spent by an earlier transaction. */
    DoubleSpend,
    /** The same UtxoId appears twice among the inputs (A.5b). */
    DuplicateInput,
    /** The number of continuations differs from the number of inputs (B §3.6). */
    InputContinuationSizeMismatch,
    /** A continuation changes its input's kind (utxo/token) or type (word 0) (B §3.6). */
    InvalidStateKindTransition,
    /** A continuation's storage record has another length than its input's (records have a fixed length, A.8). */
    StorageShapeMismatch,
    /** The entry script's or a new output's contract is not deployed. */
    ContractNotDeployed,
    /** An ownership edge names an output ref outside {@code inputs ++ newOutputs}. */
    BadOutputRef,
    /** An ownership edge binds something that is not a token. */
    OwnedNotToken,
    /** An ownership edge names a token as owner (tokens cannot own tokens). */
    OwnerNotUtxo,
    /** An ownership edge names a burned input or an ephemeral output (B §3.6). */
    OwnerHasNoStableIdentity,
    /** A token is bound twice in {@code ownership_out}. */
    TokenAlreadyOwned,
    /** A token input whose ledger owner is not also an input (A.4). */
    OwnerNotInTransaction,
    /** A utxo ended while the ledger still records it as the owner of a token (A.4). */
    OwnerEndedWithTokens,
    /** A live token is not bound at the end of the transaction (rule 59, A.4). */
    LiveTokenMustBeBound,
    /** The intent was prepared at a block this chain does not have. */
    UnknownPreparedAt,
    /** The run saw another block height or slot than the block the transaction would be applied in. */
    BlockContextMismatch,
    /** The trace was refused by the interleaving checker, or is missing where one is required. */
    InterleavingCheckFailed,
    /** Re-executing the intent produced other effects than the transaction carries (A.12). */
    ReexecutionMismatch
}
