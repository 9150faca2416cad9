package dev.starstream.studio.app.ui.interleaving;

import dev.starstream.studio.app.settings.ThemeChoice;
import javafx.scene.paint.Color;

/** The colours the interleaving canvas paints with (a canvas does not read CSS), per theme. */
record DiagramPalette(
        Color background, Color header, Color text, Color muted, Color faint, Color lifeline, Color rowStripe, Color hover,
        Color script, Color utxo, Color token, Color resume, Color yield, Color effect, Color create, Color bind, Color end,
        Color labelBackground) {

    static DiagramPalette of(ThemeChoice theme) {
        return theme == ThemeChoice.DARK
                ? new DiagramPalette(Color.web("#1d2026"), Color.web("#22252c"), Color.web("#d5d8de"), Color.web("#959cab"),
                        Color.web("#6b7280"), Color.web("#373c46"), Color.web("#20232a"), Color.web("#2d2a4a"),
                        Color.web("#8b7cf6"), Color.web("#6cc6e8"), Color.web("#e3b341"), Color.web("#a99cff"),
                        Color.web("#7d8597"), Color.web("#f4a36b"), Color.web("#57ab5a"), Color.web("#4fc1b0"),
                        Color.web("#f47067"), Color.web("#1d2026", 0.92))
                : new DiagramPalette(Color.web("#ffffff"), Color.web("#f5f6f8"), Color.web("#1f2329"), Color.web("#5b6270"),
                        Color.web("#8b92a0"), Color.web("#d5d9e0"), Color.web("#fafbfc"), Color.web("#ece9ff"),
                        Color.web("#6b5ce7"), Color.web("#1f8ab5"), Color.web("#b7791f"), Color.web("#6b5ce7"),
                        Color.web("#8b92a0"), Color.web("#d9692a"), Color.web("#2f8f46"), Color.web("#148f7f"),
                        Color.web("#d1453b"), Color.web("#ffffff", 0.92));
    }

    Color laneColor(String kind) {
        return switch (kind) {
            case "script" -> script;
            case "token" -> token;
            default -> utxo;
        };
    }

    Color actColor(InterleavingDiagram.Kind kind) {
        return switch (kind) {
            case RESUME -> resume;
            case YIELD -> yield;
            case EFFECT, ANSWER -> effect;
            case CREATE -> create;
            case BIND, UNBIND -> bind;
            case BURN, RETURN -> end;
            case HANDLER -> muted;
        };
    }
}
