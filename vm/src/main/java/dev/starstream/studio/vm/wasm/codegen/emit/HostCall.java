package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.codegen.Names;
import dev.starstream.studio.vm.wasm.codegen.ir.IrExpr;
import dev.starstream.studio.vm.wasm.codegen.layout.Slots;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The import an IR node calls (docs/design/vm-abi.md §4): module, field and signature. */
public record HostCall(String module, String field, FuncType type) {

    /** The import of a cross-process or host expression; empty for expressions that stay in wasm. */
    public static Optional<HostCall> of(IrExpr e) {
        return Optional.ofNullable(switch (e) {
            case IrExpr.NewProcess n -> new HostCall("starstream:self/" + Names.kebab(n.typeName()),
                    (n.token() ? "[static]token." : "[static]utxo.") + Names.kebab(n.constructor()),
                    FuncType.of(argSlots(n.args(), false), List.of(ValType.I32)));
            case IrExpr.MethodCall m -> new HostCall("starstream:abi/" + Names.kebab(m.abi()), Names.kebab(m.method()),
                    FuncType.of(argSlots(m.args(), true), Slots.of(m.type())));
            case IrExpr.TokenOp t -> new HostCall(Imports.BUILTIN_MODULE,
                    t.attach() ? "[method]token.attach" : "[method]token.detach",
                    FuncType.of(List.of(ValType.I32, ValType.I32), List.of()));
            case IrExpr.Burn b -> new HostCall("starstream:self/" + Names.kebab(b.tokenType()),
                    "[method]token." + Names.kebab(b.burn()), FuncType.of(argSlots(b.args(), true), Slots.of(b.type())));
            case IrExpr.Emit em -> new HostCall("starstream:events/" + Names.kebab(em.abi()), Names.kebab(em.event()),
                    FuncType.of(argSlots(em.args(), false), List.of()));
            case IrExpr.Raise r -> new HostCall("starstream:effects/" + Names.kebab(r.abi()), Names.kebab(r.effect()),
                    FuncType.of(argSlots(r.args(), false), Slots.of(r.type())));
            case IrExpr.RuntimeCall r -> new HostCall(r.function().module(), r.function().field(),
                    FuncType.of(argSlots(r.args(), false), Slots.of(r.type())));
            default -> null;
        });
    }

    /** {@code is-abi(pid, I(abi) limbs) → 0|1}: whether the process currently offers every method of the ABI. */
    public static HostCall isAbi() {
        return new HostCall(Imports.COROUTINE_MODULE, "is-abi",
                FuncType.of(List.of(ValType.I32, ValType.I64, ValType.I64, ValType.I64, ValType.I64), List.of(ValType.I32)));
    }

    /** {@code implements-method(F(q), 0, 0, 0)} at a yield, once per offered method (A.9 Y1). */
    public static HostCall implementsMethod() {
        return new HostCall(Imports.COROUTINE_MODULE, "implements-method",
                FuncType.of(List.of(ValType.I64, ValType.I64, ValType.I64, ValType.I64), List.of()));
    }

    public static HostCall install() {
        return new HostCall(Imports.HANDLERS_MODULE, "install", FuncType.of(List.of(ValType.I32, ValType.I32), List.of()));
    }

    public static HostCall uninstall() {
        return new HostCall(Imports.HANDLERS_MODULE, "uninstall", FuncType.of(List.of(ValType.I32, ValType.I32), List.of()));
    }

    public static HostCall trap() {
        return new HostCall(Imports.TRAP_MODULE, "trap", FuncType.accepting(ValType.I32));
    }

    /** The debug hooks, imported by debug builds only (docs/design/vm-abi.md §8). */
    public static List<HostCall> debugHooks() {
        FuncType one = FuncType.accepting(ValType.I32);
        return List.of(
                new HostCall(Imports.DEBUG_MODULE, "stmt", one),
                new HostCall(Imports.DEBUG_MODULE, "enter", one),
                new HostCall(Imports.DEBUG_MODULE, "exit", one),
                new HostCall(Imports.DEBUG_MODULE, "write.i32", FuncType.accepting(ValType.I32, ValType.I32)),
                new HostCall(Imports.DEBUG_MODULE, "write.i64", FuncType.accepting(ValType.I32, ValType.I64)),
                new HostCall(Imports.DEBUG_MODULE, "yield", one),
                new HostCall(Imports.DEBUG_MODULE, "resumed", one));
    }

    public void require(Imports imports) {
        imports.require(module, field, type);
    }

    private static List<ValType> argSlots(List<IrExpr> args, boolean withHandle) {
        List<ValType> out = new ArrayList<>();
        if (withHandle) {
            out.add(ValType.I32);
        }
        out.addAll(Slots.ofAll(args.stream().map(IrExpr::type).toList()));
        return out;
    }

    /** The slot types of a value of {@code type} (for signatures). */
    static List<ValType> slots(Type type) {
        return Slots.of(type);
    }
}
