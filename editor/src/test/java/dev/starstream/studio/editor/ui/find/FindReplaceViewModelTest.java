package dev.starstream.studio.editor.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.editor.services.find.TextRange;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The find bar's behaviour on a string, without the toolkit. */
class FindReplaceViewModelTest {
    /** A text with a selection, edited the way the editor would be. */
    private static final class StringTarget implements SearchTarget {
        String text;
        TextRange selection = new TextRange(0, 0);
        int replaceCalls;

        StringTarget(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public TextRange selection() {
            return selection;
        }

        @Override
        public void select(TextRange range) {
            selection = range;
        }

        @Override
        public void replace(List<TextRange> ranges, List<String> replacements) {
            replaceCalls++;
            StringBuilder sb = new StringBuilder(text);
            for (int k = ranges.size() - 1; k >= 0; k--) {
                sb.replace(ranges.get(k).start(), ranges.get(k).end(), replacements.get(k));
            }
            text = sb.toString();
            selection = new TextRange(0, 0);
        }
    }

    private StringTarget target;
    private FindReplaceViewModel vm;

    @BeforeEach
    void setUp() {
        target = new StringTarget("chips = chips + 1; mult = chips;");
        vm = new FindReplaceViewModel(target);
    }

    @Test
    void typingAQuerySelectsTheFirstMatchAndCountsThemAll() {
        vm.open(false);
        vm.queryProperty().set("chips");
        assertThat(target.selection).isEqualTo(new TextRange(0, 5));
        assertThat(vm.statusProperty().get()).isEqualTo("1 of 3");
    }

    @Test
    void nextAndPreviousWrapAround() {
        vm.open(false);
        vm.queryProperty().set("chips");
        vm.findNext();
        vm.findNext();
        assertThat(vm.statusProperty().get()).isEqualTo("3 of 3");
        vm.findNext();
        assertThat(target.selection).isEqualTo(new TextRange(0, 5));
        vm.findPrevious();
        assertThat(vm.statusProperty().get()).isEqualTo("3 of 3");
    }

    @Test
    void openingSeedsTheQueryWithTheSelectedWord() {
        target.selection = new TextRange(19, 23);
        vm.open(true);
        assertThat(vm.queryProperty().get()).isEqualTo("mult");
        assertThat(vm.replaceVisibleProperty().get()).isTrue();
        assertThat(vm.visibleProperty().get()).isTrue();
    }

    @Test
    void replaceChangesTheSelectedMatchThenMovesOn() {
        vm.open(true);
        vm.queryProperty().set("chips");
        vm.replacementProperty().set("c");
        vm.replaceCurrent();
        assertThat(target.text).isEqualTo("c = chips + 1; mult = chips;");
        assertThat(target.selection).isEqualTo(new TextRange(4, 9));
    }

    @Test
    void replaceAllIsOneEdit() {
        vm.open(true);
        vm.queryProperty().set("chips");
        vm.replacementProperty().set("score");
        assertThat(vm.replaceAll()).isEqualTo(3);
        assertThat(target.text).isEqualTo("score = score + 1; mult = score;");
        assertThat(target.replaceCalls).isEqualTo(1);
        assertThat(vm.statusProperty().get()).isEqualTo("Replaced 3");
    }

    @Test
    void anInvalidRegexSaysWhyAndFindsNothing() {
        vm.open(false);
        vm.regexProperty().set(true);
        vm.queryProperty().set("chips(");
        assertThat(vm.statusProperty().get()).startsWith("Invalid pattern: ");
        assertThat(vm.matchCountProperty().get()).isZero();
    }

    @Test
    void noResultsIsSaidPlainly() {
        vm.open(false);
        vm.queryProperty().set("gas");
        assertThat(vm.statusProperty().get()).isEqualTo("No results");
        vm.close();
        assertThat(vm.visibleProperty().get()).isFalse();
    }
}
