package org.neurocanvas.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.neurocanvas.export.AtomicFiles;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;

/**
 * Keeps a recovery copy of unsaved changes: on every {@link #tick} (the window ticks once a
 * minute) a document with changes not yet copied is written, atomically, to a recovery file
 * named after its project file (or, untitled, {@code untitled.json} or the name the tab was given),
 * with a {@code .source} file beside it that names the project file. A clean document (saved, or
 * undone back to its file) loses its recovery file, and so does a window closed normally; after a
 * crash the files stay and the next start offers them all back, each in a tab. Plain Java: tests
 * tick by hand.
 */
public final class Autosave {

    /** How often the window ticks. */
    public static final java.time.Duration PERIOD = java.time.Duration.ofMinutes(1);
    static final String UNTITLED = "untitled";
    static final String JSON = ".json";
    private static final String SOURCE = ".source";

    /** A recovery file found at start: the unsaved project, the file it belongs to, and when it was written. */
    public record Recovery(Path file, Optional<Path> source, Instant written) {
    }

    /** Asks whether to restore the recovery files, oldest first (a dialog in the window; an answer in tests). */
    @FunctionalInterface
    public interface Prompt {
        boolean restore(List<Recovery> recoveries);
    }

    private final DocumentSession session;
    private final Path folder;
    private final String untitledStem;
    private final Consumer<String> status;
    private CommandStack copiedStack;
    private long copiedRevision = -1;
    private Path current;

    /**
     * @param folder where recovery files go, normally {@link #defaultFolder()}
     * @param status where a failed write is reported
     */
    public Autosave(DocumentSession session, Path folder, Consumer<String> status) {
        this(session, folder, UNTITLED, status);
    }

    /**
     * @param untitledStem the recovery file's name, without {@code .json}, while the document has no
     *                     file: each open tab needs its own
     */
    public Autosave(DocumentSession session, Path folder, String untitledStem, Consumer<String> status) {
        this.session = session;
        this.folder = folder;
        this.untitledStem = untitledStem;
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
        return folder.resolve(fileName(session.file(), untitledStem));
    }

    /** What the recovery file is called, without {@code .json}, while the document has no file. */
    public String untitledStem() {
        return untitledStem;
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
            byte[] source = session.file().map(p -> p.toAbsolutePath().toString()).orElse("").getBytes(StandardCharsets.UTF_8);
            byte[] copy = ProjectIO.toJson(session.project()).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(sourceOf(file), "recovery copy's source", out -> out.write(source));
            AtomicFiles.write(file, "recovery copy", out -> out.write(copy));
            copiedStack = stack;
            copiedRevision = stack.revision();
            return true;
        } catch (ModelFileException e) {
            status.accept(e.getMessage());
            return false;
        }
    }

    /** Deletes the open document's recovery file: the window closes normally. */
    public void discard() {
        delete(recoveryFile());
    }

    /** The recovery files in {@code folder}, oldest first. */
    public static List<Recovery> found(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Recovery> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + JSON)) {
            for (Path f : files) {
                String source = Files.exists(sourceOf(f)) ? Files.readString(sourceOf(f), StandardCharsets.UTF_8).trim() : "";
                found.add(new Recovery(f, source.isEmpty() ? Optional.empty() : Optional.of(Path.of(source)),
                        Files.getLastModifiedTime(f).toInstant()));
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(Recovery::written));
        return found;
    }

    /**
     * At start: offers the recovery files, if there are any. Restored, each becomes a document in a tab,
     * unsaved, belonging to its project file; declined, they are deleted. Call it before
     * {@link ProjectTabs#startAutosave}, so that no copy is overwritten before the person chose.
     *
     * @return the sentence for the status bar, if a recovery file was found
     */
    public static Optional<String> offer(Path folder, ProjectTabs tabs, Prompt prompt) {
        List<Recovery> found = found(folder);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String names = names(found);
        if (!prompt.restore(found)) {
            found.forEach(r -> delete(r.file()));
            return Optional.of("The unsaved changes to " + names + " were discarded.");
        }
        List<String> failures = new ArrayList<>();
        for (Recovery r : found) {
            String name = r.file().getFileName().toString();
            try {
                String text = Files.readString(r.file(), StandardCharsets.UTF_8);
                // Relative data paths resolve against the saved project's folder, as they did before the crash.
                Path projectFolder = r.source().map(p -> p.toAbsolutePath().getParent()).orElse(null);
                tabs.restore(ProjectIO.fromJson(text, name, projectFolder), r.source(), name.substring(0, name.length() - JSON.length()));
            } catch (IOException | ProjectFileException e) {
                failures.add("Could not restore " + r.file() + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            return Optional.of(String.join(" ", failures));
        }
        return Optional.of("Restored the unsaved changes to " + names + ": save them to keep them.");
    }

    /** "spiral-mlp.json", "spiral-mlp.json and an untitled project", "a.json, b.json and 2 untitled projects". */
    static String names(List<Recovery> recoveries) {
        List<String> names = new ArrayList<>();
        recoveries.stream().flatMap(r -> r.source().stream()).forEach(p -> names.add(p.getFileName().toString()));
        long untitled = recoveries.stream().filter(r -> r.source().isEmpty()).count();
        if (untitled > 0) {
            names.add(untitled == 1 ? "an untitled project" : untitled + " untitled projects");
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** {@code spiral-mlp-1a2b3c4d.json} for a project file (the suffix tells same-named files apart), else the untitled name. */
    static String fileName(Optional<Path> projectFile, String untitledStem) {
        return projectFile.map(p -> {
            String name = p.getFileName().toString();
            String stem = name.toLowerCase(Locale.ROOT).endsWith(JSON) ? name.substring(0, name.length() - JSON.length()) : name;
            return stem + "-" + String.format("%08x", p.toAbsolutePath().normalize().toString().hashCode()) + JSON;
        }).orElse(untitledStem + JSON);
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

    private static void delete(Path recovery) {
        try {
            Files.deleteIfExists(recovery);
            Files.deleteIfExists(sourceOf(recovery));
        } catch (IOException e) {
            // A copy that cannot be deleted is offered once more at the next start: harmless.
        }
    }
}
