package dev.starstream.studio.vm.wasm.encode;

/** Loads and stores, with the natural alignment (log₂ of the access width in bytes) of each. */
public enum MemOp {
    I32_LOAD(0x28, "i32.load", 2),
    I64_LOAD(0x29, "i64.load", 3),
    F32_LOAD(0x2A, "f32.load", 2),
    F64_LOAD(0x2B, "f64.load", 3),
    I32_LOAD8_S(0x2C, "i32.load8_s", 0),
    I32_LOAD8_U(0x2D, "i32.load8_u", 0),
    I32_LOAD16_S(0x2E, "i32.load16_s", 1),
    I32_LOAD16_U(0x2F, "i32.load16_u", 1),
    I64_LOAD8_S(0x30, "i64.load8_s", 0),
    I64_LOAD8_U(0x31, "i64.load8_u", 0),
    I64_LOAD16_S(0x32, "i64.load16_s", 1),
    I64_LOAD16_U(0x33, "i64.load16_u", 1),
    I64_LOAD32_S(0x34, "i64.load32_s", 2),
    I64_LOAD32_U(0x35, "i64.load32_u", 2),
    I32_STORE(0x36, "i32.store", 2),
    I64_STORE(0x37, "i64.store", 3),
    F32_STORE(0x38, "f32.store", 2),
    F64_STORE(0x39, "f64.store", 3),
    I32_STORE8(0x3A, "i32.store8", 0),
    I32_STORE16(0x3B, "i32.store16", 1),
    I64_STORE8(0x3C, "i64.store8", 0),
    I64_STORE16(0x3D, "i64.store16", 1),
    I64_STORE32(0x3E, "i64.store32", 2);

    private final int code;
    private final String text;
    private final int naturalAlignment;

    MemOp(int code, String text, int naturalAlignment) {
        this.code = code;
        this.text = text;
        this.naturalAlignment = naturalAlignment;
    }

    public int code() {
        return code;
    }

    public String text() {
        return text;
    }

    /** log₂ of the access width in bytes; the largest alignment the validator accepts. */
    public int naturalAlignment() {
        return naturalAlignment;
    }

    public boolean isStore() {
        return code >= 0x36;
    }
}
