package dev.starstream.studio.vm.wasm.codegen;

import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.TypedModule;
import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.diag.Severity;
import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.wasm.codegen.ir.IrContract;
import dev.starstream.studio.vm.wasm.codegen.lower.Lowering;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles every contract of a checked workspace (LANGUAGE.md §5.1): each contract with the helper
 * modules it reaches. A contract whose modules have errors is not compiled; its result carries the
 * diagnostics of those modules. Never throws for any workspace.
 */
public final class WorkspaceCompiler {
    /** One contract's outcome. */
    public record ContractBuild(String name, CheckedModule contract, SourceCompiler.Result result) {}

    private final ContractCompiler compiler = new ContractCompiler();

    public List<ContractBuild> compile(CheckedWorkspace workspace) {
        List<ContractBuild> out = new ArrayList<>();
        for (CheckedModule contract : workspace.contracts()) {
            out.add(compile(workspace, contract));
        }
        return out;
    }

    public ContractBuild compile(CheckedWorkspace workspace, CheckedModule contract) {
        String name = SourceCompiler.contractName(contract.path());
        List<CheckedModule> reached = new ArrayList<>(workspace.reachableFrom(contract));
        reached.remove(contract);
        reached.addFirst(contract);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (CheckedModule m : reached) {
            diagnostics.addAll(workspace.diagnostics(m));
        }
        return new ContractBuild(name, contract, compile(name, reached.stream().map(CheckedModule::typed).toList(),
                diagnostics));
    }

    /** Lowers and compiles modules already checked (the contract first), unless {@code diagnostics} has an error. */
    SourceCompiler.Result compile(String name, List<TypedModule> modules, List<Diagnostic> diagnostics) {
        if (diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return new SourceCompiler.Result.Failed(diagnostics);
        }
        try {
            IrContract ir = Lowering.lower(name, modules);
            return new SourceCompiler.Result.Compiled(compiler.compile(ir), ir, diagnostics);
        } catch (CodegenException e) {
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            all.add(Diagnostic.of(DiagnosticCode.CODEGEN, e.file(), e.span(), e.getMessage()));
            return new SourceCompiler.Result.Failed(all);
        } catch (RuntimeException e) {
            // a bug of the code generator: reported at the contract, never thrown at the caller
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            all.add(Diagnostic.of(DiagnosticCode.CODEGEN, modules.getFirst().file(), Span.at(0),
                    "internal error of the code generator: " + e));
            return new SourceCompiler.Result.Failed(all);
        }
    }
}
