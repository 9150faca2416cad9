package dev.starstream.studio.editor.services.rename;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.editor.services.analysis.Analysis;
import dev.starstream.studio.editor.services.edit.CommandStack;
import dev.starstream.studio.editor.services.edit.Outcome;
import dev.starstream.studio.editor.services.workspace.FileOutcome;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rename edits every occurrence in every file, refuses what would change the program's meaning, and undoes. */
class RenameTest {
    static final Path ROOT = Path.of("/ws").toAbsolutePath();
    static final Path LIB = ROOT.resolve("lib.star");
    static final Path GAME = ROOT.resolve("game.star");
    static final String LIB_TEXT = """
            /// A point.
            struct Point { x: i64, y: i64 }

            abi Progress {
                fn plus(amount: i64);
            }

            utxo Score {
                storage { let mut chips: i64; }
                main fn new() { chips = 0; yield(Progress); }
                impl Progress {
                    fn plus(pub amount: i64) { chips = chips + amount; }
                }
            }
            """;
    static final String GAME_TEXT = """
            import { Point, Score } from "./lib.star";
            import { Point as P } from "./lib.star";

            script fn play(p: Point, q: P) -> i64 {
                let score = Score::new();
                score.plus(p.x);
                let total = p.x + q.y;
                let other = 1;
                total
            }
            """;

    final Map<Path, String> files = new LinkedHashMap<>(Map.of(LIB, LIB_TEXT, GAME, GAME_TEXT));

    Analysis analysis() {
        return new Analysis(1, ROOT, Workspace.inMemory(ROOT, files).check());
    }

    RenamePlan plan(Path file, String at, String newName) {
        return Rename.plan(analysis(), file, files.get(file).indexOf(at) + 1, newName);
    }

    static RenamePlan.Ready ready(RenamePlan plan) {
        if (plan instanceof RenamePlan.Ready ready) {
            return ready;
        }
        throw new AssertionError("refused: " + plan);
    }

    /** A store over the in-memory files. */
    final TextStore store = new TextStore() {
        @Override
        public FileOutcome<String> read(Path file) {
            String text = files.get(file);
            return text == null ? FileOutcome.failed("no " + file) : FileOutcome.done(text);
        }

        @Override
        public FileOutcome<Path> write(Path file, String text) {
            files.put(file, text);
            return FileOutcome.done(file);
        }
    };

    @Test
    void aStructIsRenamedInEveryFileButAnAliasKeepsItsName() {
        RenamePlan.Ready ready = ready(plan(LIB, "Point {", "Vector"));

        assertThat(ready.edits()).extracting(FileEdit::file).containsExactlyInAnyOrder(LIB, GAME);
        FileEdit game = ready.edits().stream().filter(e -> e.file().equals(GAME)).findFirst().orElseThrow();
        assertThat(game.after()).contains("import { Vector, Score }", "import { Vector as P }", "play(p: Vector, q: P)");
        assertThat(ready.occurrences()).isEqualTo(4);
    }

    @Test
    void anAbiMethodIsRenamedWithItsImplementationsAndCalls() {
        RenamePlan.Ready ready = ready(plan(GAME, "plus(p.x)", "add_chips"));

        String lib = ready.edits().stream().filter(e -> e.file().equals(LIB)).findFirst().orElseThrow().after();
        assertThat(lib).contains("fn add_chips(amount: i64);", "fn add_chips(pub amount: i64)").doesNotContain("plus");
        assertThat(ready.edits().stream().filter(e -> e.file().equals(GAME)).findFirst().orElseThrow().after()).contains("score.add_chips(p.x)");
    }

    @Test
    void aLocalIsRenamedOnlyWhereItIsInScope() {
        RenamePlan.Ready ready = ready(plan(GAME, "total =", "sum"));
        assertThat(ready.edits()).singleElement().satisfies(e -> assertThat(e.after()).contains("let sum = p.x + q.y;", "    sum\n"));
    }

    @Test
    void keywordsInvalidNamesAndTheSameNameAreRefused() {
        assertThat(plan(GAME, "total =", "match")).isEqualTo(new RenamePlan.Refused("“match” is a keyword"));
        assertThat(plan(GAME, "total =", "2x")).isInstanceOf(RenamePlan.Refused.class);
        assertThat(plan(GAME, "total =", "total")).isInstanceOf(RenamePlan.Refused.class);
        assertThat(plan(GAME, "i64 {", "int")).isEqualTo(new RenamePlan.Refused("“i64” is built in and cannot be renamed"));
        assertThat(plan(GAME, "\n\nscript", "x")).isInstanceOf(RenamePlan.Refused.class);
    }

    @Test
    void aNameThatClashesIsRefused() {
        assertThat(plan(GAME, "total =", "other")).isInstanceOf(RenamePlan.Refused.class);
        assertThat(((RenamePlan.Refused) plan(LIB, "Point {", "Score")).reason()).startsWith("Renaming to “Score” would break the code");
        assertThat(plan(GAME, "total =", "p")).isInstanceOf(RenamePlan.Ready.class); // shadowing the parameter changes nothing it refers to
    }

    @Test
    void aRenameThatWouldCaptureAnotherUseIsRefused() {
        files.put(GAME, """
                fn f(a: i64) -> i64 {
                    let b = 1;
                    a + b
                }
                """);
        RenamePlan plan = plan(GAME, "b = 1", "a");
        assertThat(plan).isInstanceOf(RenamePlan.Refused.class);
        assertThat(((RenamePlan.Refused) plan).reason()).contains("already used here");
    }

    @Test
    void theCommandEditsEveryFileAndUndoesAndRedoes() {
        RenamePlan.Ready ready = ready(plan(LIB, "Point {", "Vector"));
        CommandStack stack = new CommandStack(10);

        assertThat(stack.execute(new RenameCommand(ready, store))).isEqualTo(Outcome.DONE);
        assertThat(files.get(LIB)).contains("struct Vector");
        assertThat(files.get(GAME)).contains("p: Vector");
        assertThat(stack.undoDescription()).contains("Rename “Point” to “Vector”");

        assertThat(stack.undo()).isEqualTo(Outcome.DONE);
        assertThat(files).containsEntry(LIB, LIB_TEXT).containsEntry(GAME, GAME_TEXT);

        assertThat(stack.redo()).isEqualTo(Outcome.DONE);
        assertThat(files.get(GAME)).contains("p: Vector");
    }

    @Test
    void aFileChangedSinceThePlanIsNotOverwritten() {
        RenamePlan.Ready ready = ready(plan(LIB, "Point {", "Vector"));
        files.put(GAME, GAME_TEXT + "// edited meanwhile\n");

        Outcome outcome = new RenameCommand(ready, store).execute();

        assertThat(outcome).isInstanceOf(Outcome.Failed.class);
        assertThat(files.get(LIB)).isEqualTo(LIB_TEXT); // nothing written
    }

    @Test
    void renamingWorksInAFileWithErrors() {
        files.put(GAME, GAME_TEXT.replace("let other = 1;", "let other = ;"));
        RenamePlan plan = plan(GAME, "total =", "sum");
        assertThat(plan).isInstanceOf(RenamePlan.Ready.class);
    }
}
