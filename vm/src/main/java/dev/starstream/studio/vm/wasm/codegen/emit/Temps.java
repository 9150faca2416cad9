package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.wasm.encode.CodeBuilder;
import dev.starstream.studio.vm.wasm.encode.Local;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Scratch locals of one function body, reused once released. */
public final class Temps {
    private final CodeBuilder code;
    private final Map<ValType, Deque<Local>> free = new EnumMap<>(ValType.class);
    private int created;

    public Temps(CodeBuilder code) {
        this.code = code;
    }

    public Local take(ValType type) {
        Deque<Local> pool = free.get(type);
        if (pool != null && !pool.isEmpty()) {
            return pool.pop();
        }
        return code.local(type, "t" + created++);
    }

    public List<Local> take(List<ValType> types) {
        List<Local> out = new ArrayList<>(types.size());
        types.forEach(t -> out.add(take(t)));
        return out;
    }

    public void release(Local local) {
        free.computeIfAbsent(local.type(), t -> new ArrayDeque<>()).push(local);
    }

    public void release(List<Local> locals) {
        for (int i = locals.size() - 1; i >= 0; i--) {
            release(locals.get(i));
        }
    }
}
