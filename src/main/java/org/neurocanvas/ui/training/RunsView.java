package org.neurocanvas.ui.training;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.neurocanvas.model.RunRecord;

/**
 * The Runs tab (id {@code runs}): every run kept in the project, newest first, with its start,
 * duration, outcome, final figures and key settings. Ticking a run overlays its validation loss on
 * the loss chart; Restore settings puts a run's training settings back into the project, as one
 * undoable edit; Delete run removes a run from the history once the person confirms it (a run is
 * not an edit, so Undo cannot bring it back). Use it on the FX thread.
 */
public final class RunsView extends BorderPane {

    /** Style class of the view. */
    public static final String VIEW = "runs-view";
    /** Style class of the row of buttons under the table. */
    public static final String ACTIONS = "runs-actions";

    /** A run as the table holds it: the record, its row of text, and whether it is overlaid. */
    public static final class Entry {
        private final RunRecord record;
        private final RunRows.Row row;
        private final BooleanProperty compared = new SimpleBooleanProperty(this, "compared", false);

        Entry(RunRecord record, RunRows.Row row) {
            this.record = record;
            this.row = row;
        }

        /** The recorded run. */
        public RunRecord record() {
            return record;
        }

        /** Its place in the history, from 1. */
        public int number() {
            return row.number();
        }

        /** Whether its validation loss is drawn on the loss chart. */
        public BooleanProperty comparedProperty() {
            return compared;
        }
    }

    private static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);

    private final TableView<Entry> table = new TableView<>();
    private final HBox actions = new HBox();
    private final ObservableList<Entry> compared = FXCollections.observableArrayList();
    private final ObservableList<Entry> comparedView = FXCollections.unmodifiableObservableList(compared);
    private final Label empty = new Label("Every run is kept here with its settings and results. Tick runs to draw their "
            + "validation loss on the loss chart; Restore settings brings a run's training settings back.");
    private List<RunRecord> shown = List.of();
    /** Asks the person whether to delete the run; true to go ahead. */
    private Predicate<Entry> confirmDelete = this::askDelete;

    /**
     * @param restore puts the run's training settings back into the project
     * @param delete  removes the run from the project's history, once confirmed
     * @param export  saves the history as CSV
     * @param running true while a run is under way, when settings are locked
     */
    public RunsView(Consumer<Entry> restore, Consumer<Entry> delete, Consumer<List<RunRecord>> export, BooleanExpression running) {
        setId("runs");
        getStyleClass().add(VIEW);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setAccessibleText("Runs of this project");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setEditable(true);
        // A table asks for 400 pixels; the dashboard gives it what the curves take, no more.
        table.setPrefHeight(120);
        table.setMinHeight(60);
        TableColumn<Entry, Boolean> tick = new TableColumn<>("compare");
        tick.setCellValueFactory(c -> c.getValue().comparedProperty());
        tick.setCellFactory(CheckBoxTableCell.forTableColumn(tick));
        tick.setEditable(true);
        tick.setPrefWidth(90);
        tick.setMinWidth(90);
        table.getColumns().add(tick);
        table.getColumns().add(column("#", 40, e -> String.valueOf(e.row.number())));
        table.getColumns().add(column("started", 140, e -> e.row.started()));
        table.getColumns().add(column("took", 90, e -> e.row.duration()));
        table.getColumns().add(column("outcome", 170, e -> e.row.outcome()));
        table.getColumns().add(column("loss", 80, e -> e.row.loss()));
        table.getColumns().add(column("val loss", 80, e -> e.row.valLoss()));
        table.getColumns().add(column("val acc", 80, e -> e.row.valAcc()));
        table.getColumns().add(column("settings", 300, e -> e.row.settings()));

        Button restoreButton = new Button("Restore settings");
        restoreButton.setId("restore-settings");
        restoreButton.setTooltip(new Tooltip("Puts the selected run's training settings back into the project (Undo takes them away)."));
        restoreButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(running));
        restoreButton.setOnAction(e -> restore.accept(table.getSelectionModel().getSelectedItem()));
        Button csv = new Button("Save runs as CSV…");
        csv.setId("save-runs");
        csv.disableProperty().bind(Bindings.isEmpty(table.getItems()));
        csv.setOnAction(e -> export.accept(shown));
        Button deleteButton = new Button("Delete run…");
        deleteButton.setId("delete-run");
        deleteButton.setTooltip(new Tooltip("Removes the selected run from the project's history, after asking."));
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(running));
        deleteButton.setOnAction(e -> {
            Entry entry = table.getSelectionModel().getSelectedItem();
            if (entry != null && confirmDelete.test(entry)) {
                delete.accept(entry);
            }
        });
        actions.getChildren().setAll(restoreButton, deleteButton, csv);
        actions.getStyleClass().add(ACTIONS);
        setCenter(table);
        setBottom(actions);
    }

    /** Lists these runs (oldest first, as the project keeps them), newest on top; ticks stay on runs still listed. */
    public void show(List<RunRecord> history) {
        if (history.equals(shown)) {
            return;
        }
        List<RunRecord> ticked = compared.stream().map(Entry::record).toList();
        shown = List.copyOf(history);
        List<Entry> entries = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            Entry entry = new Entry(history.get(i), RunRows.of(history.get(i), i + 1, ZoneId.systemDefault()));
            entry.compared.set(ticked.contains(entry.record));
            entry.compared.addListener((obs, was, on) -> updateCompared());
            entries.add(entry);
        }
        table.getItems().setAll(entries);
        updateCompared();
    }

    /** The ticked runs, in table order. */
    public ObservableList<Entry> compared() {
        return comparedView;
    }

    /** The table, for selecting and ticking runs. */
    public TableView<Entry> table() {
        return table;
    }

    /** Adds a control after the buttons under the table, for a setting of the runs to come. */
    public void addAction(Node control) {
        actions.getChildren().add(control);
    }

    /** Replaces the question asked before a run is deleted, for tests that cannot answer a dialog. */
    void setConfirmDelete(Predicate<Entry> confirm) {
        confirmDelete = confirm;
    }

    private boolean askDelete(Entry entry) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Its settings and curves leave the project's history, and Undo "
                + "cannot bring them back. A model or CSV file saved from it stays as it is.", DELETE, ButtonType.CANCEL);
        alert.setHeaderText("Delete run " + entry.number() + " from the history?");
        alert.setTitle("Delete run");
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        return alert.showAndWait().filter(DELETE::equals).isPresent();
    }

    private void updateCompared() {
        compared.setAll(table.getItems().stream().filter(e -> e.compared.get()).toList());
    }

    private static TableColumn<Entry, String> column(String title, double width, Function<Entry, String> text) {
        TableColumn<Entry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }
}
