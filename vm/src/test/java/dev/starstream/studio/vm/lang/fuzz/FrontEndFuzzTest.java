package dev.starstream.studio.vm.lang.fuzz;

import static dev.starstream.studio.vm.lang.fuzz.FrontEndProperties.assertInside;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.ModuleChecker;
import dev.starstream.studio.vm.lang.check.facts.LanguageFacts;
import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import dev.starstream.studio.vm.lang.diag.Location;
import dev.starstream.studio.vm.lang.parser.StarstreamParsing;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the language front end (Jazzer): any input yields a program and
 * diagnostics inside the text — never an exception or a hang. {@code ./studio test} replays the
 * inputs under {@code src/test/resources/…/FrontEndFuzzTestInputs/<method>/} (real programs and every
 * input that ever crashed); {@code JAZZER_FUZZ=1} fuzzes one method (see docs/DEVELOPING.md).
 */
@Timeout(FrontEndProperties.HANG_SECONDS)
class FrontEndFuzzTest {
    private static final Path ROOT = Path.of("/ws");

    /**
     * Any bytes, read the three ways a file or buffer reaches the parser: strictly as UTF-8 (the CLI
     * and the editor; malformed files are refused before parsing), leniently with replacement
     * characters, and as raw UTF-16 units (unpaired surrogates included).
     */
    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "starstream.dict")
    void parserAndLexerAnswerAnyBytesHoweverTheyAreDecoded(byte[] bytes) {
        strictUtf8(bytes).ifPresent(FrontEndFuzzTest::parsesAndLexes);
        parsesAndLexes(new String(bytes, StandardCharsets.UTF_8));
        parsesAndLexes(utf16Units(bytes));
    }

    /** The single-file checker on raw text, token soup, and real programs with fuzzer edits. */
    @FuzzTest(maxDuration = "10m")
    void singleFileCheckerAnswersAnyProgram(FuzzedDataProvider data) {
        String text = FuzzedSources.text(data);

        FrontEndProperties.onInput(text, () -> {
            CheckedModule module = ModuleChecker.checkSingleFile("fuzz.star", text);

            assertThat(module.parse().file().text()).isEqualTo(text);
            FrontEndProperties.diagnosticsPointIntoTheirFiles(module.allDiagnostics(), Map.of("fuzz.star", text));
        });
    }

    /**
     * The editor's questions (symbol, definition, references, type, hover, scope, methods, outline)
     * at fuzzer-chosen offsets of a checked file: answers, never failures, and every location
     * they return lies inside its file.
     */
    @FuzzTest(maxDuration = "10m")
    void languageFactsAnswerAtAnyOffset(FuzzedDataProvider data) {
        int[] offsets = data.consumeInts(data.consumeInt(1, 8));
        String text = FuzzedSources.text(data);
        FrontEndProperties.onInput(text, () -> answersEverywhere(text, offsets));
    }

    private static void answersEverywhere(String text, int[] offsets) {
        Path file = ROOT.resolve("main.star");
        CheckedWorkspace ws = Workspace.inMemory(ROOT, Map.of(file, text)).check();
        LanguageFacts facts = new LanguageFacts(ws);
        CheckedModule module = ws.module(file).orElseThrow();
        Map<String, String> texts = Map.of(module.path(), text);

        FrontEndProperties.outlineLiesInside(facts.outline(module), text, new Span(0, text.length()));
        for (int raw : offsets) {
            int offset = Math.floorMod(raw, text.length() + 1);
            facts.symbolAt(module, offset).ifPresent(s -> {
                assertInside(s.span(), text, s);
                assertThat(s.span().touches(offset)).as("%s is at %d", s, offset).isTrue();
                assertThat(facts.label(s.symbol())).isNotNull();
            });
            facts.definition(module, offset).ifPresent(l -> located(l, texts));
            facts.references(module, offset).forEach(l -> located(l, texts));
            facts.typeAt(module, offset).ifPresent(t -> assertThat(t).isNotNull());
            facts.hover(module, offset).ifPresent(h -> assertThat(h).isNotBlank());
            assertThat(facts.scopeAt(module, offset)).isNotNull();
            facts.methodsAt(module, offset).forEach(m -> assertThat(m.name()).isNotBlank());
        }
    }

    private static void located(Location l, Map<String, String> texts) {
        assertThat(texts).containsKey(l.file().path());
        assertInside(l.span(), texts.get(l.file().path()), l);
    }

    private static void parsesAndLexes(String text) {
        FrontEndProperties.onInput(text, () -> {
            FrontEndProperties.parseIsWellFormed(StarstreamParsing.parse(new SourceFile("fuzz.star", text)));
            FrontEndProperties.tokensCoverTheText(text);
        });
    }

    /** The text of {@code bytes} when they are well-formed UTF-8, as the CLI and the editor decode files. */
    static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Pairs of bytes as UTF-16 code units, unpaired surrogates and all (what an editor buffer may hold). */
    static String utf16Units(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length / 2);
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            s.append((char) (((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
        }
        return s.toString();
    }
}
