package dev.starstream.studio.editor.services.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    /** Appends to and removes from a shared list: a command whose effect is easy to see. */
    private static final class Append implements Command {
        private final List<String> target;
        private final String value;
        private final boolean fails;

        Append(List<String> target, String value, boolean fails) {
            this.target = target;
            this.value = value;
            this.fails = fails;
        }

        @Override
        public String description() {
            return "Append " + value;
        }

        @Override
        public Outcome execute() {
            if (fails) {
                return Outcome.failed("cannot append " + value);
            }
            target.add(value);
            return Outcome.DONE;
        }

        @Override
        public Outcome undo() {
            target.remove(target.size() - 1);
            return Outcome.DONE;
        }
    }

    private final List<String> list = new ArrayList<>();
    private final CommandStack stack = new CommandStack(2);

    @Test
    void undoAndRedoWalkTheHistory() {
        stack.execute(new Append(list, "a", false));
        stack.execute(new Append(list, "b", false));
        assertThat(stack.undoDescription()).contains("Append b");
        stack.undo();
        assertThat(list).containsExactly("a");
        assertThat(stack.redoDescription()).contains("Append b");
        stack.redo();
        assertThat(list).containsExactly("a", "b");
    }

    @Test
    void aNewCommandClearsTheRedoHistory() {
        stack.execute(new Append(list, "a", false));
        stack.undo();
        stack.execute(new Append(list, "c", false));
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void aFailedCommandLeavesTheHistoryAsItWas() {
        Outcome outcome = stack.execute(new Append(list, "x", true));
        assertThat(outcome).isEqualTo(Outcome.failed("cannot append x"));
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.revision()).isZero();
    }

    @Test
    void theHistoryIsBoundedAndListenersHearEveryChange() {
        List<Long> heard = new ArrayList<>();
        stack.addChangeListener(() -> heard.add(stack.revision()));
        for (String s : List.of("a", "b", "c")) {
            stack.execute(new Append(list, s, false));
        }
        stack.undo();
        stack.undo();
        assertThat(stack.undo()).isInstanceOf(Outcome.Failed.class);
        assertThat(list).containsExactly("a");
        assertThat(heard).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aCompositeUndoesItsDonePartsWhenALaterPartFails() {
        CompositeCommand composite = new CompositeCommand("both",
                List.of(new Append(list, "a", false), new Append(list, "b", true)));
        assertThat(stack.execute(composite)).isInstanceOf(Outcome.Failed.class);
        assertThat(list).isEmpty();
    }
}
