package org.neurocanvas.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a chosen file or folder holds, for an import dialog to show before the person accepts it:
 * for a table, its format, columns, label column, classes (or a numeric target) and first rows;
 * for images, their size, channels, count, classes and a few samples. Every problem found is a
 * sentence naming the file (and, for a table, the line and column). Reading takes as long as a
 * load: make it off the FX thread.
 */
public final class ImportPreview {

    /** First rows of a table shown. */
    public static final int ROWS = 10;
    /** Sample images shown. */
    public static final int SAMPLES = 12;
    /** A label column with more whole numbers than this is taken for a number to predict, not classes. */
    static final int MAX_DETECTED_CLASSES = 30;
    /** Images in a folder are previewed at most this many pixels high or wide. */
    static final int MAX_PREVIEW_SIDE = 96;
    /**
     * Images in a folder are loaded for training at most this many pixels high or wide unless the
     * person chooses otherwise: larger images make a network slow to train and big to keep.
     */
    public static final int MAX_LOAD_SIDE = 64;
    /** A text column with a value of its own on every one of at least this many rows names its rows rather than describing them. */
    static final int MIN_IDENTIFIER_ROWS = 10;
    /** Column names that say the column numbers or names its rows: id, index, or ending in _id, -id or " id". */
    private static final Pattern IDENTIFIER_NAME = Pattern.compile("(?i)id|index|.*[_ -]id");

    /**
     * Images found, and a few of them to look at.
     *
     * @param shape   height, width, channels of each image as previewed
     * @param count   the images that decoded
     * @param balance how many images each class has
     * @param samples the values of up to {@link #SAMPLES} evenly spread images (0..1), image after image
     * @param labels  the class of each of those samples
     */
    public record Images(int[] shape, int count, ClassBalance balance, float[] samples, List<String> labels) {

        /** Copies the shape and the labels. */
        public Images {
            shape = shape.clone();
            labels = List.copyOf(labels);
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        /** The number of samples to show. */
        public int shown() {
            return labels.size();
        }
    }

    private final Path path;
    private final DataFormat format;
    private final Path dataFile;
    private final Path labelsFile;
    private final CsvReport table;
    private final CsvPreview rows;
    private final boolean regression;
    private final Images images;
    private final List<String> problems;
    private final List<String> notes;
    private final int[] loadShape;
    private final MissingValues missing;
    private final List<String> excluded;

    private ImportPreview(Path path, DataFormat format, Path dataFile, Path labelsFile, CsvReport table, CsvPreview rows,
            boolean regression, Images images, List<String> problems, List<String> notes, int[] loadShape, MissingValues missing,
            List<String> excluded) {
        this.path = path;
        this.format = format;
        this.dataFile = dataFile;
        this.labelsFile = labelsFile;
        this.table = table;
        this.rows = rows;
        this.regression = regression;
        this.images = images;
        this.problems = List.copyOf(problems);
        this.notes = List.copyOf(notes);
        this.loadShape = loadShape;
        this.missing = missing;
        this.excluded = List.copyOf(excluded);
    }

    /**
     * Reads what the file or folder holds, its format told by {@link DataFormat#of}. A table's label is
     * its last column, read as classes unless they are fractions or more than {@value #MAX_DETECTED_CLASSES}
     * numbers, which make it a number to predict.
     */
    public static ImportPreview of(Path chosen) {
        DataFormat format = DataFormat.of(chosen);
        return format == DataFormat.CSV ? withoutIdentifiers(detectTarget(chosen, CsvOptions.defaults())) : images(chosen, format);
    }

    /**
     * A first reading of a table leaves out of the features the columns that identify rows rather than describe them (an
     * id, a name on every row): as features they would not carry over to new samples. A note says so; the person can
     * take them back.
     */
    private static ImportPreview withoutIdentifiers(ImportPreview first) {
        if (first.table == null) {
            return first;
        }
        List<String> identifiers = new ArrayList<>();
        for (int j = 0; j < first.table.columns().size(); j++) {
            ColumnSummary column = first.table.columns().get(j);
            boolean ownValues = column.type() == ColumnSummary.Type.CATEGORICAL && column.missing() == 0
                    && first.table.rows() >= MIN_IDENTIFIER_ROWS && column.distinct() == first.table.rows();
            if (j != first.table.labelColumn() && (ownValues || IDENTIFIER_NAME.matcher(column.name()).matches())) {
                identifiers.add(column.name());
            }
        }
        if (identifiers.isEmpty()) {
            return first;
        }
        ImportPreview again = table(first.path, CsvOptions.defaults().regression(first.regression).exclude(identifiers));
        if (again.table == null) {
            // Without them nothing would be left to learn from: keep the first reading, which shows why.
            return first;
        }
        List<String> notes = new ArrayList<>(again.notes);
        String them = identifiers.size() == 1 ? "it" : "them";
        notes.add("Left out of the features as identifying rows rather than describing them (by name, or a value of its own on every "
                + "row): " + String.join(", ", identifiers) + "; tick " + them + " to use " + them + ".");
        return new ImportPreview(again.path, again.format, again.dataFile, again.labelsFile, again.table, again.rows, again.regression,
                again.images, again.problems, notes, again.loadShape, again.missing, again.excluded);
    }

