package dev.starstream.studio.app.ui.language;

import dev.starstream.studio.editor.services.syntax.Tokenizer;
import dev.starstream.studio.editor.ui.markdown.MarkdownView;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/** The explanation page of a diagnostic code ({@code studio explain}), in a window beside the main one. */
public final class ExplanationWindow {
    private final Window owner;
    private final Tokenizer tokenizer;
    private @Nullable Stage stage;
    private @Nullable MarkdownView page;

    public ExplanationWindow(Window owner, Tokenizer tokenizer) {
        this.owner = owner;
        this.tokenizer = tokenizer;
    }

    public void show(DiagnosticCode code, String markdown) {
        if (stage == null) {
            page = new MarkdownView(tokenizer, 620);
            page.setId("explanation-page");
            ScrollPane scroll = new ScrollPane(page);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("explanation-scroll");
            StackPane root = new StackPane(scroll);
            root.getStyleClass().add("explanation-window");
            Scene scene = new Scene(root, 680, 560);
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getStylesheets().add(MarkdownView.STYLESHEET);
            stage = new Stage();
            stage.initOwner(owner);
            stage.setScene(scene);
        }
        stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.getScene().getStylesheets().addAll(MarkdownView.STYLESHEET, LanguageUi.STYLESHEET);
        stage.setTitle(code.code() + ": " + code.title());
        if (page != null) {
            page.setMarkdown(markdown);
        }
        stage.show();
        stage.toFront();
    }

    public @Nullable Stage stage() {
        return stage;
    }
}
