package dev.starstream.studio.app.settings;

/**
 * Divider positions of the main window, as fractions: the left column (explorer | rest), the
 * right column (rest | ledger), the left column's split (files | outline) and the centre's split
 * (editors | tool panels). Values outside (0, 1) fall back to the defaults.
 */
public record LayoutSettings(double left, double right, double explorer, double bottom) {
    private static final double LEFT = 0.19;
    private static final double RIGHT = 0.79;
    private static final double EXPLORER = 0.64;
    private static final double BOTTOM = 0.70;

    public static final LayoutSettings DEFAULT = new LayoutSettings(LEFT, RIGHT, EXPLORER, BOTTOM);

    public LayoutSettings {
        left = clamp(left, LEFT);
        right = clamp(right, RIGHT);
        explorer = clamp(explorer, EXPLORER);
        bottom = clamp(bottom, BOTTOM);
    }

    private static double clamp(double value, double fallback) {
        return Double.isNaN(value) || value <= 0 || value >= 1 ? fallback : value;
    }
}