    /**
     * Reads a table with the label in the named column, as classes or as a number to predict.
     *
     * @param labelColumn the label column's name, or null for the last column
     * @param missing     what a load does with a missing value
     * @param excluded    the names of the columns left out of the features
     */
    public static ImportPreview ofTable(Path chosen, String labelColumn, boolean regression, MissingValues missing,
            List<String> excluded) {
        CsvOptions options = labelColumn == null ? CsvOptions.defaults() : CsvOptions.defaults().labelColumn(labelColumn);
        return table(chosen, options.regression(regression).missing(missing).exclude(excluded));
    }

    private static ImportPreview detectTarget(Path chosen, CsvOptions options) {
        ImportPreview classes = table(chosen, options);
        if (classes.table == null) {
            // A label column of fractions cannot name classes; it may still be a number to predict.
            ImportPreview numbers = table(chosen, options.regression(true));
            return numbers.table != null ? numbers : classes;
        }
        ColumnSummary label = classes.table.columns().get(classes.table.labelColumn());
        boolean manyNumbers = label.type() == ColumnSummary.Type.NUMERIC && label.distinct() > MAX_DETECTED_CLASSES;
        return manyNumbers ? table(chosen, options.regression(true)) : classes;
    }

    private static ImportPreview table(Path chosen, CsvOptions options) {
        try {
            CsvReport report = CsvLoader.inspect(chosen, options);
            CsvPreview first = CsvLoader.preview(chosen, ROWS);
            return new ImportPreview(chosen, DataFormat.CSV, chosen, null, report, first, options.regression(), null, report.problems(),
                    List.of(), null, options.missing(), options.excluded());
        } catch (DataFileException e) {
            return failed(chosen, DataFormat.CSV, e);
        }
    }

    private static ImportPreview images(Path chosen, DataFormat format) {
        try {
            Path data = chosen;
            Path labels = null;
            List<String> notes = new ArrayList<>();
            Dataset read;
            int[] load = null;
            if (format == DataFormat.IDX) {
                Path[] pair = DataFormat.idxPair(chosen);
                data = pair[0];
                labels = pair[1];
                read = IdxLoader.load(pair[0], pair[1]);
            } else if (format == DataFormat.CIFAR10) {
                read = CifarLoader.load(DataFormat.cifarBatches(chosen, false));
            } else {
                int[] first = ImageFolderLoader.firstImageShape(chosen);
                load = loadShapeOf(chosen);
                int[] shown = shrunk(first, MAX_PREVIEW_SIDE);
                int height = shown[0];
                int width = shown[1];
                if (Math.max(first[0], first[1]) > MAX_PREVIEW_SIDE) {
                    notes.add(chosen.getFileName() + ": the first image is " + first[1] + " × " + first[0] + " pixels; the preview"
                            + " shows the images at " + width + " × " + height + ".");
                }
                ImageFolderLoader.Result result = ImageFolderLoader.load(chosen, width, height,
                        first[2] == 1 ? ImageFolderLoader.Color.GREYSCALE : ImageFolderLoader.Color.RGB);
                for (String skipped : result.skipped()) {
                    notes.add(chosen.getFileName() + "/" + skipped + ": expected an image that decodes, found another file;"
                            + " it is skipped.");
                }
                read = result.dataset();
            }
            return new ImportPreview(chosen, format, data, labels, null, null, false, sample(read), List.of(), notes, load, MissingValues.FAIL, List.of());
        } catch (DataFileException e) {
            return failed(chosen, format, e);
        }
    }

    /**
     * The height, width and channels a folder of images is loaded at unless the person chooses
     * otherwise: its first image's, shrunk to at most {@value #MAX_LOAD_SIDE} pixels on the longer side.
     *
     * @throws DataFileException when the folder has no image that decodes
     */
    public static int[] loadShapeOf(Path folder) throws DataFileException {
        return shrunk(ImageFolderLoader.firstImageShape(folder), MAX_LOAD_SIDE);
    }

    /** Height, width, channels with the longer side at most {@code side}, the aspect ratio kept as far as whole pixels allow. */
    private static int[] shrunk(int[] shape, int side) {
        double shrink = Math.min(1, (double) side / Math.max(shape[0], shape[1]));
        return new int[] {Math.max(1, (int) Math.round(shape[0] * shrink)), Math.max(1, (int) Math.round(shape[1] * shrink)), shape[2]};
    }

