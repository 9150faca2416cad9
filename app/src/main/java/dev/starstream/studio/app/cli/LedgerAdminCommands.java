package dev.starstream.studio.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerException;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.ledger.RuntimeReExecutor;
import dev.starstream.studio.ledger.SnapshotInfo;
import dev.starstream.studio.ledger.store.StoreMeta;
import dev.starstream.studio.ledger.transfer.ImportSummary;
import dev.starstream.studio.ledger.transfer.LedgerExport;
import dev.starstream.studio.ledger.transfer.LedgerImport;
import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.ledger.wallet.WalletKey;
import dev.starstream.studio.vm.ledger.BlockHeader;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.runtime.ContractCache;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code studio ledger init|mine|snapshot|revert|export|import|keys}: changing a ledger. */
final class LedgerAdminCommands {
    private LedgerAdminCommands() {}

    @Command(name = "init", description = "Create an empty ledger (genesis block only).")
    static final class Init extends LedgerCommand.Base {
        @Option(names = "--mining", paramLabel = "MODE", defaultValue = "per-transaction",
                description = "When blocks are sealed: per-transaction (default) or on-demand (studio ledger mine).")
        String mining;

        @Override
        int run() {
            InMemoryLedger.Mining mode;
            try {
                mode = StoreMeta.mining(mining);
            } catch (IllegalArgumentException e) {
                return refused(e.getMessage());
            }
            try (Ledger ledger = Ledger.create(where.directory(), ChainParameters.DEFAULT, mode, LedgerOptions.defaults())) {
                var tip = ledger.view().chainTip();
                if (where.json) {
                    ObjectNode node = object().put("ledger", where.directory().toString()).put("mining", mining);
                    node.set("tip", JSON.valueToTree(tip));
                    json(node);
                } else {
                    out().printf("created a ledger at %s (mining %s); genesis block %s%n", where.directory(), mining, tip.blockHash());
                }
                return 0;
            }
        }
    }

    @Command(name = "mine", description = "Seal the pending transactions into a block (optionally after letting slots pass).")
    static final class Mine extends LedgerCommand.Base {
        @Option(names = "--advance", paramLabel = "SLOTS", defaultValue = "0", description = "Let this many slots pass first.")
        long advance;

        @Override
        int run() {
            try (Ledger ledger = open()) {
                if (advance > 0) {
                    ledger.advanceSlots(advance);
                }
                BlockHeader block = ledger.mineBlock();
                if (where.json) {
                    ObjectNode node = JSON.valueToTree(block);
                    node.put("hash", block.hash().hex());
                    json(object().set("block", node));
                } else {
                    out().printf("mined block %d (slot %d, %d transaction(s)) %s%n", block.height(), block.slot(),
                            block.txCount(), block.hash());
                }
                return 0;
            }
        }
    }

    @Command(name = "snapshot", description = "Name the current state so that 'revert' can return to it.")
    static final class Snapshot extends LedgerCommand.Base {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        int run() {
            try (Ledger ledger = open()) {
                SnapshotInfo info = ledger.snapshot(name);
                if (where.json) {
                    json(object().set("snapshot", JSON.valueToTree(info)));
                } else {
                    out().printf("snapshot %s at log entry %d (block %d), state root %s%n", info.name(), info.seq(),
                            info.blockHeight(), info.stateRoot());
                }
                return 0;
            }
        }
    }

    @Command(name = "revert", description = "Return to a named snapshot; everything after it is removed.")
    static final class Revert extends LedgerCommand.Base {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        int run() {
            try (Ledger ledger = open()) {
                SnapshotInfo info = ledger.revert(name);
                if (where.json) {
                    ObjectNode node = object();
                    node.set("reverted", JSON.valueToTree(info));
                    node.set("status", JSON.valueToTree(ledger.queries().status()));
                    json(node);
                } else {
                    out().printf("reverted to %s (log entry %d, block %d)%n", info.name(), info.seq(), info.blockHeight());
                }
                return 0;
            }
        }
    }

    @Command(name = "export", description = "Write the whole ledger as one JSON document (stdout, or --output).")
    static final class Export extends LedgerCommand.Base {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of stdout.")
        Path output;

        @Override
        int run() {
            Ledger.open(where.directory(), LedgerOptions.defaults()).close();
            if (output == null) {
                LedgerExport.write(where.directory(), out());
                out().println();
                return 0;
            }
            try (OutputStream file = Files.newOutputStream(output)) {
                LedgerExport.write(where.directory(), file);
            } catch (IOException e) {
                return refused("cannot write " + output + ": " + e.getMessage());
            }
            if (where.json) {
                json(object().put("exported", output.toString()).put("bytes", size(output)));
            } else {
                out().printf("exported %s to %s (%d bytes)%n", where.directory(), output, size(output));
            }
            return 0;
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return -1;
            }
        }
    }

    @Command(name = "import", description = "Create a ledger from an export, replaying and verifying every entry.")
    static final class Import extends LedgerCommand.Base {
        @Parameters(paramLabel = "FILE", description = "The export to read ('-' for stdin).")
        String file;

        @Option(names = "--no-reexecute", description = "Check hashes, state roots and signatures only; do not re-run "
                + "each transaction's intent on the runtime (RUNTIME A.12).")
        boolean noReexecute;

        @Override
        int run() {
            ImportSummary summary;
            try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file))) {
                LedgerOptions options = noReexecute ? LedgerOptions.defaults()
                        : LedgerOptions.defaults().withReExecutor(new RuntimeReExecutor(new TransactionRunner(new ContractCache())));
                summary = new LedgerImport(options).read(in, where.directory());
            } catch (IOException e) {
                return refused("cannot read " + file + ": " + e.getMessage());
            }
            if (where.json) {
                json(JSON.valueToTree(summary));
            } else {
                out().printf("imported %d entries (%d transactions, %d blocks, %d snapshots) into %s; state root %s; "
                                + "transactions verified by %s%n", summary.entries(), summary.transactions(), summary.blocks(),
                        summary.snapshots(), summary.directory(), summary.stateRoot(), summary.verifiedBy());
            }
            return 0;
        }
    }

    @Command(name = "keys", description = "List the workspace's signing keys, or create one with --new NAME.")
    static final class Keys extends LedgerCommand.Base {
        @Option(names = "--new", paramLabel = "NAME", description = "Create an Ed25519 key pair with this name.")
        String create;

        @Override
        int run() {
            Wallet wallet = new Wallet(Wallet.defaultDirectory(where.workspace), new SecureRandom());
            if (create != null) {
                WalletKey key = wallet.create(create);
                if (where.json) {
                    json(object().put("name", key.name()).put("publicKey", key.publicKey().hex()).put("file", key.file().toString()));
                } else {
                    out().printf("created key %s: public key %s (%s, readable only by you)%n", key.name(), key.publicKey(), key.file());
                }
                return 0;
            }
            ObjectNode node = object();
            ArrayNode keys = node.putArray("keys");
            for (String name : wallet.names()) {
                try {
                    WalletKey key = wallet.key(name);
                    keys.add(object().put("name", name).put("publicKey", key.publicKey().hex()));
                    if (!where.json) {
                        out().printf("%-20s %s%n", name, key.publicKey());
                    }
                } catch (LedgerException e) {
                    keys.add(object().put("name", name).put("error", e.getMessage()));
                    if (!where.json) {
                        out().printf("%-20s unusable: %s%n", name, e.getMessage());
                    }
                }
            }
            if (where.json) {
                json(node);
            } else if (keys.isEmpty()) {
                out().println("no keys; create one with: studio ledger keys --new NAME");
            }
            return 0;
        }
    }
}
