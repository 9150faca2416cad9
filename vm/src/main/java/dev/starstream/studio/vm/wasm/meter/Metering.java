package dev.starstream.studio.vm.wasm.meter;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.NameCustomSection;
import com.dylibso.chicory.wasm.types.ValType;
import dev.starstream.studio.vm.wasm.InvalidModuleException;
import dev.starstream.studio.vm.wasm.encode.ByteReader;
import dev.starstream.studio.vm.wasm.encode.ByteWriter;
import dev.starstream.studio.vm.wasm.encode.MalformedBytesException;
import dev.starstream.studio.vm.wasm.encode.ModuleSections;
import dev.starstream.studio.vm.wasm.encode.ModuleSections.Section;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The metering pass: any valid module in, the same module with deterministic gas charges and a
 * call-depth counter out (see {@link BodyInstrumenter} for what is inserted where).
 *
 * <p>The module is parsed and validated by Chicory; sections other than types, globals, start and
 * code are copied byte for byte; the pass appends four globals (remaining gas, remaining depth, and
 * the two "cause" globals that identify where a trap came from), optionally one i64 counter per
 * defined function, and at most one type. Existing indices never move. The start section is
 * removed and reported in the {@link MeterLayout}, so the loader can set the budget first.
 */
public final class Metering {
    private Metering() {}

    /** Meters a module; invalid or unsupported input throws {@link InvalidModuleException}. */
    public static MeteredModule meter(byte[] original, MeterConfig config) {
        WasmModule module;
        ModuleSections sections;
        try {
            sections = ModuleSections.read(original);
            module = Parser.parse(original);
        } catch (MalformedBytesException | ChicoryException e) {
            throw new InvalidModuleException("invalid module: " + e.getMessage(), e);
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            // Chicory's parser on hostile input: index errors, internal assertions, deep recursion
            throw new InvalidModuleException("invalid module (the parser failed: " + e + ")", e);
        }
        return new Metering.Pass(original, sections, module, config).run();
    }

    private static final class Pass {
        private final byte[] bytes;
        private final ModuleSections sections;
        private final WasmModule module;
        private final MeterConfig config;
        private final int importedFunctions;
        private final int definedFunctions;
        private final int typeCount;
        private final List<GasSite> sites = new ArrayList<>();

        Pass(byte[] bytes, ModuleSections sections, WasmModule module, MeterConfig config) {
            this.bytes = bytes;
            this.sections = sections;
            this.module = module;
            this.config = config;
            this.importedFunctions = module.importSection().count(ExternalType.FUNCTION);
            this.definedFunctions = module.functionSection().functionCount();
            this.typeCount = module.typeSection().typeCount();
        }

        MeteredModule run() {
            int base = module.importSection().count(ExternalType.GLOBAL) + module.globalSection().globalCount();
            BodyInstrumenter.Context context = new BodyInstrumenter.Context(
                    config, base, base + 1, base + 2, base + 3,
                    config.perFunctionGas() ? base + 4 : -1,
                    importedFunctions, hookParams(), sites);
            List<FunctionType> wrapperTypes = new ArrayList<>();
            byte[] code = instrumentCode(new BodyInstrumenter(context), wrapperTypes);

            ByteWriter out = new ByteWriter(bytes.length * 2 + 64);
            out.bytes(bytes, 0, 8);
            boolean typesWritten = false;
            boolean globalsWritten = false;
            for (Section section : sections.sections()) {
                int id = section.id();
                if (id != ModuleSections.CUSTOM && !globalsWritten && rank(id) > rank(ModuleSections.GLOBAL)) {
                    writeGlobals(out, null);
                    globalsWritten = true;
                }
                switch (id) {
                    case ModuleSections.TYPE -> {
                        writeTypes(out, section, wrapperTypes);
                        typesWritten = true;
                    }
                    case ModuleSections.GLOBAL -> {
                        writeGlobals(out, section);
                        globalsWritten = true;
                    }
                    case ModuleSections.START -> {
                        // removed: the loader runs the start function after setting the budget
                    }
                    case ModuleSections.CODE -> out.u8(ModuleSections.CODE).sized(new ByteWriter(code.length).bytes(code));
                    default -> sections.copyTo(section, out);
                }
            }
            if (!globalsWritten) {
                writeGlobals(out, null);
            }
            if (!typesWritten && !wrapperTypes.isEmpty()) {
                throw new IllegalStateException("wrapper type needed in a module without types");
            }
            MeterLayout layout = new MeterLayout(
                    importedFunctions,
                    functionNames(),
                    context.gasGlobal(),
                    context.depthGlobal(),
                    context.gasSiteGlobal(),
                    context.depthSiteGlobal(),
                    context.firstFunctionGasGlobal(),
                    module.startSection().map(s -> OptionalInt.of((int) s.startIndex())).orElse(OptionalInt.empty()),
                    sites);
            return new MeteredModule(bytes, out.toByteArray(), sha256(bytes), layout);
        }

