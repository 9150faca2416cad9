package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.editor.services.location.Location;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/** Small pieces the run and ledger panels share: their stylesheet, section titles, labels, source links. */
public final class PanelParts {
    public static final String STYLESHEET = PanelParts.class.getResource("run-panels.css").toExternalForm();

    private PanelParts() {}

    /** Adds the panels' stylesheet to {@code root} (colours come from the scene's theme). */
    public static <T extends Parent> T styled(T root) {
        if (root instanceof Region region && !region.getStylesheets().contains(STYLESHEET)) {
            region.getStylesheets().add(STYLESHEET);
        }
        return root;
    }

    public static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A label that shows its whole text as a tooltip (for ids cut short). */
    public static Label labelWithTip(String text, String tip, String... styleClasses) {
        Label label = label(text, styleClasses);
        label.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        label.setTooltip(new Tooltip(tip));
        return label;
    }

    /** A section: a small upper-case title with an optional count, then its rows. */
    public static VBox section(String title, @Nullable Integer count, Node... rows) {
        HBox header = new HBox(6, label(title.toUpperCase(java.util.Locale.ROOT), "panel-section-title"));
        if (count != null) {
            header.getChildren().add(label(Integer.toString(count), "panel-count"));
        }
        header.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, header);
        box.getChildren().addAll(rows);
        box.getStyleClass().add("panel-section");
        return box;
    }

    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** A link to a source location ({@code score.star:12:5}) that opens it; a faint dash when unknown. */
    public static Node sourceLink(Location.@Nullable TextLocation location, Function<Location.TextLocation, CommandResult> open,
            Consumer<CommandResult> onResult) {
        if (location == null) {
            return label("", "panel-faint");
        }
        Hyperlink link = new Hyperlink(RunOutputViewModel.linkText(location));
        link.getStyleClass().add("source-link");
        link.setFocusTraversable(false);
        link.setOnAction(e -> onResult.accept(open.apply(location)));
        return link;
    }
}
