package org.neurocanvas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;

/**
 * The desktop application: opens the main window on the project named by the first
 * argument, else on {@code samples/spiral-mlp.json}, else on an empty project; offers back the
 * unsaved changes a crash left behind, and keeps a recovery copy of new ones every minute.
 */
public final class NeuroCanvasApp extends Application {

    /** The project opened when no argument names one, relative to the working directory. */
    public static final Path DEFAULT_PROJECT = Path.of("samples", "spiral-mlp.json");
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
                session = new DocumentSession(Project.empty(), null);
                problem = e.getMessage();
            }
        } else {
            session = new DocumentSession(Project.empty(), null);
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
        DocumentSession opened = session;
        Platform.runLater(() -> startAutosave(stage, opened, window));
    }

    // Offers what a crash left behind first, so that the copy on disk is not overwritten before the person chose.
    private static void startAutosave(Stage stage, DocumentSession session, MainWindow window) {
        Path folder = Autosave.defaultFolder();
        Autosave.offer(folder, session, r -> Dialogs.askRestore(stage, r)).ifPresent(sentence -> window.status().show(sentence, false));
        Autosave autosave = new Autosave(session, folder, window.status());
        Timeline ticks = new Timeline(new KeyFrame(Duration.millis(Autosave.PERIOD.toMillis()), e -> autosave.tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        ticks.play();
        // Closed normally, after the question about unsaved changes: nothing is left to recover.
        stage.setOnHidden(e -> {
            ticks.stop();
            autosave.discard();
        });
    }
}
