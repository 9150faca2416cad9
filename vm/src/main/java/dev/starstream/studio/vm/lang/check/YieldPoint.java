package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Expr;
import java.util.List;

/**
 * A {@code yield(A, B)} in a utxo's {@code main fn}: its number k (1-based, per utxo, source
 * order), the ABIs it offers (in the order written; unknown names left out), the main function it
 * is in, and the variables in scope at that point in declaration order (parameters first) — the
 * candidates the code generator spills (RUNTIME A.8, A.9 Y1).
 */
public record YieldPoint(int index, Expr.Yield node, FunctionInfo main, List<AbiInfo> abis, List<Variable> inScope) {
    public YieldPoint {
        abis = List.copyOf(abis);
        inScope = List.copyOf(inScope);
    }
}
