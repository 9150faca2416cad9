package dev.starstream.studio.app.ui.language;

import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.app.ui.editors.EditorFactory;
import dev.starstream.studio.editor.services.completion.CompletionList;
import dev.starstream.studio.editor.services.completion.Completions;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.editor.services.navigation.Hover;
import dev.starstream.studio.editor.services.navigation.Navigation;
import dev.starstream.studio.editor.services.syntax.Tokenizer;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.analysis.AnalysisDecorations;
import dev.starstream.studio.editor.ui.completion.CompletionPopup;
import dev.starstream.studio.editor.ui.hover.HoverPopup;
import dev.starstream.studio.editor.ui.navigation.DefinitionClick;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Installs the language components on every editor: semantic colours, squiggles and gutter
 * markers; completion; hover; Ctrl+click to the definition.
 */
public final class LanguageEditorExtension implements EditorFactory.Extension {
    private final LanguageWorkbench workbench;
    private final LanguageActions actions;
    private final Consumer<Location.TextLocation> open;
    private final Consumer<DiagnosticCode> explain;
    private final Executor fxExecutor;
    private final Tokenizer tokenizer;

    public LanguageEditorExtension(LanguageWorkbench workbench, LanguageActions actions, Consumer<Location.TextLocation> open,
            Consumer<DiagnosticCode> explain, Executor fxExecutor, Tokenizer tokenizer) {
        this.workbench = workbench;
        this.actions = actions;
        this.open = open;
        this.explain = explain;
        this.fxExecutor = fxExecutor;
        this.tokenizer = tokenizer;
    }

    @Override
    public void extend(DocumentViewModel document, EditorFactory.Built built) {
        CodeEditor editor = built.editor();
        editor.install(new AnalysisDecorations(workbench.analysisOf(document)));
        editor.install(new CompletionPopup((text, caret) -> workbench.query(document.path(), text,
                a -> Completions.complete(a, document.path(), text, caret), CompletionList.empty(caret)), fxExecutor, tokenizer));
        editor.install(new HoverPopup((text, offset) -> workbench.query(document.path(), text,
                a -> Navigation.hover(a, document.path(), offset), Optional.<Hover>empty()), workbench.analysisOf(document),
                HoverPopup.actions(open, explain), fxExecutor, tokenizer));
        editor.install(new DefinitionClick((text, offset) -> actions.goToDefinition(document, text, offset)));
    }

    /** The completion popup of an editor built with this extension. */
    public static Optional<CompletionPopup> completion(CodeEditor editor) {
        return editor.components().stream().filter(CompletionPopup.class::isInstance).map(CompletionPopup.class::cast).findFirst();
    }
}
