package dev.starstream.studio.vm.lang.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.ast.Comment;
import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.check.facts.OutlineItem;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.HumanRenderer;
import dev.starstream.studio.vm.lang.diag.JsonRenderer;
import dev.starstream.studio.vm.lang.diag.Location;
import dev.starstream.studio.vm.lang.parser.Lexing;
import dev.starstream.studio.vm.lang.parser.ParseResult;
import dev.starstream.studio.vm.lang.syntax.LexToken;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;
import java.util.Map;

/** What the front end promises for any input, as assertions the fuzz tests share. */
final class FrontEndProperties {
    /**
     * An input taking longer than this is a hang: JUnit fails it when inputs are replayed, and Jazzer
     * takes it as libFuzzer's {@code -timeout} when fuzzing. Inputs are at most 4 KB; they take milliseconds.
     */
    static final long HANG_SECONDS = 10;

    private FrontEndProperties() {}

    /**
     * Runs {@code check}; a failure is rethrown with the input spelled out (control characters,
     * non-ASCII and unpaired surrogates escaped), so that a finding reads as a test case.
     */
    static void onInput(Object input, Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException | StackOverflowError e) {
            throw new AssertionError("on input:\n" + escaped(String.valueOf(input)), e);
        }
    }

    /** Java-string-literal spelling of a text: printable ASCII, newlines kept, everything else as {@code \\uXXXX}. */
    static String escaped(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c >= 0x20 && c < 0x7f && c != '\\')) {
                s.append(c);
            } else {
                s.append(String.format("\\u%04x", (int) c));
            }
        }
        return s.toString();
    }

    /**
     * Every diagnostic names one of the given files (display path → the text it was given), points
     * inside that text, has a message, and renders for the terminal and as JSON.
     */
    static void diagnosticsPointIntoTheirFiles(List<Diagnostic> diagnostics, Map<String, String> texts) {
        for (Diagnostic d : diagnostics) {
            assertLocated(d.location(), texts, d);
            assertThat(d.message()).as("%s", d).isNotBlank();
            for (Diagnostic.Related r : d.related()) {
                assertLocated(r.location(), texts, d);
            }
        }
        assertThat(new HumanRenderer(false).render(diagnostics)).isNotNull();
        assertThat(JsonRenderer.render(diagnostics)).startsWith("{");
    }

    private static void assertLocated(Location where, Map<String, String> texts, Diagnostic d) {
        String path = where.file().path();
        assertThat(texts).as("%s names a file of the input", d).containsKey(path);
        assertThat(where.file().text()).as("%s carries the text of %s", d, path).isEqualTo(texts.get(path));
        assertInside(where.span(), texts.get(path), d);
    }

    static void assertInside(Span span, String text, Object what) {
        assertThat(span.end()).as("%s lies inside a text of %d chars", what, text.length()).isLessThanOrEqualTo(text.length());
    }

    /** A parse always yields a program whose definitions and comments lie inside the text, in order. */
    static void parseIsWellFormed(ParseResult result) {
        String text = result.file().text();
        assertThat(result.program()).isNotNull();
        diagnosticsPointIntoTheirFiles(result.diagnostics(), Map.of(result.file().path(), text));
        int previous = 0;
        for (Definition d : result.program().definitions()) {
            assertInside(d.span(), text, d);
            assertThat(d.span().start()).as("definitions in source order").isGreaterThanOrEqualTo(previous);
            previous = d.span().start();
        }
        for (Comment c : result.program().comments()) {
            assertInside(c.span(), text, c);
            assertThat(text.substring(c.span().start(), c.span().end())).as("a comment's span holds its text").isEqualTo(c.text());
        }
    }

    /** The highlighter's tokens cover the text exactly once, in order. */
    static void tokensCoverTheText(String text) {
        int at = 0;
        for (LexToken t : Lexing.tokens(text)) {
            assertThat(t.start()).as("%s follows the previous token", t).isEqualTo(at);
            assertThat(t.end()).as("%s is not empty", t).isGreaterThan(t.start());
            at = t.end();
        }
        assertThat(at).as("the tokens reach the end of the text").isEqualTo(text.length());
    }

    /** Outline items (and their names) lie inside the text, children inside their parents. */
    static void outlineLiesInside(List<OutlineItem> items, String text, Span parent) {
        for (OutlineItem item : items) {
            assertInside(item.range(), text, item);
            assertThat(parent.contains(item.range())).as("%s inside its parent %s", item, parent).isTrue();
            assertThat(item.range().contains(item.selection())).as("%s names itself inside its range", item).isTrue();
            outlineLiesInside(item.children(), text, item.range());
        }
    }
}
