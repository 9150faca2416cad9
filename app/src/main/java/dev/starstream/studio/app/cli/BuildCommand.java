package dev.starstream.studio.app.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.check.workspace.WorkspaceCheck;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.runtime.DebugBundle;
import dev.starstream.studio.vm.wasm.codegen.BuildMode;
import dev.starstream.studio.vm.wasm.codegen.CompiledContract;
import dev.starstream.studio.vm.wasm.codegen.Disassembly;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import dev.starstream.studio.vm.wasm.codegen.WorkspaceCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code studio build [paths] [--debug] [--wat]}: compiles every contract of the workspace and
 * writes {@code <workspace>/target/starstream/<contract>/} with {@code contract.wasm} (release),
 * {@code layout.json} and {@code debug.json} (the debug bundle the runtime reads), plus
 * {@code contract.debug.wasm} with {@code --debug}. {@code --wat} prints the disassembly with source
 * lines as comments. Exit 2 on compile errors (the diagnostics are printed), else 0.
 */
@Command(name = "build", mixinStandardHelpOptions = true, description = {
    "Compile the contracts of a workspace to WebAssembly (release build; --debug adds the debug build).",
    "Writes target/starstream/<contract>/{contract.wasm, layout.json, debug.json} under the workspace."})
final class BuildCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Folders or .star files (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--debug", description = "Also write the debug build (contract.debug.wasm, with debug hooks).")
    boolean debug;

    @Option(names = "--wat", description = "Print the disassembly (of the debug build with --debug) with source lines as comments.")
    boolean wat;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        CheckedWorkspace ws = WorkspaceCheck.check(paths);
        List<WorkspaceCompiler.ContractBuild> builds = new WorkspaceCompiler().compile(ws);
        for (Diagnostic d : ws.graphDiagnostics()) {
            out.println(DiagnosticText.human(d));
        }
        if (builds.isEmpty()) {
            out.println("no contract (a file with `contract;`) found");
            out.flush();
            return ws.graphDiagnostics().isEmpty() ? 0 : 2;
        }
        Path target = workspaceRoot().resolve("target").resolve("starstream");
        boolean failed = !ws.graphDiagnostics().isEmpty();
        for (WorkspaceCompiler.ContractBuild build : builds) {
            build.result().diagnostics().forEach(d -> out.println(DiagnosticText.human(d)));
            if (!(build.result() instanceof SourceCompiler.Result.Compiled compiled)) {
                out.println("not built: " + build.name() + " (" + build.contract().path() + ")");
                failed = true;
                continue;
            }
            CompiledContract c = compiled.contract();
            Path dir = write(target.resolve(c.name()), c);
            out.println("built " + c.name() + " → " + dir + " (release " + c.release().length + " bytes, program hash "
                    + c.releaseHash().substring(0, 16) + "…" + (debug ? ", debug build " + c.debug().length + " bytes" : "") + ")");
            if (wat) {
                BuildMode mode = debug ? BuildMode.DEBUG : BuildMode.RELEASE;
                out.println(Disassembly.withSource(c, mode));
            }
        }
        out.flush();
        return failed ? 2 : 0;
    }

    private Path workspaceRoot() {
        if (paths.isEmpty()) {
            return Path.of(".");
        }
        Path first = paths.getFirst().toAbsolutePath().normalize();
        return Files.isDirectory(first) ? first : first.getParent();
    }

    private Path write(Path dir, CompiledContract c) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("contract.wasm"), c.release());
        Files.write(dir.resolve("layout.json"), c.layout().toJson());
        DebugBundle bundle = debug ? DebugBundle.of(c)
                : new DebugBundle(DebugBundle.VERSION, c.releaseInfo(), null, null);
        Files.write(dir.resolve("debug.json"), JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(bundle.toJsonTree()));
        if (debug) {
            Files.write(dir.resolve("contract.debug.wasm"), c.debug());
        } else {
            Files.deleteIfExists(dir.resolve("contract.debug.wasm"));
        }
        return dir;
    }
}