    private static ImportPreview failed(Path chosen, DataFormat format, DataFileException e) {
        return new ImportPreview(chosen, format, chosen, null, null, null, false, null, List.of(e.getMessage()), List.of(), null, MissingValues.FAIL,
                List.of());
    }

    /** Evenly spread samples of the data set, with their class names. */
    private static Images sample(Dataset data) {
        int n = Math.min(SAMPLES, data.size());
        int[] picked = new int[n];
        for (int i = 0; i < n; i++) {
            picked[i] = (int) ((long) i * data.size() / n);
        }
        float[] values = new float[n * data.featureCount()];
        data.gather(picked, 0, n, values, new float[n * data.targetWidth()]);
        int[] labels = data.labels();
        List<String> names = new ArrayList<>();
        for (int i : picked) {
            names.add(data.classNames().get(labels[i]));
        }
        return new Images(data.sampleShape(), data.size(), ClassBalance.of(data), values, names);
    }

    /** The file or folder chosen. */
    public Path path() {
        return path;
    }

    /** How it is read. */
    public DataFormat format() {
        return format;
    }

    /** The file or folder the data is read from: the one chosen, or for IDX the images file of the pair. */
    public Path dataFile() {
        return dataFile;
    }

    /** The labels file of an IDX pair, or null for other formats or when none was found. */
    public Path labelsFile() {
        return labelsFile;
    }

    /** What the table holds; null for images or when the file could not be read. */
    public CsvReport table() {
        return table;
    }

    /** The table's first rows as written; null for images or when the file could not be read. */
    public CsvPreview firstRows() {
        return rows;
    }

    /** What the table's load does with a missing value: stop (as read first), leave out the row, or fill in the mean. */
    public MissingValues missing() {
        return missing;
    }

    /** The table's columns left out of the features, by name; empty when every column but the label is a feature. */
    public List<String> excluded() {
        return excluded;
    }

    /** Whether the table's label column is read as a number to predict rather than classes. */
    public boolean regression() {
        return regression;
    }

    /** The images found; null for a table or when the files could not be read. */
    public Images images() {
        return images;
    }

    /**
     * For a folder of images, the height, width and channels (1 greyscale, 3 RGB) a project loads them
     * at unless the person chooses otherwise: the first image's size and colour, shrunk to at most
     * {@value #MAX_LOAD_SIDE} pixels on its longer side; null for other formats or when nothing decoded.
     */
    public int[] loadShape() {
        return loadShape == null ? null : loadShape.clone();
    }

    /** Sentences naming what keeps the data from loading; empty when it loads. */
    public List<String> problems() {
        return problems;
    }

    /** Sentences about what loads differently than one might expect (skipped files); they do not stop a load. */
    public List<String> notes() {
        return notes;
    }

    /** Whether the data loads as read here. */
    public boolean loads() {
        return problems.isEmpty();
    }

    /** The name of the table's label column, or null without a table. */
    public String labelColumn() {
        return table == null ? null : table.columns().get(table.labelColumn()).name();
    }

    /**
     * One line for a person: "iris.csv: 150 rows, 5 columns, 3 classes"; "t10k-images-idx3-ubyte: 10,000
     * images of 28 × 28, greyscale, 10 classes"; "x.csv: could not be read as a CSV or TSV table".
     */
    public String summary() {
        String name = String.valueOf(path.getFileName());
        if (table != null) {
            String target = regression ? "regression: numeric target '" + labelColumn() + "'"
                    : table.classNames().size() + " classes in column '" + labelColumn() + "'";
            return String.format(Locale.ROOT, "%s: %,d rows, %d columns, %s", name, table.rows(), table.columns().size(), target);
        }
        if (images != null) {
            int[] s = images.shape;
            return String.format(Locale.ROOT, "%s: %,d images of %d × %d, %s, %d classes", name, images.count, s[1], s[0],
                    s[2] == 1 ? "greyscale" : "colour", images.balance.classNames().size());
        }
        return name + ": could not be read as " + format.description();
    }

    /** How the table is written, e.g. "comma-separated, decimal point, header on the first line"; empty without a table. */
    public String tableFormat() {
        if (table == null) {
            return "";
        }
        String delimiter = switch (table.delimiter()) {
            case '\t' -> "tab-separated";
            case ';' -> "semicolon-separated";
            default -> "comma-separated";
        };
        return delimiter + ", decimal " + (table.decimalComma() ? "comma" : "point") + ", "
                + (table.header() ? "header on the first line" : "no header (columns numbered)");
    }
}
