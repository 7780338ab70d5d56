package org.neurocanvas.ui;

import java.time.ZoneId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.Summary;
import org.neurocanvas.ui.editor.NetworkSketch;

/** The window's dialogs, styled like the window they belong to. */
public final class Dialogs {

    private static final double SUMMARY_MAX_HEIGHT = 560;
    /** Each template's sketch, and the room for its name and description beside it. */
    private static final double SKETCH_WIDTH = 150;
    private static final double SKETCH_HEIGHT = 70;
    private static final double TEMPLATE_TEXT_WIDTH = 440;

    private Dialogs() {
    }

    /** The real prompt: Save, Don't Save or Cancel, over {@code owner}. */
    public static UnsavedChangesPrompt unsavedChangesPrompt(Window owner) {
        return name -> {
            ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                    save, discard, ButtonType.CANCEL);
            alert.setHeaderText("Save the changes to " + name + "?");
            alert.setTitle(DocumentSession.APP_NAME);
            style(alert, owner);
            ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
            return answer == save ? UnsavedChangesPrompt.Answer.SAVE
                    : answer == discard ? UnsavedChangesPrompt.Answer.DISCARD : UnsavedChangesPrompt.Answer.CANCEL;
        };
    }

    /** At start, after a crash: Restore or Discard the unsaved changes of the recovery files, one tab each. */
    public static boolean askRestore(Window owner, List<Autosave.Recovery> recoveries) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String names = Autosave.names(recoveries);
        String when = DateTimeFormatter.ofPattern("d MMM HH:mm").format(recoveries.get(recoveries.size() - 1).written().atZone(ZoneId.systemDefault()));
        String copies = recoveries.size() == 1 ? "A copy of the unsaved changes to " + names + " was kept on " + when + "."
                : "Copies of the unsaved changes to " + names + " were kept, the last on " + when + "; each comes back in a tab of its own.";
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, DocumentSession.APP_NAME + " did not close normally. " + copies, restore, discard);
        alert.setHeaderText("Restore the unsaved changes to " + names + "?");
        alert.setTitle(DocumentSession.APP_NAME);
        style(alert, owner);
        return alert.showAndWait().orElse(discard) == restore;
    }

    /** Model > Summary: the Keras-style table of layers, shapes and parameters, in a monospace font. */
    public static void showSummary(Window owner, Project project) {
        // A label sizes itself to the table, so no column hides behind a scroll bar; only a very long model scrolls.
        Label table = new Label(new Summary(project).render());
        table.getStyleClass().add(Styles.SUMMARY_TEXT);
        table.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        ScrollPane scroller = new ScrollPane(table);
        scroller.setMaxHeight(SUMMARY_MAX_HEIGHT);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Model summary");
        dialog.setHeaderText("Summary of " + project.name());
        dialog.getDialogPane().setContent(scroller);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        style(dialog, owner);
        dialog.showAndWait();
    }

    /** Help > Shortcuts: the keys beside what they do, in two columns. */
    public static void showShortcuts(Window owner, List<Shortcuts.Row> rows) {
        GridPane table = new GridPane();
        table.getStyleClass().add(Styles.SHORTCUTS);
        for (int i = 0; i < rows.size(); i++) {
            Label keys = new Label(rows.get(i).keys());
            keys.getStyleClass().add(Styles.SHORTCUT_KEYS);
            table.addRow(i, keys, new Label(rows.get(i).action()));
        }
        ScrollPane scroller = new ScrollPane(table);
        scroller.setMaxHeight(SUMMARY_MAX_HEIGHT);
        scroller.setFitToWidth(true);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts and gestures");
        dialog.getDialogPane().setContent(scroller);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        style(dialog, owner);
        dialog.showAndWait();
    }

    /**
     * File > New from Template…: the samples, each under its name with what it is; a double-click
     * or Create opens the chosen one.
     *
     * @return the chosen sample's file, empty when cancelled
     */
    public static Optional<Path> chooseTemplate(Window owner, List<Templates.Template> templates) {
        ListView<Templates.Template> list = new ListView<>(FXCollections.observableArrayList(templates));
        list.setId("templates");
        list.getStyleClass().add(Styles.TEMPLATES);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Templates.Template t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(t.name());
                name.getStyleClass().add(Styles.TEMPLATE_NAME);
                Label description = new Label(t.description());
                description.getStyleClass().add(Styles.HINT);
                description.setWrapText(true);
                description.setMaxWidth(TEMPLATE_TEXT_WIDTH);
                HBox row = new HBox(14, new NetworkSketch(t.graph(), SKETCH_WIDTH, SKETCH_HEIGHT), new VBox(2, name, description));
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
            }
        });
        list.setPrefSize(SKETCH_WIDTH + TEMPLATE_TEXT_WIDTH + 100, 480);
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        Dialog<Path> dialog = new Dialog<>();
        dialog.setTitle("New from Template");
        dialog.setHeaderText(templates.isEmpty() ? "No sample projects were found in " + SampleProjects.FOLDER.toAbsolutePath() + "."
                : "Start from a sample network: it opens as a new, untitled project.");
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ((Button) dialog.getDialogPane().lookupButton(create)).fire();
            }
        });
        dialog.setResultConverter(button -> button == create ? list.getSelectionModel().getSelectedItem().file() : null);
        dialog.setResizable(true);
        style(dialog, owner);
        return dialog.showAndWait();
    }

    /** Help > About. */
    public static void showAbout(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Build a neural network by drawing it: drag layers onto the canvas, wire them, "
                        + "and watch the loss and accuracy curves grow while it trains.");
        alert.setTitle("About " + DocumentSession.APP_NAME);
        alert.setHeaderText(DocumentSession.APP_NAME);
        style(alert, owner);
        alert.showAndWait();
    }

    private static void style(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        DialogPane pane = dialog.getDialogPane();
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }
}
