package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.types.Type;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a call ({@code f(x)}, {@code h.m(x)}), an {@code emit}, a {@code raise} or a {@code runtime}
 * call invokes — decided by the checker so that the code generator never resolves names itself.
 */
public sealed interface Callee {

    /**
     * A function with a body: a top-level {@code fn} or {@code script fn} (possibly from another
     * module, see {@link FunctionInfo#module()}) or a helper {@code fn} of the enclosing utxo/token
     * ({@link FunctionInfo.Role#LOCAL_HELPER}).
     */
    record Function(FunctionInfo function) implements Callee {
        public boolean isLocalHelper() {
            return function.role() == FunctionInfo.Role.LOCAL_HELPER;
        }
    }

    /** {@code Utxo::mainFn(args)}: creates a utxo and runs its main function to its first yield (or end). */
    record UtxoConstructor(UtxoInfo utxo, FunctionInfo main) implements Callee {}

    /** {@code Tok::mintFn(args)}: creates a token (RUNTIME A.4, A.9 T1). */
    record TokenMint(UtxoInfo token, FunctionInfo mint) implements Callee {}

    /**
     * {@code h.m(args)} where {@code m} is a method of ABI {@code abi} and {@code h} a handle: a named
     * utxo/token, or a {@code Utxo} narrowed by {@code if h is Abi}. {@code receiver} is the handle's
     * static type at the call ({@link Type.Abi} when narrowed).
     */
    record AbiMethod(AbiInfo abi, AbiInfo.Member method, Type receiver) implements Callee {}

    /** {@code t.attach(u)}, {@code t.detach(u)} or {@code t.burnFn(args)} on a token handle (RUNTIME A.4). */
    record TokenMethod(TokenOp op, @Nullable UtxoInfo token, @Nullable FunctionInfo burn) implements Callee {
        /** The token type when the handle is a named token ({@code Gold}); empty for a plain {@code Token}. */
        public Optional<UtxoInfo> tokenType() {
            return Optional.ofNullable(token);
        }

        /** The {@code burn fn} for {@link TokenOp#BURN}. */
        public Optional<FunctionInfo> burnFunction() {
            return Optional.ofNullable(burn);
        }
    }

    /** The three built-in token operations. */
    enum TokenOp {
        ATTACH,
        DETACH,
        BURN
    }

    /** {@code emit E(args)}. */
    record Event(AbiInfo.Member event) implements Callee {}

    /** {@code raise E(args)}. */
    record Effect(AbiInfo.Member effect) implements Callee {}

    /** {@code runtime f(args)}: a host function of the standard library. */
    record Runtime(RuntimeFunctionInfo function) implements Callee {}

    /**
     * {@code Enum::Variant(args)}: builds a tuple-payload variant ({@code tag} = index of the
     * variant); the enum type is {@link TypedModule#typeOf} of the call.
     */
    record EnumConstructor(String enumName, String variant, int tag) implements Callee {}

    /** The checker reported an error here; nothing to call. */
    record Unresolved() implements Callee {}
}
