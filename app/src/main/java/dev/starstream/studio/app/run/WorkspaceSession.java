package dev.starstream.studio.app.run;

import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerException;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.ledger.store.StoreFile;
import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ScriptLayout;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What running needs in one workspace: its persistent ledger ({@code .starstream/ledger}, created
 * with a genesis block the first time), its wallet ({@code .starstream/keys}), its run configurations
 * ({@code .starstream/run-configurations.json}) and the shared {@link ScriptRun}. The IDE and the
 * headless sample test drive it the same way. Opening verifies the ledger, so it runs off the JavaFX
 * thread.
 */
public final class WorkspaceSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSession.class);

    private final Path root;
    private final Ledger ledger;
    private final Wallet wallet;
    private final RunConfigurationStore store;
    private final ScriptRun scripts;
    private final StateDecoder decoder;

    private WorkspaceSession(Path root, Ledger ledger, Wallet wallet, TransactionRunner runner) {
        this.root = root;
        this.ledger = ledger;
        this.wallet = wallet;
        this.store = new RunConfigurationStore(root);
        this.scripts = new ScriptRun(runner);
        this.decoder = new StateDecoder(ledger.queries()::contract);
    }

    /**
     * Opens the workspace's ledger (creating it when there is none) and wallet, and creates the wallet
     * keys its run configurations expect. Throws {@link LedgerException} when the ledger cannot be
     * opened (damaged, unreadable).
     */
    public static WorkspaceSession open(Path root, TransactionRunner runner) {
        Path directory = Ledger.defaultDirectory(root);
        Ledger ledger = Files.isRegularFile(StoreFile.in(directory))
                ? Ledger.open(directory, LedgerOptions.defaults())
                : Ledger.create(directory, ChainParameters.DEFAULT, InMemoryLedger.Mining.PER_TRANSACTION, LedgerOptions.defaults());
        WorkspaceSession session = new WorkspaceSession(root.toAbsolutePath().normalize(), ledger,
                new Wallet(Wallet.defaultDirectory(root), new SecureRandom()), runner);
        try {
            session.ensureWalletKeys(session.store().load().configurations().walletKeys());
        } catch (LedgerException e) {
            LOG.warn("cannot create the wallet keys of {}", root, e);
        }
        return session;
    }

    public Path root() {
        return root;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Wallet wallet() {
        return wallet;
    }

    public RunConfigurationStore store() {
        return store;
    }

    public StateDecoder decoder() {
        return decoder;
    }

    /** Creates the wallet keys in {@code names} that do not exist yet; returns the ones created. */
    public List<String> ensureWalletKeys(List<String> names) {
        List<String> existing = wallet.names();
        List<String> created = new ArrayList<>();
        for (String name : names) {
            if (!existing.contains(name)) {
                wallet.create(name);
                created.add(name);
                LOG.info("created wallet key {} for {}", name, root);
            }
        }
        return created;
    }

    /** Compiles {@code file} (relative to the workspace, {@code /} separated) as the user sees it now. */
    public Optional<SourceCompiler.Result> compile(String file, SourceProvider sources) {
        return sources.text(root.resolve(file)).map(text -> new SourceCompiler().compile(file, text));
    }

    /** Runs {@code configuration} (see {@link ScriptRun#run}); {@code checkpoint} throws to stop. */
    public RunOutcome run(RunConfiguration configuration, SourceProvider sources, Runnable checkpoint) {
        Optional<SourceCompiler.Result> compiled = compile(configuration.file(), sources);
        if (compiled.isEmpty()) {
            return new RunOutcome.Refused("cannot read " + configuration.file() + " in " + root);
        }
        checkpoint.run();
        return switch (compiled.get()) {
            case SourceCompiler.Result.Failed failed -> new RunOutcome.CompileFailed(configuration.file(), failed.diagnostics());
            case SourceCompiler.Result.Compiled ok -> {
                Optional<ScriptLayout> script = ok.contract().layout().script(configuration.script());
                List<String> arguments = new ArrayList<>();
                for (ParamLayout param : script.map(ScriptLayout::params).orElse(List.of())) {
                    Optional<String> value = configuration.argument(param.name());
                    if (value.isEmpty() || value.get().isBlank()) {
                        yield new RunOutcome.Refused("the configuration " + configuration.name() + " gives no value for "
                                + param.name() + " (" + dev.starstream.studio.vm.lang.types.Type.display(param.type()) + ")");
                    }
                    arguments.add(value.get());
                }
                ScriptRun.Request request = new ScriptRun.Request(configuration.script(), arguments, configuration.signers(),
                        configuration.gasLimit(), configuration.mode());
                yield scripts.run(Chain.of(ledger), ok.contract(), request, wallet, checkpoint);
            }
        };
    }

    @Override
    public void close() {
        ledger.close();
    }
}
