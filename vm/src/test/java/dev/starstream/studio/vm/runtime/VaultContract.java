package dev.starstream.studio.vm.runtime;

import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;

import dev.starstream.studio.vm.contract.AbiLayout;
import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.contract.FunctionLayout;
import dev.starstream.studio.vm.contract.MethodLayout;
import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.contract.SpillLayout;
import dev.starstream.studio.vm.contract.StateGlobal;
import dev.starstream.studio.vm.contract.StorageFieldLayout;
import dev.starstream.studio.vm.contract.YieldPointLayout;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.ConstExpr;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import dev.starstream.studio.vm.wasm.encode.Local;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.Op;
import java.util.List;

/**
 * A utxo with a lifecycle, compiled by hand: created in one transaction, rehydrated and changed in the
 * next, read (a reference input) in a third, closed (its main ends, it burns) in a fourth; plus
 * scripts that fail in each of the ways A.11 names.
 *
 * <pre>
 *  1 abi Box { fn get() -> u64; fn add(n: u64); fn close(); fn relay(other: Vault) -> u64; }
 *  2 utxo Vault {
 *  3     storage { let mut total: u64; }
 *  4     main fn create(start: u64) { total = start; yield(Box); }
 *  5     impl Box {
 *  6         fn get() -> u64 { total }
 *  7         fn add(n: u64) { total = total + n; }          // checked: Overflow
 *  8         fn close() { resume; }
 *  9         fn relay(other: Vault) -> u64 { other.get() }  // UtxoResumesUtxo
 * 10 } }
 * 11 script fn make(start: u64) -> Vault { Vault::create(start) }
 * 12 script fn deposit(v: Vault, n: u64) -> u64 { v.add(n); v.get() }
 * 13 script fn peek(v: Vault) -> u64 { v.get() }
 * 14 script fn close(v: Vault) { v.close() }
 * 15 script fn closeTwice(v: Vault) { v.close(); v.close() }         // MethodNotAvailable
 * 16 script fn forget(v: Vault) { }                                 // UtxoNotFinalized
 * 17 script fn relay(a: Vault, b: Vault) -> u64 { a.relay(b) }
 * 18 script fn divide(a: u64, b: u64) -> u64 { a / b }              // DivisionByZero
 * 19 script fn fail(code: u32) { runtime error(code) }               // ContractError
 * 20 script fn guarded(key: PublicKey) { runtime assert_transaction_signed_by(key) }
 * 21 script fn pair(a: Vault, b: Vault) -> u64 { a.get() + b.get() }
 * 22 script fn height() -> i64 { runtime blockHeight() }
 * 23 script fn deep(n: u32) -> u32 { if (n == 0) { 0 } else { deep(n - 1) + 1 } }
 * </pre>
 */
final class VaultContract extends ContractKit {
    static final Type VAULT = new Type.Utxo("Vault", "vault");
    static final Type.Struct PUBLIC_KEY = new Type.Struct("PublicKey", "starstream:std/types", List.of(
            new Type.Field("a", U64), new Type.Field("b", U64), new Type.Field("c", U64), new Type.Field("d", U64)));

    VaultContract() {
        super("vault");
    }

