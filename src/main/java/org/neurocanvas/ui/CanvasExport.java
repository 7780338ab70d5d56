package org.neurocanvas.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.neurocanvas.export.AtomicFiles;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.ui.editor.CanvasSvg;
import org.neurocanvas.ui.editor.CanvasView;
import org.neurocanvas.ui.editor.EditorModel;

/** File > Export Canvas as PNG or SVG: the network as a picture for slides and papers. */
public final class CanvasExport {

    /** PNGs are drawn at twice actual size, sharp on a projector and in print. */
    public static final double PNG_SCALE = 2;

    private final Stage stage;
    private final CanvasView canvas;
    private final EditorModel editor;
    private final Consumer<String> status;
    private final FileDialogs dialogs;

    /**
     * @param status shows where the picture went, or why it could not be written
     * @param dialogs ask where to write it
     */
    public CanvasExport(Stage stage, CanvasView canvas, EditorModel editor, Consumer<String> status, FileDialogs dialogs) {
        this.stage = stage;
        this.canvas = canvas;
        this.editor = editor;
        this.status = status;
        this.dialogs = dialogs;
    }

    /** Asks where, then writes the PNG. */
    public void askPng() {
        ask("PNG images (*.png)", "*.png", ".png").ifPresent(this::writePng);
    }

    /** Asks where, then writes the SVG. */
    public void askSvg() {
        ask("SVG drawings (*.svg)", "*.svg", ".svg").ifPresent(this::writeSvg);
    }

    /** Writes the canvas at {@link #PNG_SCALE} on white to {@code file}. */
    public void writePng(Path file) {
        BufferedImage picture = SwingFXUtils.fromFXImage(canvas.exportImage(PNG_SCALE), null);
        write(file, "picture", out -> ImageIO.write(picture, "png", out));
    }

    /** Writes the network as an SVG drawing to {@code file}. */
    public void writeSvg(Path file) {
        try {
            byte[] drawing = new CanvasSvg(stylesheet()).write(editor.graph(), editor.analysis()).getBytes(StandardCharsets.UTF_8);
            write(file, "drawing", out -> out.write(drawing));
        } catch (IOException e) {
            status.accept("Cannot draw the canvas as SVG: " + e.getMessage() + ".");
        }
    }

    // Whole or not at all: a picture that failed halfway never replaces one that was there.
    private void write(Path file, String what, AtomicFiles.Content content) {
        try {
            AtomicFiles.write(file, what, content);
            status.accept("Exported the canvas to " + file.getFileName() + ".");
        } catch (ModelFileException e) {
            status.accept(e.getMessage());
        }
    }

    // The light stylesheet's palette, so an export reads on white whatever the window's theme.
    private static String stylesheet() throws IOException {
        try (InputStream in = CanvasExport.class.getResourceAsStream(Styles.STYLESHEET)) {
            if (in == null) {
                throw new IOException("the stylesheet " + Styles.STYLESHEET + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // Beside the project's file, under the project's name.
    private Optional<Path> ask(String description, String pattern, String extension) {
        Path folder = editor.session().file().map(Path::toAbsolutePath).map(Path::getParent).orElse(null);
        return dialogs.save(stage, "Export canvas", new FileDialogs.Kind(description, pattern), folder,
                editor.session().project().name() + extension);
    }
}
