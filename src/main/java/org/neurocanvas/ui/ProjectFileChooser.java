package org.neurocanvas.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks which project file to open or to save as: the platform's own file dialog in the app, an
 * answer in tests (a headless window cannot show the platform's dialog).
 */
public interface ProjectFileChooser {

    /** The file to open, if one was chosen; the dialog starts in {@code folder}. */
    Optional<Path> open(Window owner, Path folder);

    /** The file to save as, if one was chosen; the dialog starts in {@code folder}, offering {@code fileName}. */
    Optional<Path> saveAs(Window owner, Path folder, String fileName);

    /** The platform's file dialog, showing project files. */
    static ProjectFileChooser system() {
        return new ProjectFileChooser() {
            @Override
            public Optional<Path> open(Window owner, Path folder) {
                return Optional.ofNullable(dialog("Open project", folder).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> saveAs(Window owner, Path folder, String fileName) {
                FileChooser dialog = dialog("Save project as", folder);
                dialog.setInitialFileName(fileName);
                return Optional.ofNullable(dialog.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }

    private static FileChooser dialog(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("NeuroCanvas projects (*.json)", "*.json"));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
