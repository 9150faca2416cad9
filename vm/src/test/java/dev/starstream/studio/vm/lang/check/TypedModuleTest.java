package dev.starstream.studio.vm.lang.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Node;
import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The typed program the code generator consumes, on the A.10 example (effects across utxos). */
class TypedModuleTest {
    static TypedModule bill;

    @BeforeAll
    static void check() throws IOException {
        String text = Files.readString(ValidProgramsTest.VALID.resolve("effects_across_utxos.star"));
        CheckedModule m = ModuleChecker.checkSingleFile("effects_across_utxos.star", text);
        assertThat(m.allDiagnostics()).isEmpty();
        bill = m.typed();
    }

    @Test
    void literalsTakeTheTypeTheirContextGivesThem() {
        Expr.Call call = Nodes.expr(bill, Expr.Call.class, "b.charge(7, 3)");

        assertThat(bill.typeOf(call.args().get(0))).isEqualTo(Type.of(IntKind.U32));
        assertThat(bill.typeOf(call.args().get(1))).isEqualTo(Type.of(IntKind.U64));
        assertThat(bill.typeOf(call)).isEqualTo(Type.of(IntKind.U64));
    }

    @Test
    void everyCallKnowsWhatItCalls() {
        assertThat(bill.callee(Nodes.expr(bill, Expr.Call.class, "Bill::open()")))
                .isInstanceOfSatisfying(Callee.UtxoConstructor.class, c -> assertThat(c.utxo().name()).isEqualTo("Bill"));
        assertThat(bill.callee(Nodes.expr(bill, Expr.Call.class, "b.charge(7, 3)")))
                .isInstanceOfSatisfying(Callee.AbiMethod.class, c -> {
                    assertThat(c.method().toString()).isEqualTo("Meter.charge");
                    assertThat(c.receiver()).isEqualTo(new Type.Utxo("Bill", "effects_across_utxos.star"));
                });
        assertThat(bill.callee(Nodes.expr(bill, Expr.Raise.class, "raise Rate(zone)")))
                .isInstanceOfSatisfying(Callee.Effect.class, c -> assertThat(c.effect().abi().name()).isEqualTo("Tariff"));
        assertThat(bill.callee(Nodes.expr(bill, Expr.Emit.class, "emit Charged(zone, rate * units)")))
                .isInstanceOf(Callee.Event.class);
    }

    @Test
    void namesResolveToStorageLocalsAndParameters() {
        Expr.Name due = Nodes.expr(bill, Expr.Name.class, "due");
        Stmt.Assign assign = Nodes.statement(bill, Stmt.Assign.class, "r = b.charge");

        assertThat(bill.resolution(due)).isInstanceOfSatisfying(NameRef.Storage.class, s -> {
            assertThat(s.field().index()).isZero();
            assertThat(s.field().type()).isEqualTo(Type.of(IntKind.U64));
        });
        assertThat(bill.resolution(assign)).isInstanceOfSatisfying(NameRef.Local.class, l -> {
            assertThat(l.variable().name()).isEqualTo("r");
            assertThat(l.variable().mutable()).isTrue();
        });
        assertThat(bill.resolution(Nodes.expr(bill, Expr.Name.class, "zone")))
                .isInstanceOfSatisfying(NameRef.Local.class, l -> assertThat(l.variable().kind()).isEqualTo(Variable.Kind.PARAMETER));
    }

    @Test
    void handlerClausesKnowTheirEffectAndBindings() {
        Stmt.Try t = Nodes.statement(bill, Stmt.Try.class, "try");
        HandledEffect h = bill.handledEffect(t.clauses().getFirst()).orElseThrow();

        assertThat(h.effect().name()).isEqualTo("Rate");
        assertThat(h.bindings()).extracting(Variable::name).containsExactly("z");
        assertThat(h.bindings().getFirst().type()).isEqualTo(Type.of(IntKind.U32));
        assertThat(h.duplicate()).isFalse();
    }

    @Test
    void utxosListTheirYieldPointsStorageAndMethods() {
        UtxoInfo u = bill.utxos().getFirst();

        assertThat(u.yieldPoints()).hasSize(1);
        assertThat(u.yieldPoints().getFirst().index()).isEqualTo(1);
        assertThat(u.yieldPoints().getFirst().abis()).extracting(AbiInfo::name).containsExactly("Meter");
        assertThat(u.storage()).extracting(UtxoInfo.StorageField::name).containsExactly("due");
        assertThat(u.callableMethods()).extracting(AbiInfo.Member::name).containsExactly("charge");
        assertThat(u.implementedAbis()).extracting(AbiInfo::name).containsExactly("Meter");
        assertThat(u.functions()).extracting(FunctionInfo::role)
                .containsExactly(FunctionInfo.Role.UTXO_MAIN, FunctionInfo.Role.IMPL_METHOD);
    }

    @Test
    void statementIdsFollowSourceOrder() {
        List<Integer> ids = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < bill.statementCount(); i++) {
            Node n = bill.statement(i).orElseThrow();
            ids.add(bill.statementId(n).getAsInt());
            starts.add(n.span().start());
        }

        assertThat(ids).isSorted();
        assertThat(starts).isSorted();
        assertThat(bill.statementCount()).isGreaterThan(8);
    }

    @Test
    void unconstrainedLiteralsDefaultToI64() {
        TypedModule m = ModuleChecker.checkSingleFile("d.star", "fn f() -> bool { let x = 5; x > 2 }").typed();

        assertThat(m.typeOf(Nodes.expr(m, Expr.IntLit.class, "5"))).isEqualTo(Type.of(IntKind.I64));
        assertThat(m.typeOf(Nodes.expr(m, Expr.IntLit.class, "2"))).isEqualTo(Type.of(IntKind.I64));
    }
}
