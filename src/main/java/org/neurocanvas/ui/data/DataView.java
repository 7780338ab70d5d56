package org.neurocanvas.ui.data;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.neurocanvas.compile.CompileException;
import org.neurocanvas.data.ClassBalance;
import org.neurocanvas.data.ColumnSummary;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.ui.evaluation.Thumbnails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Data tab (id {@code data-view}): what the project learns from. For a table, its first rows
 * and, per column, the type, missing values and statistics; for images, a grid of samples with
 * their labels beside the same samples as augmentation changes them; and the class balance as a
 * bar chart. The data loads on a background thread whenever the tab is shown and the project's
 * data setting changed since. Use it on the FX thread.
 */
public final class DataView extends BorderPane {

    /** Style class of the view. */
    public static final String VIEW = "data-view";
    /** Style class of the summary line on top. */
    public static final String SUMMARY = "data-summary";
    /** Style class of a part's title. */
    public static final String PART_TITLE = "data-part-title";
    /** Style class of the sentence shown while loading, on failure, or to explain. */
    public static final String NOTE = "data-note";
    /** Style class of a thumbnail with its label. */
    public static final String TILE = "data-tile";

    private static final Logger LOG = LoggerFactory.getLogger(DataView.class);
    /** Room for a value such as -0.006623 in the first rows. */
    private static final double COLUMN_WIDTH = 84;
    /** The first rows never take more than this of the width; the statistics need the rest. */
    private static final double MAX_ROWS_WIDTH = 640;
    /** Thumbnails are this many pixels wide. */
    private static final double THUMBNAIL = 48;

    private final Supplier<Project> project;
    private final Label note = new Label();
    private final Button importData = new Button("Import Data…");
    private final ReadOnlyObjectWrapper<DataPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    /** The data setting shown or being loaded; null when the view must load again. */
    private DataSpec loaded;
    private boolean active;
    private long generation;
    private long augmentationSeed = 1;

    /**
     * @param project the open project, read when the view loads
     */
    public DataView(Supplier<Project> project) {
        this.project = Objects.requireNonNull(project, "project");
        setId("data-view");
        getStyleClass().add(VIEW);
        note.getStyleClass().add(NOTE);
        note.setWrapText(true);
        importData.setId("data-import");
        importData.managedProperty().bind(importData.visibleProperty());
        importData.setVisible(false);
        showNote("The project's data shows here: a table's first rows and columns, or sample images, and how many samples each class has.");
    }

    /** Whether the view is on screen: it loads only then, as loading reads the files. */
    public void setActive(boolean shown) {
        active = shown;
        refresh();
    }

    /** Tells the view that the project may have changed: it loads again, now or when shown, if its data setting did. */
    public void projectChanged() {
        refresh();
    }

    /** Forgets what was loaded, as another project replaced the one shown: the next look loads again. */
    public void forget() {
        loaded = null;
        refresh();
    }

    /** Shows an Import Data… button above the data that runs this (File > Import Data…). */
    public void setOnImport(Runnable action) {
        importData.setOnAction(e -> action.run());
        importData.setVisible(true);
    }

    /** What is shown, or null while nothing is. */
    public ReadOnlyObjectProperty<DataPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    private void refresh() {
        DataSpec spec = project.get().data();
        if (!active || spec.equals(loaded)) {
            return;
        }
        load(spec);
    }

