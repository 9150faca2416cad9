package dev.starstream.studio.vm.wasm.codegen;

import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.ModuleChecker;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.wasm.codegen.ir.IrContract;
import java.util.List;

/**
 * One source file to compiled contract: parse and check (single-file mode), lower to IR, generate both
 * builds. A program with errors yields the checker's diagnostics; a limitation of the code
 * generator yields a {@link DiagnosticCode#CODEGEN} diagnostic. Never throws for any source.
 */
public final class SourceCompiler {

    /** The outcome of compiling one source file. */
    public sealed interface Result {
        List<Diagnostic> diagnostics();

        /** Compiled; {@code diagnostics} holds warnings only. */
        record Compiled(CompiledContract contract, IrContract ir, List<Diagnostic> diagnostics) implements Result {
            public Compiled {
                diagnostics = List.copyOf(diagnostics);
            }
        }

        /** Not compiled: at least one error. */
        record Failed(List<Diagnostic> diagnostics) implements Result {
            public Failed {
                diagnostics = List.copyOf(diagnostics);
            }
        }
    }

    private final WorkspaceCompiler compiler = new WorkspaceCompiler();

    public Result compile(SourceFile file) {
        CheckedModule checked = ModuleChecker.checkSingleFile(file);
        return compiler.compile(contractName(file.path()), List.of(checked.typed()), checked.allDiagnostics());
    }

    public Result compile(String path, String text) {
        return compile(new SourceFile(path, text));
    }

    /** The contract's name: the file name without directories and without {@code .star}. */
    public static String contractName(String path) {
        String name = path.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".star") ? name.substring(0, name.length() - ".star".length()) : name;
    }
}
