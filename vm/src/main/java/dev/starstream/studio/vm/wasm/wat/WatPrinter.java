package dev.starstream.studio.vm.wasm.wat;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.ActiveElement;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.DeclarativeElement;
import com.dylibso.chicory.wasm.types.Element;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Global;
import com.dylibso.chicory.wasm.types.GlobalImport;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.Table;
import com.dylibso.chicory.wasm.types.TableImport;
import com.dylibso.chicory.wasm.types.TableLimits;
import com.dylibso.chicory.wasm.types.ValType;
import dev.starstream.studio.vm.wasm.InvalidModuleException;
import dev.starstream.studio.vm.wasm.encode.MalformedBytesException;
import dev.starstream.studio.vm.wasm.encode.ModuleSections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Readable text of a module in the WebAssembly text format (flat instructions, one per line, indented
 * by nesting): types, imports, tables, memories, globals, exports, start, element segments,
 * functions, data segments and a note per custom section, with names from the {@code name} section.
 * The output of modules without names reassembles with {@code wat2wasm} to the same bytes.
 *
 * <p>A {@link CommentHook} may put comment lines above any instruction; the code generator uses it
 * to interleave source lines.
 */
public final class WatPrinter {
    /** Comment lines for the instruction at {@code instructionOffset} of function {@code functionIndex}. */
    @FunctionalInterface
    public interface CommentHook {
        CommentHook NONE = (function, offset) -> null;

        /**
         * @param instructionOffset bytes from the function's first instruction (after its local
         *     declarations), the offset {@code CodeBuilder.position()} reports
         * @return the comment ({@code \n} separates lines), or {@code null} for none
         */
        @Nullable String comment(int functionIndex, int instructionOffset);
    }

    /**
     * @param hook comments above instructions
     * @param offsets whether to show each instruction's offset as a {@code (;@n;)} comment
     */
    public record Options(CommentHook hook, boolean offsets) {
        public static Options defaults() {
            return new Options(CommentHook.NONE, false);
        }
    }

    private final WasmModule module;
    private final byte[] bytes;
    private final List<ModuleSections.Section> customSections;
    private final Options options;
    private final Names names;
    private final InstructionText instructions;
    private final StringBuilder out = new StringBuilder();
    private final int importedFunctions;

    private WatPrinter(WasmModule module, byte[] bytes, Options options) {
        this.module = module;
        this.bytes = bytes;
        this.customSections = ModuleSections.read(bytes).sections().stream()
                .filter(s -> s.id() == ModuleSections.CUSTOM)
                .toList();
        this.options = options;
        this.names = new Names(module.nameSection());
        this.instructions = new InstructionText(names);
        this.importedFunctions = (int) module.importSection().stream().filter(i -> i instanceof FunctionImport).count();
    }

    public static String print(byte[] wasm) {
        return print(wasm, Options.defaults());
    }

    /** Prints any module Chicory can decode; undecodable bytes throw {@link InvalidModuleException}. */
    public static String print(byte[] wasm, Options options) {
        try {
            WasmModule module = Parser.builder().withValidation(false).build().parse(() -> new java.io.ByteArrayInputStream(wasm));
            return new WatPrinter(module, wasm, options).module();
        } catch (ChicoryException | MalformedBytesException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidModuleException("cannot disassemble: " + e.getMessage(), e);
        }
    }

