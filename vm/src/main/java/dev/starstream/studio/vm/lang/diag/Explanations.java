package dev.starstream.studio.vm.lang.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The explanation catalogue: for every {@link DiagnosticCode} a markdown page (title, what it
 * means, why, how to fix, a minimal {@code ```star} example) in the resources next to this class,
 * {@code explain/<CODE>.md}. {@code studio explain} prints them; the IDE can show them on hover.
 */
public final class Explanations {
    private Explanations() {}

    /** The page of {@code code}; empty only if the catalogue is incomplete (a test guards against it). */
    public static Optional<String> of(DiagnosticCode code) {
        String resource = "explain/" + code.code() + ".md";
        try (InputStream in = Explanations.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the explanation of " + code.code(), e);
        }
    }

    /** The {@code ```star} example of a page: the code between the fence lines (empty if none). */
    public static Optional<String> example(String page) {
        int open = page.indexOf("```star\n");
        if (open < 0) {
            return Optional.empty();
        }
        int start = open + "```star\n".length();
        int close = page.indexOf("\n```", start - 1);
        return close < 0 ? Optional.empty() : Optional.of(page.substring(start, close + 1));
    }
}
