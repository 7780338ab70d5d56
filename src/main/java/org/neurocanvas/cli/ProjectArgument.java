package org.neurocanvas.cli;

import java.nio.file.Path;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;
import picocli.CommandLine.Parameters;

/** The project file every command takes as its first argument. */
final class ProjectArgument {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "A NeuroCanvas project file (.json).")
    Path file;

    Project load() throws ProjectFileException {
        return ProjectIO.read(file);
    }
}
