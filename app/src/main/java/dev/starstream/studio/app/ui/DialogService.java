package dev.starstream.studio.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The questions view models ask the user. The application shows JavaFX dialogs ({@link
 * FxDialogService}); view-model tests answer with a script.
 */
public interface DialogService {
    /** The answers to "save your changes?". */
    enum SaveChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    /** The answers to "the file changed on disk". */
    enum ReloadChoice {
        RELOAD,
        KEEP_MINE
    }

    /** Unsaved changes in {@code files} are about to be lost because of {@code action}. */
    SaveChoice askSaveChanges(String action, List<String> files);

    /** A yes/no confirmation; {@code confirmLabel} names the button that goes ahead ("Delete"). */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Asks for a name; {@code validator} returns why a name is unacceptable (or null), checked as
     * the user types. Empty when cancelled.
     */
    Optional<String> askName(String title, String prompt, String initial, Function<String, @Nullable String> validator);

    ReloadChoice askReload(String file);

    Optional<Path> chooseFolder(String title, @Nullable Path initial);

    void showError(String title, String message);
}
