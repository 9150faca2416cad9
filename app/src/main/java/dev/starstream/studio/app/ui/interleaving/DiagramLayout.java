package dev.starstream.studio.app.ui.interleaving;

/**
 * Where things are on the interleaving canvas (plain arithmetic, tested without the toolkit): a
 * header with one column per lane, then one row per act, both scaled by the zoom and shifted by
 * the scroll offsets.
 */
public record DiagramLayout(int lanes, int acts, double zoom, double viewWidth, double viewHeight, double scrollX, double scrollY) {
    public static final double HEADER = 52;
    public static final double GUTTER = 52;
    public static final double ROW = 30;
    public static final double MIN_LANE = 150;

    /** The distance between two lanes: they share the width, but never closer than {@link #MIN_LANE} × zoom. */
    public double laneSpacing() {
        double available = Math.max(0, viewWidth - GUTTER - 16);
        return lanes == 0 ? MIN_LANE * zoom : Math.max(MIN_LANE * zoom, available / lanes);
    }

    public double rowHeight() {
        return ROW * zoom;
    }

    /** The x of lane {@code index}'s lifeline, on screen. */
    public double laneX(int index) {
        return GUTTER + (index + 0.5) * laneSpacing() - scrollX;
    }

    /** The y of act {@code index}'s arrow, on screen. */
    public double actY(int index) {
        return HEADER + (index + 0.5) * rowHeight() - scrollY;
    }

    /** The scrollable size of the whole diagram. */
    public double contentWidth() {
        return GUTTER + lanes * laneSpacing() + 16;
    }

    public double contentHeight() {
        return HEADER + acts * rowHeight() + rowHeight();
    }

    public double maxScrollX() {
        return Math.max(0, contentWidth() - viewWidth);
    }

    public double maxScrollY() {
        return Math.max(0, contentHeight() - viewHeight);
    }

    /** The acts whose rows are (partly) on screen: {@code [first, last]}, empty when {@code first > last}. */
    public int firstVisible() {
        return (int) Math.max(0, Math.floor(scrollY / rowHeight()) - 1);
    }

    public int lastVisible() {
        return (int) Math.min(acts - 1, Math.ceil((scrollY + viewHeight - HEADER) / rowHeight()) + 1);
    }

    /** The row under screen y, or -1 on the header or past the last act. */
    public int rowAt(double y) {
        if (y < HEADER) {
            return -1;
        }
        int row = (int) Math.floor((y - HEADER + scrollY) / rowHeight());
        return row >= 0 && row < acts ? row : -1;
    }

    /** Whether screen x is on the arrow of an act from lane {@code from} to lane {@code to}, with some slack. */
    public boolean onArrow(double x, int from, int to) {
        double a = laneX(Math.min(from, to));
        double b = laneX(Math.max(from, to));
        double slack = from == to ? 60 * zoom : 14;
        return x >= a - slack && x <= b + slack;
    }

    /** The scroll y that puts act {@code index} in the middle of the view. */
    public double scrollToCenter(int index) {
        return Math.clamp(HEADER + (index + 0.5) * rowHeight() - viewHeight / 2, 0, maxScrollY());
    }

    public DiagramLayout withScroll(double x, double y) {
        return new DiagramLayout(lanes, acts, zoom, viewWidth, viewHeight, Math.clamp(x, 0, maxScrollX()), Math.clamp(y, 0, maxScrollY()));
    }
}
