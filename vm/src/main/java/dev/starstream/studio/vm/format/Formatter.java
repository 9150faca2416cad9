package dev.starstream.studio.vm.format;

import dev.starstream.studio.vm.lang.BigStack;
import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.parser.ParseResult;
import dev.starstream.studio.vm.lang.parser.StarstreamParsing;
import dev.starstream.studio.vm.lang.syntax.SourceFile;

/**
 * The canonical Starstream formatter (LANGUAGE.md §4), with every comment kept.
 *
 * <p>{@link #format(SourceFile)} is what the CLI and format-on-save call: it parses, refuses files
 * with syntax errors, prints, and checks its own output before handing it back (the output must
 * parse to the same program, modulo spans, with the same comments in the same order), so a
 * formatter bug can never cost a user their code. {@link #print} is the printer alone.
 */
public final class Formatter {
    private Formatter() {}

    public static FormatResult format(SourceFile file) {
        return format(StarstreamParsing.parse(file));
    }

    /** Formats an already parsed file (the editor has one at hand). */
    public static FormatResult format(ParseResult parsed) {
        if (parsed.hasErrors()) {
            return new FormatResult.SyntaxErrors(parsed.diagnostics());
        }
        String source = parsed.file().text();
        return BigStack.call(() -> {
            String text = printHere(parsed.program(), source);
            return SafetyCheck.compare(parsed, StarstreamParsing.parse(parsed.file().path(), text))
                    .<FormatResult>map(FormatResult.Refused::new)
                    .orElseGet(() -> new FormatResult.Formatted(text, !text.equals(source)));
        });
    }

    /**
     * The canonical text of {@code program}, whose comments (and spans) refer to {@code source}.
     * The program must be free of syntax errors (a program built in code, with no comments, may
     * pass an empty source).
     *
     * @throws IllegalArgumentException if the program contains the error nodes of a failed parse
     */
    public static String print(Program program, String source) {
        return BigStack.call(() -> printHere(program, source));
    }

    private static String printHere(Program program, String source) {
        return DocRenderer.render(FileLayout.layout(program, source));
    }
}
