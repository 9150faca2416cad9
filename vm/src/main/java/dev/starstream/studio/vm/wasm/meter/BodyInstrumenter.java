package dev.starstream.studio.vm.wasm.meter;

import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import dev.starstream.studio.vm.wasm.InvalidModuleException;
import dev.starstream.studio.vm.wasm.encode.ByteWriter;
import dev.starstream.studio.vm.wasm.encode.Op;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Instruments one function body. The original instructions are copied byte for byte (so no
 * immediate is ever re-interpreted); around them the pass writes, with our encoder:
 *
 * <ul>
 *   <li>a gas charge at the entry of every basic block that executes: the function entry, the head
 *       of every loop (so each iteration pays), the start of each {@code if} arm, after every
 *       {@code end} and after every {@code br_if}; the charge is the number of original
 *       instructions the block runs ({@code end} and {@code else} are not counted), and code after
 *       an unconditional branch forms its own (dead) block that is never charged;
 *   <li>a depth check at entry and a depth restore before {@code return} and at the end; when a
 *       branch leaves the function through its outermost label, the body is wrapped in one extra
 *       block so that the restore runs there too.
 * </ul>
 *
 * <p>With the depth counter on, tail calls become {@code call} + {@code return}: Chicory's compiler
 * runs {@code return_call} as an ordinary JVM call anyway, so counting tail calls as frames is what
 * keeps deep tail recursion failing at the same depth in both modes; and Chicory 1.7.5's interpreter
 * fails on a function with locals that tail-calls itself (it reuses the frame and copies the
 * arguments over every local), which the rewrite avoids. Results and gas are unchanged: the added
 * {@code return} is instrumentation and is not charged.
 */
final class BodyInstrumenter {
    /** Globals and options shared by every body of one module. */
    record Context(
            MeterConfig config,
            int gasGlobal,
            int depthGlobal,
            int gasSiteGlobal,
            int depthSiteGlobal,
            int firstFunctionGasGlobal,
            int importedFunctions,
            List<GasSite> sites) {}

    private final Context context;

    BodyInstrumenter(Context context) {
        this.context = context;
    }

    /**
     * @param bytes the original module
     * @param localsStart offset of the body's local declarations
     * @param bodyEnd offset just past the body's final {@code end}
     * @param instructions Chicory's decoding of the body, the final {@code end} included
     * @param wrapperType how to write the block type of the wrapper, if the body needs one
     */
    byte[] instrument(
            byte[] bytes,
            int functionIndex,
            int localsStart,
            int bodyEnd,
            List<? extends Instruction> instructions,
            ByteWriter wrapperType) {
        int first = instructions.getFirst().address();
        ByteWriter out = new ByteWriter(bodyEnd - localsStart + instructions.size() * 4);
        out.bytes(bytes, localsStart, first - localsStart); // local declarations, unchanged
        Analysis analysis = analyse(instructions, functionIndex);
        boolean depth = context.config().callDepth();
        if (depth) {
            depthCheck(out, functionIndex);
        }
        boolean wrap = depth && analysis.branchesOutOfFunction;
        if (wrap) {
            out.u8(0x02).bytes(wrapperType);
        }
        int last = instructions.size() - 1;
        for (int i = 0; i < last; i++) {
            Instruction instruction = instructions.get(i);
            Integer cost = analysis.charges.get(i);
            if (cost != null) {
                charge(out, functionIndex, instruction.address() - first, cost);
            }
            int start = instruction.address();
            int end = instructions.get(i + 1).address();
            OpCode op = instruction.opcode();
            if (depth && (op == OpCode.RETURN_CALL || op == OpCode.RETURN_CALL_INDIRECT)) {
                // return_call f → call f; restore; return (same immediates)
                out.u8(op == OpCode.RETURN_CALL ? 0x10 : 0x11).bytes(bytes, start + 1, end - start - 1);
                depthRestore(out);
                out.u8(0x0F);
                continue;
            }
            if (depth && op == OpCode.RETURN) {
                depthRestore(out);
            }
            out.bytes(bytes, start, end - start);
        }
        if (wrap) {
            out.u8(0x0B);
        }
        if (depth) {
            depthRestore(out);
        }
        int finalEnd = instructions.get(last).address();
        out.bytes(bytes, finalEnd, bodyEnd - finalEnd);
        return out.toByteArray();
    }

