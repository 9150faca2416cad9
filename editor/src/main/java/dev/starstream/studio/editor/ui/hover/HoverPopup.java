package dev.starstream.studio.editor.ui.hover;

import dev.starstream.studio.editor.services.analysis.DiagnosticItem;
import dev.starstream.studio.editor.services.analysis.FileAnalysis;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.editor.services.syntax.Tokenizer;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.EditorComponent;
import dev.starstream.studio.editor.ui.markdown.MarkdownView;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Separator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hover: resting the mouse on a name shows its declaration and doc comment; on a squiggle, the
 * diagnostic (message, help, related places as links, and "Explain" for its code) comes first.
 */
public final class HoverPopup implements EditorComponent {
    private static final Logger LOG = LoggerFactory.getLogger(HoverPopup.class);
    static final Duration DELAY = Duration.ofMillis(450);

    /** What links in the popup do. */
    public interface Actions {
        void open(Location.TextLocation location);

        void explain(DiagnosticCode code);
    }

    private final HoverSource source;
    private final ObservableValue<@Nullable FileAnalysis> analysis;
    private final Actions actions;
    private final Executor fxExecutor;
    private final Tokenizer tokenizer;
    private final Popup popup = new Popup();
    private final VBox content = new VBox(8);
    private @Nullable EventHandler<MouseOverTextEvent> begin;
    private @Nullable EventHandler<MouseOverTextEvent> end;
    private long request;

    public HoverPopup(HoverSource source, ObservableValue<@Nullable FileAnalysis> analysis, Actions actions, Executor fxExecutor,
            Tokenizer tokenizer) {
        this.source = source;
        this.analysis = analysis;
        this.actions = actions;
        this.fxExecutor = fxExecutor;
        this.tokenizer = tokenizer;
        content.getStyleClass().add("hover-popup");
        content.setId("hover-popup");
        content.getStylesheets().add(MarkdownView.STYLESHEET);
        content.setMaxWidth(560);
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        content.setOnMouseExited(e -> popup.hide());
    }

    @Override
    public void install(CodeEditor editor) {
        editor.area().setMouseOverTextDelay(DELAY);
        begin = e -> show(editor, e.getCharacterIndex(), e.getScreenPosition());
        end = e -> {
            if (!content.isHover()) {
                request++;
                fxExecutor.execute(() -> {
                    if (!content.isHover()) {
                        popup.hide();
                    }
                });
            }
        };
        editor.area().addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, begin);
        editor.area().addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, end);
    }

    @Override
    public void uninstall(CodeEditor editor) {
        if (begin != null) {
            editor.area().removeEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, begin);
        }
        if (end != null) {
            editor.area().removeEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, end);
        }
        popup.hide();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    /** Shows the hover for {@code offset} of the editor at {@code screen} (the mouse, or the caret for the keyboard). */
    public void show(CodeEditor editor, int offset, Point2D screen) {
        long id = ++request;
        String text = editor.getText();
        List<DiagnosticItem> diagnostics = HoverContent.diagnosticsAt(analysis.getValue(), text, offset);
        source.hover(text, offset).whenCompleteAsync((hover, error) -> {
            if (error != null) {
                LOG.warn("hover failed", error);
            }
            if (id != request || !text.equals(editor.getText())) {
                return;
            }
            HoverContent shown = new HoverContent(diagnostics, error == null ? hover : Optional.empty());
            if (shown.isEmpty()) {
                popup.hide();
                return;
            }
            render(shown);
            if (editor.getScene() != null && editor.getScene().getWindow() != null) {
                popup.getScene().getStylesheets().setAll(editor.getScene().getStylesheets());
                popup.show(editor.getScene().getWindow(), screen.getX() - 8, screen.getY() + 16);
                if (popup.getY() < screen.getY() + 16) {
                    popup.setY(screen.getY() - popup.getHeight() - 12); // no room below the mouse: above it
                }
            }
        }, fxExecutor);
    }

    private void render(HoverContent shown) {
        content.getChildren().clear();
        for (DiagnosticItem d : shown.diagnostics()) {
            VBox section = new VBox(4);
            section.getStyleClass().addAll("hover-diagnostic", "hover-" + d.severity().word());
            MarkdownView message = new MarkdownView(tokenizer, 520);
            message.setMarkdown(HoverContent.diagnosticMarkdown(d));
            section.getChildren().add(message);
            FlowPane links = new FlowPane(10, 2);
            for (DiagnosticItem.Related r : d.related()) {
                Hyperlink link = new Hyperlink(r.message() + " — " + r.location().file().relative() + ":" + r.location().position().line());
                link.getStyleClass().add("hover-link");
                link.setOnAction(e -> {
                    popup.hide();
                    actions.open(r.location());
                });
                links.getChildren().add(link);
            }
            if (d.code().isNumbered()) {
                Hyperlink explain = new Hyperlink("Explain " + d.codeText());
                explain.setId("hover-explain");
                explain.getStyleClass().add("hover-link");
                explain.setOnAction(e -> {
                    popup.hide();
                    actions.explain(d.code());
                });
                links.getChildren().add(explain);
            }
            if (!links.getChildren().isEmpty()) {
                section.getChildren().add(links);
            }
            content.getChildren().add(section);
        }
        shown.symbol().ifPresent(h -> {
            if (!content.getChildren().isEmpty()) {
                content.getChildren().add(new Separator());
            }
            MarkdownView view = new MarkdownView(tokenizer, 520);
            view.setMarkdown(h.markdown());
            content.getChildren().add(view);
        });
    }

    /** Registers a consumer-style action set from two callbacks. */
    public static Actions actions(Consumer<Location.TextLocation> open, Consumer<DiagnosticCode> explain) {
        return new Actions() {
            @Override
            public void open(Location.TextLocation location) {
                open.accept(location);
            }

            @Override
            public void explain(DiagnosticCode code) {
                explain.accept(code);
            }
        };
    }
}
