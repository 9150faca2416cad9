package dev.starstream.studio.vm.interleaving.op;

/**
 * The 21 ledger operations with their upstream discriminants (RUNTIME B §3.2, settled as 0–20).
 * The discriminant is what the per-process commitment hashes together with the slots a0..a6.
 */
public enum Opcode {
    RESUME(0, "Resume", true),
    YIELD(1, "Yield", true),
    NEW_UTXO(2, "NewUtxo", false),
    NEW_COORD(3, "NewCoord", false),
    INSTALL_HANDLER(4, "InstallHandler", false),
    UNINSTALL_HANDLER(5, "UninstallHandler", false),
    GET_HANDLER_FOR(6, "GetHandlerFor", false),
    BURN(7, "Burn", false),
    ACTIVATION(8, "Activation", false),
    INIT(9, "Init", false),
    NEW_REF(10, "NewRef", false),
    REF_PUSH(11, "RefPush", false),
    REF_GET(12, "RefGet", false),
    BIND(13, "Bind", false),
    UNBIND(14, "Unbind", false),
    PROGRAM_HASH(15, "ProgramHash", false),
    REF_WRITE(16, "RefWrite", false),
    RETURN(17, "Return", true),
    CALL_EFFECT_HANDLER(18, "CallEffectHandler", true),
    NEW_TOKEN(19, "NewToken", false),
    ENTER(20, "Enter", false);

    private static final Opcode[] BY_DISCRIMINANT = values();

    private final int discriminant;
    private final String opName;
    private final boolean control;

    Opcode(int discriminant, String opName, boolean control) {
        this.discriminant = discriminant;
        this.opName = opName;
        this.control = control;
    }

    /** The upstream discriminant, 0–20. */
    public int discriminant() {
        return discriminant;
    }

    /** The operation's name as the spec and the JSON write it, e.g. {@code CallEffectHandler}. */
    public String opName() {
        return opName;
    }

    /** Whether the operation may hand control to another process (Resume, Yield, Return, CallEffectHandler). */
    public boolean control() {
        return control;
    }

    public static Opcode ofDiscriminant(int discriminant) {
        if (discriminant < 0 || discriminant >= BY_DISCRIMINANT.length) {
            throw new IllegalArgumentException("no opcode has discriminant " + discriminant);
        }
        return BY_DISCRIMINANT[discriminant];
    }
}
