package dev.starstream.studio.vm.wasm.codegen.ir;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;
import java.util.Optional;

/** The host functions a {@code runtime} call reaches (RUNTIME A.6), with their import names. */
public enum RuntimeFunction {
    BLOCK_HEIGHT("starstream:std/cardano", "blockHeight", "block-height", Type.of(IntKind.I64)),
    CURRENT_SLOT("starstream:std/cardano", "currentSlot", "current-slot", Type.of(IntKind.I64)),
    ASSERT_TRANSACTION_SIGNED_BY("starstream:std/host", "assert_transaction_signed_by", "assert-transaction-signed-by",
            Type.UNIT),
    ERROR("starstream:std/host", "error", "error", Type.UNIT);

    private final String module;
    private final String sourceName;
    private final String field;
    private final Type result;

    RuntimeFunction(String module, String sourceName, String field, Type result) {
        this.module = module;
        this.sourceName = sourceName;
        this.field = field;
        this.result = result;
    }

    /** The import module, e.g. {@code starstream:std/cardano}. */
    public String module() {
        return module;
    }

    /** The name in source, e.g. {@code blockHeight}. */
    public String sourceName() {
        return sourceName;
    }

    /** The import field, e.g. {@code block-height}. */
    public String field() {
        return field;
    }

    public Type result() {
        return result;
    }

    public static Optional<RuntimeFunction> of(String module, String sourceName) {
        for (RuntimeFunction f : values()) {
            if (f.module.equals(module) && f.sourceName.equals(sourceName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** All runtime functions, for listings. */
    public static List<RuntimeFunction> all() {
        return List.of(values());
    }
}