    @Override
    void write(ModuleBuilder m) {
        FunctionId create = m.importFunction("starstream:self/vault", "[static]utxo.create", sig(List.of(I64), List.of(I32)));
        FunctionId get = m.importFunction("starstream:abi/box", "get", sig(List.of(I32), List.of(I64)));
        FunctionId add = m.importFunction("starstream:abi/box", "add", FuncType.accepting(I32, I64));
        FunctionId close = m.importFunction("starstream:abi/box", "close", FuncType.accepting(I32));
        FunctionId relay = m.importFunction("starstream:abi/box", "relay", sig(List.of(I32, I32), List.of(I64)));
        FunctionId announce = m.importFunction("starstream:std/coroutine", "implements-method",
                FuncType.accepting(I64, I64, I64, I64));
        FunctionId trap = m.importFunction("starstream:std/trap", "trap", FuncType.accepting(I32));
        FunctionId error = m.importFunction("starstream:std/host", "error", FuncType.accepting(I32));
        FunctionId signed = m.importFunction("starstream:std/host", "assert-transaction-signed-by",
                FuncType.accepting(I64, I64, I64, I64));
        FunctionId blockHeight = m.importFunction("starstream:std/cardano", "block-height", FuncType.returning(I64));
        GlobalId yield = m.global("yield", I32, true, ConstExpr.i32(0));
        GlobalId total = m.global("total", I64, true, ConstExpr.i64(0));
        GlobalId spillStart = m.global("yield1.start", I64, true, ConstExpr.i64(0));

        FunctionId resumeDispatcher = m.function("vault$resume", FuncType.empty(), code -> {
            Local start = code.local(I64, "start");
            code.globalGet(yield).i32Const(1).op(Op.I32_NE).ifThen(BlockType.EMPTY, l -> code.i32Const(3).call(trap).unreachable());
            code.globalGet(spillStart).localSet(start).i64Const(0).globalSet(spillStart);
            stmt(code, 42, 4, 60);
            code.i32Const(0).globalSet(yield);
        });
        FunctionId main = m.function("vault#[static]utxo.create", FuncType.accepting(I64), code -> {
            stmt(code, 40, 4, 34);
            code.localGet(code.param(0)).globalSet(total);
            stmt(code, 41, 4, 49);
            code.localGet(code.param(0)).globalSet(spillStart).i32Const(1).globalSet(yield);
            for (String method : List.of("get", "add", "close", "relay")) {
                code.i64Const(fn("Box." + method)).i64Const(0).i64Const(0).i64Const(0).call(announce);
            }
        }, "start");
        FunctionId getImpl = m.function("vault#[method]utxo.get", FuncType.returning(I64), code -> {
            stmt(code, 43, 6, 27);
            code.globalGet(total);
        });
        FunctionId addImpl = m.function("vault#[method]utxo.add", FuncType.accepting(I64), code -> {
            Local sum = code.local(I64, "sum");
            stmt(code, 44, 7, 24);
            code.globalGet(total).localGet(code.param(0)).op(Op.I64_ADD).localTee(sum).globalGet(total).op(Op.I64_LT_U)
                    .ifThen(BlockType.EMPTY, l -> code.i32Const(1).call(trap).unreachable());
            code.localGet(sum).globalSet(total);
        }, "n");
        FunctionId closeImpl = m.function("vault#[method]utxo.close", FuncType.empty(), code -> {
            stmt(code, 45, 8, 22);
            code.returnCall(resumeDispatcher);
        });
        FunctionId relayImpl = m.function("vault#[method]utxo.relay", sig(List.of(I32), List.of(I64)), code -> {
            stmt(code, 46, 9, 43);
            code.localGet(code.param(0)).call(get);
        }, "other");
        FunctionId make = script(m, "make", sig(List.of(I64), List.of(I32)), 11, code ->
                code.localGet(code.param(0)).call(create));
        FunctionId deposit = script(m, "deposit", sig(List.of(I32, I64), List.of(I64)), 12, code -> {
            code.localGet(code.param(0)).localGet(code.param(1)).call(add);
            stmt(code, 120, 12, 58);
            code.localGet(code.param(0)).call(get);
        });
        FunctionId peek = script(m, "peek", sig(List.of(I32), List.of(I64)), 13, code -> code.localGet(code.param(0)).call(get));
        FunctionId closeScript = script(m, "close", FuncType.accepting(I32), 14, code -> code.localGet(code.param(0)).call(close));
        FunctionId closeTwice = script(m, "closeTwice", FuncType.accepting(I32), 15, code -> {
            code.localGet(code.param(0)).call(close);
            stmt(code, 150, 15, 47);
            code.localGet(code.param(0)).call(close);
        });
        FunctionId forget = script(m, "forget", FuncType.accepting(I32), 16, code -> { });
        FunctionId relayScript = script(m, "relay", sig(List.of(I32, I32), List.of(I64)), 17, code ->
                code.localGet(code.param(0)).localGet(code.param(1)).call(relay));
        FunctionId divide = script(m, "divide", sig(List.of(I64, I64), List.of(I64)), 18, code -> {
            code.localGet(code.param(1)).op(Op.I64_EQZ).ifThen(BlockType.EMPTY, l -> code.i32Const(2).call(trap).unreachable());
            code.localGet(code.param(0)).localGet(code.param(1)).op(Op.I64_DIV_U);
        });
        FunctionId fail = script(m, "fail", FuncType.accepting(I32), 19, code -> code.localGet(code.param(0)).call(error));
        FunctionId guarded = script(m, "guarded", FuncType.accepting(I64, I64, I64, I64), 20, code ->
                code.localGet(code.param(0)).localGet(code.param(1)).localGet(code.param(2)).localGet(code.param(3)).call(signed));
        FunctionId pair = script(m, "pair", sig(List.of(I32, I32), List.of(I64)), 21, code ->
                code.localGet(code.param(0)).call(get).localGet(code.param(1)).call(get).op(Op.I64_ADD));
        FunctionId height = script(m, "height", FuncType.returning(I64), 22, code -> code.call(blockHeight));
        FunctionId deep = m.declare("deep", sig(List.of(I32), List.of(I32)), "n");
        m.define(deep, code -> {
            stmt(code, 230, 23, 34);
            code.localGet(code.param(0)).op(Op.I32_EQZ).ifThenElse(BlockType.of(I32), l -> code.i32Const(0),
                    l -> code.localGet(code.param(0)).i32Const(1).op(Op.I32_SUB).call(deep).i32Const(1).op(Op.I32_ADD));
        });
        function(230, "deep", "deep", 23);
        m.exportFunction("deep", deep);
        for (FunctionId f : List.of(make, deposit, peek, closeScript, closeTwice, forget, relayScript, divide, fail, guarded,
                pair, height)) {
            m.exportFunction(f.name(), f);
        }
        m.exportFunction("vault#[static]utxo.create", main);
        m.exportFunction("vault#[method]utxo.get", getImpl);
        m.exportFunction("vault#[method]utxo.add", addImpl);
        m.exportFunction("vault#[method]utxo.close", closeImpl);
        m.exportFunction("vault#[method]utxo.relay", relayImpl);
        m.exportGlobal("vault#state.0", yield);
        m.exportGlobal("vault#state.1", total);
        m.exportGlobal("vault#state.2", spillStart);
    }

