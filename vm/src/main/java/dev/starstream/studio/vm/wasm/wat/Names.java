package dev.starstream.studio.vm.wasm.wat;

import com.dylibso.chicory.wasm.types.NameCustomSection;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Names from the module's {@code name} section, as text-format identifiers; indices when absent. */
final class Names {
    private static final Pattern ID_CHARS = Pattern.compile("[0-9A-Za-z!#$%&'*+\\-./:<=>?@\\\\^_`|~]+");

    private final @Nullable NameCustomSection section;

    Names(@Nullable NameCustomSection section) {
        this.section = section;
    }

    String function(int index) {
        return id(section == null ? null : section.nameOfFunction(index), index);
    }

    String local(int function, int index) {
        return id(section == null || function < 0 ? null : section.nameOfLocal(function, index), index);
    }

    String global(int index) {
        return id(section == null ? null : section.nameOfGlobal(index), index);
    }

    String table(int index) {
        return id(section == null ? null : section.nameOfTable(index), index);
    }

    /** {@code $name} for a declaration, or nothing when unnamed. */
    String declaration(String reference) {
        return reference.startsWith("$") ? " " + reference : "";
    }

    @Nullable String moduleName() {
        return section == null ? null : section.moduleName().orElse(null);
    }

    private static String id(@Nullable String name, int index) {
        if (name == null || name.isEmpty()) {
            return String.valueOf(index);
        }
        return ID_CHARS.matcher(name).matches() ? "$" + name : "$\"" + Strings.escape(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"";
    }
}
