package dev.starstream.studio.app.cli;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.HumanRenderer;
import dev.starstream.studio.vm.lang.diag.JsonRenderer;
import java.util.List;

/**
 * Diagnostics as text for the commands that print them without a {@link Terminal} at hand
 * ({@code build}, {@code run}): the shared renderers of {@code vm.lang.diag}, without colours.
 * Commands that know their terminal use {@link HumanRenderer} directly.
 */
final class DiagnosticText {
    private static final HumanRenderer PLAIN = new HumanRenderer(false);

    private DiagnosticText() {}

    static String human(Diagnostic d) {
        return PLAIN.render(d);
    }

    static String json(List<Diagnostic> diagnostics) {
        return JsonRenderer.render(diagnostics);
    }
}
