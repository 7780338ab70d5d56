package org.neurocanvas.ui.data;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.neurocanvas.compile.DataPipeline;
import org.neurocanvas.data.ColumnSummary;
import org.neurocanvas.data.DataFormat;
import org.neurocanvas.data.ImportPreview;
import org.neurocanvas.data.MissingValues;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.layers.InputKind;
import org.neurocanvas.ui.SampleProjects;
import org.neurocanvas.ui.Styles;
import org.neurocanvas.ui.editor.EditorModel;
import org.neurocanvas.ui.evaluation.Thumbnails;
import org.neurocanvas.ui.inspector.DataChoices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Import Data…: the person chooses a file or a folder, the dialog reads it on a background
 * thread and shows what it found (for a table its format, columns, label column, classes and first
 * rows, with a check box per feature column to leave one out; for images their size, count, classes and a few samples; every problem as a sentence), and
 * Accept makes it the project's data as one undoable edit. Cancel changes nothing. A folder of images
 * is loaded at the size and colour the person sets here, starting from its first image's.
 */
public final class ImportDataDialog extends Dialog<DataSpec> {

    /** The button that makes the data the project's. */
    public static final ButtonType ACCEPT = new ButtonType("Accept", ButtonBar.ButtonData.OK_DONE);
    /** The target choice for a label that names classes ... */
    static final String CLASSES = "classes";
    /** ... and for a label that is a number to predict. */
    static final String NUMBER = "a number (regression)";
    /** Room for a value such as -0.006623 in the first rows. */
    private static final double COLUMN_WIDTH = 84;
    private static final double THUMBNAIL = 64;
    private static final Logger LOG = LoggerFactory.getLogger(ImportDataDialog.class);

    private final Project project;
    private final Label chosenPath = new Label("Nothing chosen yet.");
    private final Label summary = new Label("Choose a data file, or a folder of images with one sub-folder per class "
            + "(or a folder of CIFAR-10 batches).");
    private final Label format = new Label();
    private final VBox problems = new VBox(4);
    private final VBox details = new VBox(10);
    private final Label verdict = new Label();
    private final ChoiceBox<String> labelColumn = new ChoiceBox<>();
    private final ChoiceBox<String> target = new ChoiceBox<>();
    /** fail, drop or mean, as the project file names them ({@link DataSpec#MISSING}). */
    private final ChoiceBox<String> missing = new ChoiceBox<>();
    /** A check box per column but the label, ticked for a feature: an id or a name is unticked to leave it out. */
    private final FlowPane features = new FlowPane(12, 4);
    private final VBox tableChoices = new VBox(6, new HBox(8, new Label("Label column"), labelColumn, new Label("Predict"), target,
            new Label("Missing values"), missing), new HBox(8, new Label("Features"), features));
    private final TextField imageSize = new TextField();
    private final ChoiceBox<String> imageColour = new ChoiceBox<>();
    private final VBox imageChoices = new VBox(4, new HBox(8, new Label("Load at"), imageSize, new Label("pixels (height x width)"),
            new Label("Colour"), imageColour), hint("Images are loaded at the first image's size, at most "
            + ImportPreview.MAX_LOAD_SIDE + " pixels a side, and in its colour: change them here before Accept."));
    /** Says when the network's Input does not take the data's samples. */
    private final Label inputShapeNote = new Label();
    /** The table the label choices list the columns of, or null. */
    private Path choicesFile;
    private ImportPreview read;
    private DataSpec accepted;
    /** Counts readings, so that only the last one asked for is shown. */
    private long generation;
    /** True while the choice boxes are filled from a reading, so that filling them does not read again. */
    private boolean filling;

