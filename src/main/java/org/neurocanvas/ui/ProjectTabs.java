package org.neurocanvas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;

/**
 * The projects open in the window, one tab each, and the rules between them: which one is
 * selected, where a project being opened goes (into the selected tab while it is an untouched new
 * project, into the tab already holding the same file, else into a new tab), which tab is selected
 * when one closes, and that closing the last leaves an empty new project. Each tab keeps its own
 * recovery copy once {@link #startAutosave} has run. Plain Java: the window follows through the
 * listeners, and tests need no window.
 */
public final class ProjectTabs {

    /** Fills a document: one of {@link DocumentSession}'s open, openCopy, openTemplate or restore. */
    @FunctionalInterface
    public interface Loader {
        void load(DocumentSession into) throws ProjectFileException;
    }

    private final List<DocumentSession> open = new ArrayList<>();
    private final List<Consumer<DocumentSession>> openListeners = new ArrayList<>();
    private final List<Consumer<DocumentSession>> closeListeners = new ArrayList<>();
    private final List<Consumer<DocumentSession>> selectListeners = new ArrayList<>();
    private final Map<DocumentSession, Autosave> autosaves = new LinkedHashMap<>();
    /** The recovery file name an untitled document was restored from, kept so its copy stays where it was. */
    private final Map<DocumentSession, String> restoredStems = new LinkedHashMap<>();
    private DocumentSession selected;
    /** The document a run reads, if any. */
    private DocumentSession busy;
    private Path recoveryFolder;
    private Consumer<String> recoveryStatus;

    /** Starts with one tab, selected. */
    public ProjectTabs(DocumentSession first) {
        open.add(first);
        selected = first;
    }

    /** The open documents, in tab order. */
    public List<DocumentSession> sessions() {
        return Collections.unmodifiableList(open);
    }

    /** The document of the selected tab. */
    public DocumentSession selected() {
        return selected;
    }

    /** Selects an open document's tab. */
    public void select(DocumentSession session) {
        if (!open.contains(session)) {
            throw new IllegalArgumentException("The document " + session.displayName() + " is not open in a tab.");
        }
        if (session != selected) {
            selected = session;
            selectListeners.forEach(l -> l.accept(session));
        }
    }

    /** The open document that belongs to {@code file}, if any. */
    public Optional<DocumentSession> find(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return open.stream().filter(s -> s.file().map(f -> f.toAbsolutePath().normalize().equals(wanted)).orElse(false)).findFirst();
    }

    /** File > New: the selected tab if it already is an untouched new project, else a new tab; selected. */
    public DocumentSession newProject() {
        if (reusable()) {
            return selected;
        }
        return add(DocumentSession.blank());
    }

    /**
     * Opens a project file, or selects its tab if it is open already.
     *
     * @throws ProjectFileException a sentence naming the file and what is wrong with it; no tab changes
     */
    public DocumentSession open(Path file) throws ProjectFileException {
        Optional<DocumentSession> already = find(file);
        if (already.isPresent()) {
            select(already.get());
            return already.get();
        }
        return load(s -> s.open(file));
    }

    /**
     * Loads a project into the selected tab while it is an untouched new project, else into a new
     * tab, which is selected.
     *
     * @throws ProjectFileException from the loader; the tabs stay as they were
     */
    public DocumentSession load(Loader loader) throws ProjectFileException {
        if (reusable()) {
            loader.load(selected);
            return selected;
        }
        DocumentSession fresh = DocumentSession.blank();
        loader.load(fresh);
        return add(fresh);
    }

    /**
     * At start: a recovery copy becomes a document, unsaved, in the tab of its project file if that is
     * open, else as {@link #load} places it. An untitled copy keeps its recovery file name.
     *
     * @param recoveryStem the recovery file's name without {@code .json}
     */
    public DocumentSession restore(Project project, Optional<Path> source, String recoveryStem) {
        DocumentSession target = source.flatMap(this::find).orElse(reusable() ? selected : null);
        if (target == null) {
            target = add(DocumentSession.blank());
        } else {
            select(target);
        }
        target.restore(project, source.orElse(null));
        if (source.isEmpty()) {
            restoredStems.put(target, recoveryStem);
        }
        return target;
    }

