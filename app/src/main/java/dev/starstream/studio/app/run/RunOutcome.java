package dev.starstream.studio.app.run;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.runtime.RunReport;
import dev.starstream.studio.vm.runtime.TransactionResult;
import dev.starstream.studio.vm.wasm.codegen.CompiledContract;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What came of asking to run a script. */
public sealed interface RunOutcome {
    /** The contract does not compile; nothing ran. */
    record CompileFailed(String file, List<Diagnostic> diagnostics) implements RunOutcome {
        public CompileFailed {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The request could not be run at all (no such script, an argument that is not a literal of its
     * type, a handle selector that finds nothing, a missing wallet key, an unreadable ledger).
     */
    record Refused(String message) implements RunOutcome {}

    /**
     * The transaction ran: committed and applied ({@code applied} set), or failed (by the runtime, or
     * refused by the ledger, which {@code result} then reports as a failure).
     */
    record Ran(CompiledContract contract, TransactionResult result, RunReport report, ApplyResult.@Nullable Committed applied)
            implements RunOutcome {
        public boolean committed() {
            return applied != null && result instanceof TransactionResult.Committed;
        }
    }
}
