package dev.starstream.studio.vm.wasm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.starstream.studio.vm.lang.ast.BinaryOp;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.Chicory;
import dev.starstream.studio.vm.wasm.codegen.ir.IrBlock;
import dev.starstream.studio.vm.wasm.codegen.ir.IrContract;
import dev.starstream.studio.vm.wasm.codegen.ir.IrExpr;
import dev.starstream.studio.vm.wasm.codegen.ir.IrFunction;
import dev.starstream.studio.vm.wasm.codegen.ir.IrStmt;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The back end on IR built by hand (no checker involved): a loop in a script, and a utxo main that
 * yields inside a loop and is resumed by a method, with its storage and yield globals observed.
 */
class IrSmokeTest {
    private static final SourceFile FILE = new SourceFile("smoke.star", "x\n".repeat(40));
    private static final Span AT = Span.of(0, 1);
    private static final Type U32 = Type.of(IntKind.U32);
    private static final Type U64 = Type.of(IntKind.U64);

    private static IrExpr local(IrVar v) {
        return new IrExpr.Local(v, v.type(), AT);
    }

    private static IrExpr u32(long v) {
        return new IrExpr.IntConst(IntKind.U32, v, AT);
    }

    private static IrExpr bin(BinaryOp op, IrExpr l, IrExpr r, Type t) {
        return new IrExpr.Binary(op, l, r, t, AT);
    }

    private static IrBlock block(Type type, Optional<IrExpr> tail, IrStmt... stmts) {
        return new IrBlock(List.of(stmts), tail, tail.isPresent() ? 99 : -1, type, AT);
    }

    private static IrVar var(int id, String name, Type t, IrVar.Kind kind) {
        return new IrVar(id, name, t, kind, true, false, AT);
    }

    private static IrContract contract() {
        IrVar n = var(0, "n", U32, IrVar.Kind.PARAMETER);
        IrVar s = var(1, "s", U32, IrVar.Kind.LET);
        IrVar i = var(2, "i", U32, IrVar.Kind.LET);
        IrFunction sum = new IrFunction(IrFunction.Kind.SCRIPT, "", "sum_to", List.of(n), U32, block(U32,
                Optional.of(local(s)),
                new IrStmt.Let(1, s, u32(0), AT),
                new IrStmt.Let(2, i, u32(0), AT),
                new IrStmt.While(3, bin(BinaryOp.LT, local(i), local(n), Type.BOOL), block(Type.UNIT, Optional.empty(),
                        new IrStmt.Assign(4, new IrStmt.LocalPlace(i), bin(BinaryOp.ADD, local(i), u32(1), U32), AT),
                        new IrStmt.Assign(5, new IrStmt.LocalPlace(s), bin(BinaryOp.ADD, local(s), local(i), U32), AT)), AT)),
                FILE, AT);

        IrVar step = var(0, "step", U64, IrVar.Kind.PARAMETER);
        IrVar twice = var(1, "twice", U64, IrVar.Kind.LET);
        IrExpr total = new IrExpr.StorageGet("Counter", 0, U64, AT);
        IrFunction start = new IrFunction(IrFunction.Kind.MAIN, "Counter", "start", List.of(step), Type.UNIT,
                block(Type.UNIT, Optional.empty(),
                        new IrStmt.Let(10, twice, bin(BinaryOp.ADD, local(step), local(step), U64), AT),
                        new IrStmt.While(11, new IrExpr.BoolConst(true, AT), block(Type.UNIT, Optional.empty(),
                                new IrStmt.Expression(12, new IrExpr.Yield(1, List.of("Tick"), AT), AT),
                                new IrStmt.Assign(13, new IrStmt.StoragePlace("Counter", 0, U64),
                                        bin(BinaryOp.ADD, total, local(twice), U64), AT)), AT)),
                FILE, AT);
        IrFunction tick = new IrFunction(IrFunction.Kind.METHOD, "Counter", "tick", List.of(), Type.UNIT,
                block(Type.UNIT, Optional.empty(), new IrStmt.Resume(20, AT)), FILE, AT);
        IrContract.ProcessType counter = new IrContract.ProcessType(0, "Counter", false, new Type.Utxo("Counter", "smoke.star"),
                List.of(new IrContract.StorageField("total", U64, false)), List.of(start),
                List.of(new IrContract.Method("Tick", tick, true, false)), List.of(), List.of("Tick"));
        IrContract.Abi abi = new IrContract.Abi("Tick", List.of(new IrContract.Signature("tick", List.of(), Type.UNIT)),
                List.of(), List.of());
        return new IrContract("smoke", List.of(sum), List.of(counter), List.of(abi), List.of());
    }

    @ParameterizedTest
    @EnumSource(Chicory.Mode.class)
    void aLoopInAScriptComputesItsSum(Chicory.Mode mode) {
        CompiledContract compiled = new ContractCompiler().compile(contract());
        HostStubs host = stubs(new ArrayList<>());
        Instance instance = Chicory.instantiate(compiled.release(), mode, host.imports());
        assertThat(host.run(() -> instance.export("sum-to").apply(10))).isEqualTo("55");
        assertThat(host.run(() -> instance.export("sum-to").apply(100_000))).isEqualTo("trap OVERFLOW");
    }

    @ParameterizedTest
    @EnumSource(Chicory.Mode.class)
    void aMainYieldingInALoopKeepsItsLocalAcrossResumes(Chicory.Mode mode) {
        CompiledContract compiled = new ContractCompiler().compile(contract());
        List<Long> announced = new ArrayList<>();
        HostStubs host = stubs(announced);
        Instance instance = Chicory.instantiate(compiled.release(), mode, host.imports());
        host.run(() -> instance.export("counter#[static]utxo.start").apply(7));
        assertThat(instance.exports().global("counter#state.0").getValue()).isEqualTo(1); // yield point 1
        host.run(() -> instance.export("counter#[method]utxo.tick").apply());
        host.run(() -> instance.export("counter#[method]utxo.tick").apply());
        assertThat(instance.exports().global("counter#state.1").getValue()).isEqualTo(28); // total = 2 * 14
        assertThat(instance.exports().global("counter#state.2").getValue()).isEqualTo(14); // twice, spilled at k=1
        assertThat(announced).hasSize(3).containsOnly(dev.starstream.studio.vm.interleaving.encoding.Ids
                .functionId("Tick.tick").value());
        assertThat(compiled.layout().type("Counter").orElseThrow().yieldPoint(1).orElseThrow().spills())
                .extracting(sp -> sp.name()).containsExactly("twice");
    }

    private static HostStubs stubs(List<Long> announced) {
        return new HostStubs().add(new HostFunction("starstream:std/coroutine", "implements-method",
                FunctionType.of(List.of(ValType.I64, ValType.I64, ValType.I64, ValType.I64), List.of()),
                (inst, args) -> {
                    announced.add(args[0]);
                    return null;
                }));
    }
}
