package org.neurocanvas.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.SettingSpec.Type;

/**
 * The data settings the inspector shows for a source: a generated set has samples, classes, noise
 * and seed; a shipped set nothing but its name; a file source its file (and an IDX set its labels
 * file, a CSV its label column; a folder of images its size and colour); a sequence task samples, length and seed. Scaling applies to all.
 */
final class DataFields {

    /** Label of the field holding a file source's data file. */
    static final String FILE = "File";
    /** Label of the field holding an IDX source's labels file. */
    static final String LABELS_FILE = "Labels file";
    /** Label of the field holding an images source's folder. */
    static final String FOLDER = "Folder";
    /** Label of the field holding the height x width an images source is resized to. */
    static final String IMAGE_SIZE = "Image size";
    /** Label of the field holding an images source's colour. */
    static final String COLOUR = "Colour";
    /** Label of the field holding the columns a CSV source leaves out of the features. */
    static final String LEFT_OUT = "Left out";
    /** Label of the field holding the fraction of the samples held back as a test part. */
    static final String TEST = "Test split";
    /** Label of the field holding a CSV source's separate validation file. */
    static final String VALIDATION_FILE = "Validation file";
    /** Label of the field holding a CSV source's separate test file. */
    static final String TEST_FILE = "Test file";

    private DataFields() {
    }

