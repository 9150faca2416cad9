package dev.starstream.studio.editor.services.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.facts.LanguageFacts;
import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every identifier the checker resolved gets the colour of what it denotes, in files with errors too. */
class SemanticTokensTest {
    static final String SOURCE = """
            abi Progress {
                fn plus(amount: i64);
                event Finished(score: i64);
                effect Ask(question: u8) -> bool;
            }

            struct Point { x: i64, y: i64 }
            enum Shape { Dot, Circle(Point) }

            utxo Score {
                storage {
                    let mut chips: i64;
                }

                main fn new() {
                    chips = 0;
                    yield(Progress);
                    emit Finished(chips);
                }

                impl Progress {
                    fn plus(pub amount: i64) {
                        chips = chips + amount;
                    }
                }
            }

            script fn play(p: Point) -> bool {
                let mut s = Score::new();
                s.plus(p.x);
                let shape = Shape::Dot;
                raise Ask(1)
            }
            """;

    static List<SemanticRange> colour(String text) {
        Path file = Path.of("/ws/a.star").toAbsolutePath();
        CheckedWorkspace checked = Workspace.inMemory(file.getParent(), Map.of(file, text)).check();
        CheckedModule module = checked.module(file).orElseThrow();
        return SemanticTokens.of(module.typed(), new LanguageFacts(checked));
    }

    static Map<String, SemanticKind> kindsByText(String text) {
        Map<String, SemanticKind> out = new LinkedHashMap<>();
        for (SemanticRange r : colour(text)) {
            out.putIfAbsent(text.substring(r.start(), r.end()) + "@" + r.start(), r.kind());
        }
        return out;
    }

    static SemanticKind kindAt(String text, String needle, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(needle, at + 1);
        }
        int offset = at;
        return colour(text).stream().filter(r -> r.start() == offset).findFirst()
                .orElseThrow(() -> new AssertionError("no colour at " + needle + "#" + occurrence)).kind();
    }

    @Test
    void namesAreColouredByWhatTheyDenote() {
        assertThat(kindAt(SOURCE, "Progress", 0)).isEqualTo(SemanticKind.ABI);
        assertThat(kindAt(SOURCE, "amount", 1)).isEqualTo(SemanticKind.PARAMETER);
        assertThat(kindAt(SOURCE, "Finished", 0)).isEqualTo(SemanticKind.EVENT);
        assertThat(kindAt(SOURCE, "Ask", 0)).isEqualTo(SemanticKind.EFFECT);
        assertThat(kindAt(SOURCE, "Point", 0)).isEqualTo(SemanticKind.STRUCT);
        assertThat(kindAt(SOURCE, "Shape", 0)).isEqualTo(SemanticKind.ENUM);
        assertThat(kindAt(SOURCE, "Dot", 0)).isEqualTo(SemanticKind.VARIANT);
        assertThat(kindAt(SOURCE, "x", 0)).isEqualTo(SemanticKind.FIELD);
        assertThat(kindAt(SOURCE, "Score", 0)).isEqualTo(SemanticKind.UTXO);
        assertThat(kindAt(SOURCE, "chips", 0)).isEqualTo(SemanticKind.STORAGE);
        assertThat(kindAt(SOURCE, "chips", 1)).isEqualTo(SemanticKind.STORAGE);
        assertThat(kindAt(SOURCE, "plus", 2)).isEqualTo(SemanticKind.METHOD);
        assertThat(kindAt(SOURCE, "play", 0)).isEqualTo(SemanticKind.FUNCTION);
        assertThat(kindAt(SOURCE, "new", 1)).isEqualTo(SemanticKind.FUNCTION);
    }

    @Test
    void declarationsAndMutableBindingsAreMarked() {
        List<SemanticRange> ranges = colour(SOURCE);
        SemanticRange storage = ranges.stream().filter(r -> r.start() == SOURCE.indexOf("chips")).findFirst().orElseThrow();
        assertThat(storage.declaration()).isTrue();
        assertThat(storage.mutable()).isTrue();
        assertThat(storage.styleClasses()).containsExactly("sem-storage", "sem-declaration", "sem-mutable");
        SemanticRange local = ranges.stream().filter(r -> r.start() == SOURCE.indexOf("let mut s") + 8).findFirst().orElseThrow();
        assertThat(local.kind()).isEqualTo(SemanticKind.LOCAL);
        assertThat(local.mutable()).isTrue();
    }

    @Test
    void rangesAreSortedAndNeverOverlap() {
        List<SemanticRange> ranges = colour(SOURCE);
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).start()).isGreaterThanOrEqualTo(ranges.get(i - 1).end());
        }
        assertThat(kindsByText(SOURCE)).isNotEmpty();
    }

    @Test
    void aFileWithErrorsIsStillColouredWhereTheCheckerCouldResolve() {
        String broken = SOURCE.replace("s.plus(p.x);", "s.plus(p.x) let = ;");
        assertThat(kindAt(broken, "chips", 0)).isEqualTo(SemanticKind.STORAGE);
        assertThat(kindAt(broken, "Progress", 0)).isEqualTo(SemanticKind.ABI);
        assertThat(kindAt(broken, "amount", 1)).isEqualTo(SemanticKind.PARAMETER);
    }
}
