package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.types.Type;
import java.util.OptionalInt;

/**
 * What a struct literal or struct pattern builds/tests: a struct, or a struct-payload variant of an
 * enum. {@code type} is the struct or enum type; {@code variantTag} is present for a variant.
 */
public record StructTarget(Type type, String name, OptionalInt variantTag) {}
