package dev.starstream.studio.app.settings;

/** Where the main window was, and whether it was maximised. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1360, 860, false);

    public WindowBounds withMaximized(boolean max) {
        return new WindowBounds(x, y, width, height, max);
    }

    /** Whether a position was remembered (otherwise the window is centred). */
    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
