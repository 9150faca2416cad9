package dev.starstream.studio.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerException;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ScriptLayout;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.JdkEd25519;
import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TxSignature;
import dev.starstream.studio.vm.runtime.ContractCache;
import dev.starstream.studio.vm.runtime.DebugBundle;
import dev.starstream.studio.vm.runtime.RequestException;
import dev.starstream.studio.vm.runtime.RunMode;
import dev.starstream.studio.vm.runtime.RunReport;
import dev.starstream.studio.vm.runtime.TransactionRequest;
import dev.starstream.studio.vm.runtime.TransactionResult;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import dev.starstream.studio.vm.runtime.TxFailure;
import dev.starstream.studio.vm.runtime.values.KeyResolver;
import dev.starstream.studio.vm.runtime.values.LiteralException;
import dev.starstream.studio.vm.runtime.values.LiteralParser;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
        DeployedContract contract = DebugBundle.deployable(ok.contract());
        Wallet wallet = new Wallet(Wallet.defaultDirectory(workspace), new SecureRandom());
        Path workspaceLedger = Ledger.defaultDirectory(workspace);
        Path chosen = ledgerDir != null ? ledgerDir
                : !inMemory && Files.isDirectory(workspaceLedger) ? workspaceLedger : null;
        try (Chain chain = chosen == null ? Chain.inMemory() : Chain.persistent(chosen)) {
            chain.deploy(contract);
            TransactionRunner runner = new TransactionRunner(new ContractCache());
            ScriptLayout layout = ok.contract().layout().script(script).orElse(null);
            if (layout == null) {
                return usage(contract.name() + " has no script fn " + script + " (scripts: " + String.join(", ",
                        ok.contract().layout().scripts().stream().map(ScriptLayout::name).toList()) + ")");
            }
            List<Value> values = arguments(layout, wallet);
            TransactionRequest request = new TransactionRequest(chain.view(), contract.hash(), script, values, gas,
                    debug ? RunMode.DEBUG : RunMode.RUN);
            Intent intent = runner.intent(request);
            List<TxSignature> signatures = new ArrayList<>();
            for (String signer : signers) {
                signatures.add(wallet.sign(signer.startsWith("@") ? signer.substring(1) : signer, intent));
            }
            TransactionResult result = withTimeout(() -> runner.run(request, signatures));
            RunReport report;
            if (result instanceof TransactionResult.Committed committed) {
                ApplyResult applied = chain.apply(committed.transaction());
                report = switch (applied) {
                    case ApplyResult.Committed c -> new RunReport(result, c.plan(), List.of(ok.contract().layout()));
                    case ApplyResult.Rejected r -> new RunReport(new TransactionResult.Failed(new TxFailure(
                            r.rejection().reason(), "the ledger refused the transaction: " + r.rejection().message(),
                            null, null, null, null, List.of()), committed.trace(), intent), null,
                            List.of(ok.contract().layout()));
                };
            } else {
                report = new RunReport(result, null, List.of(ok.contract().layout()));
            }
            print(report);
            return report.json().path("status").asText().equals("committed") ? 0 : FAILED;
        } catch (ArgumentException e) {
            return usage(e.getMessage());
        } catch (RequestException e) {
            return usage(e.getMessage());
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

    private List<Value> arguments(ScriptLayout layout, Wallet wallet) {
        List<ParamLayout> params = layout.params();
        if (params.size() != args.size()) {
            throw new ArgumentException(script + " takes " + params.size() + " argument" + (params.size() == 1 ? "" : "s")
                    + (params.isEmpty() ? "" : " (" + String.join(", ", params.stream()
                            .map(p -> p.name() + ": " + Type.display(p.type())).toList()) + ")") + ", not " + args.size());
        }
        KeyResolver keys = name -> {
            try {
                return Optional.of(wallet.key(name).publicKey());
            } catch (LedgerException e) {
                return Optional.empty();
            }
        };
        LiteralParser parser = new LiteralParser(keys);
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            try {
                values.add(parser.parse(params.get(i).type(), args.get(i)));
            } catch (LiteralException e) {
                throw new ArgumentException("argument " + (i + 1) + " (" + params.get(i).name() + ": "
                        + Type.display(params.get(i).type()) + "), column " + e.column() + ": " + e.getMessage());
            }
        }
        return values;
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

    /** A bad command-line argument (wrong count, not a literal of its type). */
    private static final class ArgumentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ArgumentException(String message) {
            super(message, null, false, false);
        }
    }

    /** Where the transaction runs: a fresh in-memory ledger or the persistent one. */
    private interface Chain extends AutoCloseable {
        void deploy(DeployedContract contract);

        LedgerView view();

        ApplyResult apply(Transaction tx);

        @Override
        void close();

        static Chain inMemory() {
            InMemoryLedger ledger = new InMemoryLedger();
            return of(ledger::deploy, () -> ledger, tx -> ledger.apply(tx, new JdkEd25519()), () -> { });
        }

        static Chain persistent(Path dir) {
            if (!Files.isDirectory(dir)) {
                throw new LedgerException("no ledger at " + dir + " (create one with: studio ledger init --ledger " + dir + ")");
            }
            Ledger ledger = Ledger.open(dir, LedgerOptions.defaults());
            return of(ledger::deploy, ledger::view, ledger::apply, ledger::close);
        }

        private static Chain of(java.util.function.Consumer<DeployedContract> deploy, java.util.function.Supplier<LedgerView> view,
                Function<Transaction, ApplyResult> apply, Runnable close) {
            return new Chain() {
                @Override
                public void deploy(DeployedContract contract) {
                    deploy.accept(contract);
                }

                @Override
                public LedgerView view() {
                    return view.get();
                }

                @Override
                public ApplyResult apply(Transaction tx) {
                    return apply.apply(tx);
                }

                @Override
                public void close() {
                    close.run();
                }
            };
        }
    }
}
