package org.neurocanvas.ui.training;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.neurocanvas.export.AtomicFiles;
import org.neurocanvas.export.ModelFileException;

/**
 * Saves a chart or the decision boundary as a PNG, and the curves as CSV, from a context menu on
 * each view: for slides, reports and a closer look in a spreadsheet.
 */
final class ChartExport {

    /** Pictures are taken at twice their size on screen: sharp on a projector and in print. */
    static final double PNG_SCALE = 2;

    private final Consumer<String> status;

    /**
     * @param status shows where a file went, or why it could not be written
     */
    ChartExport(Consumer<String> status) {
        this.status = status;
    }

    /**
     * Gives {@code view} a context menu with "Save … as PNG…", and "Save curves as CSV…" when
     * {@code csv} is not null.
     *
     * @param what what the picture shows, for the menu and the file name: "loss chart"
     * @param csv  the curves' text, made when chosen; null for a view without curves
     */
    void install(Node view, String what, Supplier<String> csv) {
        MenuItem png = new MenuItem("Save " + what + " as PNG…");
        png.setOnAction(e -> ask(view, "PNG images (*.png)", "*.png", what.replace(' ', '-') + ".png")
                .ifPresent(file -> writePng(view, file)));
        ContextMenu menu = new ContextMenu(png);
        if (csv != null) {
            MenuItem curves = new MenuItem("Save curves as CSV…");
            curves.setOnAction(e -> ask(view, "CSV files (*.csv)", "*.csv", "curves.csv")
                    .ifPresent(file -> writeText(csv.get(), file, "the curves")));
            menu.getItems().add(curves);
        }
        view.setOnContextMenuRequested(e -> menu.show(view, e.getScreenX(), e.getScreenY()));
    }

    /** Asks where, from {@code owner}'s window, then writes {@code text} there, saying so as {@code what}. */
    void askText(Node owner, String name, String text, String what) {
        ask(owner, "CSV files (*.csv)", "*.csv", name).ifPresent(file -> writeText(text, file, what));
    }

    /** Writes what {@code view} shows, at {@link #PNG_SCALE} on white, to {@code file}. */
    void writePng(Node view, Path file) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(PNG_SCALE, PNG_SCALE));
        BufferedImage picture = SwingFXUtils.fromFXImage(view.snapshot(parameters, null), null);
        write(file, "picture", "the picture", out -> ImageIO.write(picture, "png", out));
    }

    /** Writes {@code text} to {@code file}, saying so as {@code what}. */
    void writeText(String text, Path file, String what) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(file, "CSV file", what, out -> out.write(bytes));
    }

    // Whole or not at all: a file that failed halfway never replaces one that was there.
    private void write(Path file, String kind, String what, AtomicFiles.Content content) {
        try {
            AtomicFiles.write(file, kind, content);
            status.accept("Saved " + what + " to " + file.getFileName() + ".");
        } catch (ModelFileException e) {
            status.accept(e.getMessage());
        }
    }

    private static Optional<Path> ask(Node view, String description, String pattern, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        chooser.setInitialFileName(name);
        File chosen = chooser.showSaveDialog(view.getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
