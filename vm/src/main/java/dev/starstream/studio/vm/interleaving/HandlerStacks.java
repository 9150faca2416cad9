package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** One stack of handler pids per interface id (B §1.6), in the order interfaces were first used. */
final class HandlerStacks {
    private final Map<Hash, IntStack> stacks = new LinkedHashMap<>();

    /** The top of {@code iface}'s stack, or −1 when it is empty. */
    int top(Hash iface) {
        IntStack stack = stacks.get(iface);
        return stack == null ? Proc.NONE : stack.top();
    }

    void push(Hash iface, int pid) {
        stacks.computeIfAbsent(iface, k -> new IntStack()).push(pid);
    }

    void pop(Hash iface) {
        stacks.get(iface).pop();
    }

    /** Every interface seen, bottom of the stack first; pids mapped through {@code pidOf}. */
    Map<Hash, List<ProcessId>> snapshot(IntFunction<ProcessId> pidOf) {
        Map<Hash, List<ProcessId>> out = new LinkedHashMap<>();
        stacks.forEach((iface, stack) -> {
            List<ProcessId> pids = new ArrayList<>(stack.size);
            for (int i = 0; i < stack.size; i++) {
                pids.add(pidOf.apply(stack.items[i]));
            }
            out.put(iface, List.copyOf(pids));
        });
        return Collections.unmodifiableMap(out);
    }

    private static final class IntStack {
        private int[] items = new int[4];
        private int size;

        int top() {
            return size == 0 ? Proc.NONE : items[size - 1];
        }

        void push(int pid) {
            if (size == items.length) {
                items = Arrays.copyOf(items, 2 * size);
            }
            items[size++] = pid;
        }

        void pop() {
            size--;
        }
    }
}
