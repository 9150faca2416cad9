package dev.starstream.studio.editor.ui.analysis;

import dev.starstream.studio.editor.services.analysis.Decorations;
import dev.starstream.studio.editor.services.analysis.FileAnalysis;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.EditorComponent;
import dev.starstream.studio.vm.lang.diag.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.jspecify.annotations.Nullable;

/**
 * Shows a file's analysis in its editor: semantic colours and squiggles (as decoration layers
 * painted by syntax highlighting) and a gutter column with a marker on every line that has a
 * diagnostic. An analysis is applied only while the editor still shows the text it was computed
 * for; until the next one arrives the layers are carried over the edits.
 */
public final class AnalysisDecorations implements EditorComponent {
    public static final String SEMANTIC_LAYER = "semantic";
    public static final String DIAGNOSTIC_LAYER = "diagnostics";
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final ObservableValue<@Nullable FileAnalysis> analysis;
    private final ObjectProperty<Map<Integer, Decorations.Marker>> markers = new SimpleObjectProperty<>(this, "markers", Map.of());
    private @Nullable ChangeListener<@Nullable FileAnalysis> listener;
    private @Nullable IntFunction<Node> column;
    private @Nullable FileAnalysis applied;

    public AnalysisDecorations(ObservableValue<@Nullable FileAnalysis> analysis) {
        this.analysis = analysis;
    }

    @Override
    public void install(CodeEditor editor) {
        listener = (obs, old, now) -> apply(editor, now);
        analysis.addListener(listener);
        column = this::marker;
        editor.addGutterColumn(column);
        apply(editor, analysis.getValue());
    }

    @Override
    public void uninstall(CodeEditor editor) {
        if (listener != null) {
            analysis.removeListener(listener);
            listener = null;
        }
        if (column != null) {
            editor.removeGutterColumn(column);
            column = null;
        }
        editor.removeLayer(SEMANTIC_LAYER);
        editor.removeLayer(DIAGNOSTIC_LAYER);
        markers.set(Map.of());
        applied = null;
    }

    /** The analysis shown now (null before the first one matched the editor's text). */
    public @Nullable FileAnalysis applied() {
        return applied;
    }

    /** The gutter markers shown now, by 0-based line. */
    public Map<Integer, Decorations.Marker> markers() {
        return markers.get();
    }

    private void apply(CodeEditor editor, @Nullable FileAnalysis now) {
        if (now == null) {
            editor.removeLayer(SEMANTIC_LAYER);
            editor.removeLayer(DIAGNOSTIC_LAYER);
            markers.set(Map.of());
            applied = null;
            return;
        }
        if (!now.text().equals(editor.getText())) {
            return; // computed for a text the editor no longer shows: a newer analysis follows
        }
        Map<String, List<dev.starstream.studio.editor.services.text.StyledRange>> layers = new LinkedHashMap<>();
        layers.put(SEMANTIC_LAYER, Decorations.semanticLayer(now));
        layers.put(DIAGNOSTIC_LAYER, Decorations.diagnosticLayer(now));
        editor.setLayers(editor.version(), layers);
        markers.set(Decorations.markers(now));
        applied = now;
    }

    private Node marker(int line) {
        Label label = new Label();
        label.getStyleClass().add("gutter-marker");
        label.setMinWidth(14);
        label.setPrefWidth(14);
        ObjectBinding<Decorations.@Nullable Marker> marker = Bindings.createObjectBinding(() -> markers.get().get(line), markers);
        show(label, marker.get());
        marker.addListener((obs, old, now) -> show(label, now));
        label.setOnMouseEntered(e -> { // tooltips are costly to make: only for the marker under the mouse
            Decorations.Marker m = marker.get();
            if (m != null && label.getTooltip() == null) {
                label.setTooltip(new Tooltip(String.join("\n", m.messages())));
            }
        });
        return label;
    }

    private static void show(Label label, Decorations.@Nullable Marker marker) {
        label.pseudoClassStateChanged(ERROR, marker != null && marker.severity() == Severity.ERROR);
        label.pseudoClassStateChanged(WARNING, marker != null && marker.severity() == Severity.WARNING);
        label.setTooltip(null);
        label.setText(marker == null ? "" : marker.severity() == Severity.ERROR ? "●" : "▲");
    }
}
