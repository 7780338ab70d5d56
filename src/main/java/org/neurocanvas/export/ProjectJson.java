package org.neurocanvas.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;

/**
 * A project as the bytes of its project file, and back, through {@link ProjectIO} so that the
 * bundle's {@code project.json} is exactly what Save writes. ProjectIO works on files, and a write
 * moves the project's folder (against which relative data paths resolve) to the file's; so the
 * scratch file lies in the project's folder, or for a project never saved in the working directory,
 * which resolves relative paths the same way.
 */
final class ProjectJson {

    private ProjectJson() {
    }

    /** The project file's bytes. */
    static byte[] write(Project project) throws IOException {
        Path folder = project.folder() != null ? project.folder() : Path.of("").toAbsolutePath();
        // Only a read-only folder sends the scratch file, and so the project's folder, elsewhere.
        Path scratch = Files.isWritable(folder) ? Files.createTempFile(folder, ".neurocanvas-export", ".json")
                : Files.createTempFile("neurocanvas-project", ".json");
        try {
            ProjectIO.write(project, scratch);
            return Files.readAllBytes(scratch);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /**
     * The project in these bytes.
     *
     * @throws ProjectFileException ProjectIO's sentence, naming {@code project.json}
     */
    static Project read(byte[] bytes) throws IOException, ProjectFileException {
        Path dir = Files.createTempDirectory("neurocanvas-bundle");
        Path file = dir.resolve(EntryNames.PROJECT);
        try {
            Files.write(file, bytes);
            return ProjectIO.read(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
