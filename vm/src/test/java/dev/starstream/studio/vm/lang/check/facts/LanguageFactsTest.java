package dev.starstream.studio.vm.lang.check.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.Symbol;
import dev.starstream.studio.vm.lang.check.Variable;
import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import dev.starstream.studio.vm.lang.diag.Location;
import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Definition, references, hover, outline, scopes and handle methods, also on files with errors. */
class LanguageFactsTest {
    static final String LIB = """
            /// A point on the plane.
            struct Point {
                x: i64,
                /// The height.
                y: i64,
            }

            enum Shape {
                Dot,
                Circle(Point, u32),
                Rect { w: u32, h: u32 },
            }

            /// Progress of a score.
            abi Progress {
                /// Adds chips.
                fn plus(amount: i64) -> bool;
                event Done(score: i64);
            }

            utxo Score {
                storage {
                    let mut chips: i64;
                }

                main fn new() {
                    chips = 0;
                    yield(Progress);
                }

                fn helper() -> i64 { chips }

                impl Progress {
                    fn plus(pub amount: i64) -> bool {
                        chips = chips + amount;
                        true
                    }
                }
            }
            """;
    static final String MAIN = """
            import { Point, Score, Shape } from "./lib.star";

            /// Sums a point.
            script fn total(p: Point) -> i64 {
                let mut sum = p.x;
                sum = sum + p.y;
                let s = Score::new();
                s.plus(sum);
                sum
            }

            fn broken(flag: bool) -> i64 {
                let k: u8 = 1;
                let bad = flag + 1;
                k
            }
            """;

    static CheckedWorkspace ws = Workspace.inMemory(Path.of("/ws"), files()).check();
    static LanguageFacts facts = new LanguageFacts(ws);
    static CheckedModule lib = ws.moduleNamed("/ws/lib.star").orElseThrow();
    static CheckedModule main = ws.moduleNamed("/ws/main.star").orElseThrow();

    static Map<Path, String> files() {
        Map<Path, String> f = new LinkedHashMap<>();
        f.put(Path.of("/ws/lib.star"), LIB);
        f.put(Path.of("/ws/main.star"), MAIN);
        return f;
    }

    static int at(String text, String needle) {
        int i = text.indexOf(needle);
        if (i < 0) {
            throw new AssertionError(needle);
        }
        return i;
    }

    @Test
    void theMainFileHasTheExpectedErrorsOnly() {
        assertThat(ws.diagnostics()).extracting(d -> d.code().code() + " " + d.location())
                .containsExactly("E0006 /ws/main.star:14:15", "E0009 /ws/main.star:15:5");
    }

    @Test
    void goToDefinitionCrossesFiles() {
        Location def = facts.definition(main, at(MAIN, "p: Point") + 3).orElseThrow();
        Location field = facts.definition(main, at(MAIN, "p.y") + 2).orElseThrow();

        assertThat(def.file().path()).isEqualTo("/ws/lib.star");
        assertThat(def.start().line()).isEqualTo(2);
        assertThat(field.start().line()).isEqualTo(5);
    }

    @Test
    void referencesCoverEveryUseAcrossTheWorkspace() {
        Symbol sum = facts.symbolAt(main, at(MAIN, "sum =")).orElseThrow().symbol();
        Symbol chips = facts.symbolAt(lib, at(LIB, "chips: i64")).orElseThrow().symbol();
        Symbol point = facts.symbolAt(lib, at(LIB, "Point {")).orElseThrow().symbol();

        assertThat(facts.references(sum, true)).hasSize(5);
        assertThat(facts.references(chips, false)).extracting(l -> l.start().line()).containsExactly(27, 31, 35, 35);
        assertThat(facts.references(point, true)).extracting(l -> l.file().path() + ":" + l.start().line())
                .containsExactly("/ws/lib.star:2", "/ws/lib.star:10", "/ws/main.star:1", "/ws/main.star:4");
    }

    @Test
    void hoverShowsLabelsAndDocComments() {
        assertThat(facts.hover(main, at(MAIN, "total"))).contains("```star\nscript fn total(p: Point) -> i64\n```\n---\nSums a point.");
        assertThat(facts.hover(main, at(MAIN, "p: Point") + 3)).contains(
                "```star\nstruct Point {\n    x: i64,\n    y: i64,\n}\n```\n---\nA point on the plane.");
        assertThat(facts.hover(main, at(MAIN, "plus"))).contains("```star\nfn plus(amount: i64) -> bool\n```\n---\nAdds chips.");
        assertThat(facts.hover(main, at(MAIN, "sum ="))).contains("```star\nlet mut sum: i64\n```");
        assertThat(facts.hover(lib, at(LIB, "Circle"))).contains("```star\nShape::Circle(Point, u32)\n```");
        assertThat(facts.hover(lib, at(LIB, "chips: i64"))).contains("```star\nlet mut chips: i64\n```");
        assertThat(facts.hover(lib, at(LIB, "pub amount") + 4)).contains("```star\npub amount: i64\n```");
    }

