package org.neurocanvas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;

/** The main window, shown at a given size, on a copy of the spiral sample that a test may save over; unsaved changes are dropped on close. */
public final class SpiralWindow {

    private SpiralWindow() {
    }

    public static MainWindow show(Stage stage, double width, double height) throws IOException, ProjectFileException {
        Path copy = Files.createTempDirectory("neurocanvas-ui").resolve("spiral-mlp.json");
        Files.copy(NeuroCanvasApp.DEFAULT_PROJECT, copy);
        MainWindow window = new MainWindow(stage, new DocumentSession(ProjectIO.read(copy), copy), name -> UnsavedChangesPrompt.Answer.DISCARD);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return window;
    }
}
