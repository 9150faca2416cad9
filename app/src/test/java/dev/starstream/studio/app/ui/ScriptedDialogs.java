package dev.starstream.studio.app.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A {@link DialogService} that answers from a script and records what it was asked. */
public final class ScriptedDialogs implements DialogService {
    public final Deque<Object> answers = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();

    public ScriptedDialogs answer(Object... next) {
        answers.addAll(List.of(next));
        return this;
    }

    private Object next(String question) {
        asked.add(question);
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected question: " + question);
        }
        return answers.poll();
    }

    @Override
    public SaveChoice askSaveChanges(String action, List<String> files) {
        return (SaveChoice) next("save? " + action + " " + files);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return (Boolean) next("confirm? " + title);
    }

    @Override
    public Optional<String> askName(String title, String prompt, String initial, Function<String, @Nullable String> validator) {
        Object answer = next("name? " + title + " [" + initial + "]");
        if (answer instanceof String name) {
            String problem = validator.apply(name);
            if (problem != null) {
                throw new AssertionError("the dialog would not accept " + name + ": " + problem);
            }
            return Optional.of(name);
        }
        return Optional.empty();
    }

    @Override
    public ReloadChoice askReload(String file) {
        return (ReloadChoice) next("reload? " + file);
    }

    @Override
    public Optional<Path> chooseFolder(String title, @Nullable Path initial) {
        Object answer = next("folder? " + title);
        return answer instanceof Path p ? Optional.of(p) : Optional.empty();
    }

    @Override
    public void showError(String title, String message) {
        asked.add("error: " + title + ": " + message);
    }
}
