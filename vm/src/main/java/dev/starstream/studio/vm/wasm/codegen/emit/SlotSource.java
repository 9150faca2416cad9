package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.wasm.encode.CodeBuilder;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import dev.starstream.studio.vm.wasm.encode.Local;
import dev.starstream.studio.vm.wasm.encode.MemOp;
import dev.starstream.studio.vm.wasm.encode.Op;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the slots of a value sit: wasm locals, globals (storage, spill slots), or a shadow frame in
 * linear memory. Slices address parts of a value (a struct field, an enum payload field); a
 * {@link Narrowed} view reads {@code i32} fields out of {@code i64} payload positions.
 */
public sealed interface SlotSource {
    List<ValType> types();

    /** Pushes slot {@code i}. */
    void load(CodeBuilder code, int i);

    /** Stores the value {@code value} pushes into slot {@code i}. */
    void store(CodeBuilder code, int i, Consumer<CodeBuilder> value);

    default int size() {
        return types().size();
    }

    default void loadAll(CodeBuilder code) {
        for (int i = 0; i < size(); i++) {
            load(code, i);
        }
    }

    /**
     * Pops a value of these slot types off the stack into this place (the last slot is on top).
     * {@code temps} provides scratch locals where a slot cannot be stored straight from the stack.
     */
    default void storeFromStack(CodeBuilder code, Temps temps) {
        List<Local> scratch = temps.take(types());
        for (int i = size() - 1; i >= 0; i--) {
            code.localSet(scratch.get(i));
        }
        for (int i = 0; i < size(); i++) {
            Local l = scratch.get(i);
            store(code, i, c -> c.localGet(l));
        }
        temps.release(scratch);
    }

    default SlotSource slice(int from, int count) {
        return new Slice(this, from, count);
    }

    /** Wasm locals, one per slot. */
    record Locals(List<Local> locals) implements SlotSource {
        public Locals {
            locals = List.copyOf(locals);
        }

        @Override
        public List<ValType> types() {
            return locals.stream().map(Local::type).toList();
        }

        @Override
        public void load(CodeBuilder code, int i) {
            code.localGet(locals.get(i));
        }

        @Override
        public void store(CodeBuilder code, int i, Consumer<CodeBuilder> value) {
            value.accept(code);
            code.localSet(locals.get(i));
        }

        @Override
        public void storeFromStack(CodeBuilder code, Temps temps) {
            for (int i = locals.size() - 1; i >= 0; i--) {
                code.localSet(locals.get(i));
            }
        }

        @Override
        public SlotSource slice(int from, int count) {
            return new Locals(locals.subList(from, from + count));
        }
    }

    /** Mutable globals, one per slot. */
    record Globals(List<GlobalId> globals) implements SlotSource {
        public Globals {
            globals = List.copyOf(globals);
        }

        @Override
        public List<ValType> types() {
            return globals.stream().map(GlobalId::type).toList();
        }

        @Override
        public void load(CodeBuilder code, int i) {
            code.globalGet(globals.get(i));
        }

        @Override
        public void store(CodeBuilder code, int i, Consumer<CodeBuilder> value) {
            value.accept(code);
            code.globalSet(globals.get(i));
        }

        @Override
        public void storeFromStack(CodeBuilder code, Temps temps) {
            for (int i = globals.size() - 1; i >= 0; i--) {
                code.globalSet(globals.get(i));
            }
        }

        @Override
        public SlotSource slice(int from, int count) {
            return new Globals(globals.subList(from, from + count));
        }
    }

    /** Slots in a shadow frame: {@code base} pushes the frame's address; one byte offset per slot. */
    record Frame(Consumer<CodeBuilder> base, List<Integer> offsets, List<ValType> types) implements SlotSource {
        public Frame {
            offsets = List.copyOf(offsets);
            types = List.copyOf(types);
        }

        @Override
        public void load(CodeBuilder code, int i) {
            base.accept(code);
            code.memory(types.get(i) == ValType.I64 ? MemOp.I64_LOAD : MemOp.I32_LOAD, offsets.get(i));
        }

        @Override
        public void store(CodeBuilder code, int i, Consumer<CodeBuilder> value) {
            base.accept(code);
            value.accept(code);
            code.memory(types.get(i) == ValType.I64 ? MemOp.I64_STORE : MemOp.I32_STORE, offsets.get(i));
        }

        @Override
        public SlotSource slice(int from, int count) {
            return new Frame(base, offsets.subList(from, from + count), types.subList(from, from + count));
        }
    }

    /** Part of another source. */
    record Slice(SlotSource of, int from, int count) implements SlotSource {
        @Override
        public List<ValType> types() {
            return of.types().subList(from, from + count);
        }

        @Override
        public void load(CodeBuilder code, int i) {
            of.load(code, from + i);
        }

        @Override
        public void store(CodeBuilder code, int i, Consumer<CodeBuilder> value) {
            of.store(code, from + i, value);
        }

        @Override
        public SlotSource slice(int start, int n) {
            return new Slice(of, from + start, n);
        }
    }

    /**
     * A view with the slot types a value has on its own, over enum payload positions that may be
     * wider: an {@code i32} slot stored in an {@code i64} position is read back with
     * {@code i32.wrap_i64}. Read-only.
     */
    record Narrowed(SlotSource of, List<ValType> types) implements SlotSource {
        public Narrowed {
            types = List.copyOf(types);
        }

        @Override
        public void load(CodeBuilder code, int i) {
            of.load(code, i);
            if (of.types().get(i) == ValType.I64 && types.get(i) == ValType.I32) {
                code.op(Op.I32_WRAP_I64);
            }
        }

        @Override
        public void store(CodeBuilder code, int i, Consumer<CodeBuilder> value) {
            throw new UnsupportedOperationException("a narrowed view is read-only");
        }

        @Override
        public SlotSource slice(int from, int count) {
            List<ValType> sub = new ArrayList<>(types.subList(from, from + count));
            return new Narrowed(of.slice(from, count), sub);
        }
    }
}
