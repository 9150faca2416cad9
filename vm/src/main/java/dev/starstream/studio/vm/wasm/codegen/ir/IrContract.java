package dev.starstream.studio.vm.wasm.codegen.ir;

import dev.starstream.studio.vm.contract.TypeDecl;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;
import java.util.Optional;

/**
 * One contract ready for code generation: its top-level functions (helpers and scripts reachable from
 * the contract), its utxo and token types, the ABIs it mentions, and its named structs and enums.
 */
public record IrContract(String name, List<IrFunction> functions, List<ProcessType> types, List<Abi> abis,
        List<TypeDecl> typeDecls) {

    public IrContract {
        functions = List.copyOf(functions);
        types = List.copyOf(types);
        abis = List.copyOf(abis);
        typeDecls = List.copyOf(typeDecls);
    }

    /**
     * A utxo or token type; {@code index} is its declaration index (word 0 of its state record) and
     * {@code handle} the type of a handle to it (what its constructors return).
     */
    public record ProcessType(int index, String name, boolean token, Type handle, List<StorageField> storage,
            List<IrFunction> constructors, List<Method> methods, List<IrFunction> helpers, List<String> implementedAbis) {
        public ProcessType {
            storage = List.copyOf(storage);
            constructors = List.copyOf(constructors);
            methods = List.copyOf(methods);
            helpers = List.copyOf(helpers);
            implementedAbis = List.copyOf(implementedAbis);
        }
    }

    public record StorageField(String name, Type type, boolean indexed) {}

    /**
     * A method callable on a handle: an {@code impl} method of {@code abi} ({@code "Token"} for a
     * token's attach/detach), or a burn fn ({@code burn}, {@code abi} is the token type's name).
     */
    public record Method(String abi, IrFunction function, boolean resumes, boolean burn) {}

    /** An ABI: its methods, events and effects with their signatures. */
    public record Abi(String name, List<Signature> methods, List<Signature> events, List<Signature> effects) {
        public Abi {
            methods = List.copyOf(methods);
            events = List.copyOf(events);
            effects = List.copyOf(effects);
        }
    }

    public record Signature(String name, List<Type.Param> params, Type result) {
        public Signature {
            params = List.copyOf(params);
        }
    }

    public Optional<IrFunction> function(FnRef ref) {
        return java.util.stream.Stream.concat(functions.stream(), types.stream().flatMap(t -> java.util.stream.Stream.of(
                        t.helpers().stream(), t.constructors().stream(), t.methods().stream().map(Method::function))
                .flatMap(s -> s)))
                .filter(f -> f.ref().equals(ref)).findFirst();
    }

    public Optional<ProcessType> type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Abi> abi(String name) {
        return abis.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
