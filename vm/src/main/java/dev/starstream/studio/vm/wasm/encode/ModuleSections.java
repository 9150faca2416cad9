package dev.starstream.studio.vm.wasm.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sections of a module as byte ranges, read with every length checked against the input.
 * Used to copy sections unchanged and to look at counts and limits before a full parse.
 */
public record ModuleSections(byte[] bytes, List<Section> sections) {
    public static final int CUSTOM = 0;
    public static final int TYPE = 1;
    public static final int IMPORT = 2;
    public static final int FUNCTION = 3;
    public static final int TABLE = 4;
    public static final int MEMORY = 5;
    public static final int GLOBAL = 6;
    public static final int EXPORT = 7;
    public static final int START = 8;
    public static final int ELEMENT = 9;
    public static final int CODE = 10;
    public static final int DATA = 11;
    public static final int DATA_COUNT = 12;
    public static final int TAG = 13;

    /** One section: its id, where its content starts and ends, and a custom section's name. */
    public record Section(int id, int contentStart, int contentEnd, String customName) {
        /** The offset just after the custom section's name, or the content start. */
        public int payloadStart(byte[] bytes) {
            if (id != CUSTOM) {
                return contentStart;
            }
            ByteReader reader = new ByteReader(bytes, contentStart, contentEnd);
            reader.name();
            return reader.position();
        }

        public ByteReader reader(byte[] bytes) {
            return new ByteReader(bytes, contentStart, contentEnd);
        }

        public int size() {
            return contentEnd - contentStart;
        }
    }

    public ModuleSections {
        sections = List.copyOf(sections);
    }

    /** Splits module bytes; malformed framing throws {@link MalformedBytesException}. */
    public static ModuleSections read(byte[] bytes) {
        ByteReader reader = new ByteReader(bytes);
        if (bytes.length < 8
                || reader.u8() != 0x00 || reader.u8() != 0x61 || reader.u8() != 0x73 || reader.u8() != 0x6D) {
            throw new MalformedBytesException("not a WebAssembly module (magic number missing)", 0);
        }
        if (reader.u8() != 1 || reader.u8() != 0 || reader.u8() != 0 || reader.u8() != 0) {
            throw new MalformedBytesException("unsupported WebAssembly version", 4);
        }
        List<Section> sections = new ArrayList<>();
        while (!reader.atEnd()) {
            int headerAt = reader.position();
            int id = reader.u8();
            if (id > TAG) {
                throw new MalformedBytesException("unknown section id " + id, headerAt);
            }
            long size = reader.u32();
            if (size > reader.remaining()) {
                throw new MalformedBytesException("section " + id + " of " + size + " bytes runs past the end", headerAt);
            }
            int start = reader.position();
            int end = start + (int) size;
            String name = "";
            if (id == CUSTOM) {
                name = new ByteReader(bytes, start, end).name();
            }
            sections.add(new Section(id, start, end, name));
            reader.skip(size);
        }
        return new ModuleSections(bytes, sections);
    }

    public Optional<Section> first(int id) {
        return sections.stream().filter(s -> s.id() == id).findFirst();
    }

    /** The raw bytes of a section including its id and size header, re-framed canonically. */
    public void copyTo(Section section, ByteWriter out) {
        out.u8(section.id()).u32(section.size()).bytes(bytes, section.contentStart(), section.size());
    }
}
