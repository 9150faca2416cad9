package dev.starstream.studio.app.ui.interleaving;

import dev.starstream.studio.app.settings.ThemeChoice;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.jspecify.annotations.Nullable;

/**
 * The interleaving drawn natively on a canvas the size of the view: sticky lane headers, lifelines,
 * one row per act with its arrow (solid for calls and creations, dashed for returns, effect calls in
 * their own colour) and label; only the visible rows are painted, so long traces scroll smoothly.
 * Wheel scrolls, Ctrl+wheel zooms, hover highlights an act, a click opens its source.
 */
final class InterleavingCanvas extends BorderPane {
    private static final Font LABEL = Font.font("DejaVu Sans", 11.5);
    private static final Font HEADER = Font.font("DejaVu Sans", FontWeight.BOLD, 12.5);
    private static final Font SMALL = Font.font("DejaVu Sans", 10.5);
    private static final Font STEP = Font.font("Monospaced", 10.5);

    private final InterleavingViewModel vm;
    private final ObservableValue<ThemeChoice> theme;
    private final Canvas canvas = new Canvas();
    private final Pane host = new Pane(canvas);
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final Consumer<InterleavingDiagram.Act> onOpen;

    InterleavingCanvas(InterleavingViewModel vm, ObservableValue<ThemeChoice> theme, Consumer<InterleavingDiagram.Act> onOpen) {
        this.vm = vm;
        this.theme = theme;
        this.onOpen = onOpen;
        setId("interleaving-canvas");
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        setCenter(host);
        setRight(vertical);
        setBottom(horizontal);
        host.setMinSize(0, 0);
        canvas.widthProperty().bind(host.widthProperty());
        canvas.heightProperty().bind(host.heightProperty());
        Runnable redraw = this::redraw;
        canvas.widthProperty().addListener(o -> redraw.run());
        canvas.heightProperty().addListener(o -> redraw.run());
        vertical.valueProperty().addListener(o -> redraw.run());
        horizontal.valueProperty().addListener(o -> redraw.run());
        vm.diagramProperty().addListener(o -> {
            vertical.setValue(0);
            horizontal.setValue(0);
            redraw.run();
        });
        vm.zoomProperty().addListener(o -> redraw.run());
        vm.hoveredProperty().addListener(o -> redraw.run());
        vm.selectedProperty().addListener(o -> redraw.run());
        theme.addListener(o -> redraw.run());

        host.setOnScroll(e -> {
            if (e.isShortcutDown()) {
                vm.zoomBy(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1);
            } else {
                vertical.setValue(Math.clamp(vertical.getValue() - e.getDeltaY(), 0, vertical.getMax()));
                horizontal.setValue(Math.clamp(horizontal.getValue() - e.getDeltaX(), 0, horizontal.getMax()));
            }
            e.consume();
        });
        host.setOnMouseMoved(e -> {
            InterleavingDiagram.Act act = actAt(e.getX(), e.getY());
            vm.hover(act);
            host.setCursor(act != null && act.location() != null ? Cursor.HAND : Cursor.DEFAULT);
        });
        host.setOnMouseExited(e -> vm.hover(null));
        host.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            InterleavingDiagram.Act act = actAt(e.getX(), e.getY());
            if (act != null) {
                onOpen.accept(act);
            }
        });
    }

    DiagramLayout diagramLayout() {
        InterleavingDiagram d = vm.diagram();
        return new DiagramLayout(d.lanes().size(), d.acts().size(), vm.zoomProperty().get(), canvas.getWidth(), canvas.getHeight(),
                horizontal.getValue(), vertical.getValue());
    }

    /** The act at a point of the canvas, or null. */
    InterleavingDiagram.@Nullable Act actAt(double x, double y) {
        DiagramLayout layout = diagramLayout();
        int row = layout.rowAt(y);
        if (row < 0) {
            return null;
        }
        InterleavingDiagram.Act act = vm.diagram().acts().get(row);
        return layout.onArrow(x, act.from(), act.to()) ? act : null;
    }

    /** Scrolls so that {@code act} is in view. */
    void reveal(InterleavingDiagram.Act act) {
        int index = vm.diagram().acts().indexOf(act);
        if (index >= 0) {
            vertical.setValue(diagramLayout().scrollToCenter(index));
        }
    }

    private void redraw() {
        InterleavingDiagram d = vm.diagram();
        DiagramLayout layout = diagramLayout();
        vertical.setMax(layout.maxScrollY());
        vertical.setVisibleAmount(Math.max(1, canvas.getHeight()));
        vertical.setVisible(layout.maxScrollY() > 0);
        vertical.setManaged(layout.maxScrollY() > 0);
        horizontal.setMax(layout.maxScrollX());
        horizontal.setVisibleAmount(Math.max(1, canvas.getWidth()));
        horizontal.setVisible(layout.maxScrollX() > 0);
        horizontal.setManaged(layout.maxScrollX() > 0);
        if (vertical.getValue() > layout.maxScrollY()) {
            vertical.setValue(layout.maxScrollY());
        }
        layout = layout.withScroll(horizontal.getValue(), vertical.getValue());
        paint(canvas.getGraphicsContext2D(), d, layout, DiagramPalette.of(theme.getValue()));
    }

    private void paint(GraphicsContext g, InterleavingDiagram d, DiagramLayout layout, DiagramPalette p) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        if (d.isEmpty()) {
            return;
        }
        double row = layout.rowHeight();
        int first = layout.firstVisible();
        int last = layout.lastVisible();
        InterleavingDiagram.Act hovered = vm.hoveredProperty().get();
        InterleavingDiagram.Act selected = vm.selectedProperty().get();
        List<InterleavingDiagram.Act> acts = d.acts();
        for (int i = first; i <= last; i++) {
            double top = layout.actY(i) - row / 2;
            InterleavingDiagram.Act act = acts.get(i);
            if (act == hovered || act == selected) {
                g.setFill(p.hover());
                g.fillRect(0, top, w, row);
            } else if (i % 2 == 1) {
                g.setFill(p.rowStripe());
                g.fillRect(0, top, w, row);
            }
        }
        g.setLineDashes();
        for (int lane = 0; lane < d.lanes().size(); lane++) {
            double x = layout.laneX(lane);
            g.setStroke(p.lifeline());
            g.setLineWidth(1.5);
            g.strokeLine(x, DiagramLayout.HEADER, x, Math.min(h, layout.actY(acts.size() - 1) + row));
        }
        g.setFont(STEP);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = first; i <= last; i++) {
            g.setFill(p.faint());
            g.fillText(Integer.toString(acts.get(i).step() + 1), DiagramLayout.GUTTER - 10, layout.actY(i));
        }
        for (int i = first; i <= last; i++) {
            drawAct(g, acts.get(i), layout, p, layout.actY(i), acts.get(i) == hovered || acts.get(i) == selected);
        }
        drawHeader(g, d, layout, p, w);
    }

    private void drawHeader(GraphicsContext g, InterleavingDiagram d, DiagramLayout layout, DiagramPalette p, double w) {
        g.setFill(p.header());
        g.fillRect(0, 0, w, DiagramLayout.HEADER);
        g.setStroke(p.lifeline());
        g.setLineWidth(1);
        g.strokeLine(0, DiagramLayout.HEADER - 0.5, w, DiagramLayout.HEADER - 0.5);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(SMALL);
        g.setFill(p.faint());
        g.fillText("step", 10, DiagramLayout.HEADER - 12);
        double boxWidth = Math.min(layout.laneSpacing() - 16, 200);
        for (int lane = 0; lane < d.lanes().size(); lane++) {
            InterleavingDiagram.Lane l = d.lanes().get(lane);
            double x = layout.laneX(lane);
            Color colour = p.laneColor(l.kind());
            g.setFill(colour.deriveColor(0, 1, 1, 0.16));
            g.fillRoundRect(x - boxWidth / 2, 7, boxWidth, DiagramLayout.HEADER - 14, 10, 10);
            g.setStroke(colour);
            g.setLineWidth(1.2);
            g.strokeRoundRect(x - boxWidth / 2, 7, boxWidth, DiagramLayout.HEADER - 14, 10, 10);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.setFill(p.text());
            g.setFont(HEADER);
            g.fillText(fit(l.label(), boxWidth - 10, 7.4), x, 20);
            g.setFill(p.muted());
            g.setFont(SMALL);
            g.fillText(fit(l.subtitle(), boxWidth - 10, 6.2), x, 35);
        }
    }

    private static void drawAct(GraphicsContext g, InterleavingDiagram.Act act, DiagramLayout layout, DiagramPalette p, double y,
            boolean highlighted) {
        Color colour = p.actColor(act.kind());
        double x1 = layout.laneX(act.from());
        double x2 = layout.laneX(act.to());
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(highlighted ? 2.6 : 1.8);
        g.setStroke(colour);
        g.setFill(colour);
        g.setFont(LABEL);
        g.setTextBaseline(VPos.BOTTOM);
        if (act.isMark()) {
            g.setLineDashes();
            double width = Math.min(layout.laneSpacing() - 12, 10 + act.label().length() * 6.6);
            g.setFill(p.labelBackground());
            g.fillRoundRect(x1 - width / 2, y - 9, width, 18, 9, 9);
            g.setStroke(colour);
            g.strokeRoundRect(x1 - width / 2, y - 9, width, 18, 9, 9);
            g.setFill(colour);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(fit(act.label(), width - 8, 6.4), x1, y);
            return;
        }
        boolean dashed = act.kind() == InterleavingDiagram.Kind.YIELD || act.kind() == InterleavingDiagram.Kind.ANSWER
                || act.kind() == InterleavingDiagram.Kind.UNBIND;
        if (dashed) {
            g.setLineDashes(6, 4);
        } else if (act.kind() == InterleavingDiagram.Kind.BIND) {
            g.setLineDashes(2, 4);
        } else {
            g.setLineDashes();
        }
        double direction = Math.signum(x2 - x1);
        g.strokeLine(x1 + direction * 4, y, x2 - direction * 6, y);
        g.setLineDashes();
        g.fillOval(x1 - 3.5, y - 3.5, 7, 7);
        double[] xs = {x2 - direction * 1, x2 - direction * 10, x2 - direction * 10};
        double[] ys = {y, y - 5, y + 5};
        g.fillPolygon(xs, ys, 3);
        double span = Math.abs(x2 - x1) - 20;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        String text = fit(act.label(), span, 6.5);
        g.setFill(highlighted ? p.text() : colour.deriveColor(0, 1, act.kind() == InterleavingDiagram.Kind.YIELD ? 1.1 : 1, 1));
        g.fillText(text, (x1 + x2) / 2, y - 3);
    }

    /** {@code text} cut to about {@code width} pixels (at {@code charWidth} per character), with an ellipsis. */
    private static String fit(String text, double width, double charWidth) {
        int max = (int) Math.max(1, width / charWidth);
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
    }
}
