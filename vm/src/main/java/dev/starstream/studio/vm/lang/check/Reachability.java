package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.diag.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * RUNTIME A.3: {@code try} is allowed only in coordination-script code. A {@code try} directly in
 * utxo/token code is reported while checking the body; this pass reports the {@code try}s of
 * top-level helper functions reachable from utxo/token code (across modules), with the call that
 * leads there.
 */
public final class Reachability {
    private Reachability() {}

    /** The E1001 diagnostics of helpers reachable from utxo/token code, over all the given modules. */
    public static List<Diagnostic> diagnostics(List<CheckedModule> modules) {
        Map<String, CheckedModule> byPath = new HashMap<>();
        List<FunctionInfo> seeds = new ArrayList<>();
        for (CheckedModule m : modules) {
            byPath.put(m.path(), m);
            for (FunctionInfo f : m.typed().functions()) {
                if (f.owner().isPresent()) {
                    seeds.add(f);
                }
            }
        }
        Map<FunctionInfo, FunctionInfo.CallSite> reachedBy = new IdentityHashMap<>();
        Map<FunctionInfo, String> origin = new IdentityHashMap<>();
        Deque<FunctionInfo> work = new ArrayDeque<>();
        for (FunctionInfo s : seeds) {
            for (FunctionInfo.CallSite c : s.calls) {
                if (!reachedBy.containsKey(c.target())) {
                    reachedBy.put(c.target(), c);
                    origin.put(c.target(), s.owner().map(u -> (u.isToken() ? "token `" : "utxo `") + u.name() + "`").orElse(""));
                    work.add(c.target());
                }
            }
        }
        while (!work.isEmpty()) {
            FunctionInfo f = work.poll();
            for (FunctionInfo.CallSite c : f.calls) {
                if (!reachedBy.containsKey(c.target())) {
                    reachedBy.put(c.target(), c);
                    origin.put(c.target(), origin.get(f));
                    work.add(c.target());
                }
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Map.Entry<FunctionInfo, FunctionInfo.CallSite> e : reachedBy.entrySet()) {
            FunctionInfo f = e.getKey();
            CheckedModule m = byPath.get(f.module());
            if (m == null || f.owner().isPresent()) {
                continue;
            }
            for (Stmt.Try t : f.tries) {
                Location call = e.getValue().at();
                out.add(Diagnostic.of(DiagnosticCode.E1001, m.typed().file(), StatementChecker.keyword(t.span(), "try"),
                        "`try` is not allowed in `" + f.name() + "`: " + origin.get(f) + " code calls it")
                        .withRelated(call, "called from utxo or token code here")
                        .withHelp("move the `try` into the coordination script, or keep `" + f.name() + "` out of utxo code"));
            }
        }
        out.sort(Diagnostics.ORDER);
        return out;
    }
}
