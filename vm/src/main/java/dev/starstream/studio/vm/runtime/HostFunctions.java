package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.ledger.PublicKey;
import dev.starstream.studio.vm.runtime.engine.EngineModule;
import dev.starstream.studio.vm.runtime.engine.HostCall;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.runtime.values.ValueCodec;
import dev.starstream.studio.vm.runtime.values.ValueDecodeException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The host side of every import of docs/design/vm-abi.md §4, bound to the process whose instance
 * imports it. Every call but a debug hook costs {@link TxRun#HOST_CALL_GAS}; cross-process acts go to
 * {@link Control}.
 */
final class HostFunctions {
    private static final long[] NONE = new long[0];

    private final TxRun run;
    private final Control control;
    private final Services services;

    HostFunctions(TxRun run, Control control, Services services) {
        this.run = run;
        this.control = control;
        this.services = services;
    }

    /** The import bindings of {@code p}'s instance, keyed by {@link EngineModule#key}. */
    Map<String, HostCall> bind(Proc p) {
        Map<String, HostCall> calls = new HashMap<>();
        for (Binding binding : p.contract.bindings()) {
            String key = EngineModule.key(binding.spec().module(), binding.spec().name());
            calls.put(key, call(p, binding));
        }
        return calls;
    }

    private HostCall call(Proc p, Binding binding) {
        String what = binding.spec().toString();
        return switch (binding) {
            case Binding.Construct c -> args -> {
                run.charge(p, TxRun.HOST_CALL_GAS, what);
                return new long[] {control.construct(p, c, args)};
            };
            case Binding.AbiCall a -> args -> {
                run.charge(p, TxRun.HOST_CALL_GAS, what);
                return control.callMethod(p, a, args);
            };
            case Binding.Burn b -> args -> {
                run.charge(p, TxRun.HOST_CALL_GAS, what);
                control.burn(p, b, args);
                return NONE;
            };
            case Binding.Attach a -> args -> {
                run.charge(p, TxRun.HOST_CALL_GAS, what);
                control.attach(p, args[0], args[1]);
                return NONE;
            };
            case Binding.Detach d -> args -> {
                run.charge(p, TxRun.HOST_CALL_GAS, what);
                control.detach(p, args[0], args[1]);
                return NONE;
            };
            case Binding.Emit e -> args -> {
                run.charge(p, TxRun.HOST_CALL_GAS, what);
                List<Value> values = decode(p, Bindings.types(e.event().params()), args, what);
                SourceLocation site = p.contract.uniqueSite("emit", e.abi().name() + "." + e.event().name()).orElse(null);
                TxRun.Frame top = run.top();
                int statement = top != null && top.proc == p ? top.statement : -1;
                run.recorder.event(p, e.abi().name(), e.event().name(), values, site, statement, run.where(p),
                        run.machine.steps());
                return NONE;
            };
            case Binding.Raise r -> args -> {
                run.charge(p, TxRun.HOST_CALL_GAS, what);
                return control.raise(p, r, args);
            };
            case Binding.Service s -> args -> {
                run.charge(p, TxRun.HOST_CALL_GAS, what);
                return service(p, s.kind(), args);
            };
            case Binding.Hook h -> args -> {
                hook(p, h.kind(), args);
                return NONE;
            };
            case Binding.Unknown u -> args -> {
                throw run.abort("Trap", "cannot call " + what + ": " + u.problem(), null, null, p);
            };
        };
    }

    private long[] service(Proc p, Binding.Service.Kind kind, long[] args) {
        return switch (kind) {
            case BLOCK_HEIGHT -> new long[] {services.blockHeight()};
            case CURRENT_SLOT -> new long[] {services.currentSlot()};
            case ASSERT_SIGNED -> {
                PublicKey key = PublicKey.fromLimbs(args[0], args[1], args[2], args[3]);
                if (!services.signedBy(key)) {
                    throw run.abort("MissingSignature", "the transaction carries no valid signature by " + key, null, null, p);
                }
                yield NONE;
            }
            case ERROR -> {
                long code = Integer.toUnsignedLong((int) args[0]);
                throw run.abort("ContractError", p.label + " failed with error code " + code, null, code, p);
            }
            case IMPLEMENTS_METHOD -> NONE;
            case IS_ABI -> new long[] {offers(p, args) ? 1 : 0};
            case INSTALL -> {
                control.install(p, (int) args[0], (int) args[1]);
                yield NONE;
            }
            case UNINSTALL -> {
                control.uninstall(p, (int) args[0], (int) args[1]);
                yield NONE;
            }
            case TRAP -> {
                int reason = (int) args[0];
                throw switch (reason) {
                    case 1 -> run.abort("Overflow", "integer overflow in " + p.label, null, null, p);
                    case 2 -> run.abort("DivisionByZero", "division by zero in " + p.label, null, null, p);
                    case 3 -> run.abort("MethodNotAvailable", p.label + " has no yield point to resume (its main has ended)",
                            null, null, p);
                    case 4 -> run.abort("Trap", "unreachable code reached in " + p.label, null, null, p);
                    case 5 -> run.abort("StackOverflow", "the shadow stack of handler frames cannot grow in " + p.label,
                            null, null, p);
                    case 6 -> run.abort("ReentrantHandler", p.label + " entered a handler clause that is still running "
                            + "(A.3)", null, null, p);
                    default -> run.abort("Trap", p.label + " trapped with reason " + reason, null, null, p);
                };
            }
        };
    }

    /** {@code is-abi(pid, I(abi))}: whether the process offers the ABI now (vm-abi §4); no operation. */
    private boolean offers(Proc p, long[] args) {
        Proc target = run.process(args[0]);
        if (target == null) {
            throw run.abort("BadPid", "the handle " + args[0] + " tested with `is` names no process of this transaction",
                    61, null, p);
        }
        dev.starstream.studio.vm.interleaving.op.Hash iface =
                new dev.starstream.studio.vm.interleaving.op.Hash(args[1], args[2], args[3], args[4]);
        return p.contract.layout().abis().stream().filter(a -> Control.interfaceId(a).equals(iface)).findFirst()
                .map(a -> target.offeredAbis().contains(a.name())).orElse(false);
    }

    private void hook(Proc p, Binding.Hook.HookKind kind, long[] args) {
        int id = (int) args[0];
        long step = run.machine.steps();
        switch (kind) {
            case STMT -> {
                TxRun.Frame top = run.top();
                if (top != null && top.proc == p) {
                    top.statement = id;
                }
                run.recorder.hook(p, DebugStep.Kind.STATEMENT, id, List.of(), step);
            }
            case ENTER -> run.recorder.hook(p, DebugStep.Kind.ENTER, id, List.of(), step);
            case EXIT -> run.recorder.hook(p, DebugStep.Kind.EXIT, id, List.of(), step);
            case WRITE_I32 -> run.recorder.hook(p, DebugStep.Kind.WRITE, id, List.of(Integer.toUnsignedLong((int) args[1])), step);
            case WRITE_I64 -> run.recorder.hook(p, DebugStep.Kind.WRITE, id,
                    List.of(args[1] & 0xFFFF_FFFFL, args[1] >>> 32), step);
            case YIELD -> run.recorder.hook(p, DebugStep.Kind.YIELD, id, List.of(), step);
            case RESUMED -> run.recorder.hook(p, DebugStep.Kind.RESUMED, id, List.of(), step);
        }
    }

    private List<Value> decode(Proc p, List<dev.starstream.studio.vm.lang.types.Type> types, long[] args, String what) {
        try {
            return ValueCodec.fromSlots(types, args);
        } catch (ValueDecodeException e) {
            throw run.abort("Trap", what + " got a malformed value: " + e.getMessage(), null, null, p);
        }
    }
}
