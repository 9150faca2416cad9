package dev.starstream.studio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code studio run}: the A.11 JSON object, the human report, exit codes, the persistent ledger. */
class RunCommandTest {
    private static final String TARIFF = """
            abi Tariff { effect Rate(zone: u32) -> u64; }
            abi Meter { fn charge(zone: u32, units: u64) -> u64; event Charged(zone: u32, amount: u64); }
            utxo Bill {
                storage { let mut due: u64; }
                main fn open() { while (true) { yield(Meter); } }
                impl Meter { fn charge(pub zone: u32, pub units: u64) -> u64 {
                    let rate = raise Rate(zone);
                    due = due + disclose(rate) * units;
                    emit Charged(zone, rate * units);
                    due } }
            }
            script fn settle() -> u64 {
                let b = Bill::open(); let mut r: u64 = 0;
                try { r = b.charge(7, 3); } with Rate(z) { if (z == 7) { 5 } else { 1 } }
                r }
            script fn settle_without() -> u64 { let b = Bill::open(); b.charge(7, 3) }
            script fn add(a: i64, b: i64) -> i64 { a + b }
            script fn keep() -> Bill { Bill::open() }
            script fn spin() -> u64 { let mut i: u64 = 0; while (true) { i = i + 1; } i }
            script fn bill_due(b: Bill) -> u64 {
                let mut r: u64 = 0;
                try { r = b.charge(1, 2); } with Rate(z) { 10 }
                r }
            """;

    @TempDir Path dir;

    private record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run studio(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new StudioCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path tariff() throws IOException {
        Path file = dir.resolve("tariff.star");
        Files.writeString(file, TARIFF);
        return file;
    }

    @Test
    void aCommittedRunPrintsTheA11Object() throws IOException {
        Run r = studio("run", tariff().toString(), "settle", "--json");
        JsonNode json = r.json();

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(json.get("status").asText()).isEqualTo("committed");
        assertThat(json.get("result").asLong()).isEqualTo(15);
        assertThat(json.get("events").get(0).get("name").asText()).isEqualTo("Charged");
        assertThat(json.get("events").get(0).get("abi").asText()).isEqualTo("Meter");
        assertThat(json.get("events").get(0).get("args").toString()).isEqualTo("[7,15]");
        assertThat(json.get("events").get(0).get("line").asInt()).isEqualTo(9);
        JsonNode output = json.get("outputs").get(0);
        assertThat(output.get("kind").asText()).isEqualTo("new");
        assertThat(output.get("type").asText()).isEqualTo("Bill");
        assertThat(output.get("storage").get("due").asLong()).isEqualTo(15);
        assertThat(output.get("abis").toString()).isEqualTo("[\"Meter\"]");
        assertThat(output.get("id").asText()).matches("[0-9a-f]{64}:0");
        assertThat(json.get("spent")).isEmpty();
        assertThat(json.get("gas").asLong()).isPositive();
        assertThat(json.get("gasByProcess").has("settle")).isTrue();
    }

    @Test
    void aFailedRunNamesTheReasonAndPlaceAndExitsOne() throws IOException {
        Run r = studio("run", tariff().toString(), "settle_without", "--json");
        JsonNode json = r.json();

        assertThat(r.exit()).isEqualTo(1);
        assertThat(json.get("status").asText()).isEqualTo("failed");
        assertThat(json.get("reason").asText()).isEqualTo("HandlerNotFound");
        assertThat(json.get("file").asText()).endsWith("tariff.star");
        assertThat(json.get("line").asInt()).isEqualTo(7);
        assertThat(json.get("process").asText()).isEqualTo("Bill#0");
        assertThat(json.get("stack").get(0).get("process").asText()).isEqualTo("Bill#0");
        assertThat(json.get("uncommittedEvents")).isEmpty();
    }

    @Test
    void theHumanReportShowsEventsUtxosGasAndTheInterleaving() throws IOException {
        Run r = studio("run", tariff().toString(), "settle");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("committed: settle() = 15", "new Bill", "{ due: 15 }",
                "offers Meter", "gas: ", "interleaving:", "Meter.Charged(7, 15)", "CallEffectHandler(Tariff, Tariff.Rate, r3) → r4",
                "Resume(Bill#0, Meter.charge, r2) → (r3, Bill#0)");
    }

    @Test
    void aTimeoutStopsARunawayRun() throws IOException {
        Run r = studio("run", tariff().toString(), "spin", "--gas", "1000000000000", "--timeout", "1", "--json", "--in-memory");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("message").asText()).contains("interrupted");
    }

