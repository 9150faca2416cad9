package dev.starstream.studio.editor.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.editor.services.analysis.Analysis;
import dev.starstream.studio.editor.services.completion.CompletionList;
import dev.starstream.studio.editor.services.completion.Completions;
import dev.starstream.studio.editor.services.navigation.Navigation;
import dev.starstream.studio.editor.services.rename.Rename;
import dev.starstream.studio.editor.services.semantic.SemanticRange;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import dev.starstream.studio.vm.lang.testing.RealisticPrograms;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input never crashes the language features: generated contracts cut and mutated at random,
 * then completion, hover, definition, references, rename planning and semantic colouring at random
 * offsets. Every answer must be well formed (ranges inside the text, proposals that match).
 */
class LanguageServicesFuzzTest {
    static final Path ROOT = Path.of("/fuzz").toAbsolutePath();
    static final Path FILE = ROOT.resolve("c.star");
    static final String[] DAMAGE = {"", "{", "}", "(", ")", ".", "::", ";", "let ", "fn ", "utxo ", "emit ", "raise ", "\"", "/*", "🚀", "x."};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void everyFeatureAnswersAtAnyOffsetOfABrokenFile(long seed) {
        Random random = new Random(seed);
        String base = new RealisticPrograms(seed).contract(250);
        for (int round = 0; round < 12; round++) {
            String text = mutate(base, random);
            Analysis analysis = new Analysis(round, ROOT, Workspace.inMemory(ROOT, Map.of(FILE, text)).check());
            List<SemanticRange> semantic = analysis.file(FILE).orElseThrow().semantic();
            assertThat(semantic).allSatisfy(r -> assertThat(r.end()).isLessThanOrEqualTo(text.length()));
            for (int probe = 0; probe < 25; probe++) {
                int offset = random.nextInt(text.length() + 1);
                CompletionList list = Completions.complete(analysis, FILE, text, offset);
                assertThat(list.replaceStart()).isBetween(0, offset);
                assertThat(list.replaceEnd()).isEqualTo(offset);
                Navigation.hover(analysis, FILE, offset).ifPresent(h -> assertThat(h.markdown()).isNotBlank());
                Navigation.definition(analysis, FILE, offset);
                Navigation.references(analysis, FILE, offset).forEach(r -> assertThat(r.end()).isLessThanOrEqualTo(text.length()));
                if (probe % 8 == 0) {
                    Rename.plan(analysis, FILE, offset, "renamed_" + probe);
                }
            }
        }
    }

    private static String mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text.substring(0, random.nextInt(text.length() / 2, text.length() + 1)));
        for (int k = 0; k < 3; k++) {
            int at = random.nextInt(sb.length() + 1);
            int cut = Math.min(sb.length() - at, random.nextInt(8));
            sb.replace(at, at + cut, DAMAGE[random.nextInt(DAMAGE.length)]);
        }
        return sb.toString();
    }
}
