package dev.starstream.studio.app.ui.language;

import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.app.ui.editors.EditorFactory;
import dev.starstream.studio.editor.ui.analysis.AnalysisDecorations;

/** Installs the language components on every editor: semantic colours, squiggles and gutter markers. */
public final class LanguageEditorExtension implements EditorFactory.Extension {
    private final LanguageWorkbench workbench;

    public LanguageEditorExtension(LanguageWorkbench workbench) {
        this.workbench = workbench;
    }

    @Override
    public void extend(DocumentViewModel document, EditorFactory.Built built) {
        built.editor().install(new AnalysisDecorations(workbench.analysisOf(document)));
    }
}