        private byte[] instrumentCode(BodyInstrumenter instrumenter, List<FunctionType> wrapperTypes) {
            Section codeSection = sections.first(ModuleSections.CODE).orElse(null);
            if (codeSection == null) {
                return new byte[0];
            }
            ByteReader reader = codeSection.reader(bytes);
            long count = reader.u32();
            ByteWriter out = new ByteWriter(codeSection.size() * 2).u32((int) count);
            for (int i = 0; i < count; i++) {
                long size = reader.u32();
                int start = reader.position();
                int end = start + (int) size;
                reader.skip(size);
                FunctionBody body = module.codeSection().getFunctionBody(i);
                int functionIndex = importedFunctions + i;
                int typeIndex = module.functionSection().getFunctionType(i);
                FunctionType type = module.typeSection().getType(typeIndex);
                for (ValType local : body.localTypes()) {
                    requireSimple(local, "a local of " + functionName(functionIndex));
                }
                ByteWriter wrapper = wrapperBlockType(type, wrapperTypes);
                int firstNewLocal = type.params().size() + body.localTypes().size();
                byte[] instrumented = instrumenter.instrument(
                        bytes, functionIndex, start, end, body.instructions(), firstNewLocal, wrapper);
                out.u32(instrumented.length).bytes(instrumented);
            }
            return out.toByteArray();
        }

        /** {@code []→results} as a block type; several results need a new type entry. */
        private ByteWriter wrapperBlockType(FunctionType type, List<FunctionType> wrapperTypes) {
            List<ValType> results = type.returns();
            ByteWriter out = new ByteWriter(8);
            if (results.isEmpty()) {
                return out.u8(0x40);
            }
            if (results.size() == 1) {
                return out.u8(requireSimple(results.getFirst(), "a result type"));
            }
            FunctionType wanted = FunctionType.of(List.of(), results);
            int index = wrapperTypes.indexOf(wanted);
            if (index < 0) {
                wrapperTypes.add(wanted);
                index = wrapperTypes.size() - 1;
            }
            return out.s33(typeCount + index);
        }

        private void writeTypes(ByteWriter out, Section section, List<FunctionType> extra) {
            if (extra.isEmpty()) {
                sections.copyTo(section, out);
                return;
            }
            ByteReader reader = section.reader(bytes);
            long count = reader.u32();
            if (count != typeCount) {
                throw new InvalidModuleException("recursive type groups (GC proposal) are not supported");
            }
            ByteWriter content = new ByteWriter(section.size() + 16).u32((int) count + extra.size());
            content.bytes(bytes, reader.position(), section.contentEnd() - reader.position());
            for (FunctionType type : extra) {
                content.u8(0x60).u32(0);
                content.u32(type.returns().size());
                type.returns().forEach(r -> content.u8(requireSimple(r, "a result type")));
            }
            out.u8(ModuleSections.TYPE).sized(content);
        }

