package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.wasm.codegen.debug.DebugRecorder;
import dev.starstream.studio.vm.wasm.codegen.ir.FnRef;
import dev.starstream.studio.vm.wasm.codegen.ir.IrContract;
import dev.starstream.studio.vm.wasm.codegen.ir.IrStmt;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the writers of function bodies share while one module is generated: the builder, the
 * imports, the functions and globals declared so far, the handler clauses and {@code try} ids, and
 * the debug recorder.
 */
public final class ModuleContext {
    /** The state globals of a utxo/token type: the yield point (utxos), then each storage field's slots. */
    public record TypeGlobals(@Nullable GlobalId yieldPoint, List<SlotSource.Globals> storage) {
        public TypeGlobals {
            storage = List.copyOf(storage);
        }
    }

    /** A {@code with} clause compiled to the export {@code handler#index}. */
    public record Handler(int index, int tryId, FunctionId function) {}

    public final IrContract contract;
    public final ModuleBuilder module;
    public final Imports imports;
    public final boolean debug;
    public final DebugRecorder recorder;
    public final Map<FnRef, FunctionId> functions = new HashMap<>();
    public final Map<String, TypeGlobals> typeGlobals = new HashMap<>();
    public final Map<String, FunctionId> resumeDispatchers = new HashMap<>();
    public final Map<IrStmt.Try, Integer> tryIds = new IdentityHashMap<>();
    public final Map<IrStmt.Clause, Handler> handlers = new IdentityHashMap<>();
    /** Per utxo/token type, per storage field: the var-ids of its slots (debug hooks). */
    public final Map<String, List<int[]>> storageVarIds = new HashMap<>();
    private @Nullable Traps traps;
    private @Nullable IntArith arith;
    private @Nullable GlobalId stackPointer;

    public ModuleContext(IrContract contract, ModuleBuilder module, Imports imports, boolean debug, DebugRecorder recorder) {
        this.contract = contract;
        this.module = module;
        this.imports = imports;
        this.debug = debug;
        this.recorder = recorder;
    }

    /** Call once the imports are declared. */
    public void importsDeclared() {
        traps = new Traps(imports.get(Imports.TRAP_MODULE, "trap"));
        arith = new IntArith(module, traps);
    }

    public Traps traps() {
        if (traps == null) {
            throw new IllegalStateException("imports not declared yet");
        }
        return traps;
    }

    public IntArith arith() {
        if (arith == null) {
            throw new IllegalStateException("imports not declared yet");
        }
        return arith;
    }

    public void stackPointer(GlobalId global) {
        this.stackPointer = global;
    }

    /** The shadow stack pointer (docs/design/vm-abi.md §9). */
    public GlobalId stackPointer() {
        if (stackPointer == null) {
            throw new IllegalStateException("no shadow stack declared");
        }
        return stackPointer;
    }

    public FunctionId function(FnRef ref) {
        FunctionId id = functions.get(ref);
        if (id == null) {
            throw new IllegalStateException("function " + ref + " is not declared");
        }
        return id;
    }

    public TypeGlobals globals(String type) {
        TypeGlobals g = typeGlobals.get(type);
        if (g == null) {
            throw new IllegalStateException("no state globals for " + type);
        }
        return g;
    }
}
