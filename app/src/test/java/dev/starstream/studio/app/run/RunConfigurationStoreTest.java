package dev.starstream.studio.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.runtime.RunMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigurationStoreTest {
    @TempDir
    Path workspace;

    private static RunConfiguration accumulate() {
        return new RunConfiguration("add ten", "accumulator.star", "add",
                List.of(new RunConfiguration.Argument("acc", "newest Accumulator"), new RunConfiguration.Argument("amount", "10")),
                List.of("alice"), 5_000, RunMode.RUN);
    }

    @Test
    void aMissingFileHasNoConfigurationsAndNoProblems() {
        RunConfigurationStore.Loaded loaded = new RunConfigurationStore(workspace).load();
        assertThat(loaded.configurations().configurations()).isEmpty();
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void savedConfigurationsReadBackEqualWithArgumentsInParameterOrder() throws IOException {
        RunConfigurationStore store = new RunConfigurationStore(workspace);
        RunConfigurations saved = new RunConfigurations(List.of(accumulate(), RunConfiguration.of("begin", "accumulator.star", "begin")),
                "begin", List.of("alice"));
        store.save(saved);
        assertThat(store.file()).isEqualTo(workspace.resolve(".starstream/run-configurations.json"));
        assertThat(store.load().configurations()).isEqualTo(saved);
        assertThat(Files.readString(store.file())).contains("\"acc\" : \"newest Accumulator\",\n      \"amount\" : \"10\"")
                .contains("\"mode\" : \"run\"");
    }

    @Test
    void badEntriesAreReportedAndTheGoodOnesKept() {
        RunConfigurationStore.Loaded loaded = new RunConfigurationStore(workspace).parse("""
                { "version": 1, "configurations": [
                  { "name": "ok", "file": "a.star", "script": "go" },
                  { "name": "no script", "file": "a.star" },
                  { "name": "ok", "file": "b.star", "script": "again" },
                  { "name": "bad gas", "file": "a.star", "script": "go", "gasLimit": -4 },
                  { "name": "bad mode", "file": "a.star", "script": "go", "mode": "fast" },
                  7
                ] }""");
        assertThat(loaded.configurations().configurations()).extracting(RunConfiguration::name).containsExactly("ok");
        assertThat(loaded.configurations().selected()).isEqualTo("ok");
        assertThat(loaded.problems()).containsExactly(
                "configuration 2: \"script\" is missing",
                "configuration 3: the name \"ok\" is used twice; the first is kept",
                "configuration 4: \"gasLimit\" must be a positive integer",
                "configuration 5: \"mode\" is \"debug\" or \"run\", not \"fast\"",
                "configuration 6: must be an object");
    }

    @Test
    void aFileThatIsNotJsonIsAProblemNotACrash() {
        RunConfigurationStore.Loaded loaded = new RunConfigurationStore(workspace).parse("{ configurations: [");
        assertThat(loaded.configurations()).isEqualTo(RunConfigurations.EMPTY);
        assertThat(loaded.problems()).singleElement().asString().startsWith("run-configurations.json is not valid JSON");
    }

    @Test
    void defaultsAreDebugModeAndTheDefaultGasLimit() {
        RunConfiguration c = new RunConfigurationStore(workspace)
                .parse("{\"configurations\":[{\"name\":\"n\",\"file\":\"f.star\",\"script\":\"s\",\"signers\":[\"@bob\"]}]}")
                .configurations().configurations().getFirst();
        assertThat(c.mode()).isEqualTo(RunMode.DEBUG);
        assertThat(c.gasLimit()).isEqualTo(10_000_000L);
        assertThat(c.signers()).containsExactly("bob");
    }

    @Test
    void replacingAConfigurationKeepsItsPlaceAndFollowsTheSelection() {
        RunConfigurations all = new RunConfigurations(List.of(RunConfiguration.of("a", "f.star", "x"),
                RunConfiguration.of("b", "f.star", "y")), "a", List.of());
        RunConfigurations renamed = all.withConfiguration("a", RunConfiguration.of("a2", "f.star", "x"));
        assertThat(renamed.configurations()).extracting(RunConfiguration::name).containsExactly("a2", "b");
        assertThat(renamed.selected()).isEqualTo("a2");
        assertThat(renamed.without("a2").selected()).isEqualTo("b");
        assertThat(all.freshName("a")).isEqualTo("a (2)");
    }
}
