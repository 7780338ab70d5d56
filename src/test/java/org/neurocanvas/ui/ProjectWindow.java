package org.neurocanvas.ui;

import javafx.stage.Stage;
import org.neurocanvas.model.Project;

/** The main window on a project of no file, shown at a given size; unsaved changes are dropped on close. */
public final class ProjectWindow {

    private ProjectWindow() {
    }

    public static MainWindow show(Stage stage, Project project, double width, double height) {
        MainWindow window = new MainWindow(stage, new DocumentSession(project, null), name -> UnsavedChangesPrompt.Answer.DISCARD);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return window;
    }
}
