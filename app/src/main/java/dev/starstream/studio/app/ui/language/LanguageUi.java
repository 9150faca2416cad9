package dev.starstream.studio.app.ui.language;

import dev.starstream.studio.app.commands.CommandRegistry;
import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.settings.SettingsService;
import dev.starstream.studio.app.ui.DialogService;
import dev.starstream.studio.app.ui.MainWindowViewModel;
import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.app.ui.editors.EditorFactory;
import dev.starstream.studio.app.ui.editors.EditorTabsViewModel;
import dev.starstream.studio.editor.services.analysis.FileAnalysis;
import dev.starstream.studio.editor.services.edit.CommandStack;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.editor.services.syntax.Tokenizer;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * The language features' part of the main window, assembled in one place: the editor components,
 * the References and Outline panels, the explanation window, and the language commands. The main
 * window creates it, asks it for its panels, and connects it to the active editor.
 */
public final class LanguageUi {
    /** The stylesheet of the language panels. */
    public static final String STYLESHEET = LanguageUi.class.getResource("language.css").toExternalForm();

    private final LanguageWorkbench workbench;
    private final EditorTabsViewModel tabs;
    private final MainWindowViewModel window;
    private final ReferencesViewModel referencesModel;
    private final OutlineViewModel outlineModel;
    private final ReferencesView referencesView;
    private final OutlineView outlineView;
    private final ExplanationWindow explanations;
    private final LanguageActions actions;
    private final FormatActions format;
    private final EditorFactory.Extension extension;
    private Supplier<Optional<CodeEditor>> activeEditor = Optional::empty;
    private Consumer<String> showToolTab = id -> {};
    private @Nullable ObservableValue<@Nullable FileAnalysis> followedAnalysis;
    private @Nullable CodeEditor followedEditor;
    private final ChangeListener<@Nullable FileAnalysis> outlineFollowsAnalysis;
    private final ChangeListener<Integer> outlineFollowsCaret;

    public LanguageUi(LanguageWorkbench workbench, EditorTabsViewModel tabs, MainWindowViewModel window, SettingsService settings,
            DialogService dialogs, Window owner, Tokenizer tokenizer, Executor uiExecutor, Function<Location, CommandResult> navigator,
            Consumer<CommandResult> report) {
        this.workbench = workbench;
        this.tabs = tabs;
        this.window = window;
        this.referencesModel = new ReferencesViewModel(navigator);
        this.outlineModel = new OutlineViewModel(navigator);
        this.referencesView = new ReferencesView(referencesModel, report);
        this.outlineView = new OutlineView(outlineModel, report);
        this.explanations = new ExplanationWindow(owner, tokenizer);
        referencesView.getStylesheets().add(STYLESHEET);
        outlineView.getStylesheets().add(STYLESHEET);
        this.actions = new LanguageActions(workbench, new LanguageActions.Views() {
            @Override
            public Optional<LanguageActions.Caret> caret() {
                DocumentViewModel doc = tabs.active();
                return doc == null ? Optional.empty()
                        : activeEditor.get().map(e -> new LanguageActions.Caret(doc, e.getText(), e.area().getCaretPosition()));
            }

            @Override
            public boolean triggerCompletion() {
                Optional<CodeEditor> editor = activeEditor.get();
                editor.flatMap(LanguageEditorExtension::completion).ifPresent(c -> c.trigger());
                return editor.isPresent();
            }

            @Override
            public void showReferences() {
                showToolTab.accept("references");
            }

            @Override
            public void showProblems() {
                showToolTab.accept("problems");
            }

            @Override
            public void showExplanation(DiagnosticCode code, String markdown) {
                explanations.show(code, markdown);
            }
        }, dialogs, navigator, report, uiExecutor, new CommandStack(100), new WorkspaceTextStore(tabs, window::workspace), referencesModel);
        this.format = new FormatActions(workbench, tabs, settings, report, uiExecutor);
        this.extension = new LanguageEditorExtension(workbench, actions, navigator::apply, code -> report.accept(actions.explain(code)),
                uiExecutor, tokenizer);
        this.outlineFollowsAnalysis = (obs, old, now) -> showOutline(now);
        this.outlineFollowsCaret = (obs, old, now) -> outlineModel.follow(now);
        tabs.activeProperty().addListener((obs, old, now) -> follow(now));
    }

    public EditorFactory.Extension editorExtension() {
        return extension;
    }

    public LanguageActions actions() {
        return actions;
    }

    public OutlineViewModel outline() {
        return outlineModel;
    }

    public ReferencesViewModel references() {
        return referencesModel;
    }

    /** Shows the explanation page of a code written as users see it ({@code E0031}). */
    public CommandResult explain(String code) {
        return DiagnosticCode.parse(code).map(actions::explain).orElse(CommandResult.unavailable("There is no explanation for " + code));
    }

    public ExplanationWindow explanations() {
        return explanations;
    }

    public Node outlineView() {
        return outlineView;
    }

    /** The References tab of the bottom panel (id {@code tool-tab-references}). */
    public Tab referencesTab() {
        Tab tab = new Tab("References", referencesView);
        tab.setId("tool-tab-references");
        return tab;
    }

    /** Connects the commands to the active editor and the tool tabs, and takes the language commands over. */
    public void connect(CommandRegistry registry, Supplier<Optional<CodeEditor>> editor, Consumer<String> toolTab) {
        this.activeEditor = editor;
        this.showToolTab = toolTab;
        actions.register(registry);
        format.register(registry);
        follow(tabs.active());
    }

    /** The outline follows the active document's analysis and its editor's caret. */
    private void follow(@Nullable DocumentViewModel doc) {
        if (followedAnalysis != null) {
            followedAnalysis.removeListener(outlineFollowsAnalysis);
        }
        if (followedEditor != null) {
            followedEditor.area().caretPositionProperty().removeListener(outlineFollowsCaret);
        }
        followedAnalysis = doc == null ? null : workbench.analysisOf(doc);
        followedEditor = doc == null ? null : activeEditor.get().orElse(null);
        if (followedAnalysis != null) {
            followedAnalysis.addListener(outlineFollowsAnalysis);
        }
        if (followedEditor != null) {
            followedEditor.area().caretPositionProperty().addListener(outlineFollowsCaret);
            outlineModel.follow(followedEditor.area().getCaretPosition());
        }
        showOutline(followedAnalysis == null ? null : followedAnalysis.getValue());
    }

    private void showOutline(@Nullable FileAnalysis analysis) {
        var ws = window.workspace();
        outlineModel.show(analysis, ws == null ? (analysis == null ? java.nio.file.Path.of("") : analysis.file().getParent()) : ws.root());
    }
}
