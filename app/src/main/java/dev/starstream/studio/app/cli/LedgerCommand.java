package dev.starstream.studio.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerDamagedException;
import dev.starstream.studio.ledger.LedgerException;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.ledger.VerificationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code studio ledger …}: the workspace's simulated ledger from a terminal. Every subcommand takes
 * {@code --ledger <dir>} (default {@code <workspace>/.starstream/ledger}), {@code --workspace <dir>}
 * (default: the current folder) and {@code --json} (exactly one JSON object on stdout). Exit codes:
 * 0 done, 1 refused (unknown snapshot, existing ledger, bad import, …), 2 usage, 3 damaged ledger.
 */
@Command(
        name = "ledger",
        description = "The simulated ledger of a workspace: state, blocks, transactions, snapshots.",
        mixinStandardHelpOptions = true,
        subcommands = {
            LedgerAdminCommands.Init.class,
            LedgerReadCommands.Status.class,
            LedgerReadCommands.Utxos.class,
            LedgerReadCommands.Blocks.class,
            LedgerReadCommands.Tx.class,
            LedgerAdminCommands.Mine.class,
            LedgerAdminCommands.Snapshot.class,
            LedgerAdminCommands.Revert.class,
            LedgerAdminCommands.Export.class,
            LedgerAdminCommands.Import.class,
            LedgerAdminCommands.Keys.class,
        })
public final class LedgerCommand implements Callable<Integer> {
    static final int REFUSED = 1;
    static final int DAMAGED = 3;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The options every ledger subcommand shares. */
    static final class Where {
        @Option(names = "--ledger", paramLabel = "DIR", description = "The ledger folder (default: <workspace>/.starstream/ledger).")
        Path ledger;

        @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".", description = "The workspace folder (default: current folder).")
        Path workspace;

        @Option(names = "--json", description = "Print exactly one JSON object on stdout.")
        boolean json;

        Path directory() {
            return ledger != null ? ledger : Ledger.defaultDirectory(workspace);
        }
    }

    /** Shared plumbing of the subcommands: output, errors as data, opening the ledger. */
    abstract static class Base implements Callable<Integer> {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        Where where = new Where();

        abstract int run();

        @Override
        public final Integer call() {
            try {
                return run();
            } catch (LedgerDamagedException e) {
                return damaged(e.report());
            } catch (LedgerException e) {
                return refused(e.getMessage());
            }
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        Ledger open() {
            return Ledger.open(where.directory(), LedgerOptions.defaults());
        }

        void json(Object value) {
            try {
                out().println(JSON.writeValueAsString(value));
            } catch (JsonProcessingException e) {
                throw new LedgerException("cannot write JSON: " + e.getOriginalMessage());
            }
        }

        ObjectNode object() {
            return JSON.createObjectNode();
        }

        ObjectNode verification(VerificationReport report) {
            ObjectNode node = object()
                    .put("ok", report.ok())
                    .put("entriesVerified", report.entriesVerified())
                    .put("transactionsVerified", report.transactionsVerified())
                    .put("lastVerifiedHeight", report.lastVerifiedHeight())
                    .put("elapsedMillis", report.elapsed().toMillis());
            report.problems().forEach(node.putArray("problems")::add);
            if (report.problems().isEmpty()) {
                node.putArray("problems");
            }
            return node;
        }

        int refused(String message) {
            if (where.json) {
                json(object().put("error", message));
            } else {
                spec.commandLine().getErr().println("studio ledger: " + message);
            }
            return REFUSED;
        }

        int damaged(VerificationReport report) {
            if (where.json) {
                ObjectNode node = object().put("error", "the ledger at " + where.directory() + " is damaged");
                node.set("verification", verification(report));
                json(node);
            } else {
                spec.commandLine().getErr().println("studio ledger: the ledger at " + where.directory() + " is damaged");
                spec.commandLine().getErr().println(report.describe());
            }
            return DAMAGED;
        }
    }
}
