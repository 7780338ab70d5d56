package org.neurocanvas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.model.RunRecord;
import org.neurocanvas.model.Shape;

/**
 * One tab's document: one project, its command stack and the file it belongs to. Opening a
 * project into an untouched new document replaces it whole (see {@link ProjectTabs}); views listen
 * here rather than on one command stack, so they follow the replacement. Plain Java, tested
 * without a window.
 */
public final class DocumentSession {

    /** The application's name, as it ends every window title. */
    public static final String APP_NAME = "NeuroCanvas";
    static final String UNTITLED = "Untitled";
    static final String COPY_MARK = " (copy)";
    private static final String DIRTY_MARK = " •";

    private final List<Runnable> replaceListeners = new ArrayList<>();
    private int shapesNoted;
    private final List<Runnable> changeListeners = new ArrayList<>();
    // Read by the training runner on its worker thread; written on the FX thread.
    private volatile CommandStack stack;
    private Path file;
    /** What an unsaved copy of a file is called until it is saved; null for a new project. */
    private String copyName;
    /** Whether the document came from a recovery copy and has not been saved since. */
    private boolean recovered;
    /** Whether a run was added to the history since the last save: not an edit, yet a change to the file. */
    private boolean unsavedRuns;
    /** Whether the document began as File > New's empty project; see {@link #isBlank()}. */
    private boolean blank;

    /**
     * @param file where the project was read from, or null for a project never saved
     */
    public DocumentSession(Project project, Path file) {
        attach(project, file);
    }

    /** File > New's empty project, never saved: {@link #isBlank()} until it is touched. */
    public static DocumentSession blank() {
        DocumentSession session = new DocumentSession(Project.empty(), null);
        session.blank = true;
        return session;
    }

    /** The command stack of the open project; replaced by New and Open. */
    public CommandStack stack() {
        return stack;
    }

    /** The open project. */
    public Project project() {
        return stack.project();
    }

    /**
     * Tells shape inference the shape of one sample of {@code read}, as reading its file found it
     * (see {@link Project#noteSampleShape}), and redraws what shows it; not an edit.
     */
    public void noteSampleShape(DataSpec read, Shape shape) {
        if (read.knownSampleShape().isPresent()) {
            // Known without reading: nothing to tell, nothing to redraw.
            return;
        }
        project().noteSampleShape(read, shape);
        shapesNoted++;
        changeListeners.forEach(Runnable::run);
    }

    /** Counts {@link #noteSampleShape} calls, so that an analysis made before one is made again. */
    public int shapesNoted() {
        return shapesNoted;
    }

    /** The file the project belongs to, if it has been saved or opened. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Whether the project has changes that are not in its file. */
    public boolean isDirty() {
        return recovered || unsavedRuns || stack.isDirty();
    }

    /**
     * Whether the document is File > New's empty project, untouched: never edited (not even edited and
     * undone), saved or trained. Opening another project may take its place without losing anything.
     */
    public boolean isBlank() {
        return blank && file == null && !isDirty() && !stack.canUndo() && !stack.canRedo() && project().history().isEmpty();
    }

    /**
     * Makes a project restored from a recovery copy the document: it belongs to {@code file} (null
     * for a project never saved) and counts as unsaved until it is saved.
     */
    public void restore(Project project, Path file) {
        replace(project, file, null);
        recovered = true;
        changeListeners.forEach(Runnable::run);
    }

    /**
     * Keeps a run in the project's history. It cannot be undone, but it is saved with the project,
     * so the document counts as changed until the next save.
     */
    public void addRun(RunRecord run) {
        project().addRun(run);
        unsavedRuns = true;
        changeListeners.forEach(Runnable::run);
    }

    /** Takes a run out of the project's history; like adding one, it cannot be undone and counts as a change. */
    public void removeRun(RunRecord run) {
        if (project().removeRun(run.started())) {
            unsavedRuns = true;
            changeListeners.forEach(Runnable::run);
        }
    }

    /** Starts over with {@link Project#empty()}, not yet saved anywhere. */
    public void newProject() {
        replace(Project.empty(), null, null);
        blank = true;
    }

    /**
     * Reads a project file, a sample say, as a new document that belongs to no file: the file stays
     * as it is, and Save asks where to keep the copy. Its data paths still resolve against the
     * file's folder; on failure the current document stays.
     *
     * @throws ProjectFileException a sentence naming the file and what is wrong with it
     */
    public void openCopy(Path path) throws ProjectFileException {
        replace(ProjectIO.read(path), null, path.getFileName() + COPY_MARK);
    }

    /**
     * Reads a sample as a new, untitled document, as if the person had built it: Save asks where to
     * keep it. Its data paths still resolve against the sample's folder; on failure the current
     * document stays.
     *
     * @throws ProjectFileException a sentence naming the file and what is wrong with it
     */
    public void openTemplate(Path path) throws ProjectFileException {
        replace(ProjectIO.read(path), null, null);
    }

    /**
     * Reads a project file and makes it the document; on failure the current document stays.
     *
     * @throws ProjectFileException a sentence naming the file and what is wrong with it
     */
    public void open(Path path) throws ProjectFileException {
        replace(ProjectIO.read(path), path, null);
    }

    /**
     * Writes the document to its file.
     *
     * @throws IllegalStateException if the document has no file yet: use {@link #saveAs}
     */
    public void save() throws IOException {
        if (file == null) {
            throw new IllegalStateException("The document has no file yet.");
        }
        saveAs(file);
    }

    /** Writes the document to {@code path}, which becomes its file. */
    public void saveAs(Path path) throws IOException {
        ProjectIO.write(project(), path);
        file = path;
        recovered = false;
        unsavedRuns = false;
        stack.markSaved();
    }

    /** The file name; for a project never saved, "Untitled", or the name of the file it copies with "(copy)". */
    public String displayName() {
        if (file != null) {
            return file.getFileName().toString();
        }
        return copyName != null ? copyName : UNTITLED;
    }

    /** The window title: {@code spiral-mlp.json • — NeuroCanvas}, the dot marking unsaved changes. */
    public String title() {
        return tabTitle() + " — " + APP_NAME;
    }

    /** The project's tab: {@code spiral-mlp.json •}, the dot marking unsaved changes. */
    public String tabTitle() {
        return displayName() + (isDirty() ? DIRTY_MARK : "");
    }

    /** Called, on the FX thread, after New or Open has replaced the project (before the change listeners). */
    public void addReplaceListener(Runnable listener) {
        replaceListeners.add(listener);
    }

    /** Called after every command, undo, redo and save, and after the project is replaced. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void replace(Project project, Path path, String copyOf) {
        attach(project, path);
        copyName = copyOf;
        blank = false;
        recovered = false;
        unsavedRuns = false;
        replaceListeners.forEach(Runnable::run);
        changeListeners.forEach(Runnable::run);
    }

    private void attach(Project project, Path path) {
        CommandStack fresh = new CommandStack(Objects.requireNonNull(project));
        // A replaced stack may still be referenced by a dialog; only the current one speaks.
        fresh.addListener(() -> {
            if (stack == fresh) {
                changeListeners.forEach(Runnable::run);
            }
        });
        stack = fresh;
        file = path;
    }
}
