package dev.starstream.studio.vm.interleaving;

/**
 * Why a transaction's interleaving is illegal: the {@code InterleavingError} names of RUNTIME B §3.6,
 * plus the Studio names of A.11 that the interleaving rules produce. The constants are spelled
 * exactly as the spec and the JSON output spell the reason (hence not UPPER_CASE).
 */
public enum InterleavingError {
    Shape,
    BadPid,
    SelfResume,
    UtxoResumesUtxo,
    TargetNotInitialized,
    ResumeClaimMismatch,
    YieldClaimMismatch,
    ResumerMismatch,
    ProgramHashMismatch,
    CoordOnly,
    UtxoOnly,
    InstalledHandlerIsNotCurrent,
    HandlerNotFound,
    HandlerGetMismatch,
    TokenAlreadyOwned,
    OwnerNotUtxo,
    UnbindNotOwner,
    YieldWithNoParent,
    BurnWithNoParent,
    UtxoNotFinalized,
    UtxoShouldBurn,
    UtxoShouldNotBurn,
    FinishedInUtxo,
    BurnedInputNoBurn,
    OwnershipOutMismatch,
    LiveTokenMustBeBound,
    ProcessNotInitialized,
    ReentrantResume,
    RefNotFound,
    RefPushNotBuilding,
    BuildingRefButCalledOther,
    RefPushOutOfBounds,
    RefGetOutOfBounds,
    RefInitializationMismatch,
    MustEnterPending,
    EnterMismatch,
    /** A.2/A.11: a process raised an effect whose handler is itself. */
    ReentrantHandler,
    /** A.4/A.11: a bound token burned, or an ephemeral token is still owned at the end. */
    TokenStillBound,
    /** A.4/A.11: a utxo ended (burned input or ephemeral) while owning tokens. */
    OwnerEndedWithTokens
}
