package dev.starstream.studio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starstream.studio.vm.contract.ContractLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code studio build}: the build folder, the debug build, the disassembly with source, compile errors. */
class BuildCommandTest {
    private static final String COUNTER = """
            contract;
            abi Tick { fn tick(); }
            utxo Counter {
                storage { let mut n: u64; }
                main fn start() {
                    while (true) {
                        yield(Tick);
                        n = n + 1;
                    }
                }
                impl Tick { fn tick() { resume; } }
            }
            script fn twice(x: u32) -> u32 {
                x * 2
            }
            """;

    @TempDir Path dir;

    private record Run(int exit, String out) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new StudioCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int exit = cl.execute(args);
        return new Run(exit, out.toString());
    }

    @Test
    void writesTheModuleLayoutAndDebugInfoIntoTheBuildFolder() throws IOException {
        Files.writeString(dir.resolve("counter.star"), COUNTER);

        Run r = run("build", dir.toString());

        Path out = dir.resolve("target/starstream/counter");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("built counter");
        assertThat(Files.readAllBytes(out.resolve("contract.wasm"))).startsWith(0x00, 0x61, 0x73, 0x6D);
        assertThat(ContractLayout.fromJson(Files.readAllBytes(out.resolve("layout.json"))).script("twice")).isPresent();
        assertThat(new ObjectMapper().readTree(out.resolve("debug.json").toFile()).get("release").get("releaseHash").asText())
                .hasSize(64);
        assertThat(out.resolve("contract.debug.wasm")).doesNotExist();
    }

    @Test
    void debugWritesTheDebugBuildToo() throws IOException {
        Files.writeString(dir.resolve("counter.star"), COUNTER);

        Run r = run("build", "--debug", dir.toString());

        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(dir.resolve("target/starstream/counter/contract.debug.wasm")).exists();
        assertThat(new ObjectMapper().readTree(dir.resolve("target/starstream/counter/debug.json").toFile())
                .get("debugModule").isNull()).isFalse();
    }

    @Test
    void watPrintsTheDisassemblyWithSourceLinesAsComments() throws IOException {
        Files.writeString(dir.resolve("counter.star"), COUNTER);

        Run r = run("build", "--wat", dir.toString());

        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("(module $counter", "(export \"twice\"", "counter.star:14  x * 2", "i64.mul",
                "counter.star:7  yield(Tick);", "call $implements-method");
    }

    @Test
    void compileErrorsArePrintedAndExitTwo() throws IOException {
        Files.writeString(dir.resolve("broken.star"), "contract;\nscript fn f() -> u32 { missing }\n");

        Run r = run("build", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("error[E0001]", "not built: broken");
        assertThat(dir.resolve("target/starstream/broken")).doesNotExist();
    }
}
