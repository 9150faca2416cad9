package dev.starstream.studio.vm.runtime;

import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;

import dev.starstream.studio.vm.contract.AbiLayout;
import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.contract.FunctionLayout;
import dev.starstream.studio.vm.contract.HandlerLayout;
import dev.starstream.studio.vm.contract.MethodLayout;
import dev.starstream.studio.vm.contract.ProcessTypeLayout;
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
 * RUNTIME A.10 compiled by hand (plus a second script, {@code settleWithout}, that calls the bill
 * without installing the handler):
 *
 * <pre>
 *  1 abi Tariff { effect Rate(zone: u32) -> u64; }
 *  2 abi Meter { fn charge(zone: u32, units: u64) -> u64; event Charged(zone: u32, amount: u64); }
 *  3 utxo Bill {
 *  4     storage { let mut due: u64; }
 *  5     main fn open() { while (true) { yield(Meter); } }
 *  6     impl Meter { fn charge(pub zone: u32, pub units: u64) -> u64 {
 *  7         let rate = raise Rate(zone);
 *  8         due = due + disclose(rate) * units;
 *  9         emit Charged(zone, rate * units);
 * 10         due } }
 * 11 }
 * 12 script fn settle() -> u64 {
 * 13     let b = Bill::open(); let mut r: u64 = 0;
 * 14     try { r = b.charge(7, 3); } with Rate(z) { if (z == 7) { 5 } else { 1 } }
 * 15     r }
 * 16 script fn settleWithout() -> u64 { let b = Bill::open(); b.charge(7, 3) }
 * 17 script fn settleTwice() -> u64 { let b = Bill::open(); try { b.charge(7, 3); b.charge(1, 1) } with … }
 * </pre>
 */
final class TariffContract extends ContractKit {
    static final Type BILL = new Type.Utxo("Bill", "tariff");

    TariffContract() {
        super("tariff");
    }

