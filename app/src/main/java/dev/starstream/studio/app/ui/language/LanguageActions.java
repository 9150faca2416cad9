package dev.starstream.studio.app.ui.language;

import static dev.starstream.studio.app.commands.StandardCommands.CHECK_WORKSPACE;
import static dev.starstream.studio.app.commands.StandardCommands.COMPLETE;
import static dev.starstream.studio.app.commands.StandardCommands.FIND_REFERENCES;
import static dev.starstream.studio.app.commands.StandardCommands.GO_TO_DEFINITION;
import static dev.starstream.studio.app.commands.StandardCommands.RENAME_SYMBOL;

import dev.starstream.studio.app.commands.CommandRegistry;
import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.commands.IdeCommand;
import dev.starstream.studio.app.ui.DialogService;
import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.editor.services.analysis.Analysis;
import dev.starstream.studio.editor.services.edit.CommandStack;
import dev.starstream.studio.editor.services.edit.Outcome;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.editor.services.navigation.Navigation;
import dev.starstream.studio.editor.services.navigation.Reference;
import dev.starstream.studio.editor.services.rename.Rename;
import dev.starstream.studio.editor.services.rename.RenameCommand;
import dev.starstream.studio.editor.services.rename.RenamePlan;
import dev.starstream.studio.editor.services.rename.TextStore;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.diag.Explanations;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language commands of the workbench (F12, Shift+F12, F2, Ctrl+Space, Check Workspace, Explain,
 * undo/redo of refactorings): each asks the language service about the active editor's exact text
 * and acts on the answer on the UI thread, reporting what came of it. No toolkit: the views are
 * reached through {@link Views}.
 */
