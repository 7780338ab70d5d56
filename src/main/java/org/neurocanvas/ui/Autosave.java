package org.neurocanvas.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;

/**
 * Keeps a recovery copy of unsaved changes: on every {@link #tick} (the window ticks once a
 * minute) a document with changes not yet copied is written, atomically, to a recovery file
 * named after its project file (or {@code untitled.json}), with a {@code .source} file beside it
 * that names the project file. A clean document (saved, or undone back to its file) loses its
 * recovery file, and so does a window closed normally; after a crash the file stays and the
 * next start offers it back. Plain Java: tests tick by hand.
 */
public final class Autosave {

    /** How often the window ticks. */
    public static final java.time.Duration PERIOD = java.time.Duration.ofMinutes(1);
    static final String UNTITLED = "untitled";
    private static final String JSON = ".json";
    private static final String SOURCE = ".source";

    /** A recovery file found at start: the unsaved project, the file it belongs to, and when it was written. */
    public record Recovery(Path file, Optional<Path> source, Instant written) {
    }

    /** Asks whether to restore a recovery file (a dialog in the window; an answer in tests). */
    @FunctionalInterface
    public interface Prompt {
        boolean restore(Recovery recovery);
    }

    private final DocumentSession session;
    private final Path folder;
    private final Consumer<String> status;
    private CommandStack copiedStack;
    private long copiedRevision = -1;
    private Path current;

    /**
     * @param folder where recovery files go, normally {@link #defaultFolder()}
     * @param status where a failed write is reported
     */
    public Autosave(DocumentSession session, Path folder, Consumer<String> status) {
        this.session = session;
        this.folder = folder;
        this.status = status;
        this.current = recoveryFile();
        session.addChangeListener(this::changed);
    }

    /** {@code ~/.neurocanvas/recovery}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".neurocanvas", "recovery");
    }

    /** The recovery file of the open document. */
    public Path recoveryFile() {
        return folder.resolve(fileName(session.file()));
    }

    /**
     * Writes the recovery file if the document has changes not yet written there.
     *
     * @return whether it wrote
     */
    public boolean tick() {
        CommandStack stack = session.stack();
        if (!session.isDirty() || stack == copiedStack && stack.revision() == copiedRevision) {
            return false;
        }
        Path file = recoveryFile();
        try {
            Files.createDirectories(folder);
            writeAtomically(sourceOf(file), session.file().map(p -> p.toAbsolutePath().toString()).orElse(""));
            writeAtomically(file, ProjectIO.toJson(session.project()));
            copiedStack = stack;
            copiedRevision = stack.revision();
            return true;
        } catch (IOException e) {
            status.accept("Could not write the recovery copy " + file + ": " + e.getMessage());
            return false;
        }
    }

    /** Deletes the open document's recovery file: the window closes normally. */
    public void discard() {
        delete(recoveryFile());
    }

    /** The most recently written recovery file in {@code folder}, if any. */
    public static Optional<Recovery> latest(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Recovery> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + JSON)) {
            for (Path f : files) {
                String source = Files.exists(sourceOf(f)) ? Files.readString(sourceOf(f), StandardCharsets.UTF_8).trim() : "";
                found.add(new Recovery(f, source.isEmpty() ? Optional.empty() : Optional.of(Path.of(source)),
                        Files.getLastModifiedTime(f).toInstant()));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return found.stream().max(Comparator.comparing(Recovery::written));
    }

    /**
     * At start: offers the latest recovery file, if there is one. Restored, it becomes the document,
     * unsaved, belonging to its project file; declined, it is deleted.
     *
     * @return the sentence for the status bar, if a recovery file was found
     */
    public static Optional<String> offer(Path folder, DocumentSession session, Prompt prompt) {
        Optional<Recovery> found = latest(folder);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Recovery r = found.get();
        String name = r.source().map(p -> p.getFileName().toString()).orElse("an untitled project");
        if (!prompt.restore(r)) {
            delete(r.file());
            return Optional.of("The unsaved changes to " + name + " were discarded.");
        }
        try {
            String text = Files.readString(r.file(), StandardCharsets.UTF_8);
            // Relative data paths resolve against the saved project's folder, as they did before the crash.
            Path projectFolder = r.source().map(p -> p.toAbsolutePath().getParent()).orElse(null);
            session.restore(ProjectIO.fromJson(text, r.file().getFileName().toString(), projectFolder), r.source().orElse(null));
            return Optional.of("Restored the unsaved changes to " + name + ": save them to keep them.");
        } catch (IOException | ProjectFileException e) {
            return Optional.of("Could not restore " + r.file() + ": " + e.getMessage());
        }
    }

    /** {@code spiral-mlp-1a2b3c4d.json} for a project file (the suffix tells same-named files apart), else {@code untitled.json}. */
    static String fileName(Optional<Path> projectFile) {
        return projectFile.map(p -> {
            String name = p.getFileName().toString();
            String stem = name.toLowerCase(Locale.ROOT).endsWith(JSON) ? name.substring(0, name.length() - JSON.length()) : name;
            return stem + "-" + String.format("%08x", p.toAbsolutePath().normalize().toString().hashCode()) + JSON;
        }).orElse(UNTITLED + JSON);
    }

    // A clean document needs no copy; a document that became another (New, Open, Save As) leaves its old copy behind.
    private void changed() {
        Path now = recoveryFile();
        if (!now.equals(current)) {
            delete(current);
            current = now;
        }
        if (!session.isDirty()) {
            delete(now);
            copiedStack = null;
        }
    }

    private static Path sourceOf(Path recovery) {
        String name = recovery.getFileName().toString();
        return recovery.resolveSibling(name.substring(0, name.length() - JSON.length()) + SOURCE);
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void delete(Path recovery) {
        try {
            Files.deleteIfExists(recovery);
            Files.deleteIfExists(sourceOf(recovery));
        } catch (IOException e) {
            // A copy that cannot be deleted is offered once more at the next start: harmless.
        }
    }
}