    /** The data fields for this data's source, in the inspector's order. */
    static List<ProjectField> of(DataSpec data) {
        String source = data.source();
        boolean generated = DataSpec.GENERATED.contains(source);
        boolean sequences = DataSpec.SEQUENCES.contains(source);
        List<ProjectField> fields = new ArrayList<>();
        fields.add(field(ProjectField.SOURCE, DataChoices.describe(source), Type.CHOICE, ProjectField.SOURCES, false,
                DataSpec::source, (d, v) -> DataChoices.withSource(d, ProjectField.choice(v))));
        if (DataSpec.IMAGES.equals(source)) {
            fields.add(field(FOLDER, "The folder of images, one sub-folder per class; the sub-folders' names are the classes.",
                    Type.TEXT, List.of(), false, DataSpec::path, (d, v) -> DataChoices.edit(d, e -> e.path = text(v))));
            fields.add(field(IMAGE_SIZE, "Height x width in pixels every image is resized to, such as 28x28; its aspect ratio is not kept.",
                    Type.TEXT, List.of(), false, DataChoices::imageSize,
                    (d, v) -> d.withImage(DataChoices.image(text(v), DataChoices.imageColour(d)))));
            fields.add(field(COLOUR, "greyscale gives one channel per pixel, rgb three (red, green, blue).", Type.CHOICE,
                    DataChoices.COLOURS, false, DataChoices::imageColour,
                    (d, v) -> d.withImage(DataChoices.image(DataChoices.imageSize(d), ProjectField.choice(v)))));
        } else if (DataSpec.FILES.contains(source)) {
            fields.add(field(FILE, "idx".equals(source) ? "The IDX file of the images."
                            : "cifar10".equals(source) ? "A CIFAR-10 binary batch file, or the folder that holds the batches."
                            : "The CSV file, one sample per row.", Type.TEXT, List.of(), true,
                    DataSpec::path, (d, v) -> DataChoices.edit(d, e -> e.path = text(v))));
            if (DataChoices.needsLabels(source)) {
                fields.add(field(LABELS_FILE, "The IDX file of the labels that go with the images.", Type.TEXT, List.of(), true,
                        DataSpec::labels, (d, v) -> DataChoices.edit(d, e -> e.labels = text(v))));
            }
            if ("csv".equals(source)) {
                fields.add(field("Label column", "The name of the column that holds each sample's class; empty for the last column.",
                        Type.TEXT, List.of(), false, d -> d.label() == null ? "" : d.label(),
                        (d, v) -> DataChoices.edit(d, e -> e.label = text(v))));
                fields.add(field(LEFT_OUT, "Columns that are not features, such as an id or a name, separated by commas; "
                                + "empty when every column but the label is a feature.", Type.TEXT, List.of(), false,
                        d -> String.join(", ", d.exclude()), (d, v) -> d.withExclude(DataChoices.columns(text(v)))));
                fields.add(field("Missing values", "What an empty or NA field does: fail stops with its line and column, drop leaves "
                                + "out its row, mean fills in its column's mean.", Type.CHOICE, DataSpec.MISSING, false,
                        d -> d.missing() == null ? "fail" : d.missing(),
                        (d, v) -> DataChoices.edit(d, e -> e.missing = "fail".equals(ProjectField.choice(v)) ? null : ProjectField.choice(v))));
                fields.add(field(VALIDATION_FILE, "A second CSV with the same columns to validate on; empty to hold back part of the first.",
                        Type.TEXT, List.of(), true, d -> d.validation() == null ? "" : d.validation(),
                        (d, v) -> DataChoices.edit(d, e -> e.validation = text(v))));
                fields.add(field(TEST_FILE, "A CSV with the same columns, measured once when training ends; empty to hold back the "
                                + "test split instead.", Type.TEXT, List.of(), true, d -> d.testFile() == null ? "" : d.testFile(),
                        (d, v) -> DataChoices.edit(d, e -> e.testFile = text(v))));
            }
        }
        if (generated || sequences) {
            fields.add(field("Samples", "How many samples are made, before the validation split.", Type.INT, List.of(), false,
                    DataSpec::samples, (d, v) -> DataChoices.edit(d, e -> e.samples = ProjectField.count("Samples", v))));
        }
        if (generated) {
            fields.add(field("Classes", "How many classes the points belong to; the Output layer needs one score per class.",
                    Type.INT, List.of(), false, DataSpec::classes,
                    (d, v) -> DataChoices.edit(d, e -> e.classes = ProjectField.count("Classes", v))));
            fields.add(field("Noise", "How far points scatter from their ideal place; more noise makes the task harder.",
                    Type.DOUBLE, List.of(), false, DataSpec::noise,
                    (d, v) -> DataChoices.edit(d, e -> e.noise = ProjectField.decimal("Noise", v))));
        }
        if (sequences) {
            fields.add(field("Length", "How many steps each sequence has.", Type.INT, List.of(), false,
                    DataSpec::length, (d, v) -> DataChoices.edit(d, e -> e.length = ProjectField.count("Length", v))));
        }
        if (generated || sequences) {
            fields.add(field("Seed", "Draws the samples: the same seed gives the same data set.", Type.INT, List.of(), false,
                    DataSpec::seed, (d, v) -> DataChoices.edit(d, e -> e.seed = ProjectField.whole("Data seed", v))));
        }
        fields.add(field(TEST, "The fraction of the samples held back from training and validation, stratified by class, and "
                        + "measured once when training ends; 0 for none.", Type.DOUBLE, List.of(), false,
                DataSpec::test, (d, v) -> d.withTest(ProjectField.decimal(TEST, v))));
        fields.add(field("Task", "What the network predicts: each sample's class, a number (regression, from the label column "
                        + "of a CSV), or the sample itself (reconstruction, for an autoencoder).", Type.CHOICE, DataSpec.TASKS, false,
                DataSpec::task, (d, v) -> d.withTask(ProjectField.choice(v))));
        fields.add(field("Scaling", "How each feature is rescaled, fitted on the training samples only: minmax maps it to 0..1, "
                        + "standardize to mean 0 and spread 1.", Type.CHOICE, DataSpec.SCALINGS, false,
                DataSpec::scaling, (d, v) -> d.withScaling(ProjectField.choice(v))));
        return fields;
    }

    private static ProjectField field(String label, String description, Type type, List<String> choices, boolean file,
                                      Function<DataSpec, Object> read, BiFunction<DataSpec, Object, DataSpec> with) {
        return new ProjectField(ProjectField.DATA, label, description, type, choices, file, p -> read.apply(p.data()),
                (p, v) -> new ChangeTraining(p.training(), with.apply(p.data(), v), "data " + label.toLowerCase(Locale.ROOT)));
    }

    /** Trimmed text, or null for an empty field. */
    private static String text(Object value) {
        String text = value == null ? "" : String.valueOf(value).trim();
        return text.isEmpty() ? null : text;
    }
}
