package dev.starstream.studio.vm.interleaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.starstream.studio.vm.interleaving.Mutations.Mutant;
import dev.starstream.studio.vm.interleaving.Scenarios.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java checker and the reference model ({@code /work/shared/spec/interleaving-model.py}, or the
 * file named by {@code -Dstudio.interleaving.model}) agree on pass/fail for many random mutations of
 * the model's scenarios. Skipped when python3 or the model is absent.
 *
 * <p>Where RUNTIME Part A adds a rule the model lacks, Java may reject what the model accepts; those
 * rules are listed in {@link #PART_A_ONLY} and in docs/STATUS.md.
 */
class ModelDifferentialTest {
    /** A.4/A.5b ownership rules (63–65) the model does not implement. */
    static final Set<Rule> PART_A_ONLY = Set.of(Rule.BURN_UNBOUND, Rule.ENDED_OWNS_NOTHING, Rule.EPHEMERAL_UNBOUND);

    /** 15 scenarios × 150 = 2,250 mutants: ~1 s of python on an idle machine of this kind. */
    private static final int MUTANTS_PER_SCENARIO = 150;

    private final ObjectMapper json = new ObjectMapper();

    record Case(String base, Mutant mutant, Verdict java) {}

    private static final Path MODEL =
            Path.of(System.getProperty("studio.interleaving.model", "/work/shared/spec/interleaving-model.py"));

    /** The mutants and Java's verdicts, built once for both tests. */
    private static List<Case> cases;
    private static ArrayNode modelInput;

    @Test
    void javaAndTheModelAgreeOnRandomMutationsOfTheModelsScenarios(@TempDir Path dir) throws Exception {
        assumeModel();

        Comparison c = compare(dir, MODEL, cases().size());

        assertThat(c.disagreements()).as("cases where Java and the model disagree").isEmpty();
        // The mutations are not all fatal: some stay legal, so both sides' "pass" is exercised too.
        assertThat(c.bothPass()).as("mutants both accept").isGreaterThan(cases.size() / 50);
        assertThat(c.partAOnly()).as("cases only Part A rejects").isLessThan(cases.size() / 10);
    }

    @Test
    void theComparisonNoticesAModelThatSkipsARule(@TempDir Path dir) throws Exception {
        assumeModel();
        String source = Files.readString(MODEL, StandardCharsets.UTF_8);
        String check = "if me['me'] is None or me['me'] != a['f']: err('EnterMismatch(33)')";
        assumeTrue(source.contains(check), "the model's Enter check is not where this test expects it");
        Path weakened = dir.resolve("weakened-model.py");
        Files.writeString(weakened, source.replace(check, "if False: err('EnterMismatch(33)')"));

        Comparison c = compare(dir, weakened, cases().size() / 4);

        assertThat(c.disagreements()).isNotEmpty().allMatch(d -> d.contains("EnterMismatch"));
    }

    record Comparison(List<String> disagreements, int bothPass, int partAOnly) {}

    /** Runs the model on the first {@code limit} cases and compares. */
    private Comparison compare(Path dir, Path model, int limit) throws IOException, InterruptedException {
        buildCases();
        ArrayNode input = json.createArrayNode();
        for (int i = 0; i < limit; i++) {
            input.add(modelInput.get(i));
        }
        JsonNode verdicts = runModel(dir, model, input);
        assertThat(verdicts.size()).isEqualTo(limit);
        List<String> disagreements = new ArrayList<>();
        int bothPass = 0;
        int partAOnly = 0;
        for (int i = 0; i < limit; i++) {
            Case c = cases.get(i);
            boolean modelOk = verdicts.get(i).get("ok").asBoolean();
            boolean javaOk = c.java().ok();
            if (modelOk == javaOk) {
                bothPass += javaOk ? 1 : 0;
            } else if (modelOk && PART_A_ONLY.contains(c.java().violation().rule())) {
                partAOnly++;
            } else {
                disagreements.add(c.base() + " [" + c.mutant().change() + "]: java "
                        + (javaOk ? "passes" : c.java().violation().describe()) + "; model "
                        + (modelOk ? "passes" : verdicts.get(i).get("error").asText()));
            }
        }
        return new Comparison(disagreements, bothPass, partAOnly);
    }

    private List<Case> cases() {
        buildCases();
        return cases;
    }

    private void buildCases() {
        if (cases != null) {
            return;
        }
        List<Case> built = new ArrayList<>();
        Mutations mutations = new Mutations(20261122L);
        ModelFormat format = new ModelFormat();
        ArrayNode input = json.createArrayNode();
        for (Scenario s : Scenarios.all()) {
            for (int k = 0; k < MUTANTS_PER_SCENARIO; k++) {
                Mutant m = mutations.mutate(s.tx().instance(), s.tx().traces());
                if (k % 2 == 1) {
                    Mutant twice = mutations.mutate(m.instance(), m.traces());
                    m = new Mutant(twice.instance(), twice.traces(), m.change() + "; " + twice.change());
                }
                built.add(new Case(s.name(), m, TransactionChecker.check(m.instance(), m.traces())));
                input.add(format.transaction(m.instance(), m.traces()));
            }
        }
        cases = built;
        modelInput = input;
    }

    private static void assumeModel() {
        assumeTrue(Files.isRegularFile(MODEL), "the reference model is not at " + MODEL);
        assumeTrue(pythonAvailable(), "python3 is not installed");
    }

    private JsonNode runModel(Path dir, Path model, ArrayNode input) throws IOException, InterruptedException {
        Path driver = dir.resolve("model_driver.py");
        try (InputStream in = getClass().getResourceAsStream("model_driver.py")) {
            assertThat(in).isNotNull();
            Files.copy(in, driver);
        }
        Path cases = dir.resolve("cases.json");
        Path out = dir.resolve("verdicts.json");
        json.writeValue(cases.toFile(), input);
        Process process = new ProcessBuilder("python3", driver.toString(), model.toString())
                .redirectInput(cases.toFile())
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the model took more than 20 s");
        }
        assertThat(process.exitValue())
                .as(Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8)).isZero();
        return json.readTree(out.toFile());
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