    private void load(DataSpec spec) {
        loaded = spec;
        long request = ++generation;
        long seed = augmentationSeed;
        Project current = project.get();
        preview.set(null);
        showNote("Loading the data…");
        Thread worker = new Thread(() -> {
            Runnable result;
            try {
                DataPreview made = DataPreviews.of(current, seed);
                result = () -> show(made);
            } catch (CompileException e) {
                result = () -> showNote(e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("The data preview failed", e);
                result = () -> showNote("The data could not be read: " + e.getMessage());
            }
            Runnable shown = result;
            Platform.runLater(() -> {
                if (request == generation) {
                    shown.run();
                }
            });
        }, "data-preview");
        worker.setDaemon(true);
        worker.start();
    }

    private void showNote(String sentence) {
        note.setText(sentence);
        setTop(top(new Label()));
        setCenter(note);
    }

    private void show(DataPreview p) {
        Label summary = new Label(p.summary());
        summary.getStyleClass().add(SUMMARY);
        setTop(top(summary));
        Node samples = p.table() != null ? table(p.table()) : images(p.images());
        HBox body = new HBox(samples, balance(p.balance()));
        body.getStyleClass().add("data-body");
        HBox.setHgrow(samples, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        setCenter(scroll);
        preview.set(p);
    }

    /** The summary line with the import button at its right. */
    private HBox top(Label summary) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, summary, gap, importData);
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    /** A titled part of the view (or of the import dialog). */
    static VBox part(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add(PART_TITLE);
        VBox part = new VBox(label, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return part;
    }

    private static Node table(DataPreview.Table t) {
        TableView<List<String>> rows = new TableView<>();
        rows.setId("data-rows");
        rows.setAccessibleText("The first rows of the data");
        for (int j = 0; j < t.columns().size(); j++) {
            int column = j;
            rows.getColumns().add(column(t.columns().get(j), r -> column < r.size() ? r.get(column) : ""));
        }
        rows.getItems().setAll(t.rows());
        rows.setPrefHeight(180);
        // Wide enough for every column of a small table; a wide one scrolls sideways.
        rows.setPrefWidth(Math.min(MAX_ROWS_WIDTH, COLUMN_WIDTH * t.columns().size() + 24));
        rows.setMinWidth(COLUMN_WIDTH * 2);
        TableView<ColumnSummary> stats = new TableView<>();
        stats.setId("data-columns");
        stats.setAccessibleText("Each column of the data");
        stats.getColumns().add(column("column", ColumnSummary::name));
        stats.getColumns().add(column("type", c -> DataTexts.type(c, t.excluded())));
        stats.getColumns().add(column("missing", c -> String.valueOf(c.missing())));
        stats.getColumns().add(column("min", c -> DataTexts.number(c.min())));
        stats.getColumns().add(column("max", c -> DataTexts.number(c.max())));
        stats.getColumns().add(column("mean", c -> DataTexts.number(c.mean())));
        stats.getColumns().add(column("std", c -> DataTexts.number(c.std())));
        stats.getColumns().add(column("values", DataTexts::categories));
        stats.getItems().setAll(t.stats());
        stats.setPrefHeight(180);
        stats.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Node statsPart = part("Columns", stats);
        HBox both = new HBox(part("First rows", rows), statsPart);
        both.getStyleClass().add("data-tables");
        HBox.setHgrow(statsPart, Priority.ALWAYS);
        return both;
    }

    private Node images(DataPreview.Images images) {
        Node plain = part("Samples", grid(images, images.plain(), "data-samples"));
        Node augmented;
        if (images.augmented() == null) {
            Label none = new Label("No augmentation is set. In the inspector's data settings, rotation, scale, shift, flip and "
                    + "brightness change each training image a little every epoch; the same samples show here as the network would see them.");
            none.getStyleClass().add(NOTE);
            none.setWrapText(true);
            none.setPrefWidth(360);
            augmented = part("With augmentation", none);
        } else {
            Button again = new Button("Augment again");
            again.setId("augment-again");
            again.setOnAction(e -> {
                augmentationSeed++;
                load(project.get().data());
            });
            augmented = part("With augmentation (as training sees them)", new VBox(6, grid(images, images.augmented(), "data-augmented"), again));
        }
        HBox both = new HBox(plain, augmented);
        both.getStyleClass().add("data-tables");
        return both;
    }

    private static FlowPane grid(DataPreview.Images images, float[] values, String id) {
        int[] shape = images.shape();
        int size = shape[0] * shape[1] * shape[2];
        FlowPane grid = new FlowPane(6, 6);
        grid.setId(id);
        grid.setPrefWrapLength(8 * (THUMBNAIL + 6));
        for (int i = 0; i < images.count(); i++) {
            WritableImage image = new WritableImage(shape[1], shape[0]);
            image.getPixelWriter().setPixels(0, 0, shape[1], shape[0], PixelFormat.getIntArgbInstance(),
                    Thumbnails.argb(values, i * size, shape), 0, shape[1]);
            ImageView view = new ImageView(image);
            view.setFitWidth(THUMBNAIL);
            view.setPreserveRatio(true);
            view.setSmooth(false);
            VBox tile = new VBox(view);
            if (!images.labels().isEmpty()) {
                tile.getChildren().add(new Label(images.labels().get(i)));
            }
            tile.getStyleClass().add(TILE);
            grid.getChildren().add(tile);
        }
        return grid;
    }

    private static Node balance(ClassBalance balance) {
        if (balance == null) {
            Label none = new Label("No classes: this network predicts numbers, so there is no class balance to show.");
            none.getStyleClass().add(NOTE);
            none.setWrapText(true);
            none.setPrefWidth(260);
            return part("Class balance", none);
        }
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("samples");
        // Samples are counted in whole numbers: a tick between two of them (2.5) is left unlabelled.
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return DataTexts.count(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text.replace(",", ""));
            }
        });
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("class-balance");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        XYChart.Series<String, Number> counts = new XYChart.Series<>();
        for (int c = 0; c < balance.classNames().size(); c++) {
            counts.getData().add(new XYChart.Data<>(balance.classNames().get(c), balance.counts().get(c)));
        }
        chart.getData().add(counts);
        chart.setPrefSize(360, 240);
        chart.setMinWidth(260);
        Label verdict = new Label(DataTexts.balance(balance));
        verdict.getStyleClass().add(NOTE);
        verdict.setWrapText(true);
        verdict.setMaxWidth(360);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        return part("Class balance", new VBox(chart, verdict));
    }

    /** A column of text that keeps room for a figure such as -0.0123 or the word categorical. */
    static <T> TableColumn<T, String> column(String title, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
        // Wide enough for a number such as -0.0123 or the word categorical, so no figure ends in "...".
        column.setMinWidth("type".equals(title) ? 92 : 64);
        return column;
    }
}
