package dev.starstream.studio.vm.contract;

import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;

/**
 * A method a handle offers: an {@code impl} method of an ABI, a token's {@code attach}/{@code detach},
 * or a burn fn ({@code burn} set, {@code abi} is the token's name).
 *
 * @param resumes true when the method ends with {@code resume;}
 * @param functionId F(q) of A.9 P2 ({@code Abi.method}, {@code Token.attach}, {@code Tok::burn})
 */
public record MethodLayout(
        String abi, String name, String export, List<ParamLayout> params, Type result, boolean resumes, boolean burn,
        long functionId) {
    public MethodLayout {
        params = List.copyOf(params);
    }
}
