package org.neurocanvas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;

/**
 * The desktop application: opens the main window on the project named by the first
 * argument, else on {@code samples/spiral-mlp.json}, else on an empty project; offers back the
 * unsaved changes a crash left behind, each in a tab, and keeps a recovery copy of new ones every minute.
 */
public final class NeuroCanvasApp extends Application {

    /** The project opened when no argument names one. */
    public static final Path DEFAULT_PROJECT = SampleProjects.FOLDER.resolve("spiral-mlp.json");
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 900;

    @Override
    public void start(Stage stage) {
        Warmup.start();
        List<String> args = getParameters().getRaw();
        Path path = args.isEmpty() ? DEFAULT_PROJECT : Path.of(args.get(0));
        String problem = null;
        DocumentSession session;
        if (Files.exists(path)) {
            try {
                session = new DocumentSession(ProjectIO.read(path), path);
            } catch (ProjectFileException e) {
                session = DocumentSession.blank();
                problem = e.getMessage();
            }
        } else {
            session = DocumentSession.blank();
            problem = args.isEmpty() ? null : path + ": no such file; a new project is open instead.";
        }
        MainWindow window = new MainWindow(stage, session, null);
        if (problem != null) {
            window.status().show(problem, true);
        }
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        // A projector or a laptop screen: the whole screen is the best stage for the network and its curves.
        stage.setMaximized(true);
        window.fitNetwork();
        stage.show();
        Platform.runLater(() -> window.startAutosave(Autosave.defaultFolder(), r -> Dialogs.askRestore(stage, r)));
    }
}