    /** Rejects instructions of proposals the pass does not accept. */
    static void requireSupported(OpCode op, String function) {
        int code = op.opcode();
        boolean supported = switch (op) {
            case THROW, THROW_REF, TRY_TABLE, CALL_REF, RETURN_CALL_REF, REF_EQ, REF_AS_NON_NULL,
                    BR_ON_NULL, BR_ON_NON_NULL -> false;
            default -> code <= 0xFF || (code >= 0xFC00 && code <= 0xFC11);
        };
        if (!supported) {
            throw new InvalidModuleException("instruction " + op + " in " + function
                    + " belongs to a WebAssembly proposal contracts may not use (SIMD, threads, exceptions, GC)");
        }
    }

    private record Analysis(Map<Integer, Integer> charges, boolean branchesOutOfFunction) {}

    private record Frame(boolean enteredReachable) {}

    private Analysis analyse(List<? extends Instruction> instructions, int functionIndex) {
        Map<Integer, Integer> charges = new TreeMap<>();
        Deque<Frame> frames = new ArrayDeque<>();
        boolean branchesOut = false;
        int segmentStart = 0;
        int cost = 0;
        boolean reachable = true;
        int last = instructions.size() - 1;
        for (int i = 0; i < last; i++) {
            Instruction instruction = instructions.get(i);
            OpCode op = instruction.opcode();
            int nextStart;
            boolean nextReachable;
            switch (op) {
                case BLOCK -> {
                    cost++;
                    frames.push(new Frame(reachable));
                    continue;
                }
                case LOOP, IF -> {
                    cost++;
                    frames.push(new Frame(reachable));
                    nextReachable = reachable;
                }
                case ELSE -> nextReachable = frames.getFirst().enteredReachable();
                case END -> nextReachable = frames.pop().enteredReachable();
                case BR_IF -> {
                    cost++;
                    branchesOut |= instruction.operand(0) == frames.size();
                    nextReachable = reachable;
                }
                case BR -> {
                    cost++;
                    branchesOut |= instruction.operand(0) == frames.size();
                    nextReachable = false;
                }
                case BR_TABLE -> {
                    cost++;
                    for (long target : instruction.operands()) {
                        branchesOut |= target == frames.size();
                    }
                    nextReachable = false;
                }
                case RETURN, UNREACHABLE, RETURN_CALL, RETURN_CALL_INDIRECT -> {
                    cost++;
                    nextReachable = false;
                }
                default -> {
                    requireSupported(op, "function " + functionIndex);
                    cost++;
                    continue;
                }
            }
            if (reachable && cost > 0) {
                charges.put(segmentStart, cost);
            }
            nextStart = i + 1;
            segmentStart = nextStart;
            cost = 0;
            reachable = nextReachable;
        }
        if (reachable && cost > 0) {
            charges.put(segmentStart, cost);
        }
        return new Analysis(charges, branchesOut);
    }

    private void charge(ByteWriter out, int functionIndex, int offset, int cost) {
        int site = context.sites().size();
        context.sites().add(new GasSite(functionIndex, offset, cost));
        if (context.firstFunctionGasGlobal() >= 0) {
            int counter = context.firstFunctionGasGlobal() + functionIndex - context.importedFunctions();
            out.u8(0x23).u32(counter).u8(0x42).s64(cost);
            Op.I64_ADD.encode(out);
            out.u8(0x24).u32(counter);
        }
        int gas = context.gasGlobal();
        out.u8(0x23).u32(gas).u8(0x42).s64(cost);
        Op.I64_SUB.encode(out);
        out.u8(0x24).u32(gas);
        out.u8(0x23).u32(gas).u8(0x42).s64(0);
        Op.I64_LT_S.encode(out);
        trapIf(out, context.gasSiteGlobal(), site);
    }

    /** {@code if (depth == 0) trap; depth -= 1} */
    private void depthCheck(ByteWriter out, int functionIndex) {
        int depth = context.depthGlobal();
        out.u8(0x23).u32(depth);
        Op.I32_EQZ.encode(out);
        trapIf(out, context.depthSiteGlobal(), functionIndex);
        out.u8(0x23).u32(depth).u8(0x41).s32(1);
        Op.I32_SUB.encode(out);
        out.u8(0x24).u32(depth);
    }

    /** {@code depth += 1} */
    private void depthRestore(ByteWriter out) {
        int depth = context.depthGlobal();
        out.u8(0x23).u32(depth).u8(0x41).s32(1);
        Op.I32_ADD.encode(out);
        out.u8(0x24).u32(depth);
    }

    /** {@code if (cond) { cause := value; unreachable }} */
    private static void trapIf(ByteWriter out, int causeGlobal, int value) {
        out.u8(0x04).u8(0x40).u8(0x41).s32(value).u8(0x24).u32(causeGlobal).u8(0x00).u8(0x0B);
    }
}
