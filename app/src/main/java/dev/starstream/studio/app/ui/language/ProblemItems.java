package dev.starstream.studio.app.ui.language;

import dev.starstream.studio.app.ui.tools.Problem;
import dev.starstream.studio.editor.services.analysis.Analysis;
import dev.starstream.studio.editor.services.analysis.DiagnosticItem;
import java.util.List;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;

/** The workspace's diagnostics as rows of the Problems panel, and the problem counts of the status bar. */
public final class ProblemItems {
    private ProblemItems() {}

    /** One row per diagnostic of the analysis (none without one). */
    public static List<Problem> of(@Nullable Analysis analysis) {
        if (analysis == null) {
            return List.of();
        }
        return analysis.diagnostics().stream().map(ProblemItems::problem).toList();
    }

    static Problem problem(DiagnosticItem d) {
        return new Problem(d.isError() ? Problem.Severity.ERROR : Problem.Severity.WARNING, d.codeText(), d.message(), d.location());
    }

    /** The status-bar item "✖ 2  ▲ 1" that opens the Problems panel when clicked. */
    public static Node statusItem(LanguageWorkbench workbench, Runnable showProblems) {
        return new ProblemCountsView(workbench.errorsProperty(), workbench.warningsProperty(), showProblems);
    }
}
