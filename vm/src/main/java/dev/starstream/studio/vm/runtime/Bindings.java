package dev.starstream.studio.vm.runtime;

import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;

import dev.starstream.studio.vm.contract.AbiLayout;
import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.runtime.Binding.Hook.HookKind;
import dev.starstream.studio.vm.runtime.Binding.Service.Kind;
import dev.starstream.studio.vm.runtime.engine.ImportSpec;
import dev.starstream.studio.vm.runtime.values.ValueLayout;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves a module's imports against its contract layout (docs/design/vm-abi.md §4). */
final class Bindings {
    static final String SELF = "starstream:self/";
    static final String ABI = "starstream:abi/";
    static final String EVENTS = "starstream:events/";
    static final String EFFECTS = "starstream:effects/";
    static final String DEBUG = "starstream:debug";

    private Bindings() {}

    static List<Binding> plan(ContractLayout layout, List<ImportSpec> imports) {
        List<Binding> out = new ArrayList<>(imports.size());
        for (ImportSpec spec : imports) {
            out.add(checked(resolve(layout, spec)));
        }
        return List.copyOf(out);
    }

    private static Binding resolve(ContractLayout layout, ImportSpec spec) {
        String module = spec.module();
        String field = spec.name();
        if (module.startsWith(SELF)) {
            return self(layout, spec, module.substring(SELF.length()), field);
        }
        if (module.startsWith(ABI)) {
            Optional<AbiLayout> abi = abi(layout, module.substring(ABI.length()));
            Optional<AbiLayout.Member> method = abi.flatMap(a -> member(a.methods(), field));
            return method.isPresent() ? new Binding.AbiCall(spec, abi.get(), method.get())
                    : unknown(spec, "no ABI method " + module.substring(ABI.length()) + "." + field + " in the contract layout");
        }
        if (module.startsWith(EVENTS)) {
            Optional<AbiLayout> abi = abi(layout, module.substring(EVENTS.length()));
            Optional<AbiLayout.Member> event = abi.flatMap(a -> member(a.events(), field));
            return event.isPresent() ? new Binding.Emit(spec, abi.get(), event.get())
                    : unknown(spec, "no event " + field + " in the contract layout");
        }
        if (module.startsWith(EFFECTS)) {
            Optional<AbiLayout> abi = abi(layout, module.substring(EFFECTS.length()));
            Optional<AbiLayout.Member> effect = abi.flatMap(a -> member(a.effects(), field));
            return effect.isPresent() ? new Binding.Raise(spec, abi.get(), effect.get())
                    : unknown(spec, "no effect " + field + " in the contract layout");
        }
        return switch (module + " " + field) {
            case "starstream:std/builtin [method]token.attach" -> new Binding.Attach(spec);
            case "starstream:std/builtin [method]token.detach" -> new Binding.Detach(spec);
            case "starstream:std/cardano block-height" -> new Binding.Service(spec, Kind.BLOCK_HEIGHT);
            case "starstream:std/cardano current-slot" -> new Binding.Service(spec, Kind.CURRENT_SLOT);
            case "starstream:std/host assert-transaction-signed-by" -> new Binding.Service(spec, Kind.ASSERT_SIGNED);
            case "starstream:std/host error" -> new Binding.Service(spec, Kind.ERROR);
            case "starstream:std/coroutine implements-method" -> new Binding.Service(spec, Kind.IMPLEMENTS_METHOD);
            case "starstream:std/coroutine is-abi" -> new Binding.Service(spec, Kind.IS_ABI);
            case "starstream:std/handlers install" -> new Binding.Service(spec, Kind.INSTALL);
            case "starstream:std/handlers uninstall" -> new Binding.Service(spec, Kind.UNINSTALL);
            case "starstream:std/trap trap" -> new Binding.Service(spec, Kind.TRAP);
            case "starstream:debug stmt" -> new Binding.Hook(spec, HookKind.STMT);
            case "starstream:debug enter" -> new Binding.Hook(spec, HookKind.ENTER);
            case "starstream:debug exit" -> new Binding.Hook(spec, HookKind.EXIT);
            case "starstream:debug write.i32" -> new Binding.Hook(spec, HookKind.WRITE_I32);
            case "starstream:debug write.i64" -> new Binding.Hook(spec, HookKind.WRITE_I64);
            case "starstream:debug yield" -> new Binding.Hook(spec, HookKind.YIELD);
            case "starstream:debug resumed" -> new Binding.Hook(spec, HookKind.RESUMED);
            default -> unknown(spec, "the Starstream host provides no " + spec);
        };
    }

