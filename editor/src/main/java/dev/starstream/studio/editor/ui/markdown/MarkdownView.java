package dev.starstream.studio.editor.ui.markdown;

import dev.starstream.studio.editor.services.markdown.Markdown;
import dev.starstream.studio.editor.services.syntax.Token;
import dev.starstream.studio.editor.services.syntax.Tokenizer;
import dev.starstream.studio.editor.ui.syntax.SyntaxHighlighter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Renders markdown (hover text, completion documentation, explanation pages) as JavaFX nodes:
 * headings, paragraphs with inline code, lists, rules and code blocks; {@code star} code blocks
 * are coloured with the editor's tokenizer. Styled by {@code language-popups.css}.
 */
public final class MarkdownView extends VBox {
    public static final String STYLESHEET = MarkdownView.class.getResource("/dev/starstream/studio/editor/ui/language-popups.css")
            .toExternalForm();

    private final Tokenizer tokenizer;
    private final double wrapWidth;

    public MarkdownView(Tokenizer tokenizer, double wrapWidth) {
        this.tokenizer = tokenizer;
        this.wrapWidth = wrapWidth;
        getStyleClass().add("md-view");
        setSpacing(6);
        setFillWidth(true);
    }

    public void setMarkdown(String markdown) {
        getChildren().setAll(Markdown.parse(markdown).stream().map(this::block).toList());
    }

    private Node block(Markdown.Block block) {
        return switch (block) {
            case Markdown.Heading h -> flow(h.text(), "md-h" + h.level());
            case Markdown.Paragraph p -> flow(p.text(), "md-paragraph");
            case Markdown.Code c -> code(c);
            case Markdown.Rule r -> {
                Separator s = new Separator();
                s.getStyleClass().add("md-rule");
                yield s;
            }
            case Markdown.ListItem item -> {
                Label marker = new Label(item.marker());
                marker.getStyleClass().add("md-list-marker");
                marker.setMinWidth(16);
                TextFlow text = flow(item.text(), "md-list-text");
                HBox row = new HBox(4, marker, text);
                row.getStyleClass().add("md-list-item");
                yield row;
            }
        };
    }

    private TextFlow flow(List<Markdown.Inline> inlines, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        flow.setMaxWidth(wrapWidth);
        for (Markdown.Inline inline : inlines) {
            Text t = new Text(inline.text());
            t.getStyleClass().add(switch (inline) {
                case Markdown.Plain p -> "md-text";
                case Markdown.InlineCode c -> "md-inline-code";
                case Markdown.Strong s -> "md-strong";
                case Markdown.Emphasis e -> "md-emphasis";
            });
            flow.getChildren().add(t);
        }
        return flow;
    }

    private Node code(Markdown.Code block) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("md-code");
        String text = block.text();
        if (block.language().equals("star")) {
            int at = 0;
            for (Token token : tokenizer.tokenize(text)) {
                if (token.start() > at) {
                    flow.getChildren().add(codeText(text.substring(at, token.start()), null));
                }
                flow.getChildren().add(codeText(token.text(text), SyntaxHighlighter.styleClass(token.kind())));
                at = token.end();
            }
            if (at < text.length()) {
                flow.getChildren().add(codeText(text.substring(at), null));
            }
        } else {
            flow.getChildren().add(codeText(text, null));
        }
        VBox box = new VBox(flow);
        box.getStyleClass().add("md-code-block");
        box.setPadding(new Insets(6, 8, 6, 8));
        return box;
    }

    private static Text codeText(String s, @org.jspecify.annotations.Nullable String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add("md-code-text");
        if (styleClass != null) {
            t.getStyleClass().add(styleClass);
        }
        return t;
    }
}
