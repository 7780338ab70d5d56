package org.neurocanvas.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.ui.Styles;

/**
 * File > Export Model: the trained model's card, a choice of format, then where to write it. A
 * format that cannot express a layer says so in the status bar, and nothing is written.
 */
public final class ExportModelDialog {

    private ExportModelDialog() {
    }

    /**
     * Shows the card and, if the person goes on, writes the model where they choose.
     *
     * @param evaluated the Evaluation tab's accuracy of the model, or null (see {@link ModelExport#card})
     * @param report receives the sentence saying what was written, or why not
     */
    public static void show(Window owner, ModelBundle bundle, String evaluated, Path folder, Consumer<String> report) {
        Label card = new Label(ModelExport.card(bundle, evaluated));
        card.getStyleClass().add(Styles.SUMMARY_TEXT);
        ComboBox<ModelExport.Format> formats = new ComboBox<>();
        formats.getItems().setAll(ModelExport.Format.values());
        formats.getSelectionModel().selectFirst();
        formats.setMaxWidth(Double.MAX_VALUE);
        formats.setAccessibleText("Export format");
        ButtonType export = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        Dialog<ModelExport.Format> dialog = new Dialog<>();
        dialog.setTitle("Export model");
        dialog.setHeaderText(ModelExport.heading(bundle.project().name()));
        dialog.getDialogPane().setContent(new VBox(12, card, new Label("Format"), formats));
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == export ? formats.getValue() : null);
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.showAndWait().ifPresent(format -> target(owner, format, bundle.project().name(), folder).ifPresent(path -> {
            try {
                ModelExport.write(format, bundle, path);
                report.accept("Exported " + bundle.project().name() + " as " + format.label().split(" \\(|:")[0] + " to " + path + ".");
            } catch (ModelFileException e) {
                report.accept(e.getMessage());
            }
        }));
    }

    private static Optional<Path> target(Window owner, ModelExport.Format format, String name, Path folder) {
        File start = folder != null ? folder.toFile() : null;
        if (format.isFolder()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder to create the training folder in");
            chooser.setInitialDirectory(start);
            return Optional.ofNullable(chooser.showDialog(owner)).map(dir -> dir.toPath().resolve(format.suggestedName(name)));
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + name);
        chooser.setInitialDirectory(start);
        chooser.setInitialFileName(format.suggestedName(name));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