    @Test
    void negativeNumbersAreArgumentsNotOptions() throws IOException {
        Run r = studio("run", tariff().toString(), "add", "-7", "-35", "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("result").asLong()).isEqualTo(-42);
    }

    @Test
    void aCompileErrorExitsTwoWithItsDiagnostics() throws IOException {
        Path bad = dir.resolve("bad.star");
        Files.writeString(bad, "script fn f() -> u64 { missing }\n");

        Run r = studio("run", bad.toString(), "f", "--json");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.json().get("status").asText()).isEqualTo("failed");
        assertThat(r.json().get("reason").asText()).isEqualTo("CompileError");
        assertThat(r.json().get("diagnostics").get(0).get("code").asText()).isEqualTo("E0001");
    }

    @Test
    void badArgumentsAreUsageErrors() throws IOException {
        Path file = tariff();

        Run wrongCount = studio("run", file.toString(), "add", "1");
        Run notANumber = studio("run", file.toString(), "add", "1", "two");
        Run noScript = studio("run", file.toString(), "nothing");

        assertThat(wrongCount.exit()).isEqualTo(2);
        assertThat(wrongCount.err()).contains("add takes 2 arguments (a: i64, b: i64), not 1");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.err()).contains("argument 2 (b: i64), column 1: expected i64 (an integer), found `two`");
        assertThat(noScript.exit()).isEqualTo(2);
        assertThat(noScript.err()).contains("has no script fn nothing");
    }

    @Test
    void walletKeysAreArgumentsAndSigners() throws IOException {
        Path file = dir.resolve("guarded.star");
        Files.writeString(file, """
                import { PublicKey } from starstream:std/types;
                import { assert_transaction_signed_by } from starstream:std/host;
                script fn guarded(key: PublicKey) { runtime assert_transaction_signed_by(key); }
                """);
        assertThat(studio("ledger", "keys", "--new", "alice", "--workspace", dir.toString()).exit()).isZero();

        Run signed = studio("run", file.toString(), "guarded", "@alice", "--sign", "@alice", "--workspace", dir.toString(), "--json");
        Run unsigned = studio("run", file.toString(), "guarded", "@alice", "--workspace", dir.toString(), "--json");
        Run unknown = studio("run", file.toString(), "guarded", "@bob", "--workspace", dir.toString());

        assertThat(signed.exit()).as(signed.out() + signed.err()).isZero();
        assertThat(unsigned.exit()).isEqualTo(1);
        assertThat(unsigned.json().get("reason").asText()).isEqualTo("MissingSignature");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no wallet key named `bob`");
    }

    @Test
    void onAPersistentLedgerAUtxoOutlivesTheRun() throws IOException {
        Path file = tariff();
        Path ledger = dir.resolve("ledger");
        assertThat(studio("ledger", "init", "--ledger", ledger.toString()).exit()).isZero();

        Run keep = studio("run", file.toString(), "keep", "--ledger", ledger.toString(), "--json");
        String bill = keep.json().get("result").asText();
        Run due = studio("run", file.toString(), "bill_due", bill, "--ledger", ledger.toString(), "--json");

        assertThat(keep.exit()).as(keep.out() + keep.err()).isZero();
        assertThat(bill).isEqualTo(keep.json().get("outputs").get(0).get("id").asText());
        assertThat(due.exit()).as(due.out() + due.err()).isZero();
        assertThat(due.json().get("result").asLong()).isEqualTo(20);
        assertThat(due.json().get("outputs").get(0).get("kind").asText()).isEqualTo("continued");
        assertThat(due.json().get("spent").get(0).asText()).isEqualTo(bill);
    }

    @Test
    void withoutLedgerOptionsTheWorkspaceLedgerIsUsedWhenThereIsOne() throws IOException {
        Path file = tariff();
        assertThat(studio("ledger", "init", "--workspace", dir.toString()).exit()).isZero();
        Run keep = studio("run", file.toString(), "keep", "--workspace", dir.toString(), "--json");
        assertThat(keep.exit()).as(keep.out() + keep.err()).isZero();
        Run utxos = studio("ledger", "utxos", "--workspace", dir.toString(), "--json");
        assertThat(utxos.json().get("utxos").get(0).get("id").asText()).isEqualTo(keep.json().get("result").asText());
        Run fresh = studio("run", file.toString(), "keep", "--workspace", dir.toString(), "--in-memory", "--json");
        assertThat(fresh.exit()).isZero();
        assertThat(studio("ledger", "utxos", "--workspace", dir.toString(), "--json").json().get("utxos")).hasSize(1);
    }
}
