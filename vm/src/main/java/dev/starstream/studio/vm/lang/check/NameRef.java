package dev.starstream.studio.vm.lang.check;

/**
 * What a name in an expression (or an assignment target, or the variable of {@code if x is A})
 * refers to.
 */
public sealed interface NameRef {

    /** A parameter, {@code let} or pattern binding of the enclosing function. */
    record Local(Variable variable) implements NameRef {}

    /** A storage field of the enclosing utxo/token. */
    record Storage(UtxoInfo.StorageField field) implements NameRef {}

    /** A function used by name (normally as a callee; see {@link Callee}). */
    record Function(FunctionInfo function) implements NameRef {}

    /** {@code Utxo::main} or {@code Tok::mint} used by name (normally as a callee). */
    record Constructor(UtxoInfo owner, FunctionInfo function) implements NameRef {}

    /**
     * {@code Enum::Variant}: a unit variant's value, or a tuple variant's constructor used as callee.
     * The (instantiated) enum type is {@link TypedModule#typeOf} of the expression (of the call for a constructor).
     */
    record EnumVariant(String enumName, String variant, int tag) implements NameRef {}

    /** An event or effect named without {@code emit}/{@code raise} (an error, E0039) or as their callee. */
    record AbiMember(AbiInfo.Member member) implements NameRef {}

    /** A host function of the standard library. */
    record Runtime(RuntimeFunctionInfo function) implements NameRef {}

    /** The checker reported an error here. */
    record Unresolved() implements NameRef {}
}
