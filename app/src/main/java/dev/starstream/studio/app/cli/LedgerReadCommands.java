package dev.starstream.studio.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.app.run.StateDecoder;
import dev.starstream.studio.ledger.ContractInfo;
import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerStatus;
import dev.starstream.studio.ledger.StoredBlock;
import dev.starstream.studio.ledger.StoredTransaction;
import dev.starstream.studio.ledger.TxIo;
import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoState;
import dev.starstream.studio.vm.runtime.values.HandleNames;
import dev.starstream.studio.vm.runtime.values.ValueJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code studio ledger status|utxos|blocks|tx}: reading a ledger. */
final class LedgerReadCommands {
    private LedgerReadCommands() {}

    @Command(name = "status", description = "Verify the ledger and summarise it: tip, pending block, counts, state root.")
    static final class Status extends LedgerCommand.Base {
        @Override
        int run() {
            try (Ledger ledger = open()) {
                LedgerStatus status = ledger.queries().status();
                if (where.json) {
                    ObjectNode node = JSON.valueToTree(status);
                    node.set("verification", verification(ledger.openReport()));
                    json(node);
                } else {
                    var out = out();
                    out.printf("ledger      %s (schema %d, mining %s)%n", status.file(), status.schemaVersion(), status.mining());
                    out.printf("tip         block %d, slot %d, %s, %s%n", status.tip().height(), status.tip().slot(),
                            Instant.ofEpochMilli(status.tip().timeMillis()), status.tip().blockHash());
                    out.printf("pending     block %d, slot %d, %d transaction(s)%n", status.pending().height(),
                            status.pending().slot(), status.pendingTransactions());
                    out.printf("state root  %s%n", status.stateRoot());
                    out.printf("contents    %d live utxo(s), %d transaction(s), %d contract(s), %d snapshot(s)%n",
                            status.liveUtxos(), status.transactions(), status.contracts(), status.snapshots());
                    out.printf("%s (%d ms)%n", ledger.openReport().describe(), ledger.openReport().elapsed().toMillis());
                }
                return 0;
            }
        }
    }

    @Command(name = "utxos", description = "List the live utxos and tokens (their ids are what script arguments take).")
    static final class Utxos extends LedgerCommand.Base {
        @Option(names = "--contract", paramLabel = "HASH", description = "Only utxos of this contract (64 hex digits).")
        String contract;

        @Option(names = "--owner", paramLabel = "COROUTINE", description = "Only tokens owned by this coroutine (<tx hash>#<index>).")
        String owner;

        @Override
        int run() {
            try (Ledger ledger = open()) {
                List<UtxoEntry> utxos;
                if (contract != null) {
                    utxos = ledger.queries().utxosOfContract(Hash32.fromHex(contract));
                } else if (owner != null) {
                    utxos = ledger.queries().tokensOwnedBy(CoroutineId.parse(owner));
                } else {
                    utxos = ledger.queries().utxos();
                }
                Map<Hash32, String> names = ledger.queries().contracts().stream()
                        .collect(Collectors.toMap(ContractInfo::hash, ContractInfo::name, (a, b) -> a));
                StateDecoder decoder = new StateDecoder(ledger.queries()::contract);
                if (where.json) {
                    ObjectNode node = object();
                    ArrayNode list = node.putArray("utxos");
                    utxos.forEach(entry -> list.add(utxo(entry, names, decoder)));
                    json(node);
                } else if (utxos.isEmpty()) {
                    out().println("no live utxos");
                } else {
                    for (UtxoEntry entry : utxos) {
                        out().printf("%s  %-5s %s %s%s%s%s%n", entry.id(), entry.isToken() ? "token" : "utxo",
                                names.getOrDefault(entry.contractHash(), "?"),
                                StateDecoder.oneLine(decoder.decode(entry), entry.state()),
                                entry.isToken() ? "" : entry.state().yieldPoint() == 0 ? "  ended" : "  at yield " + entry.state().yieldPoint(),
                                entry.abis().isEmpty() ? "" : "  offers " + String.join(", ", entry.abis()),
                                entry.owner() == null ? "" : "  owned by " + owner(ledger, decoder, entry.owner()));
                    }
                }
                return 0;
            } catch (IllegalArgumentException e) {
                return refused(e.getMessage());
            }
        }

        private ObjectNode utxo(UtxoEntry entry, Map<Hash32, String> names, StateDecoder decoder) {
            StateDecoder.Decoded decoded = decoder.decode(entry);
            ObjectNode node = object()
                    .put("id", entry.id().toString())
                    .put("contract", entry.contractHash().hex())
                    .put("contractName", names.getOrDefault(entry.contractHash(), null))
                    .put("kind", entry.isToken() ? "token" : "utxo")
                    .put("type", Integer.toUnsignedLong(entry.state().typeIndex()))
                    .put("typeName", decoded.undecodable() && decoded.fields().isEmpty() ? null : decoded.type())
                    .put("yieldPoint", Integer.toUnsignedLong(entry.state().yieldPoint()));
            ObjectNode storage = node.putObject("storage");
            for (StateDecoder.Field field : decoded.fields()) {
                storage.set(field.name(), field.decoded() == null ? null : ValueJson.toJson(field.decoded(), HandleNames.pids()));
            }
            ArrayNode words = node.putArray("words");
            for (int word : entry.state().words()) {
                words.add(Integer.toUnsignedLong(word));
            }
            entry.abis().forEach(node.putArray("abis")::add);
            node.put("coroutine", entry.coroutine().toString());
            node.put("owner", entry.owner() == null ? null : entry.owner().toString());
            return node;
        }

