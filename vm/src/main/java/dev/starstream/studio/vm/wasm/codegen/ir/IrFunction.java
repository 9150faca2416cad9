package dev.starstream.studio.vm.wasm.codegen.ir;

import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;

/**
 * A function with a body: a top-level {@code fn}/{@code script fn}, a utxo's {@code main fn}, a
 * token's {@code mint}/{@code burn fn}, a helper {@code fn} of a utxo or token, or an {@code impl}
 * method. {@code owner} is the utxo/token type's name, empty at top level.
 */
public record IrFunction(Kind kind, String owner, String name, List<IrVar> params, Type result, IrBlock body,
        SourceFile file, Span span) {

    public enum Kind {
        FN,
        SCRIPT,
        MAIN,
        MINT,
        BURN,
        METHOD
    }

    public IrFunction {
        params = List.copyOf(params);
    }

    public FnRef ref() {
        FnRef.Role role = switch (kind) {
            case FN, SCRIPT -> FnRef.Role.DIRECT;
            case MAIN -> FnRef.Role.MAIN;
            case MINT -> FnRef.Role.MINT;
            case BURN -> FnRef.Role.BURN;
            case METHOD -> FnRef.Role.METHOD;
        };
        return new FnRef(file.path(), owner, name, role);
    }

    /** {@code name}, {@code Owner::name}: how the debugger and the name section call it. */
    public String qualifiedName() {
        return owner.isEmpty() ? name : owner + "::" + name;
    }
}
