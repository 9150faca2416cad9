package dev.starstream.studio.vm.lang.check.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspaces: loading, path imports, the module graph's errors, cross-module checking. */
class WorkspaceTest {
    static final Path ROOT = Path.of("/ws");

    static CheckedWorkspace check(String... pathsAndTexts) {
        Map<Path, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(ROOT.resolve(pathsAndTexts[i]), pathsAndTexts[i + 1]);
        }
        return Workspace.inMemory(ROOT, files).check();
    }

    static List<String> codes(CheckedWorkspace ws) {
        return ws.diagnostics().stream().map(d -> d.code().code() + " " + d.location()).toList();
    }

    @Test
    void namedImportsBringFunctionsTypesAndEnumsOfAnotherModule() {
        CheckedWorkspace ws = check(
                "main.star", """
                        contract;
                        import { Point, norm, Color } from "./lib/geometry.star";
                        script fn s() -> i64 {
                            let p = Point { x: 1, y: 2 };
                            let c = Color::Red;
                            norm(p)
                        }
                        """,
                "lib/geometry.star", """
                        struct Point { x: i64, y: i64 }
                        enum Color { Red, Green }
                        fn norm(p: Point) -> i64 { p.x + p.y }
                        """);

        assertThat(codes(ws)).isEmpty();
        assertThat(ws.modules()).extracting(CheckedModule::path).containsExactly("/ws/lib/geometry.star", "/ws/main.star");
        assertThat(ws.contracts()).extracting(CheckedModule::path).containsExactly("/ws/main.star");
    }

    @Test
    void callsIntoAnotherModuleNameTheDeclaringModuleAndContractsListWhatTheyReach() {
        CheckedWorkspace ws = check(
                "main.star", "contract;\nimport { double } from \"./lib.star\";\nscript fn s() -> i64 { double(2) }\n",
                "lib.star", "fn double(x: i64) -> i64 { x * 2 }\n",
                "other.star", "fn alone() { }\n");
        CheckedModule main = ws.moduleNamed("/ws/main.star").orElseThrow();
        var call = main.typed().functions().getFirst().decl().body().tail().orElseThrow();

        assertThat(main.typed().callee(call)).isInstanceOfSatisfying(dev.starstream.studio.vm.lang.check.Callee.Function.class,
                c -> assertThat(c.function().module()).isEqualTo("/ws/lib.star"));
        assertThat(ws.reachableFrom(main)).extracting(CheckedModule::path).containsExactly("/ws/lib.star", "/ws/main.star");
        assertThat(ws.importsOf(main)).extracting(CheckedModule::path).containsExactly("/ws/lib.star");
    }

    @Test
    void namespaceImportsReachEverythingAtTheTargetsRoot() {
        CheckedWorkspace ws = check(
                "main.star", """
                        import g from "./geometry.star";
                        fn f() -> i64 { g::norm(g::Point { x: 1, y: 2 }) }
                        fn h(p: g::Point) -> i64 { p.x }
                        """,
                "geometry.star", """
                        struct Point { x: i64, y: i64 }
                        fn norm(p: Point) -> i64 { p.x + p.y }
                        """);

        assertThat(codes(ws)).isEmpty();
    }

    @Test
    void aNameTheTargetDoesNotExportIsE0037AndItsUsesStayQuiet() {
        CheckedWorkspace ws = check(
                "main.star", "import { nope } from \"./lib.star\";\nfn f() -> i64 { nope(1) }\n",
                "lib.star", "fn yes() { }\n");

        assertThat(codes(ws)).containsExactly("E0037 /ws/main.star:1:10");
    }

    @Test
    void filesReachedByPathImportsAreLoadedEvenOutsideTheRoot() {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(Path.of("/ws/app/main.star"), "import { helper } from \"../shared/h.star\";\nfn f() { helper(); }\n");
        files.put(Path.of("/ws/shared/h.star"), "fn helper() { }\n");
        CheckedWorkspace ws = new Workspace(List.of(Path.of("/ws/app")), SourceProvider.inMemory(files)).check();

        assertThat(codes(ws)).isEmpty();
        assertThat(ws.modules()).extracting(CheckedModule::path).containsExactly("/ws/shared/h.star", "/ws/app/main.star");
    }

    @Test
    void importCyclesAreReportedWithTheirChain() {
        CheckedWorkspace ws = check(
                "a.star", "import { b } from \"./b.star\";\nfn a() { }\n",
                "b.star", "import { a } from \"./a.star\";\nfn b() { }\n");

        assertThat(ws.graphDiagnostics()).extracting(Diagnostic::message)
                .containsExactly("import cycle: /ws/a.star → /ws/b.star → /ws/a.star");
        assertThat(ws.diagnostics()).extracting(Diagnostic::code).containsOnly(DiagnosticCode.MODULE);
    }

    @Test
    void importingAContractIsACrossContractError() {
        CheckedWorkspace ws = check(
                "a.star", "contract;\nimport { f } from \"./b.star\";\n",
                "b.star", "contract;\nfn f() { }\n");

        assertThat(ws.graphDiagnostics()).extracting(Diagnostic::message).containsExactly(
                "cross-contract calls not supported yet — `/ws/a.star` imports `/ws/b.star`, which also declares `contract;`");
    }

    @Test
    void badImportPathsAreModuleErrors() {
        CheckedWorkspace ws = check("a.star", """
                import { x } from "lib.star";
                import { y } from "./lib.txt";
                import { z } from "./missing.star";
                """);

        assertThat(ws.graphDiagnostics()).extracting(Diagnostic::message).containsExactly(
                "path imports must start with `./` or `../`",
                "path imports must name a `.star` file",
                "cannot read \"./missing.star\": no such file");
        assertThat(ws.diagnostics()).extracting(Diagnostic::code).containsOnly(DiagnosticCode.MODULE);
    }

    @Test
    void orphanHelpersAreCheckedToo() {
        CheckedWorkspace ws = check(
                "main.star", "contract;\nscript fn s() { }\n",
                "orphan.star", "fn broken() -> u8 { true }\n");

        assertThat(codes(ws)).containsExactly("E0009 /ws/orphan.star:1:21");
    }

    @Test
    void utxosDeclaredInAHelperAreUsableAndTryInAReachableHelperIsE1001() {
        CheckedWorkspace ws = check(
                "main.star", """
                        contract;
                        import { Counter, bump } from "./counter.star";
                        script fn s() -> Counter {
                            let c = Counter::new();
                            c.inc(1);
                            c
                        }
                        """,
                "counter.star", """
                        abi Count { fn inc(by: u64); }
                        fn bump() { try { } }
                        utxo Counter {
                            storage { let mut n: u64; }
                            main fn new() { n = 0; yield(Count); }
                            impl Count { fn inc(pub by: u64) { bump(); n = n + by; } }
                        }
                        """);

        assertThat(codes(ws)).containsExactly("E1001 /ws/counter.star:2:13");
    }

    /** Found by fuzzing (FrontEndFuzzTest): a NUL in an import path threw InvalidPathException out of the check. */
    @Test
    void anImportPathTheFileSystemRefusesIsAModuleError() {
        CheckedWorkspace ws = check("main.star", "import m from \"./a\u0000b.star\";\n");

        assertThat(ws.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.MODULE);
        assertThat(ws.diagnostics().getFirst().message()).startsWith("not a valid file path");
    }

    @Test
    void dotFoldersTargetAndArtifactsAreSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.star"), "fn a() { }\n");
        for (String skipped : List.of(".git", "target", "artifacts", "sub/.hidden")) {
            Files.createDirectories(dir.resolve(skipped));
            Files.writeString(dir.resolve(skipped).resolve("x.star"), "this is not starstream");
        }
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.star"), "fn b() { }\n");

        CheckedWorkspace ws = WorkspaceCheck.check(List.of(dir));

        assertThat(ws.modules()).extracting(m -> dir.relativize(ws.pathOf(m)).toString()).containsExactlyInAnyOrder("a.star", "sub/b.star");
        assertThat(ws.diagnostics()).isEmpty();
    }

    @Test
    void aFileReachedTwiceThroughALinkIsLoadedOnce(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lib.star"), "fn helper() { }\n");
        Files.createSymbolicLink(dir.resolve("alias.star"), dir.resolve("lib.star"));
        Files.writeString(dir.resolve("main.star"), "import { helper } from \"./alias.star\";\nfn f() { helper(); }\n");

        CheckedWorkspace ws = WorkspaceCheck.check(List.of(dir));

        assertThat(ws.modules()).hasSize(2);
        assertThat(ws.diagnostics()).isEmpty();
    }

    @Test
    void singleFileModeIgnoresPathImportsWithW0002() {
        CheckedModule m = Workspace.checkSingleFile("untitled", "import { f } from \"./x.star\";\nfn g() { f(); }\n");

        assertThat(m.allDiagnostics()).extracting(d -> d.code().code()).containsExactly("W0002");
    }
}
