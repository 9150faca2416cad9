package dev.starstream.studio.vm.wasm.encode;

import dev.starstream.studio.vm.wasm.encode.Ids.DataId;
import dev.starstream.studio.vm.wasm.encode.Ids.ElementId;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import dev.starstream.studio.vm.wasm.encode.Ids.MemoryId;
import dev.starstream.studio.vm.wasm.encode.Ids.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the instructions of one function body. Structured helpers ({@link #block}, {@link #loop},
 * {@link #ifThen}, {@link #ifThenElse}) open and close labels, and branches take a {@link Label},
 * never a raw depth: the builder computes the relative depth where the branch is written and
 * refuses labels that are closed or belong to another body. The operand stack is not type-checked
 * here; Chicory's validator does that when the module is loaded.
 *
 * <p>{@link #position()} is the offset of the next instruction from the start of the body's
 * instruction sequence (after the local declarations), the offset debug information records and
 * {@code WatPrinter}'s comment hook receives.
 */
public final class CodeBuilder {
    private final ModuleBuilder module;
    private final FunctionId function;
    private final List<ValType> localTypes = new ArrayList<>();
    private final List<String> localNames = new ArrayList<>();
    private final List<Local> params = new ArrayList<>();
    private final ByteWriter code = new ByteWriter(256);
    private final List<Label> open = new ArrayList<>();
    private boolean finished;

    CodeBuilder(ModuleBuilder module, FunctionId function, List<String> paramNames) {
        this.module = module;
        this.function = function;
        List<ValType> paramTypes = function.type().params();
        for (int i = 0; i < paramTypes.size(); i++) {
            String name = i < paramNames.size() ? paramNames.get(i) : "";
            params.add(new Local(this, i, paramTypes.get(i), name));
            localNames.add(name);
        }
        open.add(new Label(this, Label.Kind.FUNCTION, 0, BlockType.of(function.type())));
    }

    public FunctionId function() {
        return function;
    }

    /** The i-th parameter. */
    public Local param(int index) {
        return params.get(index);
    }

    /** Declares a new local variable with a name for the name section. */
    public Local local(ValType type, String name) {
        int index = params.size() + localTypes.size();
        localTypes.add(type);
        localNames.add(name);
        return new Local(this, index, type, name);
    }

    public Local local(ValType type) {
        return local(type, "");
    }

    /** Offset of the next instruction within this body's instruction sequence. */
    public int position() {
        return code.size();
    }

    /** The label of the function body: a branch to it returns. */
    public Label functionLabel() {
        return open.getFirst();
    }

    // ---- structured control ---------------------------------------------------------------

    public CodeBuilder block(BlockType type, Consumer<Label> body) {
        Label label = beginBlock(type);
        body.accept(label);
        return end(label);
    }

    /** A loop; a branch to its label starts the next iteration. */
    public CodeBuilder loop(BlockType type, Consumer<Label> body) {
        Label label = beginLoop(type);
        body.accept(label);
        return end(label);
    }

    /** {@code if … end}; pops the condition. */
    public CodeBuilder ifThen(BlockType type, Consumer<Label> thenBody) {
        Label label = beginIf(type);
        thenBody.accept(label);
        return end(label);
    }

    /** {@code if … else … end}; pops the condition. */
    public CodeBuilder ifThenElse(BlockType type, Consumer<Label> thenBody, Consumer<Label> elseBody) {
        Label label = beginIf(type);
        thenBody.accept(label);
        elseBranch(label);
        elseBody.accept(label);
        return end(label);
    }

    public Label beginBlock(BlockType type) {
        return begin(0x02, Label.Kind.BLOCK, type);
    }

    public Label beginLoop(BlockType type) {
        return begin(0x03, Label.Kind.LOOP, type);
    }

    public Label beginIf(BlockType type) {
        return begin(0x04, Label.Kind.IF, type);
    }

    /** Switches an open {@code if} to its else branch. */
    public CodeBuilder elseBranch(Label label) {
        requireInnermost(label, "else");
        if (label.kind() != Label.Kind.IF || label.sawElse()) {
            throw new IllegalStateException("else needs an open if without an else");
        }
        label.markElse();
        code.u8(0x05);
        return this;
    }

    /** Closes the innermost label, which must be the one given. */
    public CodeBuilder end(Label label) {
        requireInnermost(label, "end");
        if (label.kind() == Label.Kind.FUNCTION) {
            throw new IllegalStateException("the function body is closed by the module builder");
        }
        open.removeLast();
        label.close();
        code.u8(0x0B);
        return this;
    }

    public CodeBuilder br(Label target) {
        code.u8(0x0C).u32(depthOf(target));
        return this;
    }

    public CodeBuilder brIf(Label target) {
        code.u8(0x0D).u32(depthOf(target));
        return this;
    }

    /** Branches to {@code targets[i]} for operand i, to {@code otherwise} when i is out of range. */
    public CodeBuilder brTable(List<Label> targets, Label otherwise) {
        code.u8(0x0E).u32(targets.size());
        for (Label target : targets) {
            code.u32(depthOf(target));
        }
        code.u32(depthOf(otherwise));
        return this;
    }

    public CodeBuilder unreachable() {
        code.u8(0x00);
        return this;
    }

    public CodeBuilder nop() {
        code.u8(0x01);
        return this;
    }

    /** {@code return}: leaves the function with the values on top of the stack. */
    public CodeBuilder ret() {
        code.u8(0x0F);
        return this;
    }

    // ---- calls --------------------------------------------------------------------------------

    public CodeBuilder call(FunctionId callee) {
        code.u8(0x10).u32(callee.index());
        return this;
    }

    public CodeBuilder callIndirect(FuncType type, TableId table) {
        code.u8(0x11).u32(module.type(type).index()).u32(table.index());
        return this;
    }

    /** Tail call: returns what the callee returns, reusing this frame. */
    public CodeBuilder returnCall(FunctionId callee) {
        code.u8(0x12).u32(callee.index());
        return this;
    }

    public CodeBuilder returnCallIndirect(FuncType type, TableId table) {
        code.u8(0x13).u32(module.type(type).index()).u32(table.index());
        return this;
    }

    // ---- variables and constants --------------------------------------------------------------

    public CodeBuilder localGet(Local local) {
        code.u8(0x20).u32(own(local).index());
        return this;
    }

    public CodeBuilder localSet(Local local) {
        code.u8(0x21).u32(own(local).index());
        return this;
    }

    public CodeBuilder localTee(Local local) {
        code.u8(0x22).u32(own(local).index());
        return this;
    }

    public CodeBuilder globalGet(GlobalId global) {
        code.u8(0x23).u32(global.index());
        return this;
    }

    public CodeBuilder globalSet(GlobalId global) {
        if (!global.mutable()) {
            throw new IllegalArgumentException("global " + global.name() + " is immutable");
        }
        code.u8(0x24).u32(global.index());
        return this;
    }

    public CodeBuilder i32Const(int value) {
        code.u8(0x41).s32(value);
        return this;
    }

    public CodeBuilder i64Const(long value) {
        code.u8(0x42).s64(value);
        return this;
    }

    public CodeBuilder f32Const(float value) {
        code.u8(0x43).f32Bits(Float.floatToRawIntBits(value));
        return this;
    }

    public CodeBuilder f64Const(double value) {
        code.u8(0x44).f64Bits(Double.doubleToRawLongBits(value));
        return this;
    }

    /** Any instruction without immediates: arithmetic, comparisons, conversions, drop, select, … */
    public CodeBuilder op(Op op) {
        op.encode(code);
        return this;
    }

    /** {@code select} with an explicit result type (required for reference types). */
    public CodeBuilder select(ValType type) {
        code.u8(0x1C).u32(1).u8(type.code());
        return this;
    }

    // ---- memory -------------------------------------------------------------------------------

    /** A load or store on memory 0 with natural alignment. */
    public CodeBuilder memory(MemOp op, long offset) {
        return memory(op, new MemoryId(0), offset, op.naturalAlignment());
    }

    /** A load or store with explicit memory, offset and alignment (log₂ bytes). */
    public CodeBuilder memory(MemOp op, MemoryId memory, long offset, int alignment) {
        if (alignment < 0 || alignment > op.naturalAlignment()) {
            throw new IllegalArgumentException(
                    "alignment 2^" + alignment + " exceeds the natural alignment of " + op.text());
        }
        code.u8(op.code());
        if (memory.index() == 0) {
            code.u32(alignment);
        } else {
            code.u32(alignment | 0x40).u32(memory.index());
        }
        code.u64(offset);
        return this;
    }

    public CodeBuilder memorySize(MemoryId memory) {
        code.u8(0x3F).u32(memory.index());
        return this;
    }

    public CodeBuilder memoryGrow(MemoryId memory) {
        code.u8(0x40).u32(memory.index());
        return this;
    }

    /** Pops destination, source and length; copies within one memory. */
    public CodeBuilder memoryCopy(MemoryId destination, MemoryId source) {
        code.u8(0xFC).u32(10).u32(destination.index()).u32(source.index());
        return this;
    }

    /** Pops destination, byte value and length. */
    public CodeBuilder memoryFill(MemoryId memory) {
        code.u8(0xFC).u32(11).u32(memory.index());
        return this;
    }

    public CodeBuilder memoryInit(DataId segment, MemoryId memory) {
        module.requireDataCount();
        code.u8(0xFC).u32(8).u32(segment.index()).u32(memory.index());
        return this;
    }

    public CodeBuilder dataDrop(DataId segment) {
        module.requireDataCount();
        code.u8(0xFC).u32(9).u32(segment.index());
        return this;
    }

    // ---- references and tables ----------------------------------------------------------------

    public CodeBuilder refNull(ValType type) {
        if (!type.isReference()) {
            throw new IllegalArgumentException("ref.null needs a reference type, not " + type.text());
        }
        code.u8(0xD0).u8(type.code());
        return this;
    }

    /** A reference to a function; the module declares it in a declarative element segment. */
    public CodeBuilder refFunc(FunctionId target) {
        module.declareReferenced(target);
        code.u8(0xD2).u32(target.index());
        return this;
    }

    public CodeBuilder tableGet(TableId table) {
        code.u8(0x25).u32(table.index());
        return this;
    }

    public CodeBuilder tableSet(TableId table) {
        code.u8(0x26).u32(table.index());
        return this;
    }

    public CodeBuilder tableSize(TableId table) {
        code.u8(0xFC).u32(16).u32(table.index());
        return this;
    }

    public CodeBuilder tableGrow(TableId table) {
        code.u8(0xFC).u32(15).u32(table.index());
        return this;
    }

    public CodeBuilder tableFill(TableId table) {
        code.u8(0xFC).u32(17).u32(table.index());
        return this;
    }

    public CodeBuilder tableInit(ElementId segment, TableId table) {
        code.u8(0xFC).u32(12).u32(segment.index()).u32(table.index());
        return this;
    }

    public CodeBuilder elemDrop(ElementId segment) {
        code.u8(0xFC).u32(13).u32(segment.index());
        return this;
    }

    // ---- assembly -----------------------------------------------------------------------------

    /** The body as the code section stores it: local declarations, instructions, {@code end}. */
    byte[] finish() {
        if (finished) {
            throw new IllegalStateException("body of " + function.name() + " finished twice");
        }
        if (open.size() != 1) {
            throw new IllegalStateException(
                    "function " + function.name() + " ends with " + (open.size() - 1) + " unclosed block(s)");
        }
        finished = true;
        ByteWriter body = new ByteWriter(code.size() + 16);
        encodeLocals(body, localTypes);
        body.bytes(code);
        body.u8(0x0B);
        return body.toByteArray();
    }

    /** Offset of the first instruction within the encoded body returned by {@link #finish()}. */
    int instructionsStart() {
        ByteWriter locals = new ByteWriter();
        encodeLocals(locals, localTypes);
        return locals.size();
    }

    List<String> localNames() {
        return List.copyOf(localNames);
    }

    /** Local declarations grouped into runs of equal type. */
    static void encodeLocals(ByteWriter out, List<ValType> types) {
        List<int[]> runs = new ArrayList<>();
        for (ValType type : types) {
            if (!runs.isEmpty() && runs.getLast()[1] == type.code()) {
                runs.getLast()[0]++;
            } else {
                runs.add(new int[] {1, type.code()});
            }
        }
        out.u32(runs.size());
        for (int[] run : runs) {
            out.u32(run[0]).u8(run[1]);
        }
    }

    private Label begin(int opcode, Label.Kind kind, BlockType type) {
        code.u8(opcode);
        switch (type) {
            case BlockType.Empty _ -> code.u8(0x40);
            case BlockType.Value v -> code.u8(v.result().code());
            case BlockType.Signature s -> code.s33(blockTypeIndex(s.type()));
        }
        Label label = new Label(this, kind, open.size(), type);
        open.add(label);
        return label;
    }

    /**
     * Chicory 1.7.5 reads a block type index as a value type when the index equals 64 or a value
     * type code (99…127), so such an index would be misread at load time: refuse it here.
     */
    private int blockTypeIndex(FuncType signature) {
        int index = module.type(signature).index();
        if (index == 0x40 || (index >= 99 && index <= 127 && com.dylibso.chicory.wasm.types.ValType.ID.isValidOpcode(index))) {
            throw new IllegalStateException("block signature " + signature + " got type index " + index
                    + ", which Chicory misreads as a value type; intern block signatures first with"
                    + " ModuleBuilder.type(...) so that they get small indices");
        }
        return index;
    }

    private int depthOf(Label target) {
        if (target.owner() != this) {
            throw new IllegalArgumentException("label belongs to another function body");
        }
        if (!target.isOpen()) {
            throw new IllegalStateException("branch to a " + target.kind() + " that is already closed");
        }
        return open.size() - 1 - target.level();
    }

    private void requireInnermost(Label label, String what) {
        if (label.owner() != this || !label.isOpen() || open.getLast() != label) {
            throw new IllegalStateException(what + " must close the innermost open block");
        }
    }

    private Local own(Local local) {
        if (local.owner() != this) {
            throw new IllegalArgumentException(local + " belongs to another function body");
        }
        return local;
    }
}
