package dev.starstream.studio.vm.interleaving;

/**
 * The rules every interleaving obeys: checks 1–60 of RUNTIME B §3.4 as amended by A.2, then the
 * Studio rules 61–66 (A.2, A.4, A.5b, and the prover's "every trace entry consumed"). Each rule
 * names the {@link InterleavingError} a violation reports.
 *
 * <p>Rules 1–53 and 61–63 are checked at the operation they concern, before it takes effect; rules
 * 54–60 and 64–66 at the end of the transaction ({@link #atEnd()}).
 */
public enum Rule {
    SHAPE(1, InterleavingError.Shape, "B §3.4", "the instance is well formed: is_utxo, is_token and the process table have the same length; is_token implies is_utxo; is_utxo holds exactly for inputs and new outputs; n_inputs + n_new + n_coords = n; ownership_in/out have n_inputs + n_new entries; must_burn has n_inputs; ownership entries name utxos; ephemeral only marks new outputs; the entrypoint is a process; one trace per process"),
    NEXT_TRACE_ENTRY(2, InterleavingError.Shape, "B §3.4", "the operation is the next entry of the trace of the process that holds control"),
    ONLY_PUSH_WHILE_BUILDING(3, InterleavingError.BuildingRefButCalledOther, "B §3.4", "while a process builds a ref, its next operation is RefPush"),
    ENTER_WHEN_PENDING(4, InterleavingError.MustEnterPending, "B §3.4", "while a transfer's function is pending, the next operation is Enter"),
    RESUME_NOT_SELF(5, InterleavingError.SelfResume, "B §3.4", "Resume: the target is not the current process"),
    RESUME_NOT_FROM_UTXO(6, InterleavingError.UtxoResumesUtxo, "A.2", "Resume: the current process is not a utxo (A.2: a utxo never resumes anything)"),
    RESUME_TARGET_INITIALIZED(7, InterleavingError.TargetNotInitialized, "B §3.4", "Resume: the target is initialized"),
    RESUME_TARGET_NOT_ACTIVE(8, InterleavingError.ReentrantResume, "B §3.4", "Resume: the target has no pending activation (no re-entrancy)"),
    RESUME_INPUT_CLAIM(9, InterleavingError.ResumeClaimMismatch, "B §3.4", "Resume: if the target expects an input, val is that ref"),
    RESUME_RESUMER_CLAIM(10, InterleavingError.ResumerMismatch, "B §3.4", "Resume: if the target expects a resumer, it is the current process"),
    YIELD_FROM_UTXO(11, InterleavingError.UtxoOnly, "B §3.4", "Yield: the current process is a utxo"),
    YIELD_HAS_PARENT(12, InterleavingError.YieldWithNoParent, "B §3.4", "Yield: the current process has a parent (yield_to)"),
    YIELD_REF_EXISTS(13, InterleavingError.RefNotFound, "B §3.4", "Yield: val is an existing ref"),
    YIELD_RESUMER_CLAIM(14, InterleavingError.ResumerMismatch, "B §3.4", "Yield: if the parent expects a resumer, it is the current process"),
    YIELD_INPUT_CLAIM(15, InterleavingError.YieldClaimMismatch, "A.2", "Yield: if the parent expects an input, that ref has the same contents as val (A.2: contents, not ids)"),
    RETURN_FROM_COORD(16, InterleavingError.CoordOnly, "B §3.4", "Return: the current process is a coordination script"),
    RETURN_HAS_PARENT(17, InterleavingError.Shape, "B §3.4", "Return: the current process has a parent, or is the entrypoint"),
    PROGRAM_HASH_MATCHES(18, InterleavingError.ProgramHashMismatch, "B §3.4", "ProgramHash: the hash is the target's entry in the process table"),
    NEW_FROM_COORD(19, InterleavingError.CoordOnly, "B §3.4", "NewUtxo/NewToken/NewCoord: the current process is a coordination script"),
    NEW_KIND(20, InterleavingError.Shape, "B §3.4", "NewUtxo/NewToken create a utxo, NewCoord a coordination script"),
    NEW_TOKEN_FLAG(21, InterleavingError.Shape, "B §3.4", "NewUtxo creates a non-token, NewToken a token"),
    NEW_PROGRAM_HASH(22, InterleavingError.ProgramHashMismatch, "B §3.4", "NewUtxo/NewToken/NewCoord: the hash is the new process's entry in the process table"),
    NEW_NOT_INITIALIZED(23, InterleavingError.Shape, "B §3.4", "NewUtxo/NewToken/NewCoord: the new process was not initialized before (live: its id is the next fresh one)"),
    INSTALL_FROM_COORD(24, InterleavingError.CoordOnly, "B §3.4", "InstallHandler: the current process is a coordination script"),
    UNINSTALL_FROM_COORD(25, InterleavingError.CoordOnly, "B §3.4", "UninstallHandler: the current process is a coordination script"),
    UNINSTALL_STACK_NOT_EMPTY(26, InterleavingError.HandlerNotFound, "B §3.4", "UninstallHandler: the interface's handler stack is not empty"),
    UNINSTALL_TOP_IS_CURRENT(27, InterleavingError.InstalledHandlerIsNotCurrent, "B §3.4", "UninstallHandler: the top of the stack is the current process"),
    GET_HANDLER_MATCHES(28, InterleavingError.HandlerGetMismatch, "B §3.4", "GetHandlerFor: the stack is not empty and its top is the handler read"),
    CALL_HANDLER_EXISTS(29, InterleavingError.HandlerNotFound, "B §3.4", "CallEffectHandler: the interface's handler stack is not empty"),
    CALL_HANDLER_NOT_ACTIVE(30, InterleavingError.ReentrantResume, "B §3.4", "CallEffectHandler: the handler has no pending activation"),
    CALL_INPUT_CLAIM(31, InterleavingError.ResumeClaimMismatch, "B §3.4", "CallEffectHandler: if the handler expects an input, val is that ref"),
    CALL_RESUMER_CLAIM(32, InterleavingError.ResumerMismatch, "B §3.4", "CallEffectHandler: if the handler expects a resumer, it is the current process"),
    ENTER_MATCHES(33, InterleavingError.EnterMismatch, "B §3.4", "Enter: a function is pending and it is this one"),
    ENTER_NO_OPEN_FRAME(34, InterleavingError.EnterMismatch, "B §3.4", "Enter: no frame is open (must_exit is false)"),
    ACTIVATION_MATCHES(35, InterleavingError.Shape, "A.2", "Activation: an activation is pending and equals (val, caller), the stored caller (A.2)"),
    INIT_MATCHES(36, InterleavingError.Shape, "A.2", "Init: a constructor argument is pending and equals (val, caller); it is read once (A.2)"),
    NEW_REF_NOT_BUILDING(37, InterleavingError.BuildingRefButCalledOther, "B §3.4", "NewRef: the current process is not already building a ref"),
    NEW_REF_SEQUENTIAL(38, InterleavingError.RefInitializationMismatch, "B §3.4", "NewRef: the ref is the next id of the arena (and the arena stays below 2^31 lanes)"),
    REF_PUSH_BUILDING(39, InterleavingError.RefPushNotBuilding, "B §3.4", "RefPush: the current process is building a ref"),
    REF_GET_EXISTS(40, InterleavingError.RefNotFound, "B §3.4", "RefGet: the ref exists"),
    REF_GET_IN_BOUNDS(41, InterleavingError.RefGetOutOfBounds, "B §3.4", "RefGet: the offset is below the ref's size in words"),
    REF_GET_VALUE(42, InterleavingError.Shape, "B §3.4", "RefGet: the word read equals the stored lanes"),
    REF_WRITE_EXISTS(43, InterleavingError.RefNotFound, "B §3.4", "RefWrite: the ref exists"),
    REF_WRITE_IN_BOUNDS(44, InterleavingError.Shape, "B §3.4", "RefWrite: the offset is below the ref's size in words"),
    BURN_FROM_UTXO(45, InterleavingError.UtxoOnly, "B §3.4", "Burn: the current process is a utxo"),
    BURN_ONLY_BURNED_INPUT(46, InterleavingError.UtxoShouldNotBurn, "A.2", "Burn: the current process is an input without continuation (must_burn), initialized (A.2)"),
    BIND_FROM_UTXO(47, InterleavingError.UtxoOnly, "B §3.4", "Bind: the current process (the token) is a utxo"),
    BIND_OWNER_UTXO(48, InterleavingError.OwnerNotUtxo, "B §3.4", "Bind: the owner is a utxo"),
    BIND_BOTH_INITIALIZED(49, InterleavingError.Shape, "B §3.4", "Bind: token and owner are initialized"),
    BIND_TOKEN_UNOWNED(50, InterleavingError.TokenAlreadyOwned, "B §3.4", "Bind: the token is not owned yet"),
    UNBIND_FROM_UTXO(51, InterleavingError.UtxoOnly, "B §3.4", "Unbind: the current process (the owner) is a utxo"),
    UNBIND_TOKEN_LIVE(52, InterleavingError.Shape, "B §3.4", "Unbind: the token is an initialized utxo"),
    UNBIND_BY_OWNER(53, InterleavingError.UnbindNotOwner, "B §3.4", "Unbind: the current process owns the token"),
    BURNED_INPUT_TRACE_BURNS(54, InterleavingError.BurnedInputNoBurn, "B §3.4", "end: the trace of every input without continuation contains a Burn"),
    UTXOS_FINALIZED(55, InterleavingError.UtxoNotFinalized, "B §3.4", "end: every utxo's last transfer out was a Yield"),
    BURNED_INPUT_DID_BURN(56, InterleavingError.UtxoShouldBurn, "B §3.4", "end: every input without continuation performed its Burn"),
    ENDS_IN_COORD(57, InterleavingError.FinishedInUtxo, "B §3.4", "end: execution ends in a coordination script"),
    OWNERSHIP_OUT_MATCHES(58, InterleavingError.OwnershipOutMismatch, "B §3.4", "end: the computed ownership equals ownership_out for every utxo"),
    LIVE_TOKENS_BOUND(59, InterleavingError.LiveTokenMustBeBound, "A.5b", "end: every token that did not burn and is not ephemeral (A.5b) is bound"),
    ALL_INITIALIZED(60, InterleavingError.ProcessNotInitialized, "B §3.4", "end: every process is initialized"),
    PIDS_IN_TABLE(61, InterleavingError.BadPid, "B §3.6", "every pid an operation acts on names a process of the transaction"),
    NO_SELF_HANDLER(62, InterleavingError.ReentrantHandler, "A.2", "CallEffectHandler: the handler is not the current process"),
    BURN_UNBOUND(63, InterleavingError.TokenStillBound, "A.4", "Burn: a token that burns is not bound"),
    ENDED_OWNS_NOTHING(64, InterleavingError.OwnerEndedWithTokens, "A.4", "end: no token is owned by a utxo that ended (a burned input or an ephemeral)"),
    EPHEMERAL_UNBOUND(65, InterleavingError.TokenStillBound, "A.5b", "end: an ephemeral (A.5b) is not owned"),
    ALL_ENTRIES_CONSUMED(66, InterleavingError.Shape, "B §4.1", "end: every entry of every trace was executed");

    private static final Rule[] BY_NUMBER = values();

    private final int number;
    private final InterleavingError error;
    private final String source;
    private final String text;

    Rule(int number, InterleavingError error, String source, String text) {
        this.number = number;
        this.error = error;
        this.source = source;
        this.text = text;
    }

    /** The rule's number: 1–60 as in RUNTIME B §3.4, 61–66 for the Studio rules. */
    public int number() {
        return number;
    }

    /** The error a violation of this rule reports. */
    public InterleavingError error() {
        return error;
    }

    /** Where the rule is written down, e.g. {@code "B §3.4"} or {@code "A.2"} (amended or added there). */
    public String source() {
        return source;
    }

    /** What the rule requires, in one sentence. */
    public String text() {
        return text;
    }

    /** Whether the rule is checked at the end of the transaction rather than at an operation. */
    public boolean atEnd() {
        return (number >= 54 && number <= 60) || number >= 64;
    }

    /** The rule with this number. */
    public static Rule number(int number) {
        if (number < 1 || number > BY_NUMBER.length) {
            throw new IllegalArgumentException("rules are numbered 1.." + BY_NUMBER.length + ", got " + number);
        }
        return BY_NUMBER[number - 1];
    }
}
