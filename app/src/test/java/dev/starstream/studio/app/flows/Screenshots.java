package dev.starstream.studio.app.flows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves PNG snapshots of a scene under {@code app/target/screenshots}, for people to look at. */
public final class Screenshots {
    public static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {}

    /**
     * Snapshots {@code scene} with the popups shown over it (completion, hover: separate windows a
     * scene snapshot leaves out), composed where they are on screen.
     */
    public static Path saveWithPopups(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            WritableImage base = scene.snapshot(null);
            Window main = scene.getWindow();
            double originX = main.getX() + scene.getX();
            double originY = main.getY() + scene.getY();
            for (Window w : Window.getWindows()) {
                if (w instanceof PopupWindow popup && popup.isShowing() && popup.getOwnerWindow() == main && popup.getScene() != null) {
                    javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
                    transparent.setFill(javafx.scene.paint.Color.TRANSPARENT);
                    javafx.scene.Node root = popup.getScene().getRoot();
                    WritableImage over = root.snapshot(transparent, null);
                    javafx.geometry.Bounds b = root.localToScreen(root.getBoundsInLocal());
                    draw(base, over, (int) Math.round(b.getMinX() - originX), (int) Math.round(b.getMinY() - originY));
                }
            }
            return base;
        }));
        return write(image, name);
    }

    private static void draw(WritableImage base, WritableImage over, int atX, int atY) {
        PixelReader from = over.getPixelReader();
        PixelWriter to = base.getPixelWriter();
        for (int y = 0; y < over.getHeight(); y++) {
            for (int x = 0; x < over.getWidth(); x++) {
                int bx = atX + x;
                int by = atY + y;
                if (bx >= 0 && by >= 0 && bx < base.getWidth() && by < base.getHeight()) {
                    javafx.scene.paint.Color c = from.getColor(x, y);
                    if (c.getOpacity() > 0.02) {
                        javafx.scene.paint.Color under = base.getPixelReader().getColor(bx, by);
                        to.setColor(bx, by, under.interpolate(new javafx.scene.paint.Color(c.getRed(), c.getGreen(), c.getBlue(), 1), c.getOpacity()));
                    }
                }
            }
        }
    }

    private static Path write(WritableImage image, String name) {
        Path file = FOLDER.resolve(name + ".png");
        try {
            Files.createDirectories(FOLDER);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Snapshots {@code scene} (after pending FX events) as {@code <name>.png}; returns the file. */
    public static Path save(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        Path file = FOLDER.resolve(name + ".png");
        try {
            Files.createDirectories(FOLDER);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