    private String module() {
        String name = names.moduleName();
        out.append("(module").append(name == null ? "" : " $" + name).append('\n');
        for (int i = 0; i < module.typeSection().typeCount(); i++) {
            line(1, "(type (;" + i + ";) " + signature(module.typeSection().getType(i), -1) + ")");
        }
        imports();
        for (int i = 0; i < module.tableSection().tableCount(); i++) {
            Table table = module.tableSection().getTable(i);
            int index = importedCount(TableImport.class) + i;
            line(1, "(table" + names.declaration(names.table(index)) + " (;" + index + ";) " + limits(table.limits()) + " "
                    + InstructionText.valType(table.elementType()) + ")");
        }
        module.memorySection().ifPresent(memories -> {
            for (int i = 0; i < memories.memoryCount(); i++) {
                int index = importedCount(MemoryImport.class) + i;
                line(1, "(memory (;" + index + ";) " + limits(memories.getMemory(i).limits()) + ")");
            }
        });
        for (int i = 0; i < module.globalSection().globalCount(); i++) {
            Global global = module.globalSection().getGlobal(i);
            int index = importedCount(GlobalImport.class) + i;
            line(1, "(global" + names.declaration(names.global(index)) + " (;" + index + ";) "
                    + globalType(global.valueType(), global.mutabilityType()) + " " + constant(global.initInstructions()) + ")");
        }
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export export = module.exportSection().getExport(i);
            line(1, "(export \"" + Strings.escape(export.name().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    + "\" (" + exportKind(export) + "))");
        }
        module.startSection().ifPresent(start -> line(1, "(start " + names.function((int) start.startIndex()) + ")"));
        for (int i = 0; i < module.elementSection().elementCount(); i++) {
            line(1, element(i, module.elementSection().getElement(i)));
        }
        for (int i = 0; i < module.functionSection().functionCount(); i++) {
            function(i);
        }
        for (int i = 0; i < module.dataSection().dataSegmentCount(); i++) {
            line(1, data(i, module.dataSection().getDataSegment(i)));
        }
        for (ModuleSections.Section custom : customSections) {
            int size = custom.contentEnd() - custom.payloadStart(bytes);
            line(1, ";; custom section \"" + custom.customName() + "\", " + size + " bytes");
        }
        out.append(")\n");
        return out.toString();
    }