    private static Binding self(ContractLayout layout, ImportSpec spec, String iface, String field) {
        Optional<ProcessTypeLayout> type = layout.types().stream().filter(t -> Names.kebab(t.name()).equals(iface)).findFirst();
        if (type.isEmpty()) {
            return unknown(spec, "no utxo or token type " + iface + " in the contract layout");
        }
        String export = iface + "#" + field;
        if (field.startsWith("[static]")) {
            return type.get().constructors().stream().filter(c -> c.export().equals(export)).findFirst()
                    .<Binding>map(c -> new Binding.Construct(spec, type.get(), c))
                    .orElseGet(() -> unknown(spec, "no constructor exported as " + export));
        }
        return type.get().methods().stream().filter(m -> m.burn() && m.export().equals(export)).findFirst()
                .<Binding>map(m -> new Binding.Burn(spec, type.get(), m))
                .orElseGet(() -> unknown(spec, "no burn fn exported as " + export));
    }

    private static Optional<AbiLayout> abi(ContractLayout layout, String kebab) {
        return layout.abis().stream().filter(a -> Names.kebab(a.name()).equals(kebab)).findFirst();
    }

    private static Optional<AbiLayout.Member> member(List<AbiLayout.Member> members, String kebab) {
        return members.stream().filter(m -> Names.kebab(m.name()).equals(kebab)).findFirst();
    }

    private static Binding unknown(ImportSpec spec, String problem) {
        return new Binding.Unknown(spec, problem);
    }

    /** The binding, or {@link Binding.Unknown} when the import's signature is not the one the layout implies. */
    private static Binding checked(Binding binding) {
        List<ValType> params;
        List<ValType> results;
        switch (binding) {
            case Binding.Construct c -> {
                params = slots(c.constructor().params());
                results = List.of(I32);
            }
            case Binding.AbiCall a -> {
                params = withHandle(slots(a.method().params()));
                results = ValueLayout.slots(a.method().result());
            }
            case Binding.Burn b -> {
                params = withHandle(slots(b.burn().params()));
                results = ValueLayout.slots(b.burn().result());
            }
            case Binding.Attach a -> {
                params = List.of(I32, I32);
                results = List.of();
            }
            case Binding.Detach d -> {
                params = List.of(I32, I32);
                results = List.of();
            }
            case Binding.Emit e -> {
                params = slots(e.event().params());
                results = List.of();
            }
            case Binding.Raise r -> {
                params = slots(r.effect().params());
                results = ValueLayout.slots(r.effect().result());
            }
            case Binding.Service s -> {
                params = switch (s.kind()) {
                    case BLOCK_HEIGHT, CURRENT_SLOT -> List.of();
                    case ASSERT_SIGNED, IMPLEMENTS_METHOD -> List.of(I64, I64, I64, I64);
                    case IS_ABI -> List.of(I32, I64, I64, I64, I64);
                    case ERROR, TRAP -> List.of(I32);
                    case INSTALL, UNINSTALL -> List.of(I32, I32);
                };
                results = switch (s.kind()) {
                    case BLOCK_HEIGHT, CURRENT_SLOT -> List.of(I64);
                    case IS_ABI -> List.of(I32);
                    default -> List.of();
                };
            }
            case Binding.Hook h -> {
                params = switch (h.kind()) {
                    case WRITE_I32 -> List.of(I32, I32);
                    case WRITE_I64 -> List.of(I32, I64);
                    default -> List.of(I32);
                };
                results = List.of();
            }
            case Binding.Unknown u -> {
                return u;
            }
        }
        ImportSpec spec = binding.spec();
        if (!spec.params().equals(params) || !spec.results().equals(results)) {
            return unknown(spec, spec + " has signature " + spec.params() + " -> " + spec.results() + ", expected "
                    + params + " -> " + results);
        }
        return binding;
    }

    static List<Type> types(List<ParamLayout> params) {
        return params.stream().map(ParamLayout::type).toList();
    }

    private static List<ValType> slots(List<ParamLayout> params) {
        return ValueLayout.slots(types(params));
    }

    private static List<ValType> withHandle(List<ValType> params) {
        List<ValType> out = new ArrayList<>();
        out.add(I32);
        out.addAll(params);
        return out;
    }
}
