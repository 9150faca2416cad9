package dev.starstream.studio.vm.contract;

import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;

/**
 * An ABI with its interface id I(abi) (4 little-endian u64 limbs of SHA-256, A.9 P2) and its members.
 */
public record AbiLayout(String name, List<Long> interfaceId, List<Member> methods, List<Member> events, List<Member> effects) {
    public AbiLayout {
        interfaceId = List.copyOf(interfaceId);
        methods = List.copyOf(methods);
        events = List.copyOf(events);
        effects = List.copyOf(effects);
    }

    /** A method, event or effect signature with its function id F(Abi.member). */
    public record Member(String name, List<ParamLayout> params, Type result, long functionId) {
        public Member {
            params = List.copyOf(params);
        }
    }
}
