package dev.starstream.studio.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.app.run.Chain;
import dev.starstream.studio.app.run.RunOutcome;
import dev.starstream.studio.app.run.ScriptRun;
import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerException;
import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.runtime.ContractCache;
import dev.starstream.studio.vm.runtime.RunMode;
import dev.starstream.studio.vm.runtime.RunReport;
import dev.starstream.studio.vm.runtime.TransactionResult;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code studio run <file> <script> [args…]}: compiles a contract, runs one of its scripts as a
 * transaction (on the workspace ledger when it has one, on {@code --ledger DIR}, or on a fresh
 * in-memory ledger with {@code --in-memory} or when there is none) and
 * reports events, created and spent utxos with decoded storage, gas and the interleaving. With
 * {@code --json} stdout carries exactly RUNTIME A.11's object. Exit 0 committed, 1 failed, 2 usage or
 * compile error.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Compile a contract and run one of its scripts as a transaction.",
    "Arguments are Starstream literals, one per parameter (42, -7, true, Point { x: 1, y: 2 },",
    "Option::Some(3), (1, true)); utxo and token parameters take UtxoIds, PublicKey parameters also",
    "@walletKey or 64 hex digits."})
final class RunCommand implements Callable<Integer> {
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The contract's .star file.")
    Path file;

    @Parameters(index = "1", paramLabel = "SCRIPT", description = "The script fn to run.")
    String script;

    @Parameters(index = "2..*", paramLabel = "ARG", description = "One literal per parameter.")
    List<String> args = new ArrayList<>();

    @Option(names = "--json", description = "Print exactly one JSON object (RUNTIME A.11) on stdout.")
    boolean json;

    @Option(names = "--gas", paramLabel = "N", description = "Gas limit (default ${DEFAULT-VALUE}).", defaultValue = "10000000")
    long gas;

    @Option(names = "--sign", paramLabel = "@KEY", description = "Sign the transaction's intent with a wallet key (repeatable).")
    List<String> signers = new ArrayList<>();

    @Option(names = "--debug", description = "Run the debug build in the interpreter (records statement steps).")
    boolean debug;

    @Option(names = "--ledger", paramLabel = "DIR", description = "Run on this persistent ledger and commit there "
            + "(default: the workspace ledger <workspace>/.starstream/ledger if there is one, else a fresh in-memory ledger).")
    Path ledgerDir;

    @Option(names = "--in-memory", description = "Run on a fresh in-memory ledger even if the workspace has one.")
    boolean inMemory;

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".", description = "The workspace (wallet keys).")
    Path workspace;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the run after this much wall-clock time "
            + "(a backstop besides the gas limit).")
    Long timeoutSeconds;

    @Override
    public Integer call() {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return usage("cannot read " + file + ": " + e.getMessage());
        }
        SourceCompiler.Result compiled = new SourceCompiler().compile(file.toString(), source);
        if (!(compiled instanceof SourceCompiler.Result.Compiled ok)) {
            return compileError(compiled.diagnostics());
        }
        Wallet wallet = new Wallet(Wallet.defaultDirectory(workspace), new SecureRandom());
        Path workspaceLedger = Ledger.defaultDirectory(workspace);
        Path chosen = ledgerDir != null ? ledgerDir
                : !inMemory && Files.isDirectory(workspaceLedger) ? workspaceLedger : null;
        try (Chain chain = chosen == null ? Chain.inMemory() : Chain.persistent(chosen)) {
            ScriptRun.Request request = new ScriptRun.Request(script, args, signers, gas, debug ? RunMode.DEBUG : RunMode.RUN);
            RunOutcome outcome = new ScriptRun(new TransactionRunner(new ContractCache())).run(chain, ok.contract(), request,
                    wallet, () -> { }, this::withTimeout);
            return switch (outcome) {
                case RunOutcome.Ran ran -> {
                    print(ran.report());
                    yield ran.committed() ? 0 : FAILED;
                }
                case RunOutcome.Refused refused -> usage(refused.message());
                case RunOutcome.CompileFailed failed -> compileError(failed.diagnostics());
            };
        } catch (LedgerException e) {
            return usage(e.getMessage());
        }
    }

    /** Runs {@code run} on this thread; with {@code --timeout}, interrupts it when the time is up (the runner stops cleanly). */
    private TransactionResult withTimeout(java.util.function.Supplier<TransactionResult> run) {
        if (timeoutSeconds == null) {
            return run.get();
        }
        Thread runner = Thread.currentThread();
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                dev.starstream.studio.app.concurrent.ThreadPools.factory("run-timeout"));
        try {
            timer.schedule(runner::interrupt, timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS);
            return run.get();
        } finally {
            timer.shutdownNow();
            Thread.interrupted(); // the interrupt was ours; do not leak it into the rest of the command
        }
    }

    private void print(RunReport report) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(write(report.json()));
        } else {
            out.print(report.text());
        }
        out.flush();
    }

    private int compileError(List<Diagnostic> diagnostics) {
        if (json) {
            try {
                ObjectNode node = JSON.createObjectNode().put("status", "failed").put("reason", "CompileError");
                node.set("diagnostics", JSON.readTree(DiagnosticText.json(diagnostics)).get("diagnostics"));
                spec.commandLine().getOut().println(write(node));
            } catch (IOException e) {
                spec.commandLine().getErr().println("studio run: cannot write JSON: " + e.getMessage());
            }
        } else {
            PrintWriter err = spec.commandLine().getErr();
            diagnostics.forEach(d -> err.println(DiagnosticText.human(d)));
            err.println("studio run: " + file + " does not compile");
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return USAGE;
    }

    private int usage(String message) {
        if (json) {
            ObjectNode node = JSON.createObjectNode().put("status", "failed").put("reason", "Usage").put("message", message);
            spec.commandLine().getOut().println(write(node));
            spec.commandLine().getOut().flush();
        } else {
            spec.commandLine().getErr().println("studio run: " + message);
            spec.commandLine().getErr().flush();
        }
        return USAGE;
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("JSON of a tree cannot fail", e);
        }
    }
}
