package dev.starstream.studio.vm.wasm.wat;

import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.ValType;
import dev.starstream.studio.vm.wasm.encode.MemOp;
import dev.starstream.studio.vm.wasm.encode.Op;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The text of one instruction: its mnemonic and its immediates, with names where the module has them. */
final class InstructionText {
    private static final Set<String> NAMESPACES = Set.of(
            "i32", "i64", "f32", "f64", "v128", "i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2",
            "local", "global", "table", "memory", "ref", "elem", "data", "struct", "array", "any", "extern", "i31");

    private final Names names;

    InstructionText(Names names) {
        this.names = names;
    }

    /** Text of an instruction inside function {@code function} ({@code -1} in constant expressions). */
    String render(Instruction instruction, int function) {
        OpCode op = instruction.opcode();
        String mnemonic = mnemonic(op);
        long[] o = instruction.operands();
        return switch (op) {
            case BLOCK, LOOP, IF -> mnemonic + blockType(o[0]);
            case BR, BR_IF -> mnemonic + " " + o[0];
            case BR_TABLE -> {
                StringBuilder text = new StringBuilder(mnemonic);
                for (long target : o) {
                    text.append(' ').append(target);
                }
                yield text.toString();
            }
            case CALL, RETURN_CALL, REF_FUNC -> mnemonic + " " + names.function((int) o[0]);
            case CALL_INDIRECT, RETURN_CALL_INDIRECT ->
                    mnemonic + (o[1] == 0 ? "" : " " + names.table((int) o[1])) + " (type " + o[0] + ")";
            case LOCAL_GET, LOCAL_SET, LOCAL_TEE -> mnemonic + " " + names.local(function, (int) o[0]);
            case GLOBAL_GET, GLOBAL_SET -> mnemonic + " " + names.global((int) o[0]);
            case TABLE_GET, TABLE_SET, TABLE_SIZE, TABLE_GROW, TABLE_FILL -> mnemonic + " " + names.table((int) o[0]);
            case MEMORY_SIZE, MEMORY_GROW, MEMORY_FILL -> mnemonic + (o[0] == 0 ? "" : " " + o[0]);
            case MEMORY_COPY -> mnemonic + (o[0] == 0 && o[1] == 0 ? "" : " " + o[0] + " " + o[1]);
            case MEMORY_INIT -> mnemonic + (o[1] == 0 ? "" : " " + o[1]) + " " + o[0];
            case DATA_DROP, ELEM_DROP -> mnemonic + " " + o[0];
            case TABLE_INIT -> mnemonic + " " + names.table((int) o[1]) + " " + o[0];
            case TABLE_COPY -> mnemonic + " " + names.table((int) o[0]) + " " + names.table((int) o[1]);
            case I32_CONST -> mnemonic + " " + (int) o[0];
            case I64_CONST -> mnemonic + " " + o[0];
            case F32_CONST -> mnemonic + " " + f32((int) o[0]);
            case F64_CONST -> mnemonic + " " + f64(o[0]);
            case SELECT_T -> mnemonic + " (result " + valType(o[0]) + ")";
            case REF_NULL -> mnemonic + " " + heapType(o[0]);
            case SELECT, DROP -> mnemonic; // Chicory annotates these with operand types; not immediates
            default -> {
                @Nullable MemOp memory = memOp(op);
                if (memory != null && o.length >= 2) {
                    yield mnemonic + memArg(memory, o);
                }
                StringBuilder text = new StringBuilder(mnemonic);
                for (int i = 0; i < OpCode.signature(op).size() && i < o.length; i++) {
                    text.append(' ').append(o[i]);
                }
                yield text.toString();
            }
        };
    }

    static String mnemonic(OpCode op) {
        for (Op simple : Op.values()) {
            if (simple.code() == op.opcode()) {
                return simple.text();
            }
        }
        @Nullable MemOp memory = memOp(op);
        if (memory != null) {
            return memory.text();
        }
        if (op == OpCode.SELECT_T) {
            return "select";
        }
        String name = op.name().toLowerCase(java.util.Locale.ROOT);
        int underscore = name.indexOf('_');
        if (underscore > 0 && NAMESPACES.contains(name.substring(0, underscore))) {
            return name.substring(0, underscore) + "." + name.substring(underscore + 1);
        }
        return name;
    }

    /** Chicory's id of a value type (block types and {@code select} carry these) as text. */
    static String valType(long id) {
        if (id == ValType.FuncRef.id()) {
            return "funcref";
        }
        if (id == ValType.ExternRef.id()) {
            return "externref";
        }
        return switch ((int) id) {
            case 0x7F -> "i32";
            case 0x7E -> "i64";
            case 0x7D -> "f32";
            case 0x7C -> "f64";
            case 0x7B -> "v128";
            default -> "(;type " + id + ";)";
        };
    }

    static String valType(ValType type) {
        return valType(type.id());
    }

    private static String blockType(long operand) {
        if (operand == 0x40) {
            return "";
        }
        String type = valType(operand);
        return type.startsWith("(;") ? " (type " + operand + ")" : " (result " + type + ")";
    }

    private static String heapType(long operand) {
        return switch ((int) operand) {
            case -16, 0x70 -> "func";
            case -17, 0x6F -> "extern";
            default -> String.valueOf(operand);
        };
    }

    private static String memArg(MemOp op, long[] o) {
        long align = o[0];
        long offset = o[1];
        long memory = o.length > 2 ? o[2] : 0;
        StringBuilder text = new StringBuilder();
        if (memory != 0) {
            text.append(' ').append(memory);
        }
        if (offset != 0) {
            text.append(" offset=").append(Long.toUnsignedString(offset));
        }
        if (align != op.naturalAlignment()) {
            text.append(" align=").append(1L << align);
        }
        return text.toString();
    }

    private static @Nullable MemOp memOp(OpCode op) {
        for (MemOp memory : MemOp.values()) {
            if (memory.code() == op.opcode()) {
                return memory;
            }
        }
        return null;
    }

    static String f32(int bits) {
        float value = Float.intBitsToFloat(bits);
        if (Float.isNaN(value)) {
            String sign = bits < 0 ? "-" : "";
            return sign + "nan:0x" + Integer.toHexString(bits & 0x7F_FFFF);
        }
        if (Float.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return Float.toString(value); // the shortest decimal that reads back as the same bits
    }

    static String f64(long bits) {
        double value = Double.longBitsToDouble(bits);
        if (Double.isNaN(value)) {
            String sign = bits < 0 ? "-" : "";
            return sign + "nan:0x" + Long.toHexString(bits & 0xF_FFFF_FFFF_FFFFL);
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return Double.toString(value);
    }
}
