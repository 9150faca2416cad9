package dev.starstream.studio.editor.ui.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.editor.services.completion.CompletionItem;
import dev.starstream.studio.editor.services.completion.CompletionKind;
import dev.starstream.studio.editor.services.completion.CompletionList;
import dev.starstream.studio.editor.services.text.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The popup's state follows typing, selection and acceptance. No toolkit. */
class CompletionModelTest {
    static final String TEXT = "score.";
    static final CompletionList PROPOSALS = new CompletionList(6, 6, "", List.of(
            item("finish"), item("plus_chips"), item("plus_mult")));

    static CompletionItem item(String label) {
        return new CompletionItem(label, CompletionKind.METHOD, "()", null, 0);
    }

    final CompletionModel model = new CompletionModel();

    @Test
    void showingSelectsTheFirstProposal() {
        assertThat(model.show(PROPOSALS, TEXT, 6)).isTrue();
        assertThat(model.isShowing()).isTrue();
        assertThat(model.items()).extracting(CompletionItem::label).containsExactly("finish", "plus_chips", "plus_mult");
        assertThat(model.selectedProperty().get().label()).isEqualTo("finish");
    }

    @Test
    void typingFiltersAndLeavingTheNameCloses() {
        model.show(PROPOSALS, TEXT, 6);
        assertThat(model.refine("score.pm", 8)).isTrue();
        assertThat(model.items()).extracting(CompletionItem::label).containsExactly("plus_mult");
        assertThat(model.refine("score.pmx", 9)).isFalse();
        assertThat(model.isShowing()).isFalse();
    }

    @Test
    void theCaretMovingBeforeTheNameOrATypedSymbolCloses() {
        model.show(PROPOSALS, TEXT, 6);
        assertThat(model.refine(TEXT, 5)).isFalse();
        model.show(PROPOSALS, TEXT, 6);
        assertThat(model.refine("score.(", 7)).isFalse();
    }

    @Test
    void proposalsArrivingLateAreFilteredForWhatWasTypedMeanwhile() {
        assertThat(model.show(PROPOSALS, "score.plus_c", 12)).isTrue();
        assertThat(model.items()).extracting(CompletionItem::label).containsExactly("plus_chips");
    }

    @Test
    void selectionWrapsForSingleStepsAndStopsForPages() {
        model.show(PROPOSALS, TEXT, 6);
        model.move(-1);
        assertThat(model.selectedProperty().get().label()).isEqualTo("plus_mult");
        model.move(1);
        assertThat(model.selectedProperty().get().label()).isEqualTo("finish");
        model.move(8);
        assertThat(model.selectedProperty().get().label()).isEqualTo("plus_mult");
    }

    @Test
    void acceptingReplacesTheTypedPrefixAndTheRestOfTheName() {
        model.show(PROPOSALS, "score.plxyz();", 8);
        model.refine("score.pl", 8);
        model.move(1);
        TextEdit edit = model.accept("score.plxyz();", 8).orElseThrow();
        assertThat(edit.applyTo("score.plxyz();")).isEqualTo("score.plus_mult();");
        assertThat(edit.caretAfter()).isEqualTo("score.plus_mult".length());
        assertThat(model.isShowing()).isFalse();
    }
}
