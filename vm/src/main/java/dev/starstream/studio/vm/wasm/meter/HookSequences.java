package dev.starstream.studio.vm.wasm.meter;

import com.dylibso.chicory.wasm.types.Instruction;
import java.util.List;

/**
 * Recognises hook sequences: a {@code call} of a hook (a function imported from one of {@link
 * MeterConfig#freeHookModules()} that returns nothing) and the instructions immediately before it
 * that push its arguments. An argument counts as pushed by the hook sequence when it is an
 * expression made only of a constant, {@code local.get} or {@code global.get}, followed by any
 * number of loads ({@code i32.load}, {@code i64.load}, …, each of which reads an address and pushes
 * one value). Those instructions have no effect but the values they push, which only the hook
 * consumes, so leaving them out changes nothing else: a module with hook sequences executes exactly
 * the instructions of the same module without them, plus the sequences.
 *
 * <p>Anything else in front of a hook (an arithmetic operation, a {@code local.tee}, a call) ends
 * the recognised part: the call and its arguments are then charged like any other code. At most
 * {@link #MAX_ARGUMENT_INSTRUCTIONS} argument instructions are free per call, so a hook sequence is
 * at most that many instructions plus the call, whatever the module.
 */
final class HookSequences {
    /** The longest argument run that is free (two arguments reached through seven frame links). */
    static final int MAX_ARGUMENT_INSTRUCTIONS = 16;

    private HookSequences() {}

    /**
     * How many instructions right before {@code instructions[call]} push the hook's {@code params}
     * arguments, or −1 when they are not a recognisable run at or after index {@code earliest}.
     */
    static int argumentRun(List<? extends Instruction> instructions, int call, int params, int earliest) {
        int needed = params;
        int i = call - 1;
        while (needed > 0) {
            if (i < earliest || call - i > MAX_ARGUMENT_INSTRUCTIONS) {
                return -1;
            }
            switch (instructions.get(i).opcode()) {
                case I32_CONST, I64_CONST, F32_CONST, F64_CONST, LOCAL_GET, GLOBAL_GET -> needed--;
                case I32_LOAD, I64_LOAD, F32_LOAD, F64_LOAD, I32_LOAD8_S, I32_LOAD8_U, I32_LOAD16_S, I32_LOAD16_U,
                        I64_LOAD8_S, I64_LOAD8_U, I64_LOAD16_S, I64_LOAD16_U, I64_LOAD32_S, I64_LOAD32_U -> {
                    // consumes an address and pushes a value: the argument continues further back
                }
                default -> {
                    return -1;
                }
            }
            i--;
        }
        return call - 1 - i;
    }
}