        /** An owner as people know it: the type and utxo id its coroutine lives in now, else the coroutine. */
        private static String owner(Ledger ledger, StateDecoder decoder, CoroutineId coroutine) {
            return ledger.queries().currentOf(coroutine)
                    .map(utxo -> decoder.decode(utxo).type() + " " + utxo.id())
                    .orElse("coroutine " + coroutine);
        }
    }

    @Command(name = "blocks", description = "List blocks with their hashes and transactions.")
    static final class Blocks extends LedgerCommand.Base {
        @Option(names = "--from", paramLabel = "HEIGHT", defaultValue = "0", description = "First height (default 0).")
        long from;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N blocks (default 100).")
        int limit;

        @Override
        int run() {
            try (Ledger ledger = open()) {
                List<StoredBlock> blocks = ledger.queries().blocks(from, Math.max(0, limit));
                if (where.json) {
                    ObjectNode node = object();
                    ArrayNode list = node.putArray("blocks");
                    for (StoredBlock block : blocks) {
                        ObjectNode item = JSON.valueToTree(block.header());
                        item.put("hash", block.hash().hex());
                        ArrayNode txs = item.putArray("transactions");
                        block.transactions().forEach(tx -> txs.add(tx.hex()));
                        list.add(item);
                    }
                    json(node);
                } else {
                    for (StoredBlock block : blocks) {
                        out().printf("#%-6d slot %-6d %s  %s  %d tx%n", block.header().height(), block.header().slot(),
                                Instant.ofEpochMilli(block.header().timeMillis()), block.hash(), block.header().txCount());
                        block.transactions().forEach(tx -> out().printf("          %s%n", tx));
                    }
                }
                return 0;
            }
        }
    }

    @Command(name = "tx", description = "Show one transaction: intent, signatures, effects, what it did to each utxo.")
    static final class Tx extends LedgerCommand.Base {
        @Parameters(paramLabel = "ID", description = "The transaction hash, or a unique prefix of at least 8 hex digits.")
        String id;

        @Override
        int run() {
            try (Ledger ledger = open()) {
                String prefix = id.toLowerCase(java.util.Locale.ROOT);
                if (prefix.length() < 8 || !prefix.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    return refused("a transaction id is at least 8 hex digits of its hash, not \"" + id + "\"");
                }
                List<Hash32> matches = ledger.queries().transactionsStartingWith(prefix, 2);
                if (matches.isEmpty()) {
                    return refused("no transaction starts with " + prefix);
                }
                if (matches.size() > 1) {
                    return refused(prefix + " is ambiguous; give more digits");
                }
                StoredTransaction tx = ledger.queries().transaction(matches.getFirst()).orElseThrow();
                if (where.json) {
                    json(tx);
                } else {
                    print(tx, ledger.queries()::contract);
                }
                return 0;
            }
        }

        /** What the transaction left in the utxo {@code io} names, decoded: {@code   Score { chips: 42 }}. */
        private static String record(StateDecoder decoder, Transaction tx, TxIo io) {
            if (io.io().equals("output") && io.position() < tx.effects().newOutputs().size()) {
                NewOutput out = tx.effects().newOutputs().get(io.position());
                return "  " + StateDecoder.oneLine(decoder.decode(out.contract(), out.state()), out.state());
            }
            if (io.io().equals("input") && io.position() < tx.effects().continuations().size()
                    && io.position() < tx.intent().inputs().size()) {
                UtxoState state = tx.effects().continuations().get(io.position()).state();
                if (state != null) {
                    return "  " + StateDecoder.oneLine(decoder.decode(tx.intent().inputs().get(io.position()).contractHash(), state), state);
                }
            }
            return "";
        }

        private void print(StoredTransaction stored, Function<Hash32, Optional<DeployedContract>> ledger) {
            var out = out();
            var tx = stored.transaction();
            out.printf("transaction %s%n", stored.hash());
            out.printf("  block %d, position %d, log entry %d, verified by %s%n", stored.blockHeight(), stored.position(),
                    stored.seq(), stored.verifiedBy());
            out.printf("  script %s of contract %s, gas %d of %d%n", tx.intent().scriptName(), tx.intent().entryContract(),
                    tx.effects().gasUsed(), tx.intent().gasLimit());
            tx.signatures().forEach(s -> out.printf("  signed by %s%n", s.key()));
            Function<TxIo, String> ids = io -> (io.before() == null ? "" : io.before() + " ")
                    + (io.after() == null ? "" : "-> " + io.after());
            StateDecoder decoder = new StateDecoder(ledger);
            for (TxIo io : stored.io()) {
                out.printf("  %-6s %d %-9s %s%s%n", io.io(), io.position(), io.fate(), ids.apply(io), record(decoder, tx, io));
            }
            tx.effects().events().forEach(e -> out.printf("  event %s.%s %s%n", e.abi(), e.name(), e.args()));
            out.printf("  result %s%n", tx.effects().result());
        }
    }
}
