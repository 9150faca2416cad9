package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.runtime.values.Value;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects what a run produces besides operations: events (A.5) and, from debug builds, statement
 * steps, variable writes, function entries and exits and coroutine switches, each stamped with the
 * number of interleaving steps executed before it so that the trace can merge them into global order.
 */
final class Recorder {
    /** An emitted event, before pids are canonical. */
    record Emitted(Proc proc, String abi, String name, List<Value> args, @Nullable SourceLocation site, int statement,
            @Nullable SourceLocation statementLocation, long step) {}

    /** A debug hook call, before pids are canonical. */
    record Hooked(Proc proc, DebugStep.Kind kind, int id, List<Long> lanes, long step) {}

    final List<Emitted> events = new ArrayList<>();
    final List<Hooked> hooks = new ArrayList<>();

    void event(Proc proc, String abi, String name, List<Value> args, @Nullable SourceLocation site, int statement,
            @Nullable SourceLocation statementLocation, long step) {
        events.add(new Emitted(proc, abi, name, List.copyOf(args), site, statement, statementLocation, step));
    }

    void hook(Proc proc, DebugStep.Kind kind, int id, List<Long> lanes, long step) {
        hooks.add(new Hooked(proc, kind, id, lanes, step));
    }
}
