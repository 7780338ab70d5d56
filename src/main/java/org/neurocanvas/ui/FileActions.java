package org.neurocanvas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.neurocanvas.model.ProjectFileException;

/**
 * The File menu's jobs: New, Open, Open Recent, Open Sample and New from Template open a tab (see
 * {@link ProjectTabs} for which); Save and Save As write the selected tab's project; Close and Quit
 * ask before unsaved changes would be lost. Failures a person can cause become a sentence in the
 * status bar.
 */
public final class FileActions {

    private static final FileDialogs.Kind PROJECTS = new FileDialogs.Kind("NeuroCanvas projects (*.json)", "*.json");

    private final Stage stage;
    private final ProjectTabs tabs;
    private final UnsavedChangesPrompt prompt;
    private final Consumer<String> status;
    private final RecentFiles recent;
    private final FileDialogs dialogs;

    /**
     * @param prompt asks before unsaved changes are lost
     * @param status shows the outcome of each job
     * @param recent the files opened and saved, for File > Open Recent
     * @param dialogs ask which file to open or save as
     */
    public FileActions(Stage stage, ProjectTabs tabs, UnsavedChangesPrompt prompt, Consumer<String> status, RecentFiles recent,
                       FileDialogs dialogs) {
        this.stage = stage;
        this.tabs = tabs;
        this.prompt = prompt;
        this.status = status;
        this.recent = recent;
        this.dialogs = dialogs;
    }

    /** File > New: an empty project with an Input and an Output layer. */
    public void newProject() {
        tabs.newProject();
        status.accept("New project: drag layers from the palette between the Input and the Output.");
    }

    /** File > Open…: asks for a file. */
    public void open() {
        dialogs.open(stage, "Open project", PROJECTS, folder(tabs.selected())).ifPresent(this::open);
    }

    /** Opens a file, or selects its tab if it is open; a bad file leaves the tabs as they were. */
    public void open(Path path) {
        try {
            DocumentSession opened = tabs.open(path);
            recent.add(path);
            status.accept("Opened " + opened.displayName() + ".");
        } catch (ProjectFileException e) {
            status.accept(e.getMessage());
        }
    }

    /** File > Open Recent: a file that moved says so and stays listed until the list is cleared. */
    public void openRecent(Path path) {
        if (!Files.exists(path)) {
            status.accept(path.getFileName() + " is no longer at " + path + ": it was moved or deleted. Open Recent > Clear List forgets it.");
            return;
        }
        open(path);
    }

    /** File > Open Recent > Clear List. */
    public void clearRecent() {
        recent.clear();
        status.accept("Cleared the list of recent projects.");
    }

    /** The files for File > Open Recent, newest first. */
    public List<Path> recentFiles() {
        return recent.list();
    }

    /**
     * File > Open Sample: a copy of the sample, so that a class's changes never overwrite it; Save
     * asks where to keep them.
     */
    public void openSample(Path sample) {
        try {
            tabs.load(s -> s.openCopy(sample));
            status.accept("Opened a copy of the sample " + SampleProjects.name(sample) + ": Save asks where to keep your changes.");
        } catch (ProjectFileException e) {
            status.accept(e.getMessage());
        }
    }

    /** File > New from Template…: lists the samples with what each is, then opens the chosen one untitled. */
    public void newFromTemplate() {
        Dialogs.chooseTemplate(stage, Templates.in(SampleProjects.FOLDER)).ifPresent(this::openTemplate);
    }

    /** Opens a sample as a new untitled project. */
    public void openTemplate(Path sample) {
        try {
            tabs.load(s -> s.openTemplate(sample));
            status.accept("New project from the template " + SampleProjects.name(sample) + ": Save asks where to keep it.");
        } catch (ProjectFileException e) {
            status.accept(e.getMessage());
        }
    }

    /**
     * File > Save: writes the selected project to its file, or asks for one.
     *
     * @return whether the project was saved
     */
    public boolean save() {
        return save(tabs.selected());
    }

    /**
     * File > Save As…: asks for a file and writes the selected project to it.
     *
     * @return whether the project was saved
     */
    public boolean saveAs() {
        return saveAs(tabs.selected());
    }

    /** File > Close: closes the selected tab, asking before unsaved changes are lost. */
    public void close() {
        close(tabs.selected());
    }

    /**
     * Closes a tab, asking before unsaved changes are lost; a tab whose project trains stays open.
     *
     * @return whether it closed
     */
    public boolean close(DocumentSession session) {
        if (tabs.busy().filter(session::equals).isPresent()) {
            status.accept("Stop the training of " + session.displayName() + " before closing its tab.");
            return false;
        }
        if (!mayDiscard(session)) {
            return false;
        }
        tabs.close(session);
        return true;
    }

    /** File > Quit: closes the window, which asks about each tab with unsaved changes. */
    public void quit() {
        // Stage.close() would skip the window's close request, and so its questions.
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /**
     * Asks about every tab with unsaved changes, selecting each as it asks, until the person cancels.
     *
     * @return whether the window may close
     */
    public boolean mayDiscardAll() {
        for (DocumentSession session : List.copyOf(tabs.sessions())) {
            if (!mayDiscard(session)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Asks before a document's unsaved changes would be lost, showing its tab first.
     *
     * @return whether the caller may go on and close the document
     */
    public boolean mayDiscard(DocumentSession session) {
        if (!session.isDirty()) {
            return true;
        }
        tabs.select(session);
        return switch (prompt.ask(session.displayName())) {
            case SAVE -> save(session);
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private boolean save(DocumentSession session) {
        if (session.file().isEmpty()) {
            return saveAs(session);
        }
        return write(session, session.file().get());
    }

    private boolean saveAs(DocumentSession session) {
        String name = session.file().map(p -> p.getFileName().toString()).orElse(session.project().name() + ".json");
        return dialogs.save(stage, "Save project as", PROJECTS, folder(session), name).map(path -> write(session, path)).orElse(false);
    }

    private boolean write(DocumentSession session, Path path) {
        if (tabs.find(path).filter(other -> other != session).isPresent()) {
            status.accept(path.getFileName() + " is open in another tab: close that tab first, or save under another name.");
            return false;
        }
        try {
            session.saveAs(path);
            recent.add(path);
            status.accept("Saved " + path.getFileName() + ".");
            return true;
        } catch (IOException e) {
            status.accept("Could not save " + path.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    // Where a file dialog starts: beside the project's file, else among the samples.
    private static Path folder(DocumentSession session) {
        return session.file().map(Path::toAbsolutePath).map(Path::getParent).orElse(SampleProjects.FOLDER);
    }
}