    /**
     * Closes a tab without asking (the caller asked about unsaved changes) and deletes its recovery
     * copy; the next tab, else the previous, is selected. The last tab closed leaves an empty new project.
     */
    public void close(DocumentSession session) {
        int index = open.indexOf(session);
        if (index < 0) {
            return;
        }
        if (open.size() == 1) {
            add(DocumentSession.blank());
        } else if (session == selected) {
            select(open.get(index + 1 < open.size() ? index + 1 : index - 1));
        }
        open.remove(session);
        Autosave autosave = autosaves.remove(session);
        if (autosave != null) {
            autosave.discard();
        }
        restoredStems.remove(session);
        closeListeners.forEach(l -> l.accept(session));
    }

    /** Marks the document a run reads, or none (null): its tab is never given to another project. */
    public void setBusy(DocumentSession session) {
        busy = session;
    }

    /** The document a run reads, if any. */
    public Optional<DocumentSession> busy() {
        return Optional.ofNullable(busy);
    }

    /** Called after a document got a tab of its own, before it is selected. */
    public void addOpenListener(Consumer<DocumentSession> listener) {
        openListeners.add(listener);
    }

    /** Called after a document's tab closed. */
    public void addCloseListener(Consumer<DocumentSession> listener) {
        closeListeners.add(listener);
    }

    /** Called after another tab was selected. */
    public void addSelectListener(Consumer<DocumentSession> listener) {
        selectListeners.add(listener);
    }

    /**
     * From now on every open document, and each opened later, keeps a recovery copy in {@code folder}:
     * under its project file's name, or, untitled, under a name no other tab and no file there uses.
     *
     * @param status where a failed write is reported
     */
    public void startAutosave(Path folder, Consumer<String> status) {
        recoveryFolder = folder;
        recoveryStatus = status;
        open.forEach(this::keepRecoveryCopy);
    }

    /**
     * Writes the recovery copy of each document with changes not yet copied.
     *
     * @return how many copies were written
     */
    public int tickAutosave() {
        int written = 0;
        for (Autosave autosave : autosaves.values()) {
            written += autosave.tick() ? 1 : 0;
        }
        return written;
    }

    /** Deletes every tab's recovery copy: the window closes normally. */
    public void discardRecoveries() {
        autosaves.values().forEach(Autosave::discard);
    }

    /** The recovery file each open document writes to; empty before {@link #startAutosave}. */
    public Optional<Path> recoveryFile(DocumentSession session) {
        return Optional.ofNullable(autosaves.get(session)).map(Autosave::recoveryFile);
    }

    private boolean reusable() {
        return selected.isBlank() && selected != busy;
    }

    private DocumentSession add(DocumentSession session) {
        open.add(session);
        if (recoveryFolder != null) {
            keepRecoveryCopy(session);
        }
        openListeners.forEach(l -> l.accept(session));
        select(session);
        return session;
    }

    private void keepRecoveryCopy(DocumentSession session) {
        String stem = restoredStems.containsKey(session) ? restoredStems.get(session) : freeUntitledStem();
        autosaves.put(session, new Autosave(session, recoveryFolder, stem, recoveryStatus));
    }

    // untitled, untitled-2, untitled-3...: the first that neither a tab nor a file left in the folder uses.
    private String freeUntitledStem() {
        for (int n = 1; ; n++) {
            String stem = n == 1 ? Autosave.UNTITLED : Autosave.UNTITLED + "-" + n;
            boolean taken = autosaves.values().stream().anyMatch(a -> a.untitledStem().equals(stem))
                    || restoredStems.containsValue(stem) || Files.exists(recoveryFolder.resolve(stem + Autosave.JSON));
            if (!taken) {
                return stem;
            }
        }
    }
}
