package org.neurocanvas.ui.inspector;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for a data file with the platform's file chooser, and writes its path as the project keeps it. */
final class DataFileDialog {

    private DataFileDialog() {
    }

    /**
     * Shows the chooser over the window of {@code from}.
     *
     * @param folder the project's folder, or null before its first save
     * @param current the path the field holds now, or null: the chooser opens beside it
     * @return the chosen file's path, relative to the project's folder when it lies inside; empty when cancelled
     */
    static Optional<String> ask(Node from, String title, Path folder, String current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        Path start = DataChoices.startFolder(folder, current);
        if (start != null) {
            chooser.setInitialDirectory(start.toFile());
        }
        Window owner = from.getScene() == null ? null : from.getScene().getWindow();
        File chosen = chooser.showOpenDialog(owner);
        return chosen == null ? Optional.empty() : Optional.of(DataChoices.stored(folder, chosen.toPath()));
    }
}