    /** A script whose body is one statement on {@code line}. */
    private FunctionId script(ModuleBuilder m, String scriptName, FuncType type, int line,
            java.util.function.Consumer<dev.starstream.studio.vm.wasm.encode.CodeBuilder> body) {
        FunctionId f = m.declare(scriptName, type);
        m.define(f, code -> {
            stmt(code, line * 10, line, 30);
            body.accept(code);
        });
        function(line * 10, scriptName, scriptName, line);
        return f;
    }

    @Override
    ContractLayout layout() {
        List<MethodLayout> methods = List.of(
                method("get", U64), method("add", Type.UNIT, param("n", U64)), resuming("close"),
                method("relay", U64, param("other", VAULT)));
        AbiLayout box = new AbiLayout("Box", iface("Box"), List.of(
                member("Box", "get", U64), member("Box", "add", Type.UNIT, param("n", U64)), member("Box", "close", Type.UNIT),
                member("Box", "relay", U64, param("other", VAULT))), List.of(), List.of());
        ProcessTypeLayout vault = new ProcessTypeLayout(0, "Vault", ProcessTypeLayout.Kind.UTXO,
                List.of(new StateGlobal("vault#state.0", false, StateGlobal.Role.YIELD_POINT, "yield", 0),
                        new StateGlobal("vault#state.1", true, StateGlobal.Role.STORAGE, "total", 0),
                        new StateGlobal("vault#state.2", true, StateGlobal.Role.SPILL, "start", 1)),
                List.of(new StorageFieldLayout("total", U64, false, 2, 2)),
                List.of(new FunctionLayout("create", "vault#[static]utxo.create", List.of(param("start", U64)), Type.UNIT,
                        fn("Vault::create"))),
                methods,
                List.of(new YieldPointLayout(1, List.of("Box"), List.of(new SpillLayout("start", U64, 4, 2)), file, 4)),
                List.of("Box"));
        return contract("vault", List.of(
                        script("make", VAULT, param("start", U64)), script("deposit", U64, param("v", VAULT), param("n", U64)),
                        script("peek", U64, param("v", VAULT)), script("close", Type.UNIT, param("v", VAULT)),
                        script("closeTwice", Type.UNIT, param("v", VAULT)), script("forget", Type.UNIT, param("v", VAULT)),
                        script("relay", U64, param("a", VAULT), param("b", VAULT)),
                        script("divide", U64, param("a", U64), param("b", U64)), script("fail", Type.UNIT, param("code", U32)),
                        script("guarded", Type.UNIT, param("key", PUBLIC_KEY)),
                        script("pair", U64, param("a", VAULT), param("b", VAULT)), script("height", S64),
                        script("deep", U32, param("n", U32))),
                List.of(vault), List.of(box), List.of());
    }

    private static MethodLayout method(String name, Type result, ParamLayout... params) {
        return new MethodLayout("Box", name, "vault#[method]utxo." + name, List.of(params), result, false, false,
                fn("Box." + name));
    }

    private static MethodLayout resuming(String name) {
        return new MethodLayout("Box", name, "vault#[method]utxo." + name, List.of(), Type.UNIT, true, false, fn("Box." + name));
    }
}
