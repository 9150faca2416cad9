package dev.starstream.studio.vm.lang.check;

import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A namespace with the four zones of LANGUAGE.md §3.2: constants (functions, events, effects,
 * imported functions, enum variants in an enum's namespace), struct constructors, types, and child
 * namespaces (enums, utxos and tokens, {@code Option}/{@code Result}, namespace imports). A module's
 * root namespace is also what it exports.
 */
final class Namespace {

    /** A type name: its symbol, its generic arity, how to build it from arguments, its declaration order. */
    record TypeEntry(Symbol symbol, int arity, Function<List<Ty>, Ty> make, int order, @Nullable AbiInfo abi,
            @Nullable UtxoInfo utxo, @Nullable EnumEntry enumEntry) {}

    /** A struct (or, in an enum's namespace, a struct variant) that a struct literal or pattern can name. */
    record StructCtor(Symbol symbol, Ty.@Nullable Struct struct, @Nullable EnumEntry owner, int variant) {}

    final String name;
    final Symbol symbol;
    final Map<String, Constant> constants = new LinkedHashMap<>();
    final Map<String, StructCtor> structs = new LinkedHashMap<>();
    final Map<String, TypeEntry> types = new LinkedHashMap<>();
    final Map<String, Namespace> children = new LinkedHashMap<>();
    /** A namespace whose import failed (already reported): every lookup in it is quietly unresolved. */
    final boolean failed;

    Namespace(String name, Symbol symbol) {
        this(name, symbol, false);
    }

    Namespace(String name, Symbol symbol, boolean failed) {
        this.name = name;
        this.symbol = symbol;
        this.failed = failed;
    }

    /** Copies every zone of {@code other} into this namespace (later entries do not replace earlier ones). */
    void includeAll(Namespace other) {
        other.constants.forEach(constants::putIfAbsent);
        other.structs.forEach(structs::putIfAbsent);
        other.types.forEach(types::putIfAbsent);
        other.children.forEach(children::putIfAbsent);
    }

    /** True when any zone has {@code key}. */
    boolean has(String key) {
        return constants.containsKey(key) || structs.containsKey(key) || types.containsKey(key) || children.containsKey(key);
    }

    @Override
    public String toString() {
        return "namespace " + name;
    }
}