    private void imports() {
        int functions = 0;
        int globals = 0;
        int memories = 0;
        int tables = 0;
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imported = module.importSection().getImport(i);
            String description = switch (imported) {
                case FunctionImport f -> {
                    int index = functions++;
                    yield "(func" + names.declaration(names.function(index)) + " (;" + index + ";) (type "
                            + f.typeIndex() + "))";
                }
                case GlobalImport g -> {
                    int index = globals++;
                    yield "(global" + names.declaration(names.global(index)) + " (;" + index + ";) "
                            + globalType(g.type(), g.mutabilityType()) + ")";
                }
                case MemoryImport m -> "(memory (;" + memories++ + ";) " + limits(m.limits()) + ")";
                case TableImport t -> "(table (;" + tables++ + ";) " + limits(t.limits()) + " "
                        + InstructionText.valType(t.entryType()) + ")";
                default -> "(" + imported.importType().name().toLowerCase(java.util.Locale.ROOT) + ")";
            };
            line(1, "(import \"" + imported.module() + "\" \"" + imported.name() + "\" " + description + ")");
        }
    }

    private void function(int defined) {
        int index = importedFunctions + defined;
        int typeIndex = module.functionSection().getFunctionType(defined);
        FunctionType type = module.typeSection().getType(typeIndex);
        out.append("  (func").append(names.declaration(names.function(index))).append(" (;").append(index)
                .append(";) (type ").append(typeIndex).append(')').append(signature(type, index)).append('\n');
        FunctionBody body = module.codeSection().getFunctionBody(defined);
        List<ValType> locals = body.localTypes();
        for (int l = 0; l < locals.size(); l++) {
            int local = type.params().size() + l;
            String name = names.local(index, local);
            line(2, "(local" + names.declaration(name) + " " + InstructionText.valType(locals.get(l)) + ")");
        }
        List<? extends Instruction> code = body.instructions();
        int first = code.isEmpty() ? 0 : code.getFirst().address();
        int depth = 2;
        for (int i = 0; i < code.size() - 1; i++) {
            Instruction instruction = code.get(i);
            int offset = instruction.address() - first;
            OpCode op = instruction.opcode();
            if (op == OpCode.END || op == OpCode.ELSE) {
                depth = Math.max(2, depth - 1);
            }
            String comment = options.hook().comment(index, offset);
            if (comment != null && !comment.isEmpty()) {
                for (String commentLine : comment.split("\n", -1)) {
                    line(depth, ";; " + commentLine);
                }
            }
            String text = instructions.render(instruction, index);
            line(depth, options.offsets() ? text + " (;@" + offset + ";)" : text);
            if (op == OpCode.BLOCK || op == OpCode.LOOP || op == OpCode.IF || op == OpCode.ELSE) {
                depth++;
            }
        }
        out.append("  )\n");
    }

    private String signature(FunctionType type, int function) {
        StringBuilder text = new StringBuilder(function < 0 ? "(func" : "");
        for (int p = 0; p < type.params().size(); p++) {
            String name = function < 0 ? "" : names.declaration(names.local(function, p));
            text.append(" (param").append(name).append(' ').append(InstructionText.valType(type.params().get(p))).append(')');
        }
        if (!type.returns().isEmpty()) {
            text.append(" (result");
            type.returns().forEach(r -> text.append(' ').append(InstructionText.valType(r)));
            text.append(')');
        }
        return function < 0 ? text.append(')').toString() : text.toString();
    }

    private String element(int index, Element element) {
        StringBuilder text = new StringBuilder("(elem (;" + index + ";)");
        switch (element) {
            case ActiveElement active -> {
                if (active.tableIndex() != 0) {
                    text.append(" (table ").append(names.table(active.tableIndex())).append(')');
                }
                text.append(' ').append(constant(active.offset()));
            }
            case DeclarativeElement _ -> text.append(" declare");
            default -> {
                // passive
            }
        }
        boolean functions = element.initializers().stream()
                .allMatch(init -> expression(init).size() == 1 && expression(init).getFirst().opcode() == OpCode.REF_FUNC);
        if (functions) {
            text.append(" func");
            element.initializers().forEach(init -> text.append(' ')
                    .append(names.function((int) expression(init).getFirst().operand(0))));
        } else {
            text.append(' ').append(InstructionText.valType(element.type()));
            element.initializers().forEach(init -> text.append(' ').append(constant(init)));
        }
        return text.append(')').toString();
    }

    private String data(int index, DataSegment segment) {
        StringBuilder text = new StringBuilder("(data (;" + index + ";)");
        if (segment instanceof ActiveDataSegment active) {
            if (active.index() != 0) {
                text.append(" (memory ").append(active.index()).append(')');
            }
            text.append(' ').append(constant(active.offsetInstructions()));
        }
        return text.append(" \"").append(Strings.escape(segment.data())).append("\")").toString();
    }

    private String constant(List<Instruction> expression) {
        StringBuilder text = new StringBuilder();
        for (Instruction instruction : expression(expression)) {
            text.append(text.isEmpty() ? "" : " ").append('(').append(instructions.render(instruction, -1)).append(')');
        }
        return text.toString();
    }

    private static List<Instruction> expression(List<Instruction> instructions) {
        return instructions.stream().filter(i -> i.opcode() != OpCode.END).toList();
    }

    private String exportKind(Export export) {
        int index = export.index();
        return switch (export.exportType()) {
            case FUNCTION -> "func " + names.function(index);
            case TABLE -> "table " + names.table(index);
            case MEMORY -> "memory " + index;
            case GLOBAL -> "global " + names.global(index);
            case TAG -> "tag " + index;
        };
    }

    private static String globalType(ValType type, MutabilityType mutability) {
        String text = InstructionText.valType(type);
        return mutability == MutabilityType.Var ? "(mut " + text + ")" : text;
    }

    private static String limits(MemoryLimits limits) {
        String max = limits.maximumPages() == MemoryLimits.MAX_PAGES ? "" : " " + limits.maximumPages();
        return limits.initialPages() + max + (limits.shared() ? " shared" : "");
    }

    private static String limits(TableLimits limits) {
        return limits.min() + (limits.max() == TableLimits.LIMIT_MAX ? "" : " " + limits.max());
    }

    private int importedCount(Class<? extends Import> kind) {
        return (int) module.importSection().stream().filter(kind::isInstance).count();
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
