package dev.starstream.studio.vm.lang.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Pattern;
import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Callee kinds, narrowing, patterns and struct targets in the typed program. */
class TypedCalleesTest {
    static TypedModule check(String text) {
        CheckedModule m = ModuleChecker.checkSingleFile("t.star", text);
        assertThat(m.allDiagnostics()).isEmpty();
        return m.typed();
    }

    @Test
    void tokensHaveMintConstructorsAttachDetachAndBurnMethods() throws IOException {
        TypedModule t = check(Files.readString(ValidProgramsTest.VALID.resolve("token_pool_swap.star")));

        assertThat(t.callee(Nodes.expr(t, Expr.Call.class, "Gold::mint(1000)")))
                .isInstanceOfSatisfying(Callee.TokenMint.class, c -> assertThat(c.mint().name()).isEqualTo("mint"));
        assertThat(t.typeOf(Nodes.expr(t, Expr.Call.class, "Gold::mint(1000)"))).isEqualTo(new Type.Token("Gold", "t.star"));
        assertThat(t.callee(Nodes.expr(t, Expr.Call.class, "g.attach(pool)")))
                .isInstanceOfSatisfying(Callee.TokenMethod.class, c -> {
                    assertThat(c.op()).isEqualTo(Callee.TokenOp.ATTACH);
                    assertThat(c.tokenType()).map(UtxoInfo::name).contains("Gold");
                });
        assertThat(t.callee(Nodes.expr(t, Expr.Call.class, "gold.melt()")))
                .isInstanceOfSatisfying(Callee.TokenMethod.class, c -> {
                    assertThat(c.op()).isEqualTo(Callee.TokenOp.BURN);
                    assertThat(c.burnFunction()).map(FunctionInfo::role).contains(FunctionInfo.Role.TOKEN_BURN);
                });
        assertThat(t.callee(Nodes.expr(t, Expr.Call.class, "price(gold)")))
                .isInstanceOfSatisfying(Callee.Function.class, c -> assertThat(c.isLocalHelper()).isTrue());
        // the argument of attach is a named utxo, upcast to Utxo
        assertThat(t.typeOf(Nodes.expr(t, Expr.Call.class, "g.attach(pool)").args().getFirst()))
                .isEqualTo(new Type.Utxo("Pool", "t.star"));
    }

    @Test
    void narrowedHandlesCallThroughTheirAbi() {
        TypedModule t = check("""
                abi A { fn m(x: u8) -> bool; }
                script fn s(u: Utxo) -> bool {
                    if u is A {
                        u.m(1)
                    } else {
                        false
                    }
                }
                """);
        Expr.Call call = Nodes.expr(t, Expr.Call.class, "u.m(1)");
        Expr.Name receiver = (Expr.Name) ((Expr.Field) call.callee()).target();

        assertThat(t.callee(call)).isInstanceOfSatisfying(Callee.AbiMethod.class,
                c -> assertThat(c.receiver()).isEqualTo(new Type.Abi("A", "t.star")));
        assertThat(t.typeOf(receiver)).isEqualTo(new Type.Abi("A", "t.star"));
        assertThat(t.resolution(receiver)).isInstanceOfSatisfying(NameRef.Local.class,
                l -> assertThat(l.variable().type()).isEqualTo(new Type.AnyUtxo()));
        assertThat(t.typeOf(call.args().getFirst())).isEqualTo(Type.of(IntKind.U8));
    }

    @Test
    void patternsKnowTheirVariantsBindingsAndTypes() {
        TypedModule t = check("""
                enum Shape { Dot, Circle(u8), Rect { w: u32, h: u32 } }
                fn f(s: Shape) -> u32 {
                    match s {
                        Shape::Dot => { 0 },
                        Shape::Circle(200) => { 1 },
                        Shape::Circle(r) => { 2 },
                        Shape::Rect { w, h: height } => { w * height },
                    }
                }
                """);
        List<Pattern> patterns = new ArrayList<>();
        Expr.Match m = Nodes.first(t, Expr.Match.class);
        m.arms().forEach(a -> patterns.add(a.pattern()));

        assertThat(patterns).extracting(p -> t.patternVariant(p).map(NameRef.EnumVariant::tag).orElse(-1))
                .containsExactly(0, 1, 1, -1);
        Pattern.Variant literal = (Pattern.Variant) patterns.get(1);
        assertThat(t.typeOf(literal.payload().getFirst())).contains(Type.of(IntKind.U8));
        Pattern.Struct rect = (Pattern.Struct) patterns.get(3);
        assertThat(t.structTarget(rect)).hasValueSatisfying(s -> assertThat(s.variantTag()).hasValue(2));
        assertThat(t.binding(rect.fields().get(0))).map(Variable::name).contains("w");
        assertThat(t.binding(rect.fields().get(1).pattern().orElseThrow())).map(Variable::name).contains("height");
        assertThat(t.binding(((Pattern.Variant) patterns.get(2)).payload().getFirst())).map(Variable::type)
                .contains(Type.of(IntKind.U8));
    }

    @Test
    void enumConstructorsAndUnitVariantsAreResolved() {
        TypedModule t = check("""
                enum Color { Red, Custom(u8, u8, u8) }
                fn f() -> Color { Color::Custom(1, 2, 3) }
                fn g() -> Color { Color::Red }
                fn h() -> Option<u8> { Option::Some(4) }
                """);

        assertThat(t.callee(Nodes.expr(t, Expr.Call.class, "Color::Custom(1, 2, 3)")))
                .isEqualTo(new Callee.EnumConstructor("Color", "Custom", 1));
        assertThat(t.resolution(Nodes.expr(t, Expr.Name.class, "Color::Red"))).isEqualTo(new NameRef.EnumVariant("Color", "Red", 0));
        assertThat(Type.display(t.typeOf(Nodes.expr(t, Expr.Call.class, "Option::Some(4)")))).isEqualTo("Option<u8>");
    }
}
