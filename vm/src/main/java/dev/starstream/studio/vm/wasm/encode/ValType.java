package dev.starstream.studio.vm.wasm.encode;

import org.jspecify.annotations.Nullable;

/** The value types our encoder writes: numbers and the two MVP reference types. */
public enum ValType {
    I32(0x7F, "i32"),
    I64(0x7E, "i64"),
    F32(0x7D, "f32"),
    F64(0x7C, "f64"),
    FUNCREF(0x70, "funcref"),
    EXTERNREF(0x6F, "externref");

    private final int code;
    private final String text;

    ValType(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The byte that encodes this type. */
    public int code() {
        return code;
    }

    /** The name in the text format ({@code i32}, {@code funcref}, …). */
    public String text() {
        return text;
    }

    public boolean isReference() {
        return this == FUNCREF || this == EXTERNREF;
    }

    /** The type a byte encodes, or {@code null} when the byte is no value type we know. */
    public static @Nullable ValType ofCode(int code) {
        for (ValType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
