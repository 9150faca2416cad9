package dev.starstream.studio.editor.services.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.editor.services.analysis.Analysis;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Definition, references and hover across files, in files with errors too. */
class NavigationTest {
    static final Path ROOT = Path.of("/ws").toAbsolutePath();
    static final Path LIB = ROOT.resolve("lib.star");
    static final Path GAME = ROOT.resolve("game.star");
    static final String LIB_TEXT = """
            /// A point on the plane.
            struct Point { x: i64, y: i64 }
            """;
    static final String GAME_TEXT = """
            import { Point } from "./lib.star";

            script fn norm(p: Point) -> i64 {
                let broken = ;
                p.x + p.y
            }
            """;

    static final Analysis ANALYSIS = new Analysis(1, ROOT, Workspace.inMemory(ROOT, Map.of(LIB, LIB_TEXT, GAME, GAME_TEXT)).check());

    @Test
    void definitionOfAnImportedNameIsInTheOtherFile() {
        Location.TextLocation where = Navigation.definition(ANALYSIS, GAME, GAME_TEXT.indexOf("Point)") + 2).orElseThrow();
        assertThat(where.file().absolute()).isEqualTo(LIB);
        assertThat(where.position().line()).isEqualTo(2);
        assertThat(where.position().column()).isEqualTo(8);
    }

    @Test
    void definitionOfAFieldAndOfAParameter() {
        assertThat(Navigation.definition(ANALYSIS, GAME, GAME_TEXT.indexOf("p.y") + 2).orElseThrow().position())
                .hasToString("Ln 2, Col 24");
        assertThat(Navigation.definition(ANALYSIS, GAME, GAME_TEXT.indexOf("p.x")).orElseThrow().position()).hasToString("Ln 3, Col 16");
    }

    @Test
    void referencesAcrossTheWorkspaceWithTheirLines() {
        List<Reference> refs = Navigation.references(ANALYSIS, LIB, LIB_TEXT.indexOf("Point"));
        assertThat(refs).extracting(Reference::where).containsExactly("game.star:1:10", "game.star:3:19", "lib.star:2:8");
        assertThat(refs.getLast().definition()).isTrue();
        assertThat(refs.get(1).lineText()).isEqualTo("script fn norm(p: Point) -> i64 {");
    }

    @Test
    void hoverShowsTheDeclarationAndTheDocComment() {
        Hover hover = Navigation.hover(ANALYSIS, GAME, GAME_TEXT.indexOf("Point)") + 1).orElseThrow();
        assertThat(hover.markdown()).isEqualTo("```star\nstruct Point {\n    x: i64,\n    y: i64,\n}\n```\n---\nA point on the plane.");
        assertThat(GAME_TEXT.substring(hover.start(), hover.end())).isEqualTo("Point");
    }

    @Test
    void nothingOnWhitespaceOrKeywords() {
        assertThat(Navigation.definition(ANALYSIS, GAME, GAME_TEXT.indexOf("script") + 2)).isEmpty();
        assertThat(Navigation.references(ANALYSIS, GAME, 0)).isEmpty();
    }
}
