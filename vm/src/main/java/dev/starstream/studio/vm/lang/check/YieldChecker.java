package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code yield(A, …)}: only in a utxo's {@code main fn} (E0051); each name an ABI declared before
 * the utxo (E0047) that the utxo implements (E1005, Studio). Records the yield point.
 */
final class YieldChecker {
    private final ModuleContext cx;
    private final BodyChecker body;

    YieldChecker(ModuleContext cx, BodyChecker body) {
        this.cx = cx;
        this.body = body;
    }

    Ty yield(Expr.Yield y) {
        FnContext fn = body.fn;
        boolean inMain = fn.fn.role() == FunctionInfo.Role.UTXO_MAIN && fn.owner != null && !fn.owner.isToken();
        if (!inMain) {
            cx.error(DiagnosticCode.E0051, StatementChecker.keyword(y.span(), "yield"), "`yield` is only allowed in a utxo's `main fn`",
                    fn.owner != null && fn.owner.isToken() ? "tokens never yield; their methods are always callable"
                            : "ABI methods end with `resume;` to continue the suspended `main fn`");
        }
        List<AbiInfo> abis = new ArrayList<>();
        for (Ident name : y.abis()) {
            if (ModuleContext.missing(name)) {
                continue;
            }
            AbiInfo abi = body.abiNamed(name, cx.order);
            if (abi == null) {
                continue;
            }
            abis.add(abi);
            if (inMain && !fn.owner.implementsAbi(abi.name())) {
                cx.error(DiagnosticCode.E1005, name.span(), "utxo `" + fn.owner.name() + "` yields `" + abi.name()
                        + "` but does not implement it", "add `impl " + abi.name() + " { … }` to `" + fn.owner.name() + "`");
            }
        }
        if (inMain) {
            YieldPoint point = new YieldPoint(fn.owner.yieldPoints().size() + 1, y, fn.fn, abis, body.scope.variablesInScope());
            fn.owner.addYieldPoint(point);
            fn.yields.add(point);
            fn.yieldLoops.add(new ArrayList<>(fn.loops));
            cx.typed.yieldPoint(y, point);
        }
        return Ty.UNIT;
    }
}
