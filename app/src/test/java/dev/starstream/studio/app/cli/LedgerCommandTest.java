package dev.starstream.studio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.Lanes;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionEffects;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LedgerCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    private record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private Run studio(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new StudioCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--workspace";
        all[args.length + 1] = workspace.toString();
        return new Run(commandLine.execute(all), out.toString(), err.toString());
    }

    /** Deploys a contract and creates one utxo through the ledger API, as `studio run` will. */
    private String createUtxo() {
        Wallet wallet = new Wallet(Wallet.defaultDirectory(workspace), new SecureRandom());
        wallet.create("alice");
        try (Ledger ledger = Ledger.open(Ledger.defaultDirectory(workspace), LedgerOptions.defaults())) {
            DeployedContract bill = DeployedContract.of("bill", new byte[] {0, 'a', 's', 'm'});
            ledger.deploy(bill);
            var tip = ledger.view().chainTip();
            var pending = ledger.view().pendingBlock();
            Intent intent = new Intent(bill.hash(), "open", Lanes.of(7), List.of(), tip.height(), tip.blockHash(), 1000);
            TransactionEffects effects = new TransactionEffects(List.of(),
                    List.of(NewOutput.of(bill.hash(), UtxoState.utxo(0, 1, 7), "Meter")), List.of(), List.of(),
                    NullNode.getInstance(), 10, pending.height(), pending.slot());
            ApplyResult result = ledger.apply(new Transaction(intent, List.of(wallet.sign("alice", intent)), effects, null));
            return ((ApplyResult.Committed) result).txHash().hex();
        }
    }

    @Test
    void initThenStatusReportsAnEmptyVerifiedLedger() throws Exception {
        assertThat(studio("ledger", "init").exit()).isZero();
        Run status = studio("ledger", "status", "--json");
        assertThat(status.exit()).isZero();
        JsonNode json = status.json();
        assertThat(json.path("tip").path("height").asLong()).isZero();
        assertThat(json.path("pending").path("height").asLong()).isEqualTo(1);
        assertThat(json.path("verification").path("ok").asBoolean()).isTrue();
        assertThat(studio("ledger", "init").exit()).isEqualTo(LedgerCommand.REFUSED);
    }

    @Test
    void utxosListsIdsThatScriptArgumentsTakeAndTxShowsWhatHappened() throws Exception {
        studio("ledger", "init");
        String tx = createUtxo();
        JsonNode utxos = studio("ledger", "utxos", "--json").json().path("utxos");
        assertThat(utxos).hasSize(1);
        String id = utxos.get(0).path("id").asText();
        assertThat(id).matches("[0-9a-f]{64}:0");
        assertThat(utxos.get(0).path("contractName").asText()).isEqualTo("bill");
        assertThat(utxos.get(0).path("words").toString()).isEqualTo("[0,1,7]");
        assertThat(utxos.get(0).path("typeName").isNull()).as("no layout deployed, so no type name").isTrue();
        assertThat(studio("ledger", "utxos").out()).contains(id).contains("at yield 1").contains("type 0 [0, 1, 7]");

        JsonNode shown = studio("ledger", "tx", tx.substring(0, 10), "--json").json();
        assertThat(shown.path("hash").asText()).isEqualTo(tx);
        assertThat(shown.path("io").get(0).path("fate").asText()).isEqualTo("created");
        assertThat(studio("ledger", "tx", "0000000000").exit()).isEqualTo(LedgerCommand.REFUSED);

        JsonNode blocks = studio("ledger", "blocks", "--json").json().path("blocks");
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(1).path("transactions").get(0).asText()).isEqualTo(tx);
    }

    @Test
    void snapshotRevertExportAndImportWorkFromTheCommandLine() throws Exception {
        studio("ledger", "init");
        assertThat(studio("ledger", "snapshot", "clean").exit()).isZero();
        createUtxo();
        Path export = workspace.resolve("ledger.json");
        assertThat(studio("ledger", "export", "--output", export.toString()).exit()).isZero();
        // The contract here is not real wasm, so its transactions cannot be re-executed: check hashes and signatures only.
        Run imported = studio("ledger", "import", export.toString(), "--no-reexecute", "--ledger", workspace.resolve("copy").toString(),
                "--json");
        assertThat(imported.exit()).isZero();
        assertThat(imported.json().path("transactions").asLong()).isEqualTo(1);
        assertThat(studio("ledger", "revert", "clean", "--json").json().path("status").path("liveUtxos").asLong()).isZero();
        Run copy = studio("ledger", "utxos", "--ledger", workspace.resolve("copy").toString(), "--json");
        assertThat(copy.json().path("utxos")).hasSize(1);
        assertThat(studio("ledger", "revert", "nowhere").err()).contains("there is no snapshot named nowhere");
    }

    @Test
    void aDamagedLedgerExitsWithThreeAndSaysWhatIsWrong() throws Exception {
        studio("ledger", "init");
        Files.write(Ledger.defaultDirectory(workspace).resolve("ledger.db"), "garbage".repeat(200).getBytes());
        Run status = studio("ledger", "status", "--json");
        assertThat(status.exit()).isEqualTo(LedgerCommand.DAMAGED);
        assertThat(status.json().path("verification").path("problems").get(0).asText()).contains("not a SQLite database");
        assertThat(studio("ledger", "status").err()).contains("DAMAGED");
    }

    @Test
    void keysAreCreatedOwnerOnlyAndListed() throws Exception {
        JsonNode created = studio("ledger", "keys", "--new", "bob", "--json").json();
        assertThat(created.path("publicKey").asText()).hasSize(64);
        assertThat(studio("ledger", "keys", "--json").json().path("keys").get(0).path("name").asText()).isEqualTo("bob");
        assertThat(studio("ledger", "status").exit()).isEqualTo(LedgerCommand.REFUSED);
    }

    @Test
    void aScenarioBuildsALedgerFromSourceAndReportsEveryStep() throws Exception {
        Files.writeString(workspace.resolve("counter.star"), """
                abi Count { fn bump() -> u64; }
                utxo Counter {
                    storage { let mut n: u64; }
                    main fn start() { while (true) { yield(Count); } }
                    impl Count { fn bump() -> u64 { n = n + 1; n } }
                }
                script fn create() -> Counter { Counter::start() }
                script fn bump(c: Counter) -> u64 { c.bump() }
                """);
        Files.writeString(workspace.resolve("scenario.json"), """
                {"format": "starstream-scenario", "version": 1,
                 "contracts": [{"name": "counter", "source": "counter.star"}],
                 "steps": [{"run": "counter", "script": "create", "as": "c"},
                           {"run": "counter", "script": "bump", "args": ["$c"], "as": "c"},
                           {"run": "counter", "script": "bump", "args": ["$c"]}]}
                """);
        Run built = studio("ledger", "scenario", workspace.resolve("scenario.json").toString(), "--json");
        assertThat(built.exit()).as(built.out() + built.err()).isZero();
        assertThat(built.json().path("steps")).hasSize(3);
        assertThat(built.json().path("status").path("transactions").asLong()).isEqualTo(3);
        JsonNode utxos = studio("ledger", "utxos", "--json").json().path("utxos");
        assertThat(utxos.get(0).path("words").get(2).asLong()).isEqualTo(2);
    }

    @Test
    void utxosAndTransactionsShowStorageDecodedByTheContractsLayoutAndOwnersByUtxo() throws Exception {
        Files.copy(Path.of("..", "samples", "workspace", "pool.star"), workspace.resolve("pool.star"));
        studio("ledger", "init");
        Run opened = studio("run", workspace.resolve("pool.star").toString(), "open_pool", "--json");
        assertThat(opened.exit()).as(opened.out() + opened.err()).isZero();
        String pool = opened.json().path("result").asText();

        JsonNode utxos = studio("ledger", "utxos", "--json").json().path("utxos");
        assertThat(utxos).extracting(u -> u.path("typeName").asText()).containsExactlyInAnyOrder("Pool", "Gold", "Silver");
        JsonNode gold = java.util.stream.StreamSupport.stream(utxos.spliterator(), false)
                .filter(u -> u.path("typeName").asText().equals("Gold")).findFirst().orElseThrow();
        assertThat(gold.path("kind").asText()).isEqualTo("token");
        assertThat(gold.path("storage").path("amount").asLong()).isEqualTo(100);

        String listed = studio("ledger", "utxos").out();
        assertThat(listed).contains(pool + "  utxo  pool Pool  at yield 1  offers Hold");
        assertThat(listed).containsPattern("token pool Gold \\{ amount: 100 \\}  offers Token, Balance  owned by Pool " + pool);
        assertThat(listed).contains("Silver { amount: 200 }");

        String tx = studio("ledger", "blocks", "--json").json().path("blocks").get(1).path("transactions").get(0).asText();
        String shown = studio("ledger", "tx", tx).out();
        assertThat(shown).contains("script open_pool").contains("Gold { amount: 100 }").contains("Silver { amount: 200 }");
    }
}
