package dev.starstream.studio.editor.ui.hover;

import dev.starstream.studio.editor.services.navigation.Hover;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Where an editor's hover text comes from (the language service, off the JavaFX thread). */
@FunctionalInterface
public interface HoverSource {
    CompletableFuture<Optional<Hover>> hover(String text, int offset);
}