    @Test
    void preludeGenericsAreShownWithTheirParameters() {
        CheckedWorkspace w = Workspace.inMemory(Path.of("/p"), Map.of(Path.of("/p/x.star"),
                "fn f() -> Option<u8> { Option::Some(1) }\nfn g() -> Result<u8, bool> { Result::Err(true) }\n")).check();
        LanguageFacts f = new LanguageFacts(w);
        CheckedModule x = w.modules().getFirst();
        String text = x.typed().file().text();

        assertThat(f.hover(x, text.indexOf("Some"))).contains("```star\nOption::Some(T)\n```");
        assertThat(f.hover(x, text.indexOf("Err"))).contains("```star\nResult::Err(E)\n```");
        assertThat(f.hover(x, text.indexOf("Option<") + 1)).contains("```star\nenum Option {\n    None,\n    Some(T),\n}\n```");
    }

    @Test
    void factsStayAvailableInFunctionsWithErrors() {
        assertThat(facts.hover(main, at(MAIN, "k: u8"))).contains("```star\nlet k: u8\n```");
        assertThat(facts.references(main, at(MAIN, "k: u8"))).hasSize(2);
        assertThat(facts.typeAt(main, at(MAIN, "flag +"))).contains(Type.BOOL);
    }

    @Test
    void theTypeOfTheInnermostExpressionIsKnown() {
        assertThat(facts.typeAt(main, at(MAIN, "p.x") + 2)).contains(Type.of(IntKind.I64));
        assertThat(facts.typeAt(main, at(MAIN, "Score::new()") + 11)).contains(new Type.Utxo("Score", "/ws/lib.star"));
    }

    @Test
    void theOutlineFollowsTheLanguageServerKinds() {
        List<OutlineItem> items = facts.outline(lib);

        assertThat(items).extracting(OutlineItem::name).containsExactly("Point", "Shape", "Progress", "Score");
        assertThat(items).extracting(OutlineItem::kind).containsExactly(OutlineItem.Kind.STRUCT, OutlineItem.Kind.ENUM,
                OutlineItem.Kind.INTERFACE, OutlineItem.Kind.CLASS);
        OutlineItem score = items.get(3);
        assertThat(score.children()).extracting(i -> i.kind() + " " + i.name() + " " + i.detail()).containsExactly(
                "ENUM_MEMBER chips i64", "FUNCTION new main fn()", "FUNCTION helper fn() -> i64", "INTERFACE Progress impl");
        assertThat(score.children().get(3).children()).extracting(OutlineItem::name).containsExactly("plus");
        assertThat(items.get(2).children()).extracting(i -> i.kind() + " " + i.name())
                .containsExactly("METHOD plus", "EVENT Done");
        assertThat(facts.outline(main)).extracting(OutlineItem::name).containsExactly("total", "broken");
    }

    @Test
    void theScopeAtAnOffsetListsWhatCompletionOffers() {
        ScopeView inTotal = facts.scopeAt(main, at(MAIN, "s.plus"));
        ScopeView inHelper = facts.scopeAt(lib, at(LIB, "chips }"));

        assertThat(inTotal.locals()).extracting(Variable::name).containsExactly("s", "sum", "p");
        assertThat(inTotal.constants()).extracting(Symbol::name).contains("total", "broken");
        assertThat(inTotal.types()).extracting(Symbol::name).contains("Point", "Score", "u64", "Option");
        assertThat(inTotal.namespaces()).extracting(Symbol::name).contains("Score", "Shape", "Option");
        assertThat(inHelper.storage()).extracting(s -> s.name()).containsExactly("chips");
        assertThat(inHelper.helpers()).extracting(h -> h.name()).containsExactly("helper");
    }

    @Test
    void handlesOfferTheMethodsOfTheirAbis() {
        assertThat(facts.methodsAt(main, at(MAIN, "s.plus") + 2)).extracting(MethodInfo::label)
                .containsExactly("fn plus(amount: i64) -> bool");
        assertThat(facts.methodsOn(new Type.AnyToken())).extracting(MethodInfo::name).containsExactly("attach", "detach");
        assertThat(facts.methodsOn(new Type.AnyUtxo())).isEmpty();
    }

    @Test
    void factsWorkOnBrokenFiles() {
        CheckedWorkspace broken = Workspace.inMemory(Path.of("/b"), Map.of(Path.of("/b/x.star"),
                "struct P { x: i64 }\nfn f(p: P) -> i64 {\n    let y = p.x +\n}\nfn g() { let q = 1; q }\n")).check();
        LanguageFacts f = new LanguageFacts(broken);
        CheckedModule x = broken.modules().getFirst();

        assertThat(broken.diagnostics()).isNotEmpty();
        assertThat(f.outline(x)).extracting(OutlineItem::name).containsExactly("P", "f", "g");
        assertThat(f.definition(x, "struct P { x: i64 }\nfn f(p: P) -> i64 {\n    let y = p.".length()))
                .hasValueSatisfying(l -> assertThat(l.start().line()).isEqualTo(1));
    }
}
