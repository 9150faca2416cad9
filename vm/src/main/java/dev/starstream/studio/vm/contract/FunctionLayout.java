package dev.starstream.studio.vm.contract;

import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;

/**
 * A constructor ({@code main fn}, {@code mint fn}) and its export and function id.
 *
 * @param functionId F(q) of A.9 P2 for {@code q = Type::name}
 */
public record FunctionLayout(String name, String export, List<ParamLayout> params, Type result, long functionId) {
    public FunctionLayout {
        params = List.copyOf(params);
    }
}
