package org.neurocanvas.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.neurocanvas.model.ProjectFileException;

/**
 * The File menu's jobs: New, Open, Open Sample, Save, Save As and Quit, each asking before unsaved
 * changes would be lost. Failures a person can cause become a sentence in the status bar.
 */
public final class FileActions {

    private static final FileChooser.ExtensionFilter PROJECTS =
            new FileChooser.ExtensionFilter("NeuroCanvas projects (*.json)", "*.json");

    private final Stage stage;
    private final DocumentSession session;
    private final UnsavedChangesPrompt prompt;
    private final Consumer<String> status;

    /**
     * @param prompt asks before unsaved changes are lost
     * @param status shows the outcome of each job
     */
    public FileActions(Stage stage, DocumentSession session, UnsavedChangesPrompt prompt, Consumer<String> status) {
        this.stage = stage;
        this.session = session;
        this.prompt = prompt;
        this.status = status;
    }

    /** File > New: an empty project with an Input and an Output layer. */
    public void newProject() {
        if (mayDiscard()) {
            session.newProject();
            status.accept("New project: drag layers from the palette between the Input and the Output.");
        }
    }

    /** File > Open…: asks for a file. */
    public void open() {
        if (!mayDiscard()) {
            return;
        }
        File chosen = chooser("Open project").showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /**
     * File > Open Sample: a copy of the sample, so that a class's changes never overwrite it; Save
     * asks where to keep them.
     */
    public void openSample(Path sample) {
        if (!mayDiscard()) {
            return;
        }
        try {
            session.openCopy(sample);
            status.accept("Opened a copy of the sample " + SampleProjects.name(sample) + ": Save asks where to keep your changes.");
        } catch (ProjectFileException e) {
            status.accept(e.getMessage());
        }
    }

    /** File > New from Template…: lists the samples with what each is, then opens the chosen one untitled. */
    public void newFromTemplate() {
        if (!mayDiscard()) {
            return;
        }
        Dialogs.chooseTemplate(stage, Templates.in(SampleProjects.FOLDER)).ifPresent(this::openTemplate);
    }

    /** Opens a sample as a new untitled project, without asking about unsaved changes. */
    public void openTemplate(Path sample) {
        try {
            session.openTemplate(sample);
            status.accept("New project from the template " + SampleProjects.name(sample) + ": Save asks where to keep it.");
        } catch (ProjectFileException e) {
            status.accept(e.getMessage());
        }
    }

    /** Opens a file without asking about unsaved changes; a bad file leaves the document as it was. */
    public void open(Path path) {
        try {
            session.open(path);
            status.accept("Opened " + session.displayName() + ".");
        } catch (ProjectFileException e) {
            status.accept(e.getMessage());
        }
    }

    /**
     * File > Save: writes to the document's file, or asks for one.
     *
     * @return whether the project was saved
     */
    public boolean save() {
        if (session.file().isEmpty()) {
            return saveAs();
        }
        return write(session.file().get());
    }

    /**
     * File > Save As…: asks for a file and writes to it.
     *
     * @return whether the project was saved
     */
    public boolean saveAs() {
        FileChooser chooser = chooser("Save project as");
        chooser.setInitialFileName(session.file().map(p -> p.getFileName().toString())
                .orElse(session.project().name() + ".json"));
        File chosen = chooser.showSaveDialog(stage);
        return chosen != null && write(chosen.toPath());
    }

    /** File > Quit: closes the window unless the person keeps unsaved changes. */
    public void quit() {
        if (mayDiscard()) {
            stage.close();
        }
    }

    /**
     * Asks before unsaved changes would be lost.
     *
     * @return whether the caller may go on and replace or close the document
     */
    public boolean mayDiscard() {
        if (!session.isDirty()) {
            return true;
        }
        return switch (prompt.ask(session.displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private boolean write(Path path) {
        try {
            session.saveAs(path);
            status.accept("Saved " + path.getFileName() + ".");
            return true;
        } catch (IOException e) {
            status.accept("Could not save " + path.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(PROJECTS);
        Path dir = session.file().map(Path::toAbsolutePath).map(Path::getParent).orElse(Path.of("samples").toAbsolutePath());
        if (Files.isDirectory(dir)) {
            chooser.setInitialDirectory(dir.toFile());
        }
        return chooser;
    }
}
