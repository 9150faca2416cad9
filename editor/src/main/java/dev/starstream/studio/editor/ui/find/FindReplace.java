package dev.starstream.studio.editor.ui.find;

import dev.starstream.studio.editor.services.find.TextRange;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.EditorComponent;
import java.util.List;
import javafx.beans.InvalidationListener;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.jspecify.annotations.Nullable;

/** Find and replace for a code editor: the bar above the text, opened with {@link #open}. */
public final class FindReplace implements EditorComponent {
    private @Nullable FindReplaceViewModel viewModel;
    private @Nullable FindReplaceBar bar;
    private @Nullable CodeEditor editor;
    private @Nullable InvalidationListener textListener;

    @Override
    public void install(CodeEditor editor) {
        this.editor = editor;
        CodeArea area = editor.area();
        FindReplaceViewModel vm = new FindReplaceViewModel(new AreaTarget(area));
        FindReplaceBar view = new FindReplaceBar(vm, this::close);
        vm.visibleProperty().addListener((obs, old, shown) -> editor.setTopBar(shown ? view : null));
        textListener = obs -> vm.textChanged();
        area.textProperty().addListener(textListener);
        this.viewModel = vm;
        this.bar = view;
    }

    @Override
    public void uninstall(CodeEditor editor) {
        if (textListener != null) {
            editor.area().textProperty().removeListener(textListener);
        }
        editor.setTopBar(null);
        viewModel = null;
        bar = null;
        this.editor = null;
    }

    public @Nullable FindReplaceViewModel viewModel() {
        return viewModel;
    }

    /** Shows the bar (with the replace row when {@code withReplace}) and focuses it. */
    public void open(boolean withReplace) {
        if (viewModel != null && bar != null) {
            viewModel.open(withReplace);
            bar.focusQuery(withReplace && !viewModel.queryProperty().get().isEmpty());
        }
    }

    public void close() {
        if (viewModel != null && editor != null) {
            viewModel.close();
            editor.area().requestFocus();
        }
    }

    /** The code area as a search target. */
    private record AreaTarget(CodeArea area) implements SearchTarget {
        @Override
        public String text() {
            return area.getText();
        }

        @Override
        public TextRange selection() {
            return new TextRange(area.getSelection().getStart(), area.getSelection().getEnd());
        }

        @Override
        public void select(TextRange range) {
            area.selectRange(range.start(), range.end());
            area.requestFollowCaret();
        }

        @Override
        public void replace(List<TextRange> ranges, List<String> replacements) {
            MultiChangeBuilder<?, ?, ?> change = area.createMultiChange(ranges.size());
            for (int k = ranges.size() - 1; k >= 0; k--) {
                change.replaceText(ranges.get(k).start(), ranges.get(k).end(), replacements.get(k));
            }
            change.commit();
        }
    }
}
