package dev.starstream.studio.vm.wasm.codegen.ir;

import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;
import java.util.Optional;

/** A statement; {@code id} is its stable statement id (debug hooks, debug info). */
public sealed interface IrStmt {
    int id();

    Span span();

    record Let(int id, IrVar var, IrExpr value, Span span) implements IrStmt {}

    record Assign(int id, Place place, IrExpr value, Span span) implements IrStmt {}

    record While(int id, IrExpr condition, IrBlock body, Span span) implements IrStmt {}

    record Return(int id, Optional<IrExpr> value, Span span) implements IrStmt {}

    /** {@code resume;}: the last statement of a utxo method; continues main after its yield. */
    record Resume(int id, Span span) implements IrStmt {}

    /** {@code try body with …}: {@code clauses} may be empty (then nothing is installed). */
    record Try(int id, IrBlock body, List<Clause> clauses, Span span) implements IrStmt {
        public Try {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * A {@code with} clause answering {@code abi}'s {@code effect}: one irrefutable pattern per
     * effect parameter; the body's value is the raise's value ({@code result}).
     */
    record Clause(String abi, String effect, List<Type> paramTypes, List<IrPattern> patterns, IrBlock body,
            Type result, Span span) {
        public Clause {
            paramTypes = List.copyOf(paramTypes);
            patterns = List.copyOf(patterns);
        }
    }

    record Expression(int id, IrExpr expr, Span span) implements IrStmt {}

    /** Where an assignment writes. */
    sealed interface Place {
        Type type();
    }

    record LocalPlace(IrVar var) implements Place {
        @Override
        public Type type() {
            return var.type();
        }
    }

    /** Field {@code field} of the storage of utxo/token type {@code owner}. */
    record StoragePlace(String owner, int field, Type type) implements Place {}
}