    @Override
    void write(ModuleBuilder m) {
        FunctionId open = m.importFunction("starstream:self/bill", "[static]utxo.open", FuncType.returning(I32));
        FunctionId charge = m.importFunction("starstream:abi/meter", "charge", sig(List.of(I32, I32, I64), List.of(I64)));
        FunctionId rate = m.importFunction("starstream:effects/tariff", "rate", sig(List.of(I32), List.of(I64)));
        FunctionId charged = m.importFunction("starstream:events/meter", "charged", FuncType.accepting(I32, I64));
        FunctionId announce = m.importFunction("starstream:std/coroutine", "implements-method",
                FuncType.accepting(I64, I64, I64, I64));
        FunctionId install = m.importFunction("starstream:std/handlers", "install", FuncType.accepting(I32, I32));
        FunctionId uninstall = m.importFunction("starstream:std/handlers", "uninstall", FuncType.accepting(I32, I32));
        GlobalId yield = m.global("yield", I32, true, ConstExpr.i32(0));
        GlobalId due = m.global("due", I64, true, ConstExpr.i64(0));

        FunctionId settle = m.function("settle", FuncType.returning(I64), code -> {
            Local b = code.local(I32, "b");
            Local r = code.local(I64, "r");
            stmt(code, 1, 13, 5);
            code.call(open).localSet(b);
            stmt(code, 2, 13, 27);
            code.i64Const(0).localSet(r);
            stmt(code, 3, 14, 5);
            code.i32Const(0).i32Const(0).call(install);
            stmt(code, 4, 14, 11);
            code.localGet(b).i32Const(7).i64Const(3).call(charge).localSet(r);
            code.i32Const(0).i32Const(0).call(uninstall);
            stmt(code, 6, 15, 5);
            code.localGet(r);
        });
        FunctionId handler = m.function("handler#0", sig(List.of(I32, I32), List.of(I64)), code -> {
            stmt(code, 5, 14, 56);
            code.localGet(code.param(1)).i32Const(7).op(Op.I32_EQ)
                    .ifThenElse(BlockType.of(I64), l -> code.i64Const(5), l -> code.i64Const(1));
        }, "frame", "z");
        FunctionId settleWithout = m.function("settleWithout", FuncType.returning(I64), code -> {
            Local b = code.local(I32, "b");
            stmt(code, 20, 16, 37);
            code.call(open).localSet(b);
            stmt(code, 21, 16, 59);
            code.localGet(b).i32Const(7).i64Const(3).call(charge);
        });
        FunctionId settleTwice = m.function("settleTwice", FuncType.returning(I64), code -> {
            Local b = code.local(I32, "b");
            stmt(code, 30, 17, 35);
            code.call(open).localSet(b);
            code.i32Const(0).i32Const(0).call(install);
            stmt(code, 31, 17, 63);
            code.localGet(b).i32Const(7).i64Const(3).call(charge).op(Op.DROP);
            stmt(code, 32, 17, 78);
            code.localGet(b).i32Const(1).i64Const(1).call(charge);
            code.i32Const(0).i32Const(0).call(uninstall);
        });
        FunctionId main = m.function("bill#[static]utxo.open", FuncType.empty(), code -> {
            stmt(code, 7, 5, 22);
            stmt(code, 8, 5, 37);
            code.i32Const(1).globalSet(yield);
            code.i64Const(fn("Meter.charge")).i64Const(0).i64Const(0).i64Const(0).call(announce);
        });
        FunctionId method = m.function("bill#[method]utxo.charge", sig(List.of(I32, I64), List.of(I64)), code -> {
            Local rateValue = code.local(I64, "rate");
            stmt(code, 9, 7, 9);
            code.localGet(code.param(0)).call(rate).localSet(rateValue);
            stmt(code, 10, 8, 9);
            code.globalGet(due).localGet(rateValue).localGet(code.param(1)).op(Op.I64_MUL).op(Op.I64_ADD).globalSet(due);
            stmt(code, 11, 9, 9);
            code.localGet(code.param(0)).localGet(rateValue).localGet(code.param(1)).op(Op.I64_MUL).call(charged);
            stmt(code, 12, 10, 9);
            code.globalGet(due);
        }, "zone", "units");
        function(100, "settle", "settle", 12);
        function(101, "settleWithout", "settleWithout", 16);
        m.exportFunction("settle", settle);
        m.exportFunction("settleWithout", settleWithout);
        m.exportFunction("settleTwice", settleTwice);
        m.exportFunction("handler#0", handler);
        m.exportFunction("bill#[static]utxo.open", main);
        m.exportFunction("bill#[method]utxo.charge", method);
        m.exportGlobal("bill#state.0", yield);
        m.exportGlobal("bill#state.1", due);
    }

    @Override
    ContractLayout layout() {
        AbiLayout tariff = new AbiLayout("Tariff", iface("Tariff"), List.of(), List.of(),
                List.of(member("Tariff", "Rate", U64, param("zone", U32))));
        AbiLayout meter = new AbiLayout("Meter", iface("Meter"),
                List.of(member("Meter", "charge", U64, param("zone", U32), param("units", U64))),
                List.of(member("Meter", "Charged", Type.UNIT, param("zone", U32), param("amount", U64))), List.of());
        ProcessTypeLayout bill = new ProcessTypeLayout(0, "Bill", ProcessTypeLayout.Kind.UTXO,
                List.of(new StateGlobal("bill#state.0", false, StateGlobal.Role.YIELD_POINT, "yield", 0),
                        new StateGlobal("bill#state.1", true, StateGlobal.Role.STORAGE, "due", 0)),
                List.of(new StorageFieldLayout("due", U64, false, 2, 2)),
                List.of(new FunctionLayout("open", "bill#[static]utxo.open", List.of(), Type.UNIT, fn("Bill::open"))),
                List.of(new MethodLayout("Meter", "charge", "bill#[method]utxo.charge",
                        List.of(param("zone", U32), param("units", U64)), U64, false, false, fn("Meter.charge"))),
                List.of(new YieldPointLayout(1, List.of("Meter"), List.of(), file, 5)),
                List.of("Meter"));
        return contract("tariff", List.of(script("settle", U64), script("settleWithout", U64), script("settleTwice", U64)),
                List.of(bill), List.of(tariff, meter), List.of(new HandlerLayout(0, "handler#0", 0, "Tariff", "Rate", file, 14)));
    }
}
