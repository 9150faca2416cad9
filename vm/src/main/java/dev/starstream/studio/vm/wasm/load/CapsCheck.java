package dev.starstream.studio.vm.wasm.load;

import dev.starstream.studio.vm.wasm.InvalidModuleException;
import dev.starstream.studio.vm.wasm.encode.ByteReader;
import dev.starstream.studio.vm.wasm.encode.MalformedBytesException;
import dev.starstream.studio.vm.wasm.encode.ModuleSections;
import dev.starstream.studio.vm.wasm.encode.ModuleSections.Section;

/**
 * Looks at a module's framing, counts and limits before Chicory parses it, so that hostile counts
 * (a section claiming four billion entries, a memory of 65,536 pages, a body declaring a million
 * locals) are refused before anything is allocated for them. Every count must also fit in the bytes
 * of its section, which bounds what a parser may allocate by the size of the input.
 */
final class CapsCheck {
    private final ModuleCaps caps;

    CapsCheck(ModuleCaps caps) {
        this.caps = caps;
    }

    void check(byte[] bytes) {
        if (bytes.length > caps.maxModuleBytes()) {
            throw refuse("module of " + bytes.length + " bytes exceeds the cap of " + caps.maxModuleBytes());
        }
        try {
            ModuleSections sections = ModuleSections.read(bytes);
            long functions = 0;
            for (Section section : sections.sections()) {
                ByteReader reader = section.reader(bytes);
                switch (section.id()) {
                    case ModuleSections.TYPE, ModuleSections.GLOBAL, ModuleSections.EXPORT,
                            ModuleSections.ELEMENT, ModuleSections.DATA -> count(reader, section);
                    case ModuleSections.IMPORT -> functions += imports(reader, section);
                    case ModuleSections.FUNCTION -> functions += count(reader, section);
                    case ModuleSections.TABLE -> tables(reader, section);
                    case ModuleSections.MEMORY -> {
                        long n = count(reader, section);
                        for (long i = 0; i < n; i++) {
                            memoryLimits(reader);
                        }
                    }
                    case ModuleSections.CODE -> bodies(reader, section);
                    default -> {
                        // custom, start, data count and tag sections carry nothing unbounded
                    }
                }
            }
            if (functions > caps.maxFunctions()) {
                throw refuse(functions + " functions exceed the cap of " + caps.maxFunctions());
            }
        } catch (MalformedBytesException e) {
            throw new InvalidModuleException("malformed module: " + e.getMessage(), e);
        }
    }

    private long count(ByteReader reader, Section section) {
        long n = reader.u32();
        if (n > caps.maxSectionEntries()) {
            throw refuse("section " + section.id() + " declares " + n + " entries, more than the cap of "
                    + caps.maxSectionEntries());
        }
        if (n > reader.remaining()) {
            throw refuse("section " + section.id() + " declares " + n + " entries in " + reader.remaining() + " bytes");
        }
        return n;
    }

    /** Returns the number of imported functions. */
    private long imports(ByteReader reader, Section section) {
        long n = count(reader, section);
        long functions = 0;
        for (long i = 0; i < n; i++) {
            reader.name();
            reader.name();
            int kind = reader.u8();
            switch (kind) {
                case 0x00 -> {
                    reader.u32();
                    functions++;
                }
                case 0x01 -> {
                    referenceType(reader);
                    tableLimits(reader);
                }
                case 0x02 -> memoryLimits(reader);
                case 0x03 -> {
                    valueType(reader);
                    reader.u8();
                }
                case 0x04 -> {
                    reader.u8();
                    reader.u32();
                }
                default -> throw refuse("unknown import kind " + kind);
            }
        }
        return functions;
    }

    private void tables(ByteReader reader, Section section) {
        long n = count(reader, section);
        for (long i = 0; i < n; i++) {
            if (reader.peek() == 0x40) {
                throw refuse("tables with initializer expressions (GC proposal) are not supported");
            }
            referenceType(reader);
            tableLimits(reader);
        }
    }

    private void bodies(ByteReader reader, Section section) {
        long n = count(reader, section);
        for (long i = 0; i < n; i++) {
            long size = reader.u32();
            if (size > caps.maxBodyBytes()) {
                throw refuse("function body " + i + " of " + size + " bytes exceeds the cap of " + caps.maxBodyBytes());
            }
            ByteReader body = reader.slice(size);
            long runs = body.u32();
            long locals = 0;
            for (long r = 0; r < runs && locals <= caps.maxLocals(); r++) {
                locals += body.u32();
                valueType(body);
            }
            if (locals > caps.maxLocals()) {
                throw refuse("function body " + i + " declares more than " + caps.maxLocals() + " locals");
            }
            reader.skip(size);
        }
    }

    private void memoryLimits(ByteReader reader) {
        int flags = reader.u8();
        if (flags > 0x07) {
            throw refuse("unknown memory limits flag " + flags);
        }
        boolean wide = (flags & 0x04) != 0;
        long min = wide ? reader.u64() : reader.u32();
        if ((flags & 0x01) != 0) {
            // the maximum is not refused: growth is clamped to the cap at instantiation
            if (wide) {
                reader.u64();
            } else {
                reader.u32();
            }
        }
        if (min < 0 || min > caps.maxMemoryPages()) {
            throw refuse("memory of " + Long.toUnsignedString(min) + " pages exceeds the cap of "
                    + caps.maxMemoryPages() + " pages");
        }
    }

    private void tableLimits(ByteReader reader) {
        int flags = reader.u8();
        if (flags > 0x07) {
            throw refuse("unknown table limits flag " + flags);
        }
        boolean wide = (flags & 0x04) != 0;
        long min = wide ? reader.u64() : reader.u32();
        if ((flags & 0x01) != 0) {
            if (wide) {
                reader.u64();
            } else {
                reader.u32();
            }
        }
        if (min < 0 || min > caps.maxTableEntries()) {
            throw refuse("table of " + Long.toUnsignedString(min) + " entries exceeds the cap of "
                    + caps.maxTableEntries());
        }
    }

    /** A value type: one byte, or a GC reference type with its heap type. */
    private static void valueType(ByteReader reader) {
        referenceType(reader);
    }

    private static void referenceType(ByteReader reader) {
        int code = reader.u8();
        if (code == 0x63 || code == 0x64) {
            reader.s33();
        }
    }

    private static InvalidModuleException refuse(String why) {
        return new InvalidModuleException("module refused: " + why);
    }
}
