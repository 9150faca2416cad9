package dev.starstream.studio.vm.wasm.encode;

import dev.starstream.studio.vm.wasm.encode.Ids.DataId;
import dev.starstream.studio.vm.wasm.encode.Ids.ElementId;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import dev.starstream.studio.vm.wasm.encode.Ids.MemoryId;
import dev.starstream.studio.vm.wasm.encode.Ids.TableId;
import dev.starstream.studio.vm.wasm.encode.Ids.TypeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Builds a WebAssembly module in the binary format. Entities are declared in index order and come
 * back as typed handles; imports of a kind must be declared before definitions of that kind (the
 * index space puts imports first), which the builder enforces rather than renumbering silently.
 * Function signatures are interned in the type section in order of first use. {@link #encode()}
 * writes the sections in the order the specification requires and, unless switched off, a
 * {@code name} section with the module, function and local names.
 */
public final class ModuleBuilder {
    private final List<FuncType> types = new ArrayList<>();
    private final Map<FuncType, Integer> typeIndices = new HashMap<>();
    private final ByteWriter imports = new ByteWriter();
    private int importCount;
    private final List<FunctionId> functions = new ArrayList<>();
    private int importedFunctions;
    private final List<CodeBuilder> bodies = new ArrayList<>();
    private final List<List<String>> paramNames = new ArrayList<>();
    private int importedGlobals;
    private final List<GlobalId> globals = new ArrayList<>();
    private final ByteWriter globalSection = new ByteWriter();
    private int memoryCount;
    private int importedMemories;
    private int importedTables;
    private @Nullable EncodedModule encoded;
    private final ByteWriter memorySection = new ByteWriter();
    private int tableCount;
    private final ByteWriter tableSection = new ByteWriter();
    private final Map<String, byte[]> exports = new LinkedHashMap<>();
    private final Set<Integer> declared = new LinkedHashSet<>();
    private final Set<Integer> referenced = new LinkedHashSet<>();
    private final List<byte[]> elements = new ArrayList<>();
    private final List<byte[]> dataSegments = new ArrayList<>();
    private final List<Map.Entry<String, byte[]>> customSections = new ArrayList<>();
    private int start = -1;
    private boolean dataCount;
    private boolean names = true;
    private String moduleName = "";

    /** Interns a signature in the type section. */
    public TypeId type(FuncType type) {
        Integer index = typeIndices.get(type);
        if (index == null) {
            index = types.size();
            types.add(type);
            typeIndices.put(type, index);
        }
        return new TypeId(index, type);
    }

    public ModuleBuilder moduleName(String name) {
        this.moduleName = name;
        return this;
    }

    /** Whether to write the {@code name} custom section (default: yes). */
    public ModuleBuilder emitNames(boolean emit) {
        this.names = emit;
        return this;
    }

    // ---- imports ------------------------------------------------------------------------------

    public FunctionId importFunction(String module, String field, FuncType type) {
        if (!bodies.isEmpty() || functions.size() > importedFunctions) {
            throw new IllegalStateException("import functions before declaring functions");
        }
        int typeIndex = type(type).index();
        importHeader(module, field, 0x00).u32(typeIndex);
        FunctionId id = new FunctionId(functions.size(), type, field);
        functions.add(id);
        paramNames.add(List.of());
        importedFunctions++;
        return id;
    }

    public GlobalId importGlobal(String module, String field, ValType type, boolean mutable) {
        if (globals.size() > importedGlobals) {
            throw new IllegalStateException("import globals before defining globals");
        }
        importHeader(module, field, 0x03).u8(type.code()).u8(mutable ? 1 : 0);
        GlobalId id = new GlobalId(globals.size(), type, mutable, field);
        globals.add(id);
        importedGlobals++;
        return id;
    }

    public MemoryId importMemory(String module, String field, Limits limits) {
        if (memorySection.size() > 0) {
            throw new IllegalStateException("import memories before defining memories");
        }
        limits.encode(importHeader(module, field, 0x02));
        importedMemories++;
        return new MemoryId(memoryCount++);
    }

    public TableId importTable(String module, String field, ValType elementType, Limits limits) {
        if (tableSection.size() > 0) {
            throw new IllegalStateException("import tables before defining tables");
        }
        limits.encode(importHeader(module, field, 0x01).u8(referenceType(elementType).code()));
        importedTables++;
        return new TableId(tableCount++, elementType);
    }

    // ---- definitions --------------------------------------------------------------------------

    /** Declares a function; give it a body with {@link #define} or {@link #code}. */
    public FunctionId declare(String name, FuncType type, String... parameterNames) {
        type(type);
        FunctionId id = new FunctionId(functions.size(), type, name);
        functions.add(id);
        paramNames.add(List.of(parameterNames));
        return id;
    }

    /** The body builder of a declared function; instructions written to it land in the module. */
    public CodeBuilder code(FunctionId function) {
        int defined = function.index() - importedFunctions;
        if (defined < 0 || function.index() >= functions.size() || !functions.get(function.index()).equals(function)) {
            throw new IllegalArgumentException(function.name() + " is not a function declared here");
        }
        while (bodies.size() <= defined) {
            bodies.add(null);
        }
        if (bodies.get(defined) != null) {
            throw new IllegalStateException(function.name() + " already has a body");
        }
        CodeBuilder body = new CodeBuilder(this, function, paramNames.get(function.index()));
        bodies.set(defined, body);
        return body;
    }

    /** Gives a declared function its body. */
    public FunctionId define(FunctionId function, Consumer<CodeBuilder> body) {
        body.accept(code(function));
        return function;
    }

    /** Declares and defines a function in one step. */
    public FunctionId function(String name, FuncType type, Consumer<CodeBuilder> body, String... parameterNames) {
        return define(declare(name, type, parameterNames), body);
    }

    public GlobalId global(String name, ValType type, boolean mutable, ConstExpr init) {
        if (init.type() != type) {
            throw new IllegalArgumentException("global " + name + " of type " + type.text()
                    + " initialised with " + init.type().text());
        }
        noteReference(init);
        globalSection.u8(type.code()).u8(mutable ? 1 : 0);
        init.encode(globalSection);
        GlobalId id = new GlobalId(globals.size(), type, mutable, name);
        globals.add(id);
        return id;
    }

    public MemoryId memory(Limits limits) {
        limits.encode(memorySection);
        return new MemoryId(memoryCount++);
    }

    public TableId table(ValType elementType, Limits limits) {
        limits.encode(tableSection.u8(referenceType(elementType).code()));
        return new TableId(tableCount++, elementType);
    }

    // ---- exports, start, segments, custom sections ---------------------------------------------

    public ModuleBuilder exportFunction(String name, FunctionId function) {
        declared.add(function.index());
        return export(name, 0x00, function.index());
    }

    public ModuleBuilder exportTable(String name, TableId table) {
        return export(name, 0x01, table.index());
    }

    public ModuleBuilder exportMemory(String name, MemoryId memory) {
        return export(name, 0x02, memory.index());
    }

    public ModuleBuilder exportGlobal(String name, GlobalId global) {
        return export(name, 0x03, global.index());
    }

    public ModuleBuilder start(FunctionId function) {
        if (!function.type().params().isEmpty() || !function.type().results().isEmpty()) {
            throw new IllegalArgumentException("the start function must take and return nothing");
        }
        this.start = function.index();
        return this;
    }

    /** An active segment writing function references into a table at instantiation. */
    public ElementId activeElements(TableId table, ConstExpr offset, List<FunctionId> entries) {
        ByteWriter out = new ByteWriter();
        if (table.index() == 0) {
            out.u8(0x00);
            offset.encode(out);
        } else {
            out.u8(0x02).u32(table.index());
            offset.encode(out);
            out.u8(0x00);
        }
        return element(out, entries);
    }

    /** A passive segment, used by {@code table.init}. */
    public ElementId passiveElements(List<FunctionId> entries) {
        return element(new ByteWriter().u8(0x01).u8(0x00), entries);
    }

    /** An active data segment written into a memory at instantiation. */
    public DataId activeData(MemoryId memory, ConstExpr offset, byte[] bytes) {
        ByteWriter out = new ByteWriter(bytes.length + 8);
        if (memory.index() == 0) {
            out.u8(0x00);
        } else {
            out.u8(0x02).u32(memory.index());
        }
        offset.encode(out);
        out.u32(bytes.length).bytes(bytes);
        dataSegments.add(out.toByteArray());
        return new DataId(dataSegments.size() - 1);
    }

    /** A passive data segment, used by {@code memory.init}. */
    public DataId passiveData(byte[] bytes) {
        dataSegments.add(new ByteWriter(bytes.length + 8).u8(0x01).u32(bytes.length).bytes(bytes).toByteArray());
        return new DataId(dataSegments.size() - 1);
    }

    /** A custom section, written after the standard sections in the order added. */
    public ModuleBuilder customSection(String name, byte[] content) {
        customSections.add(Map.entry(name, content.clone()));
        return this;
    }

    // ---- output -------------------------------------------------------------------------------

    public byte[] build() {
        return encode().bytes();
    }

    /**
     * The module bytes and, per defined function, where its first instruction lies. Encode once,
     * after everything is declared; later calls return the same result.
     */
    public EncodedModule encode() {
        if (encoded == null) {
            encoded = encodeOnce();
        }
        return encoded;
    }

    private EncodedModule encodeOnce() {
        ByteWriter out = new ByteWriter(1024);
        out.u8(0x00).u8(0x61).u8(0x73).u8(0x6D).u8(0x01).u8(0x00).u8(0x00).u8(0x00);
        List<byte[]> encodedBodies = finishBodies();
        if (!types.isEmpty()) {
            ByteWriter section = new ByteWriter().u32(types.size());
            for (FuncType type : types) {
                section.u8(0x60).u32(type.params().size());
                type.params().forEach(p -> section.u8(p.code()));
                section.u32(type.results().size());
                type.results().forEach(r -> section.u8(r.code()));
            }
            section(out, 1, section);
        }
        vectorSection(out, 2, importCount, imports);
        if (!encodedBodies.isEmpty()) {
            ByteWriter section = new ByteWriter().u32(encodedBodies.size());
            for (int i = importedFunctions; i < functions.size(); i++) {
                section.u32(typeIndices.get(functions.get(i).type()));
            }
            section(out, 3, section);
        }
        vectorSection(out, 4, tableCount - importedTables, tableSection);
        vectorSection(out, 5, memoryCount - importedMemories, memorySection);
        vectorSection(out, 6, globals.size() - importedGlobals, globalSection);
        if (!exports.isEmpty()) {
            ByteWriter section = new ByteWriter().u32(exports.size());
            exports.forEach((name, desc) -> section.name(name).bytes(desc));
            section(out, 7, section);
        }
        if (start >= 0) {
            section(out, 8, new ByteWriter().u32(start));
        }
        List<byte[]> allElements = new ArrayList<>(elements);
        Set<Integer> undeclared = new LinkedHashSet<>(referenced);
        undeclared.removeAll(declared);
        if (!undeclared.isEmpty()) {
            ByteWriter declarative = new ByteWriter().u8(0x03).u8(0x00).u32(undeclared.size());
            undeclared.forEach(declarative::u32);
            allElements.add(declarative.toByteArray());
        }
        listSection(out, 9, allElements);
        if (dataCount) {
            section(out, 12, new ByteWriter().u32(dataSegments.size()));
        }
        int[] codeOffsets = new int[encodedBodies.size()];
        if (!encodedBodies.isEmpty()) {
            ByteWriter section = new ByteWriter().u32(encodedBodies.size());
            int[] relative = new int[encodedBodies.size()];
            for (int i = 0; i < encodedBodies.size(); i++) {
                byte[] body = encodedBodies.get(i);
                section.u32(body.length);
                relative[i] = section.size() + bodies.get(i).instructionsStart();
                section.bytes(body);
            }
            int sectionStart = out.size() + 1 + new ByteWriter().u32(section.size()).size();
            for (int i = 0; i < relative.length; i++) {
                codeOffsets[i] = sectionStart + relative[i];
            }
            section(out, 10, section);
        }
        listSection(out, 11, dataSegments);
        if (names) {
            byte[] nameSection = NameSectionWriter.write(moduleName, functions, bodies, importedFunctions, globals);
            if (nameSection.length > 0) {
                section(out, 0, new ByteWriter().name("name").bytes(nameSection));
            }
        }
        for (Map.Entry<String, byte[]> custom : customSections) {
            section(out, 0, new ByteWriter().name(custom.getKey()).bytes(custom.getValue()));
        }
        return new EncodedModule(out.toByteArray(), codeOffsets, importedFunctions);
    }

    // ---- used by CodeBuilder ------------------------------------------------------------------

    void requireDataCount() {
        dataCount = true;
    }

    void declareReferenced(FunctionId function) {
        referenced.add(function.index());
    }

    // ---- internals ----------------------------------------------------------------------------

    private ByteWriter importHeader(String module, String field, int kind) {
        if (encoded != null) {
            throw new IllegalStateException("module already encoded");
        }
        importCount++;
        return imports.name(module).name(field).u8(kind);
    }

    private ModuleBuilder export(String name, int kind, int index) {
        if (exports.containsKey(name)) {
            throw new IllegalArgumentException("duplicate export name " + name);
        }
        exports.put(name, new ByteWriter().u8(kind).u32(index).toByteArray());
        return this;
    }

    private ElementId element(ByteWriter header, List<FunctionId> entries) {
        header.u32(entries.size());
        for (FunctionId entry : entries) {
            header.u32(entry.index());
            declared.add(entry.index());
        }
        elements.add(header.toByteArray());
        return new ElementId(elements.size() - 1);
    }

    private void noteReference(ConstExpr expr) {
        if (expr instanceof ConstExpr.RefFunc ref) {
            declared.add(ref.function().index());
        }
    }

    private List<byte[]> finishBodies() {
        List<byte[]> out = new ArrayList<>();
        for (int i = importedFunctions; i < functions.size(); i++) {
            int defined = i - importedFunctions;
            if (defined >= bodies.size() || bodies.get(defined) == null) {
                throw new IllegalStateException("function " + functions.get(i).name() + " has no body");
            }
            out.add(bodies.get(defined).finish());
        }
        return out;
    }

    private static ValType referenceType(ValType type) {
        if (!type.isReference()) {
            throw new IllegalArgumentException("tables hold references, not " + type.text());
        }
        return type;
    }

    private static void section(ByteWriter out, int id, ByteWriter content) {
        out.u8(id).sized(content);
    }

    private static void vectorSection(ByteWriter out, int id, int count, ByteWriter entries) {
        if (count > 0) {
            section(out, id, new ByteWriter(entries.size() + 5).u32(count).bytes(entries));
        }
    }

    private static void listSection(ByteWriter out, int id, List<byte[]> entries) {
        if (!entries.isEmpty()) {
            ByteWriter section = new ByteWriter().u32(entries.size());
            entries.forEach(section::bytes);
            section(out, id, section);
        }
    }
}
