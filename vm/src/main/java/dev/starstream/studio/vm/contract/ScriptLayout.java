package dev.starstream.studio.vm.contract;

import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;

/** A {@code script fn}: a transaction entry point, exported as {@code export}. */
public record ScriptLayout(String name, String export, List<ParamLayout> params, Type result) {
    public ScriptLayout {
        params = List.copyOf(params);
    }
}
