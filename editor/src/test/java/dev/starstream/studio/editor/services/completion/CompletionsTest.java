package dev.starstream.studio.editor.services.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.editor.services.analysis.Analysis;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What completion proposes where, on texts with a caret marked {@code ‸}; files with errors included. */
class CompletionsTest {
    static final Path ROOT = Path.of("/ws").toAbsolutePath();
    static final String LIB = """
            /// A point on the plane.
            struct Point { x: i64, /** unused */ y: i64 }

            enum Shape { Dot, Circle(Point), Rect { w: u32, h: u32 } }

            /// Adds two numbers.
            fn add(a: i64, b: i64) -> i64 { a + b }
            """;
    static final String GAME = """
            import { Point, Shape, add } from "./lib.star";
            import { blockHeight } from starstream:std/cardano;

            abi Progress {
                /// Adds chips.
                fn plus_chips(amount: i64);
                fn plus_mult(amount: i64);
                fn finish();
                event Finished(score: i64);
                effect Ask(question: u8) -> bool;
            }

            utxo Score {
                storage {
                    let mut chips: i64;
                }

                main fn new() {
                    chips = 0;
                    yield(Progress);
                }

                impl Progress {
                    fn plus_chips(pub amount: i64) { chips = chips + amount; }
                    fn plus_mult(pub amount: i64) { }
                    fn finish() { resume; }
                }
            }

            script fn play(p: Point, limit: i64) {
                let score = Score::new();
                let total = add(p.x, limit);
                ‸
            }
            """;

    /** The proposals at the {@code ‸} of {@code game} (which replaces the game file). */
    static CompletionList complete(String game) {
        int caret = game.indexOf('‸');
        String text = game.substring(0, caret) + game.substring(caret + 1);
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(ROOT.resolve("lib.star"), LIB);
        files.put(ROOT.resolve("game.star"), text);
        Analysis analysis = new Analysis(1, ROOT, Workspace.inMemory(ROOT, files).check());
        return Completions.complete(analysis, ROOT.resolve("game.star"), text, caret);
    }

    static CompletionList at(String replacement) {
        return complete(GAME.replace("‸", replacement));
    }

    @Test
    void onAHandleOnlyTheMethodsItOffers() {
        assertThat(at("score.‸").labels()).containsExactly("finish", "plus_chips", "plus_mult");
    }

    @Test
    void theTypedPrefixFiltersAndRanksFuzzily() {
        assertThat(at("score.pl‸").labels()).containsExactly("plus_chips", "plus_mult");
        assertThat(at("score.pm‸").labels().getFirst()).isEqualTo("plus_mult");
        CompletionList list = at("score.plus_c‸");
        assertThat(list.labels()).containsExactly("plus_chips");
        assertThat(list.prefix()).isEqualTo("plus_c");
        assertThat(list.replaceEnd() - list.replaceStart()).isEqualTo("plus_c".length());
    }

    @Test
    void methodItemsShowTheSignatureAndTheDocComment() {
        CompletionItem plus = at("score.plus_chips‸").items().getFirst();
        assertThat(plus.kind()).isEqualTo(CompletionKind.METHOD);
        assertThat(plus.detail()).isEqualTo("(amount: i64)  Progress");
        assertThat(plus.documentation()).isEqualTo("```star\nfn plus_chips(amount: i64)\n```\n---\nAdds chips.");
    }

    @Test
    void onAStructItsFields() {
        assertThat(at("p.‸").labels()).containsExactly("x", "y");
        assertThat(at("p.‸").items().getFirst().detail()).isEqualTo("i64");
    }

    @Test
    void afterAnEnumItsVariantsAfterAUtxoItsConstructors() {
        assertThat(at("Shape::‸").labels()).containsExactlyInAnyOrder("Dot", "Circle", "Rect");
        assertThat(at("Score::‸").labels()).containsExactly("new");
        assertThat(at("Score::‸").items().getFirst().kind()).isEqualTo(CompletionKind.CONSTRUCTOR);
        assertThat(at("Option::‸").labels()).containsExactlyInAnyOrder("None", "Some");
    }

    @Test
    void afterRaiseEffectsAfterEmitEventsAfterRuntimeRuntimeFunctions() {
        assertThat(at("raise ‸").labels()).containsExactly("Ask");
        assertThat(at("emit ‸").labels()).containsExactly("Finished");
        assertThat(at("runtime ‸").labels()).containsExactly("blockHeight");
    }

    @Test
    void whereAnAbiIsExpectedOnlyAbis() {
        assertThat(at("if score is ‸").labels()).containsExactly("Progress");
        assertThat(complete(GAME.replace("yield(Progress);", "yield(‸);").replace("‸\n}", "\n}")).labels()).containsExactly("Progress");
    }

