package dev.starstream.studio.editor.ui.completion;

import dev.starstream.studio.editor.services.completion.CompletionList;
import java.util.concurrent.CompletableFuture;

/** Where an editor's completion proposals come from (the language service, off the JavaFX thread). */
@FunctionalInterface
public interface CompletionSource {
    CompletableFuture<CompletionList> complete(String text, int caret);
}