public final class LanguageActions {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageActions.class);
    public static final String UNDO_REFACTORING = "language.undoRefactoring";
    public static final String REDO_REFACTORING = "language.redoRefactoring";
    public static final String EXPLAIN = "language.explain";

    /** The active editor's document, text and caret offset. */
    public record Caret(DocumentViewModel document, String text, int offset) {}

    /** What the commands need from the views. */
    public interface Views {
        Optional<Caret> caret();

        /** Opens the completion popup of the active editor (false: no editor). */
        boolean triggerCompletion();

        void showReferences();

        void showProblems();

        void showExplanation(DiagnosticCode code, String markdown);
    }

    private final LanguageWorkbench workbench;
    private final Views views;
    private final DialogService dialogs;
    private final Function<Location, CommandResult> navigator;
    private final Consumer<CommandResult> report;
    private final Executor uiExecutor;
    private final CommandStack refactorings;
    private final TextStore store;
    private final ReferencesViewModel references;

    public LanguageActions(LanguageWorkbench workbench, Views views, DialogService dialogs, Function<Location, CommandResult> navigator,
            Consumer<CommandResult> report, Executor uiExecutor, CommandStack refactorings, TextStore store,
            ReferencesViewModel references) {
        this.workbench = workbench;
        this.views = views;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.report = report;
        this.uiExecutor = uiExecutor;
        this.refactorings = refactorings;
        this.store = store;
        this.references = references;
    }

    /** Takes over the language commands of the registry and adds the refactoring history commands. */
    public void register(CommandRegistry registry) {
        registry.rebind(GO_TO_DEFINITION, this::goToDefinition, () -> true);
        registry.rebind(FIND_REFERENCES, this::findReferences, () -> true);
        registry.rebind(RENAME_SYMBOL, this::renameSymbol, () -> true);
        registry.rebind(COMPLETE, this::complete, () -> true);
        registry.rebind(CHECK_WORKSPACE, this::checkWorkspace, () -> true);
        registry.register(new IdeCommand(UNDO_REFACTORING, "Undo Refactoring", "Code", null), this::undoRefactoring);
        registry.register(new IdeCommand(REDO_REFACTORING, "Redo Refactoring", "Code", null), this::redoRefactoring);
        registry.register(new IdeCommand(EXPLAIN, "Explain Problem at Caret", "Code", null), this::explainAtCaret);
    }

    public CommandResult goToDefinition() {
        return withCaret(c -> {
            goToDefinition(c.document(), c.text(), c.offset());
            return CommandResult.DONE;
        });
    }

    /** Goes to the definition of the name at {@code offset} of {@code document} showing {@code text} (Ctrl+click). */
    public void goToDefinition(DocumentViewModel document, String text, int offset) {
        ask(document, text, a -> Navigation.definition(a, document.path(), offset), Optional.<Location.TextLocation>empty(), found -> {
            if (found.isEmpty()) {
                report.accept(CommandResult.info("No definition here"));
            } else {
                report.accept(navigator.apply(found.get()));
            }
        });
    }

    public CommandResult findReferences() {
        return withCaret(c -> {
            ask(c.document(), c.text(), a -> {
                List<Reference> found = Navigation.references(a, c.document().path(), c.offset());
                String name = Navigation.symbolAt(a, c.document().path(), c.offset()).map(s -> s.symbol().name()).orElse("");
                return new Found(name, found);
            }, new Found("", List.of()), found -> {
                if (found.references().isEmpty()) {
                    report.accept(CommandResult.info("No symbol here to find references of"));
                    return;
                }
                references.show(found.name(), found.references());
                views.showReferences();
                report.accept(CommandResult.info(references.titleProperty().get()));
            });
            return CommandResult.DONE;
        });
    }

    private record Found(String name, List<Reference> references) {}

    public CommandResult renameSymbol() {
        return withCaret(c -> {
            ask(c.document(), c.text(), a -> Rename.nameAt(a, c.document().path(), c.offset()), Optional.<String>empty(), name -> {
                if (name.isEmpty()) {
                    report.accept(CommandResult.unavailable("Put the caret on a name to rename it"));
                    return;
                }
                dialogs.askName("Rename Symbol", "New name for “" + name.get() + "”:", name.get(), n -> Rename.checkName(n).orElse(null))
                        .ifPresent(newName -> rename(c, newName));
            });
            return CommandResult.DONE;
        });
    }

    private void rename(Caret c, String newName) {
        ask(c.document(), c.text(), a -> Rename.plan(a, c.document().path(), c.offset(), newName),
                (RenamePlan) new RenamePlan.Refused("No workspace is open"), plan -> {
                    switch (plan) {
                        case RenamePlan.Refused refused -> report.accept(CommandResult.failed(refused.reason()));
                        case RenamePlan.Ready ready -> {
                            Outcome outcome = refactorings.execute(new RenameCommand(ready, store));
                            report.accept(switch (outcome) {
                                case Outcome.Done d -> CommandResult.info("Renamed “" + ready.oldName() + "” to “" + ready.newName() + "” ("
                                        + ready.occurrences() + (ready.occurrences() == 1 ? " place" : " places") + " in "
                                        + ready.edits().size() + (ready.edits().size() == 1 ? " file)" : " files)"));
                                case Outcome.Failed f -> CommandResult.failed(f.message());
                            });
                        }
                    }
                });
    }

    public CommandResult complete() {
        return views.triggerCompletion() ? CommandResult.DONE : CommandResult.unavailable("No file is open");
    }

    public CommandResult checkWorkspace() {
        return workbench.service().map(s -> {
            s.analyze().whenCompleteAsync((analysis, error) -> {
                if (error != null) {
                    LOG.error("checking the workspace failed", error);
                    report.accept(CommandResult.failed("Checking failed: " + error.getMessage()));
                    return;
                }
                views.showProblems();
                report.accept(CommandResult.info(summary(analysis)));
            }, uiExecutor);
            return CommandResult.DONE;
        }).orElse(CommandResult.unavailable("Open a folder first"));
    }

    static String summary(Analysis analysis) {
        long errors = analysis.errorCount();
        long warnings = analysis.warningCount();
        int modules = analysis.checked().modules().size();
        return "Checked " + modules + (modules == 1 ? " file: " : " files: ") + errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    /** Shows the explanation page of {@code code}. */
    public CommandResult explain(DiagnosticCode code) {
        Optional<String> page = Explanations.of(code);
        if (page.isEmpty()) {
            return CommandResult.unavailable("There is no explanation for " + code.code());
        }
        views.showExplanation(code, page.get());
        return CommandResult.DONE;
    }

    private CommandResult explainAtCaret() {
        return withCaret(c -> workbench.analysisOf(c.document()).get() == null ? CommandResult.unavailable("No problem at the caret")
                : workbench.analysisOf(c.document()).get().diagnosticsAt(c.offset()).stream().filter(d -> d.code().isNumbered())
                        .findFirst().map(d -> explain(d.code())).orElse(CommandResult.unavailable("No problem at the caret")));
    }

    public CommandResult undoRefactoring() {
        return result(refactorings.canUndo() ? refactorings.undo() : Outcome.failed("No refactoring to undo"));
    }

    public CommandResult redoRefactoring() {
        return result(refactorings.canRedo() ? refactorings.redo() : Outcome.failed("No refactoring to redo"));
    }

    private static CommandResult result(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Done d -> CommandResult.DONE;
            case Outcome.Failed f -> CommandResult.failed(f.message());
        };
    }

    private CommandResult withCaret(Function<Caret, CommandResult> action) {
        return views.caret().map(action).orElse(CommandResult.unavailable("No file is open"));
    }

    /** Asks the service, then handles the answer on the UI thread (a failure is logged and reported). */
    private <T> void ask(DocumentViewModel document, String text, Function<Analysis, T> question, T fallback, Consumer<T> then) {
        workbench.query(document.path(), text, question, fallback).whenCompleteAsync((answer, error) -> {
            if (error != null) {
                LOG.error("a language query failed", error);
                report.accept(CommandResult.failed("The language service failed: " + error.getMessage()));
                return;
            }
            then.accept(answer);
        }, uiExecutor);
    }

}
