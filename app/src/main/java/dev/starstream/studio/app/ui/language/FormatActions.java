package dev.starstream.studio.app.ui.language;

import static dev.starstream.studio.app.commands.StandardCommands.FORMAT_DOCUMENT;
import static dev.starstream.studio.app.commands.StandardCommands.SAVE;
import static dev.starstream.studio.app.commands.StandardCommands.SAVE_ALL;
import static dev.starstream.studio.app.commands.StandardCommands.TOGGLE_FORMAT_ON_SAVE;

import dev.starstream.studio.app.commands.CommandRegistry;
import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.settings.SettingsService;
import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.app.ui.editors.EditorTabsViewModel;
import dev.starstream.studio.vm.format.FormatResult;
import dev.starstream.studio.vm.format.Formatter;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Format Document (Ctrl+Shift+F) and format on save, with the canonical formatter ({@code
 * vm.format}). Formatting runs on the analysis thread; the result replaces the editor's text as one
 * undoable edit, only if the text did not change meanwhile. A file with syntax errors is left as it
 * is (and saved as it is), with the reason in the status bar.
 */
public final class FormatActions {
    private final LanguageWorkbench workbench;
    private final EditorTabsViewModel tabs;
    private final SettingsService settings;
    private final Consumer<CommandResult> report;
    private final Executor uiExecutor;

    public FormatActions(LanguageWorkbench workbench, EditorTabsViewModel tabs, SettingsService settings, Consumer<CommandResult> report,
            Executor uiExecutor) {
        this.workbench = workbench;
        this.tabs = tabs;
        this.settings = settings;
        this.report = report;
        this.uiExecutor = uiExecutor;
    }

    public void register(CommandRegistry registry) {
        registry.rebind(FORMAT_DOCUMENT, this::formatActive, () -> true);
        registry.rebind(SAVE, this::saveActive, () -> true);
        registry.rebind(SAVE_ALL, this::saveAll, () -> true);
        registry.rebind(TOGGLE_FORMAT_ON_SAVE, () -> {
            boolean on = settings.update(s -> s.withFormatOnSave(!s.formatOnSave())).formatOnSave();
            return CommandResult.info("Format on save " + (on ? "on" : "off"));
        }, () -> true);
    }

    public CommandResult formatActive() {
        DocumentViewModel doc = tabs.active();
        if (doc == null) {
            return CommandResult.unavailable("No file is open");
        }
        if (!isStar(doc)) {
            return CommandResult.unavailable(doc.name() + " is not a Starstream file");
        }
        format(doc).thenAccept(result -> report.accept(result.message()));
        return CommandResult.DONE;
    }

    /** Save: formats first when format on save is on. */
    public CommandResult saveActive() {
        DocumentViewModel doc = tabs.active();
        if (doc == null || !settings.current().formatOnSave() || !isStar(doc)) {
            return tabs.saveActive();
        }
        format(doc).thenAccept(result -> {
            CommandResult saved = tabs.save(doc);
            report.accept(result.problem() != null && !(saved instanceof CommandResult.Failed) ? result.problem() : saved);
        });
        return CommandResult.DONE;
    }

    /** Save All: formats every unsaved Starstream file first when format on save is on. */
    public CommandResult saveAll() {
        if (!settings.current().formatOnSave()) {
            return tabs.saveAll();
        }
        List<DocumentViewModel> dirty = tabs.dirtyDocuments().stream().filter(FormatActions::isStar).toList();
        CompletableFuture<?>[] all = dirty.stream().map(this::format).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(all).thenRunAsync(() -> report.accept(tabs.saveAll()), uiExecutor);
        return CommandResult.DONE;
    }

    /** What formatting came to: the status message, and a problem worth showing instead of "Saved". */
    record Result(CommandResult message, @Nullable CommandResult problem) {}

    /** Formats {@code doc}; completes on the UI thread after the text was replaced (or left alone). */
    CompletableFuture<Result> format(DocumentViewModel doc) {
        String text = doc.text();
        return workbench.query(doc.path(), text, a -> Formatter.format(new SourceFile(doc.path().toString(), text)), (FormatResult) null)
                .handleAsync((result, error) -> {
                    if (error != null || result == null) {
                        CommandResult failed = CommandResult.failed("Formatting is not available" + (error == null ? ": no workspace is open"
                                : ": " + error.getMessage()));
                        return new Result(failed, failed);
                    }
                    return switch (result) {
                        case FormatResult.Formatted f -> {
                            if (!f.changed()) {
                                yield new Result(CommandResult.info(doc.name() + " is already formatted"), null);
                            }
                            if (!doc.text().equals(text)) {
                                yield new Result(CommandResult.info("Not formatted: " + doc.name() + " changed meanwhile"), null);
                            }
                            doc.textProperty().set(f.text());
                            yield new Result(CommandResult.info("Formatted " + doc.name()), null);
                        }
                        case FormatResult.SyntaxErrors e -> {
                            Diagnostic first = e.diagnostics().getFirst();
                            CommandResult r = CommandResult.unavailable("Not formatted: " + doc.name() + " has syntax errors (line "
                                    + first.location().start().line() + ": " + first.message() + ")");
                            yield new Result(r, r);
                        }
                        case FormatResult.Refused r -> {
                            CommandResult failed = CommandResult.failed("The formatter refused " + doc.name() + " (a formatter bug): " + r.reason());
                            yield new Result(failed, failed);
                        }
                    };
                }, uiExecutor);
    }

    private static boolean isStar(DocumentViewModel doc) {
        return doc.name().endsWith(".star");
    }
}
