package dev.starstream.studio.vm.wasm.load;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.InvalidException;
import com.dylibso.chicory.wasm.MalformedException;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.UnlinkableException;
import dev.starstream.studio.vm.wasm.ExecutionInterruptedException;
import dev.starstream.studio.vm.wasm.InvalidModuleException;
import dev.starstream.studio.vm.wasm.LinkException;
import dev.starstream.studio.vm.wasm.OutOfGasException;
import dev.starstream.studio.vm.wasm.StackOverflowException;
import dev.starstream.studio.vm.wasm.WasmException;
import dev.starstream.studio.vm.wasm.WasmTrapException;
import dev.starstream.studio.vm.wasm.meter.GasSite;
import dev.starstream.studio.vm.wasm.meter.MeterLayout;
import org.jspecify.annotations.Nullable;

/** Turns whatever escaped Chicory into the one exception hierarchy of the wasm layer. */
final class Failures {
    private static final String CALL_STACK_EXHAUSTED = "call stack exhausted";

    private Failures() {}

    /** A failure during a call on {@code instance}. */
    static WasmException duringCall(Throwable failure, WasmInstance instance) {
        WasmException ours = ours(failure);
        if (ours != null) {
            return ours;
        }
        MeterLayout layout = instance.module().layout();
        int site = instance.takeGasSite();
        if (site >= 0) {
            GasSite gasSite = layout.sites().get(site);
            return new OutOfGasException(instance.budget().gasLimit(), gasSite.functionIndex(),
                    layout.functionName(gasSite.functionIndex()), gasSite.instructionOffset());
        }
        int overflowed = instance.takeDepthSite();
        if (overflowed >= 0) {
            return new StackOverflowException(instance.budget().depthLimit(), overflowed, layout.functionName(overflowed));
        }
        return switch (failure) {
            case ChicoryInterruptedException e -> new ExecutionInterruptedException("execution interrupted", e);
            case StackOverflowError e -> new StackOverflowException(-1, -1, "the JVM stack ran out", e);
            case ChicoryException e when CALL_STACK_EXHAUSTED.equals(e.getMessage()) ->
                    new StackOverflowException(-1, -1, "the JVM stack ran out", e);
            case LinkageError e -> new WasmTrapException("compiled code failed to load: " + e, e);
            case ChicoryException e -> new WasmTrapException(message(e), e);
            default -> new WasmTrapException("host function failed: " + failure, failure);
        };
    }

    /** A failure while building an instance. */
    static WasmException duringInstantiation(Throwable failure) {
        WasmException ours = ours(failure);
        if (ours != null) {
            return ours;
        }
        return switch (failure) {
            case UnlinkableException e -> new LinkException("cannot link: " + message(e), e);
            case UninstantiableException e -> new LinkException("cannot instantiate: " + message(e), e);
            case InvalidException e -> new InvalidModuleException("invalid module: " + message(e), e);
            case MalformedException e -> new InvalidModuleException("malformed module: " + message(e), e);
            case ChicoryException e -> new LinkException("cannot instantiate: " + message(e), e);
            default -> new LinkException("cannot instantiate: " + failure, failure);
        };
    }

    /** Our own exception, thrown directly or carried as a cause (host functions re-entering). */
    static @Nullable WasmException ours(Throwable failure) {
        for (@Nullable Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WasmException ours) {
                return ours;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
