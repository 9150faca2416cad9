package dev.starstream.studio.editor.ui.syntax;

import dev.starstream.studio.editor.services.syntax.Token;
import dev.starstream.studio.editor.services.text.RangeMapping;
import dev.starstream.studio.editor.services.text.StyledRange;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.EditorComponent;
import dev.starstream.studio.editor.ui.LexedText;
import java.time.Duration;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.fxmisc.richtext.model.StyleSpans;
import org.jspecify.annotations.Nullable;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Colours the editor's text. After each pause in typing ({@code debounce}) the text is lexed and
 * turned into style spans on {@code worker}; the result is applied on the JavaFX thread only if
 * no edit happened meanwhile (stale results are dropped). The tokens are published through
 * {@link CodeEditor#lexedProperty()} for other components (bracket matching). The editor's
 * decoration layers (semantic colours, squiggles) are painted over the lexical colours in the same
 * pass, carried over the edits made since they were computed; a layer change repaints at once.
 */
public final class SyntaxHighlighting implements EditorComponent {
    private static final Logger LOG = LoggerFactory.getLogger(SyntaxHighlighting.class);

    private final SyntaxHighlighter highlighter;
    private final Executor worker;
    private final Executor fxExecutor;
    private final Duration debounce;
    private @Nullable Subscription subscription;

    /** The lexed text, the spans and how long computing them took. */
    private record Result(LexedText lexed, StyleSpans<Collection<String>> spans, long nanos) {}

    public SyntaxHighlighting(SyntaxHighlighter highlighter, Executor worker, Executor fxExecutor, Duration debounce) {
        this.highlighter = highlighter;
        this.worker = worker;
        this.fxExecutor = fxExecutor;
        this.debounce = debounce;
    }

    @Override
    public void install(CodeEditor editor) {
        var changes = editor.area().multiPlainChanges();
        subscription = EventStreams.merge(changes.successionEnds(debounce), editor.restyleRequests())
                .supplyCompletionStage(() -> compute(editor))
                .awaitLatest(changes, fxExecutor)
                .filterMap(attempt -> {
                    if (attempt.isFailure()) {
                        LOG.warn("highlighting failed", attempt.getFailure());
                        return Optional.empty();
                    }
                    return Optional.of(attempt.get());
                })
                .subscribe(result -> apply(editor, result));
        compute(editor).thenAcceptAsync(result -> apply(editor, result), fxExecutor);
    }

    private CompletableFuture<Result> compute(CodeEditor editor) {
        long version = editor.version();
        String text = editor.getText();
        List<CodeEditor.LayerSnapshot> layers = editor.layerSnapshots();
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            List<Token> tokens = highlighter.tokenizer().tokenize(text);
            List<List<StyledRange>> decorations = new ArrayList<>(layers.size());
            for (CodeEditor.LayerSnapshot layer : layers) {
                decorations.add(RangeMapping.map(layer.layer().ranges(), layer.since()));
            }
            StyleSpans<Collection<String>> spans = StyleComposer.compose(
                    SyntaxHighlighter.spans(text.length(), tokens), text.length(), decorations);
            return new Result(new LexedText(version, text, tokens), spans, System.nanoTime() - start);
        }, worker);
    }

    private void apply(CodeEditor editor, Result result) {
        if (subscription == null || result.lexed().version() != editor.version()) {
            return; // typed meanwhile (or uninstalled): a newer result is on its way
        }
        StyleSpans<Collection<String>> shown = editor.area().getStyleSpans(0, editor.area().getLength());
        int[] changed = StyleDiff.changed(shown, result.spans());
        if (changed != null && changed[1] > changed[0]) {
            editor.area().setStyleSpans(changed[0], result.spans().subView(changed[0], changed[1]));
        }
        editor.lexedProperty().set(result.lexed());
        LOG.trace("highlighted {} chars in {} µs", result.lexed().text().length(), result.nanos() / 1000);
    }

    @Override
    public void uninstall(CodeEditor editor) {
        if (subscription != null) {
            subscription.unsubscribe();
            subscription = null;
        }
        editor.area().clearStyle(0, editor.area().getLength());
        editor.lexedProperty().set(null);
    }
}