    @Test
    void inStatementPositionNamesInScopeAndStatementKeywords() {
        CompletionList list = at("‸");
        assertThat(list.labels()).contains("score", "total", "p", "limit", "add", "play", "Point", "Shape", "Score", "Option",
                "let", "if", "while", "return", "match", "emit", "raise");
        assertThat(list.labels()).doesNotContain("Finished", "Ask", "blockHeight", "chips", "i64", "fn", "struct");
        assertThat(list.items()).filteredOn(i -> i.label().equals("score")).first()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(CompletionKind.LOCAL))
                .satisfies(i -> assertThat(i.detail()).isEqualTo("Score"));
    }

    @Test
    void localsBeforeFunctionsBeforeKeywordsForTheSamePrefix() {
        assertThat(at("let t = ‸").labels()).doesNotContain("t");
        assertThat(at("l‸").labels().getFirst()).isEqualTo("limit");
        assertThat(at("le‸").labels()).startsWith("let");
    }

    @Test
    void aVariableIsNotProposedInItsOwnInitialiser() {
        assertThat(at("let totals = tot‸").labels()).containsExactly("total");
    }

    @Test
    void inUtxoCodeTheStorageFields() {
        CompletionList list = complete(GAME.replace("chips = 0;", "chips = ch‸;").replace("‸\n}", "\n}"));
        assertThat(list.labels().getFirst()).isEqualTo("chips");
        assertThat(list.items().getFirst().kind()).isEqualTo(CompletionKind.STORAGE);
    }

    @Test
    void whereATypeIsWrittenOnlyTypes() {
        CompletionList list = at("let n: ‸");
        assertThat(list.labels()).contains("i64", "u8", "bool", "Point", "Shape", "Score", "Progress", "Option");
        assertThat(list.labels()).doesNotContain("score", "add", "let");
        assertThat(complete("fn f(a: Option<‸>) {}").labels()).contains("i64", "bool");
        assertThat(complete("fn f() -> ‸ {}").labels()).contains("i64");
    }

    @Test
    void theKeywordsThatFitTheStructure() {
        assertThat(complete("‸").labels()).containsExactlyInAnyOrder(ContextReader.TOP_KEYWORDS.toArray(String[]::new));
        assertThat(complete("utxo U {\n    ‸\n}").labels()).containsExactlyInAnyOrder("storage", "main", "fn", "impl");
        assertThat(complete("token T {\n    ‸\n}").labels()).containsExactlyInAnyOrder("storage", "mint", "burn", "fn", "impl");
        assertThat(complete("abi A {\n    ‸\n}").labels()).containsExactlyInAnyOrder("fn", "event", "effect");
        assertThat(complete("script ‸").labels()).containsExactly("fn");
        assertThat(at("let ‸").labels()).containsExactly("mut", "pub");
        assertThat(complete("utxo U { storage { let ‸ } }").labels()).containsExactly("mut");
    }

    @Test
    void nothingWhereANewNameIsMadeUpOrInCommentsAndNumbers() {
        assertThat(complete("fn ‸").isEmpty()).isTrue();
        assertThat(complete("struct P { x‸ }").isEmpty()).isTrue();
        assertThat(at("// score.‸").isEmpty()).isTrue();
        assertThat(at("let n = 12‸").isEmpty()).isTrue();
        assertThat(complete("fn f(‸) {}").labels()).containsExactly("pub");
    }

    @Test
    void insideImportBracesWhatTheSourceExportsAndIsNotListedYet() {
        String game = GAME.replace("import { Point, Shape, add } from \"./lib.star\";", "import { Point, ‸ } from \"./lib.star\";")
                .replace("‸\n}", "\n}");
        assertThat(complete(game).labels()).containsExactlyInAnyOrder("Shape", "add");
        String std = GAME.replace("import { blockHeight }", "import { ‸ }").replace("‸\n}", "\n}");
        assertThat(complete(std).labels()).containsExactlyInAnyOrder("blockHeight", "currentSlot");
    }

    @Test
    void completionWorksInAFileFullOfErrors() {
        String broken = GAME.replace("let total = add(p.x, limit);", "let total = add(p.x, ; let = ;\n    score.‸")
                .replace("    ‸\n}", "\n}");
        assertThat(complete(broken).labels()).containsExactly("finish", "plus_chips", "plus_mult");
        String unclosed = GAME.substring(0, GAME.indexOf("‸")) + "score.pl‸";
        assertThat(complete(unclosed).labels()).containsExactly("plus_chips", "plus_mult");
    }
}
