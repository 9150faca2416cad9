package dev.starstream.studio.vm.wasm.codegen.layout;

import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * The payload area of an enum (docs/design/vm-abi.md §2): the variants' flattened payloads overlaid
 * position by position. A position is {@code i64} when any variant has an {@code i64} there, else
 * {@code i32}; positions a variant does not use are zero. An {@code i32} slot stored in an
 * {@code i64} position is zero-extended ({@code i64.extend_i32_u}) and read back with
 * {@code i32.wrap_i64}, so the bit pattern survives.
 *
 * @param area the slot types of the payload area (after the tag)
 * @param variants for each variant in declaration order, its own payload slot types
 */
public record EnumShape(List<ValType> area, List<List<ValType>> variants) {
    public EnumShape {
        area = List.copyOf(area);
        variants = variants.stream().map(List::copyOf).toList();
    }

    public static EnumShape of(Type.Enum type) {
        List<List<ValType>> variants = new ArrayList<>();
        List<ValType> area = new ArrayList<>();
        for (Type.Variant v : type.variants()) {
            List<ValType> slots = Slots.ofAll(v.payload().stream().map(Type.Field::type).toList());
            variants.add(slots);
            for (int i = 0; i < slots.size(); i++) {
                if (i == area.size()) {
                    area.add(slots.get(i));
                } else if (slots.get(i) == ValType.I64) {
                    area.set(i, ValType.I64);
                }
            }
        }
        return new EnumShape(area, variants);
    }

    /** The first payload position of field {@code field} of variant {@code tag}. */
    public static int payloadOffset(Type.Variant variant, int field) {
        int offset = 0;
        for (int i = 0; i < field; i++) {
            offset += Slots.count(variant.payload().get(i).type());
        }
        return offset;
    }
}