        private void writeGlobals(ByteWriter out, @Nullable Section section) {
            long existing = 0;
            int entriesStart = 0;
            int entriesEnd = 0;
            if (section != null) {
                ByteReader reader = section.reader(bytes);
                existing = reader.u32();
                entriesStart = reader.position();
                entriesEnd = section.contentEnd();
            }
            int added = 4 + (config.perFunctionGas() ? definedFunctions : 0);
            ByteWriter content = new ByteWriter(entriesEnd - entriesStart + added * 6).u32((int) existing + added);
            content.bytes(bytes, entriesStart, entriesEnd - entriesStart);
            content.u8(0x7E).u8(1).u8(0x42).s64(0).u8(0x0B); // remaining gas
            content.u8(0x7F).u8(1).u8(0x41).s32(0).u8(0x0B); // remaining depth
            content.u8(0x7F).u8(1).u8(0x41).s32(-1).u8(0x0B); // gas site that trapped
            content.u8(0x7F).u8(1).u8(0x41).s32(-1).u8(0x0B); // function whose entry overflowed
            for (int i = 0; config.perFunctionGas() && i < definedFunctions; i++) {
                content.u8(0x7E).u8(1).u8(0x42).s64(0).u8(0x0B);
            }
            out.u8(ModuleSections.GLOBAL).sized(content);
        }

        /** Per imported function: its parameter count when it is a free hook (vm.wasm.meter.HookSequences), else −1. */
        private int[] hookParams() {
            int[] params = new int[importedFunctions];
            java.util.Arrays.fill(params, -1);
            if (config.freeHookModules().isEmpty()) {
                return params;
            }
            int index = 0;
            for (int i = 0; i < module.importSection().importCount(); i++) {
                if (module.importSection().getImport(i) instanceof FunctionImport f) {
                    FunctionType type = module.typeSection().getType(f.typeIndex());
                    if (config.freeHookModules().contains(f.module()) && type.returns().isEmpty()) {
                        params[index] = type.params().size();
                    }
                    index++;
                }
            }
            return params;
        }

        private List<String> functionNames() {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < importedFunctions + definedFunctions; i++) {
                names.add(functionName(i));
            }
            return names;
        }

        private String functionName(int index) {
            NameCustomSection names = module.nameSection();
            @Nullable String name = names == null ? null : names.nameOfFunction(index);
            if (name != null && !name.isEmpty()) {
                return name;
            }
            if (index < importedFunctions) {
                int seen = 0;
                for (int i = 0; i < module.importSection().importCount(); i++) {
                    Import imported = module.importSection().getImport(i);
                    if (imported instanceof FunctionImport && seen++ == index) {
                        return imported.module() + "." + imported.name();
                    }
                }
            }
            return "func[" + index + "]";
        }

        /** The one-byte encoding of a number or MVP reference type. */
        private static int requireSimple(ValType type, String what) {
            if (type.equals(ValType.FuncRef)) {
                return 0x70;
            }
            if (type.equals(ValType.ExternRef)) {
                return 0x6F;
            }
            long id = type.id();
            if (id == 0x7F || id == 0x7E || id == 0x7D || id == 0x7C || id == 0x7B) {
                return (int) id;
            }
            throw new InvalidModuleException(what + " has type " + type + " (GC proposal), which is not supported");
        }
    }

    /** Position of a standard section in the order the specification prescribes. */
    private static int rank(int id) {
        return switch (id) {
            case ModuleSections.TAG -> 6;
            case ModuleSections.GLOBAL -> 7;
            case ModuleSections.EXPORT -> 8;
            case ModuleSections.START -> 9;
            case ModuleSections.ELEMENT -> 10;
            case ModuleSections.DATA_COUNT -> 11;
            case ModuleSections.CODE -> 12;
            case ModuleSections.DATA -> 13;
            default -> id;
        };
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
