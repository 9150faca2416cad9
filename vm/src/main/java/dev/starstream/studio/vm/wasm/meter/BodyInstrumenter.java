package dev.starstream.studio.vm.wasm.meter;

import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import dev.starstream.studio.vm.wasm.InvalidModuleException;
import dev.starstream.studio.vm.wasm.encode.ByteReader;
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
 *       instructions the block runs ({@code end} and {@code else} are not counted, nor are hook
 *       sequences when the configuration names hook modules, see {@link HookSequences}), and code after
 *       an unconditional branch forms its own (dead) block that is never charged;
 *   <li>a depth check at entry and a depth restore before {@code return} and at the end.
 * </ul>
 *
 * <p>The running function keeps its remaining gas in a local of its own, which the JIT keeps in a
 * register; it is written to the gas global ("synced") before every call and every exit and read
 * back after every call, and on running out. The per-function counter is updated at the same sync
 * points (the gas spent since the previous one), so it costs nothing per block. A trap other than
 * running out of gas leaves the global at its last sync point: deterministic, like everything else.
 * When a branch leaves the function through its outermost label, the body is wrapped in one extra
 * block so that the exit sync and the depth restore run there too.
 *
 * <p>Tail calls become {@code call} + {@code return}: Chicory's compiler runs {@code return_call} as
 * an ordinary JVM call anyway, so counting tail calls as frames is what keeps deep tail recursion
 * failing at the same depth in both modes; and Chicory 1.7.5's interpreter fails on a function with
 * locals that tail-calls itself (it reuses the frame and copies the arguments over every local),
 * which every metered function now has. Results and gas are unchanged: the added {@code return} is
 * instrumentation and is not charged.
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
            int[] hookParams,
            List<GasSite> sites) {
        /** The parameter count of function {@code index} if it is a free hook, else −1. */
        int hookParams(long index) {
            return index >= 0 && index < hookParams.length ? hookParams[(int) index] : -1;
        }
    }

    private final Context context;

    BodyInstrumenter(Context context) {
        this.context = context;
    }

    /**
     * @param bytes the original module
     * @param localsStart offset of the body's local declarations
     * @param bodyEnd offset just past the body's final {@code end}
     * @param instructions Chicory's decoding of the body, the final {@code end} included
     * @param firstNewLocal index of the first local the pass adds (parameters and locals come first)
     * @param wrapperType how to write the block type of the wrapper, if the body needs one
     */
    byte[] instrument(
            byte[] bytes,
            int functionIndex,
            int localsStart,
            int bodyEnd,
            List<? extends Instruction> instructions,
            int firstNewLocal,
            ByteWriter wrapperType) {
        int first = instructions.getFirst().address();
        Analysis analysis = analyse(instructions, functionIndex);
        Emitter emit = new Emitter(new ByteWriter(bodyEnd - localsStart + instructions.size() * 4),
                functionIndex, firstNewLocal);
        ByteWriter out = emit.out;
        ByteReader locals = new ByteReader(bytes, localsStart, first);
        long runs = locals.u32();
        out.u32((int) runs + 1).bytes(bytes, locals.position(), first - locals.position());
        out.u32(emit.countsPerFunction() ? 2 : 1).u8(0x7E); // $gas [, $mark]
        if (context.config().callDepth()) {
            depthCheck(out, functionIndex);
        }
        emit.reload();
        boolean wrap = analysis.branchesOutOfFunction;
        if (wrap) {
            out.u8(0x02).bytes(wrapperType);
        }
        int last = instructions.size() - 1;
        for (int i = 0; i < last; i++) {
            Instruction instruction = instructions.get(i);
            Integer cost = analysis.charges.get(i);
            if (cost != null) {
                emit.charge(instruction.address() - first, cost);
            }
            int start = instruction.address();
            int end = instructions.get(i + 1).address();
            switch (instruction.opcode()) {
                case CALL, CALL_INDIRECT -> {
                    emit.sync();
                    out.bytes(bytes, start, end - start);
                    emit.reload();
                }
                case RETURN_CALL, RETURN_CALL_INDIRECT -> {
                    // return_call f → call f; return (same immediates); the callee syncs the gas
                    emit.sync();
                    out.u8(instruction.opcode() == OpCode.RETURN_CALL ? 0x10 : 0x11).bytes(bytes, start + 1, end - start - 1);
                    depthRestore(out);
                    out.u8(0x0F);
                }
                case RETURN -> {
                    emit.sync();
                    depthRestore(out);
                    out.bytes(bytes, start, end - start);
                }
                default -> out.bytes(bytes, start, end - start);
            }
        }
        if (wrap) {
            out.u8(0x0B);
        }
        emit.sync();
        depthRestore(out);
        int finalEnd = instructions.get(last).address();
        out.bytes(bytes, finalEnd, bodyEnd - finalEnd);
        return out.toByteArray();
    }

    /** Writes the gas bookkeeping of one body, which keeps its remaining gas in local {@code $gas}. */
    private final class Emitter {
        final ByteWriter out;
        private final int function;
        private final int gasLocal;
        private final int markLocal;
        private final int counter;

        Emitter(ByteWriter out, int function, int firstNewLocal) {
            this.out = out;
            this.function = function;
            this.gasLocal = firstNewLocal;
            this.markLocal = firstNewLocal + 1;
            this.counter = context.firstFunctionGasGlobal() < 0
                    ? -1
                    : context.firstFunctionGasGlobal() + function - context.importedFunctions();
        }

        boolean countsPerFunction() {
            return counter >= 0;
        }

        /** {@code $gas := gas global} (and {@code $mark := $gas}). */
        void reload() {
            out.u8(0x23).u32(context.gasGlobal());
            if (countsPerFunction()) {
                out.u8(0x22).u32(gasLocal).u8(0x21).u32(markLocal);
            } else {
                out.u8(0x21).u32(gasLocal);
            }
        }

        /** {@code counter += $mark − $gas; gas global := $gas}. */
        void sync() {
            if (countsPerFunction()) {
                out.u8(0x23).u32(counter).u8(0x20).u32(markLocal).u8(0x20).u32(gasLocal);
                Op.I64_SUB.encode(out);
                Op.I64_ADD.encode(out);
                out.u8(0x24).u32(counter);
            }
            out.u8(0x20).u32(gasLocal).u8(0x24).u32(context.gasGlobal());
        }

        /** {@code $gas −= cost; if ($gas < 0) { sync; site := …; unreachable }}. */
        void charge(int offset, int cost) {
            int site = context.sites().size();
            context.sites().add(new GasSite(function, offset, cost));
            out.u8(0x20).u32(gasLocal).u8(0x42).s64(cost);
            Op.I64_SUB.encode(out);
            out.u8(0x22).u32(gasLocal).u8(0x42).s64(0);
            Op.I64_LT_S.encode(out);
            out.u8(0x04).u8(0x40);
            sync();
            out.u8(0x41).s32(site).u8(0x24).u32(context.gasSiteGlobal()).u8(0x00).u8(0x0B);
        }
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
                case CALL -> {
                    int params = context.hookParams(instruction.operand(0));
                    int arguments = params < 0 ? -1 : HookSequences.argumentRun(instructions, i, params, segmentStart);
                    if (arguments < 0) {
                        cost++;
                    } else {
                        cost -= arguments; // the hook sequence is free: its arguments were counted already
                    }
                    continue;
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

    /** {@code depth += 1} (when the depth counter is on) */
    private void depthRestore(ByteWriter out) {
        if (!context.config().callDepth()) {
            return;
        }
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
