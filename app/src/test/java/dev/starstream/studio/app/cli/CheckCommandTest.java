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

/** {@code studio check}: human output with excerpts, the A.11 JSON object, exit codes. */
class CheckCommandTest {
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
    void reportsErrorsWithASourceExcerptAndExitsOne() throws IOException {
        Files.writeString(dir.resolve("a.star"), "fn f() -> i64 {\n    missing\n}\n");

        Run r = run("check", dir.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("error[E0001]: unknown name `missing`", "a.star:2:5", "2 |     missing", "  |     ^^^^^^^",
                "Summary: 0 contract(s), 1 module(s), 1 error(s), 0 warning(s)");
    }

    @Test
    void printsTheJsonObjectOfRuntimeA11() throws IOException {
        Files.writeString(dir.resolve("a.star"), "fn f() {\n    let x = 1;\n    let x = 2;\n}\n");

        Run r = run("check", "--json", dir.toString());
        JsonNode d = new ObjectMapper().readTree(r.out()).get("diagnostics").get(0);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(d.get("code").asText()).isEqualTo("E0002");
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("file").asText()).endsWith("a.star");
        assertThat(d.get("line").asInt()).isEqualTo(3);
        assertThat(d.get("column").asInt()).isEqualTo(9);
        assertThat(d.get("endLine").asInt()).isEqualTo(3);
        assertThat(d.get("endColumn").asInt()).isEqualTo(10);
        assertThat(d.get("message").asText()).isEqualTo("variable `x` is already defined in this scope");
        assertThat(d.get("related").get(0).get("line").asInt()).isEqualTo(2);
    }

    @Test
    void aCleanWorkspaceExitsZeroAndWarningsFailOnlyWithDenyWarnings() throws IOException {
        Files.writeString(dir.resolve("ok.star"), "fn f() -> i64 { 1 }\n");
        assertThat(run("check", dir.toString()).exit()).isZero();

        Files.writeString(dir.resolve("warn.star"), "fn g() { let pub x = disclose(1); }\n");
        assertThat(run("check", dir.toString()).exit()).isZero();
        assertThat(run("check", "-D", dir.toString()).exit()).isEqualTo(1);
    }

    @Test
    void anEmptyFolderSaysSo() {
        Run r = run("check", dir.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("no `.star` files found under `" + dir + "`");
    }

    @Test
    void paintsOnATerminalAndPointsToExplain() throws IOException {
        Files.writeString(dir.resolve("a.star"), "fn f() -> i64 {\n    missing\n}\n");

        CliRun plain = CliRun.of("check", dir.toString());
        CliRun colored = CliRun.of(new Terminal(true), "check", dir.toString());

        assertThat(plain.out()).doesNotContain("\u001b[").endsWith("For more information about a code, try `studio explain E0001`.\n");
        assertThat(colored.out()).contains("\u001b[1;31merror[E0001]\u001b[0m");
        assertThat(colored.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.out());
    }

    @Test
    void noColourWhenNoColorIsSet() {
        assertThat(Terminal.noColorUnset(java.util.Map.of())).isTrue();
        assertThat(Terminal.noColorUnset(java.util.Map.of("NO_COLOR", ""))).isTrue();
        assertThat(Terminal.noColorUnset(java.util.Map.of("NO_COLOR", "1"))).isFalse();
    }
}
