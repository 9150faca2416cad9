package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.BigStack;
import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.parser.ParseResult;
import dev.starstream.studio.vm.lang.parser.StarstreamParsing;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import java.util.List;

/**
 * Checks one module (LANGUAGE.md §3.3): imports, then definitions registered in source order, then
 * bodies in source order. Works on the partial programs the parser produces for broken files and
 * never throws for any program. A module must be checked after the modules it imports, with the
 * same {@link CheckSession}; {@code dev.starstream.studio.vm.lang.check.workspace} does that for a
 * whole workspace. {@link #checkSingleFile} is single-file mode (path imports skipped, W0002).
 */
public final class ModuleChecker {
    private ModuleChecker() {}

    /** Checks a parsed module. Runs on a big-stack thread (deeply nested programs are fine). */
    public static CheckedModule check(ParseResult parsed, CheckSession session, ImportResolver imports) {
        return BigStack.call(() -> checkHere(parsed, session, imports));
    }

    /** Parses and checks one file on its own (single-file mode), including the Studio reachability rule E1001. */
    public static CheckedModule checkSingleFile(SourceFile file) {
        return BigStack.call(() -> {
            CheckedModule m = checkHere(StarstreamParsing.parse(file), new CheckSession(), ImportResolver.singleFile());
            return m.withDiagnostics(Reachability.diagnostics(List.of(m)));
        });
    }

    public static CheckedModule checkSingleFile(String path, String text) {
        return checkSingleFile(new SourceFile(path, text));
    }

    static CheckedModule checkHere(ParseResult parsed, CheckSession session, ImportResolver imports) {
        SourceFile file = parsed.file();
        Program program = parsed.program();
        session.forget(file.path());
        TypedModule typed = new TypedModule(file, program, session.tokenAbi());
        AstWalk.statements(program, typed::assignStatementId);
        ModuleContext cx = new ModuleContext(file, session, typed);
        Lookup lookup = new Lookup(cx);
        TypeResolver types = new TypeResolver(cx, lookup);
        new Imports(cx, imports).register(program);
        new Registrar(cx, types).register(program.definitions());
        new BodyChecker(cx, lookup, types).check(program.definitions());
        return new CheckedModule(parsed, typed, cx.diagnostics, cx.root);
    }
}
