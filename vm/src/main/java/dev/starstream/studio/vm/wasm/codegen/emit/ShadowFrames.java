package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.wasm.codegen.ir.IrFunction;
import dev.starstream.studio.vm.wasm.codegen.ir.IrStmt;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import dev.starstream.studio.vm.wasm.codegen.ir.IrWalker;
import dev.starstream.studio.vm.wasm.codegen.layout.Slots;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Shadow frames (docs/design/vm-abi.md §9). A function and each of its {@code with} clauses (each its
 * own wasm function, {@code handler#n}) form a tree of scopes. A variable that a clause reads or
 * assigns but that an enclosing scope declared lives in that scope's frame in linear memory, so body
 * and clause see the same value. A clause reaches an outer frame through its {@code frame} parameter;
 * a clause that has a frame of its own stores that parameter at offset 0 of it (the link to the next
 * outer frame). Everything else stays in wasm locals.
 *
 * <p>A scope with a {@code try} that has clauses always has a frame, which holds one i32 <em>running
 * flag</em> per clause of its tries, after its captured variables: the clause sets it while it runs
 * (whether the body called it directly or the host did), so the runtime's A.3 walk sees that it is
 * running and reports a raise it would answer as {@code ReentrantHandler}. A frame is one activation,
 * so a clause that calls its own function again starts a fresh, idle set of flags.
 */
public final class ShadowFrames {
    /** A function body or a clause body. */
    public static final class Scope {
        private final @Nullable Scope parent;
        private final int depth;
        private boolean needsFrame;
        private int size;

        Scope(@Nullable Scope parent) {
            this.parent = parent;
            this.depth = parent == null ? 0 : parent.depth + 1;
            this.size = parent == null ? 0 : 8; // a clause reserves offset 0 for the link
        }

        public @Nullable Scope parent() {
            return parent;
        }

        public int depth() {
            return depth;
        }

        public boolean needsFrame() {
            return needsFrame;
        }

        /** Frame size in bytes, a multiple of 8. */
        public int size() {
            return (size + 7) & ~7;
        }

        /** True for a clause scope: its {@code frame} parameter is the enclosing scope's frame. */
        public boolean isClause() {
            return parent != null;
        }

        int allocate(ValType type) {
            int width = type == ValType.I64 ? 8 : 4;
            size = (size + width - 1) / width * width;
            int offset = size;
            size += width;
            return offset;
        }
    }

    /** A variable kept in the frame of {@code owner}, one byte offset per slot. */
    public record Framed(Scope owner, List<Integer> offsets, List<ValType> slots) {}

    private final Scope root;
    private final Map<IrStmt.Clause, Scope> clauses = new IdentityHashMap<>();
    private final Map<Integer, Framed> framed = new HashMap<>();
    private final Map<Integer, int[]> framedVarIds = new HashMap<>();
    private final Map<IrStmt.Clause, Integer> runningFlags = new IdentityHashMap<>();

    private ShadowFrames(Scope root) {
        this.root = root;
    }

    public static ShadowFrames of(IrFunction function) {
        ShadowFrames frames = new ShadowFrames(new Scope(null));
        frames.analyse(function);
        return frames;
    }

    public Scope root() {
        return root;
    }

    public Scope scope(IrStmt.Clause clause) {
        Scope s = clauses.get(clause);
        if (s == null) {
            throw new IllegalArgumentException("clause is not part of this function");
        }
        return s;
    }

    /**
     * The byte offset of {@code clause}'s running flag in the frame of the scope whose {@code try} it
     * belongs to, which is the frame the clause receives as its {@code frame} parameter.
     */
    public int runningFlag(IrStmt.Clause clause) {
        Integer offset = runningFlags.get(clause);
        if (offset == null) {
            throw new IllegalArgumentException("clause is not part of this function");
        }
        return offset;
    }

    public @Nullable Framed framed(IrVar var) {
        return framed.get(var.id());
    }

    /**
     * The var-ids of a framed variable, shared by the function and its clauses (registered where the
     * variable is declared, used by write hooks wherever it is assigned).
     */
    public Map<Integer, int[]> framedVarIds() {
        return framedVarIds;
    }

    /** The variables kept in frames. */
    public Map<Integer, Framed> all() {
        return java.util.Collections.unmodifiableMap(framed);
    }

    private void analyse(IrFunction function) {
        Map<Integer, Scope> owners = new HashMap<>();
        Map<Integer, IrVar> vars = new HashMap<>();
        List<IrVar> captured = new ArrayList<>();
        List<Map.Entry<IrStmt.Clause, Scope>> flagOwners = new ArrayList<>(); // in walk order
        new IrWalker() {
            private Scope current = root;

            @Override
            protected void declare(IrVar v) {
                owners.put(v.id(), current);
                vars.put(v.id(), v);
            }

            @Override
            protected void use(IrVar v, boolean write) {
                Scope owner = owners.get(v.id());
                if (owner == null || owner == current) {
                    return;
                }
                if (!captured.contains(v)) {
                    captured.add(v);
                }
                for (Scope s = current.parent; s != null && s != owner; s = s.parent) {
                    s.needsFrame = true; // holds the link towards the owner
                }
            }

            @Override
            protected void clause(IrStmt.Try owner, int index, IrStmt.Clause clause) {
                Scope outer = current;
                flagOwners.add(Map.entry(clause, outer));
                current = new Scope(outer);
                clauses.put(clause, current);
                super.clause(owner, index, clause);
                current = outer;
            }
        }.function(function);
        captured.sort(java.util.Comparator.comparingInt(IrVar::id));
        for (IrVar v : captured) {
            Scope owner = owners.get(v.id());
            owner.needsFrame = true;
            List<ValType> slots = Slots.of(v.type());
            List<Integer> offsets = new ArrayList<>();
            for (ValType t : slots) {
                offsets.add(owner.allocate(t));
            }
            framed.put(v.id(), new Framed(owner, offsets, slots));
        }
        for (Map.Entry<IrStmt.Clause, Scope> flag : flagOwners) {
            flag.getValue().needsFrame = true;
            runningFlags.put(flag.getKey(), flag.getValue().allocate(ValType.I32));
        }
    }
}