    /**
     * @param owner   the main window, or null
     * @param project the open project: its data is replaced on Accept, its folder holds relative paths
     * @param chosen  a file or folder to read at once, or null to let the person choose
     */
    public ImportDataDialog(Window owner, Project project, Path chosen) {
        this.project = project;
        setTitle("Import Data");
        setResizable(true);
        initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        getDialogPane().setId("import-data");
        getDialogPane().getButtonTypes().addAll(ACCEPT, ButtonType.CANCEL);
        getDialogPane().lookupButton(ACCEPT).setDisable(true);
        Button file = new Button("Choose File…");
        file.setId("import-choose-file");
        file.setOnAction(e -> chooseFile());
        Button folder = new Button("Choose Folder…");
        folder.setId("import-choose-folder");
        folder.setOnAction(e -> chooseFolder());
        chosenPath.getStyleClass().add(Styles.HINT);
        HBox choosing = new HBox(8, file, folder, chosenPath);
        summary.setId("import-summary");
        summary.getStyleClass().add(DataView.SUMMARY);
        summary.setWrapText(true);
        format.setId("import-format");
        format.getStyleClass().add(Styles.HINT);
        problems.setId("import-problems");
        verdict.setId("import-verdict");
        verdict.getStyleClass().add(Styles.CARD_PROBLEM);
        verdict.setWrapText(true);
        verdict.managedProperty().bind(verdict.visibleProperty());
        verdict.setVisible(false);
        labelColumn.setId("import-label");
        target.setId("import-target");
        target.getItems().setAll(CLASSES, NUMBER);
        tableChoices.getChildren().forEach(row -> ((HBox) row).setAlignment(Pos.CENTER_LEFT));
        features.setId("import-features");
        HBox.setHgrow(features, Priority.ALWAYS);
        labelColumn.valueProperty().addListener((o, was, now) -> readTableAgain());
        target.valueProperty().addListener((o, was, now) -> readTableAgain());
        missing.setId("import-missing");
        missing.getItems().setAll(DataSpec.MISSING);
        missing.setValue(DataSpec.MISSING.get(0));
        missing.valueProperty().addListener((o, was, now) -> readTableAgain());
        imageSize.setId("import-image-size");
        imageSize.setPrefColumnCount(7);
        imageColour.setId("import-image-colour");
        imageColour.getItems().setAll(DataChoices.COLOURS);
        ((HBox) imageChoices.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
        imageSize.textProperty().addListener((o, was, now) -> decideAgain());
        imageColour.valueProperty().addListener((o, was, now) -> decideAgain());
        inputShapeNote.setId("import-input-note");
        inputShapeNote.getStyleClass().add(Styles.HINT);
        inputShapeNote.setWrapText(true);
        inputShapeNote.managedProperty().bind(inputShapeNote.visibleProperty());
        inputShapeNote.setVisible(false);
        VBox content = new VBox(10, choosing, summary, format, problems, details, inputShapeNote, verdict);
        content.setPrefWidth(920);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(960, 620);
        getDialogPane().setContent(scroll);
        setResultConverter(button -> button == ACCEPT ? accepted : null);
        if (chosen != null) {
            read(chosen);
        }
    }

    /** Opens the dialog over the main window; on Accept the project's data becomes the data read, as one undoable edit. */
    public static void ask(Window owner, EditorModel editor) {
        ask(owner, editor, null);
    }

    /** As {@link #ask(Window, EditorModel)}, reading {@code chosen} at once when it is not null. */
    static void ask(Window owner, EditorModel editor, Path chosen) {
        Project project = editor.session().project();
        ImportDataDialog dialog = new ImportDataDialog(owner, project, chosen);
        dialog.showAndWait().ifPresent(spec -> {
            // The canvas shows the table's width at once, as it does for data whose shape is known.
            ImportPreview read = dialog.reading();
            if (read != null && read.table() != null) {
                editor.session().noteSampleShape(spec, Shape.vector(read.table().featureCount()));
            }
            editor.execute(new ChangeTraining(project.training(), spec, "data (imported)"));
        });
    }

    /** What was read last, or null while nothing is. */
    public ImportPreview reading() {
        return read;
    }

    /** Reads this file or folder as its format says, off the FX thread. */
    public void read(Path chosen) {
        choicesFile = null;
        chosenPath.setText(chosen.toAbsolutePath().toString());
        start(chosen, () -> ImportPreview.of(chosen));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Data: a CSV or TSV table, IDX images or labels, or a CIFAR-10 batch");
        Optional.ofNullable(startFolder()).ifPresent(chooser::setInitialDirectory);
        File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (file != null) {
            read(file.toPath());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import Data: a folder with one sub-folder of images per class, or of CIFAR-10 batches");
        Optional.ofNullable(startFolder()).ifPresent(chooser::setInitialDirectory);
        File folder = chooser.showDialog(getDialogPane().getScene().getWindow());
        if (folder != null) {
            read(folder.toPath());
        }
    }

    private File startFolder() {
        Path start = read != null ? read.path().toAbsolutePath().getParent() : project.folder();
        // A new project has no folder yet: the samples' data (iris.csv, ...) is a good first place to look.
        if (start == null && Files.isDirectory(SampleProjects.DATA)) {
            start = SampleProjects.DATA;
        }
        return start == null ? null : start.toFile();
    }

    private void readTableAgain() {
        if (filling || choicesFile == null || labelColumn.getValue() == null) {
            return;
        }
        Path file = choicesFile;
        String label = labelColumn.getValue();
        boolean regression = NUMBER.equals(target.getValue());
        MissingValues policy = DataPipeline.missingValues(missing.getValue());
        // A column just made the label is no longer left out.
        List<String> excluded = features.getChildren().stream().map(CheckBox.class::cast).filter(box -> !box.isSelected())
                .map(CheckBox::getText).filter(name -> !name.equals(label)).toList();
        start(file, () -> ImportPreview.ofTable(file, label, regression, policy, excluded));
    }

    private void start(Path chosen, Supplier<ImportPreview> reading) {
        long request = ++generation;
        accepted = null;
        getDialogPane().lookupButton(ACCEPT).setDisable(true);
        summary.setText("Reading " + chosen.getFileName() + "…");
        Thread worker = new Thread(() -> {
            Runnable result;
            try {
                ImportPreview made = reading.get();
                result = () -> show(made);
            } catch (RuntimeException e) {
                LOG.error("Reading {} for the import dialog failed", chosen, e);
                result = () -> summary.setText(chosen.getFileName() + " could not be read: " + e.getMessage());
            }
            Runnable shown = result;
            Platform.runLater(() -> {
                if (request == generation) {
                    shown.run();
                }
            });
        }, "import-preview");
        worker.setDaemon(true);
        worker.start();
    }

    private void show(ImportPreview p) {
        read = p;
        summary.setText(p.summary());
        format.setText(p.table() != null ? p.tableFormat() : p.format().description()
                + (p.labelsFile() != null ? ", labels from " + p.labelsFile().getFileName() : ""));
        problems.getChildren().clear();
        p.problems().forEach(sentence -> problems.getChildren().add(sentence(sentence, Styles.CARD_PROBLEM)));
        p.notes().forEach(sentence -> problems.getChildren().add(sentence(sentence, Styles.HINT)));
        details.getChildren().clear();
        if (p.table() != null) {
            fillTableChoices(p);
            details.getChildren().addAll(tableChoices, classes(p), DataView.part("Columns", columns(p)),
                    DataView.part("First rows", firstRows(p)));
        } else if (p.images() != null) {
            if (p.format() == DataFormat.IMAGE_FOLDER) {
                fillImageChoices(p);
                details.getChildren().add(imageChoices);
            }
            details.getChildren().addAll(classes(p), DataView.part("Samples", samples(p.images())));
        } else if (p.path().equals(choicesFile)) {
            // Another label column or target made the table unreadable: the choices stay, to choose again.
            details.getChildren().add(tableChoices);
        }
        decide(p);
    }

    /** What Accept would make of the reading, with the image size and colour as set; or a sentence why it cannot. */
    private void decide(ImportPreview p) {
        try {
            String image = p.format() == DataFormat.IMAGE_FOLDER && p.loads()
                    ? DataChoices.image(imageSize.getText(), imageColour.getValue()) : null;
            accepted = DataChoices.imported(project.data(), p, project.folder(), image);
            verdict.setVisible(false);
        } catch (IllegalArgumentException refused) {
            accepted = null;
            verdict.setText(p.loads() ? refused.getMessage()
                    : "Accept waits for data that loads: mend the data, or choose other data, another label column or target.");
            verdict.setVisible(true);
        }
        Optional<String> note = accepted == null ? Optional.empty() : inputNote(project, p.table() != null
                ? new int[] {p.table().featureCount()} : accepted.knownSampleShape().map(Shape::dims).orElse(p.images().shape()));
        inputShapeNote.setText(note.orElse(""));
        inputShapeNote.setVisible(note.isPresent());
        getDialogPane().lookupButton(ACCEPT).setDisable(accepted == null);
    }

    private void decideAgain() {
        if (!filling && read != null) {
            decide(read);
        }
    }

    private void fillImageChoices(ImportPreview p) {
        filling = true;
        int[] load = p.loadShape();
        imageSize.setText(load[0] + "x" + load[1]);
        imageColour.setValue(load[2] == 3 ? DataChoices.RGB : DataChoices.GREYSCALE);
        filling = false;
    }

    /**
     * A sentence when the network's Input has a fixed shape that the data's samples do not have, so
     * that the person knows before training what to change; empty when it fits or is 'auto'.
     */
    static Optional<String> inputNote(Project project, int[] sample) {
        Optional<LayerNode> input = project.analyse().input();
        if (input.isEmpty()) {
            return Optional.empty();
        }
        String text = String.valueOf(input.get().setting(InputKind.SHAPE)).trim();
        Shape takes;
        try {
            takes = InputKind.AUTO.equals(text) ? null : Shape.parse(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (takes == null || Arrays.equals(takes.dims(), sample)) {
            return Optional.empty();
        }
        return Optional.of("The network's " + input.get().id() + " takes samples of shape " + takes.text() + ", and this data's are "
                + new Shape(sample).text() + ": after Accept, set its shape to auto (or " + new Shape(sample).text() + ").");
    }

    private static Label hint(String text) {
        return sentence(text, Styles.HINT);
    }

    private static Label sentence(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }

    private void fillTableChoices(ImportPreview p) {
        filling = true;
        choicesFile = p.path();
        labelColumn.getItems().setAll(p.table().columns().stream().map(ColumnSummary::name).toList());
        labelColumn.setValue(p.labelColumn());
        target.setValue(p.regression() ? NUMBER : CLASSES);
        missing.setValue(DataChoices.missingName(p.missing()));
        features.getChildren().clear();
        for (ColumnSummary column : p.table().columns()) {
            if (!column.name().equals(p.labelColumn())) {
                CheckBox feature = new CheckBox(column.name());
                // A column name such as sepal_length is shown as written, not read as a keyboard shortcut.
                feature.setMnemonicParsing(false);
                feature.setSelected(!p.excluded().contains(column.name()));
                feature.selectedProperty().addListener((o, was, now) -> readTableAgain());
                features.getChildren().add(feature);
            }
        }
        filling = false;
    }

    /** "Classes: setosa 50, versicolor 50, virginica 50", or what a regression target spans. */
    static String classesText(ImportPreview p) {
        if (p.regression()) {
            ColumnSummary label = p.table().columns().get(p.table().labelColumn());
            return String.format(Locale.ROOT, "Regression: numeric target '%s', from %s to %s, mean %s.", label.name(),
                    DataTexts.number(label.min()), DataTexts.number(label.max()), DataTexts.number(label.mean()));
        }
        List<String> names = p.table() != null ? p.table().classNames() : p.images().balance().classNames();
        List<Integer> counts = p.table() != null ? p.table().classCounts() : p.images().balance().counts();
        StringBuilder text = new StringBuilder("Classes: ");
        for (int c = 0; c < names.size(); c++) {
            text.append(c == 0 ? "" : ", ").append(names.get(c)).append(' ').append(String.format(Locale.ROOT, "%,d", counts.get(c)));
        }
        return text.append('.').toString();
    }

    private static Node classes(ImportPreview p) {
        Label label = new Label(classesText(p));
        label.setId("import-classes");
        label.setWrapText(true);
        return label;
    }

    private static Node columns(ImportPreview p) {
        TableView<ColumnSummary> stats = new TableView<>();
        stats.setId("import-columns");
        stats.setAccessibleText("Each column of the file");
        stats.getColumns().add(DataView.column("column", ColumnSummary::name));
        stats.getColumns().add(DataView.column("type", c -> DataTexts.type(c, p.excluded())));
        stats.getColumns().add(DataView.column("missing", c -> String.valueOf(c.missing())));
        stats.getColumns().add(DataView.column("min", c -> DataTexts.number(c.min())));
        stats.getColumns().add(DataView.column("max", c -> DataTexts.number(c.max())));
        stats.getColumns().add(DataView.column("mean", c -> DataTexts.number(c.mean())));
        stats.getColumns().add(DataView.column("values", DataTexts::categories));
        stats.getItems().setAll(p.table().columns());
        stats.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        stats.setPrefHeight(Math.min(260, 30 + 26 * p.table().columns().size()));
        return stats;
    }

    private static Node firstRows(ImportPreview p) {
        TableView<List<String>> rows = new TableView<>();
        rows.setId("import-rows");
        rows.setAccessibleText("The first rows of the file");
        List<String> names = p.firstRows().columns();
        for (int j = 0; j < names.size(); j++) {
            int column = j;
            TableColumn<List<String>, String> c = DataView.column(names.get(j), r -> column < r.size() ? r.get(column) : "");
            // Wide enough for the header's name, so that sepal_length does not read "sepal_l...".
            c.setPrefWidth(Math.max(COLUMN_WIDTH, 8 * names.get(j).length() + 24));
            rows.getColumns().add(c);
        }
        rows.getItems().setAll(p.firstRows().rows());
        rows.setPrefHeight(30 + 26 * Math.max(1, p.firstRows().rows().size()));
        return rows;
    }

    private static Node samples(ImportPreview.Images images) {
        int[] shape = images.shape();
        int size = shape[0] * shape[1] * shape[2];
        FlowPane grid = new FlowPane(8, 8);
        grid.setId("import-samples");
        for (int i = 0; i < images.shown(); i++) {
            WritableImage image = new WritableImage(shape[1], shape[0]);
            image.getPixelWriter().setPixels(0, 0, shape[1], shape[0], PixelFormat.getIntArgbInstance(),
                    Thumbnails.argb(images.samples(), i * size, shape), 0, shape[1]);
            ImageView view = new ImageView(image);
            view.setFitWidth(THUMBNAIL);
            view.setPreserveRatio(true);
            view.setSmooth(false);
            VBox tile = new VBox(view, new Label(images.labels().get(i)));
            tile.getStyleClass().add(DataView.TILE);
            grid.getChildren().add(tile);
        }
        return grid;
    }
}
