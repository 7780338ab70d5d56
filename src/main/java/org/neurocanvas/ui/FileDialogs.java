package org.neurocanvas.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks which file to open or to write: the platform's own file dialog in the app, an answer in tests
 * (a headless window cannot show the platform's dialog).
 */
public interface FileDialogs {

    /** The files a dialog shows, such as "NeuroCanvas projects (*.json)" and "*.json". */
    record Kind(String description, String pattern) {
    }

    /**
     * The file to open, if one was chosen.
     *
     * @param folder where the dialog starts; null for the platform's choice
     */
    Optional<Path> open(Window owner, String title, Kind kind, Path folder);

    /**
     * The file to write, if one was chosen.
     *
     * @param folder where the dialog starts; null for the platform's choice
     * @param fileName the name it offers
     */
    Optional<Path> save(Window owner, String title, Kind kind, Path folder, String fileName);

    /** The platform's file dialogs. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, Kind kind, Path folder) {
                return Optional.ofNullable(chooser(title, kind, folder).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, Kind kind, Path folder, String fileName) {
                FileChooser chooser = chooser(title, kind, folder);
                chooser.setInitialFileName(fileName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }

    private static FileChooser chooser(String title, Kind kind, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.pattern()));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
