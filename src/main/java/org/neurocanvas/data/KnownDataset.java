package org.neurocanvas.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Real data sets NeuroCanvas knows by name: small ones that ship inside the application
 * (samples/data, licences in samples/DATA-LICENSES.md) and a large one that Debian's
 * {@code dataset-fashion-mnist} package installs. Nothing is ever downloaded: a set whose files
 * are absent is simply not {@link #available()}.
 */
public enum KnownDataset {

    IRIS("iris", "iris.csv", CsvOptions.defaults(),
            "150 iris flowers, 4 measurements each, 3 species: the classic first table."),

    DIABETES("diabetes", "diabetes.csv", CsvOptions.defaults().regression(true),
            "442 diabetes patients, 10 measurements each, and how far the disease progressed a year later: a number to predict."),

    DIGITS("digits", "digits.csv.gz", CsvOptions.defaults().sampleShape(8, 8, 1),
            "1,797 handwritten digits of 8 x 8 pixels (0 to 16 ink), 10 classes: tiny images."),

    MNIST_10K("mnist-10k", "mnist-10k-images-idx3-ubyte.gz", null,
            "10,000 real MNIST handwritten digits of 28 x 28 pixels, 10 classes.") {
        @Override
        public Dataset load() throws DataFileException {
            return IdxLoader.load(id(), DataSource.resource(SHIPPED + "mnist-10k-images-idx3-ubyte.gz"),
                    DataSource.resource(SHIPPED + "mnist-10k-labels-idx1-ubyte.gz"), null);
        }
    },

    FASHION_MNIST_10K("fashion-mnist-10k", "fashion-mnist-t10k-images-idx3-ubyte.gz", null,
            "Fashion-MNIST's 10,000 test images: clothes of 28 x 28 pixels, 10 classes, harder than digits.") {
        @Override
        public Dataset load() throws DataFileException {
            return IdxLoader.load(id(), DataSource.resource(SHIPPED + "fashion-mnist-t10k-images-idx3-ubyte.gz"),
                    DataSource.resource(SHIPPED + "fashion-mnist-t10k-labels-idx1-ubyte.gz"), FASHION_CLASSES);
        }
    },

    FASHION_MNIST_60K("fashion-mnist-60k", null, null,
            "Fashion-MNIST's 60,000 training images, when Debian's dataset-fashion-mnist package is installed.") {
        @Override
        public Dataset load() throws DataFileException {
            return IdxLoader.load(id(), DataSource.of(DEBIAN_FASHION_MNIST.resolve("train-images-idx3-ubyte.gz")),
                    DataSource.of(DEBIAN_FASHION_MNIST.resolve("train-labels-idx1-ubyte.gz")), FASHION_CLASSES);
        }

        @Override
        public boolean available() {
            return Files.isReadable(DEBIAN_FASHION_MNIST.resolve("train-images-idx3-ubyte.gz"))
                    && Files.isReadable(DEBIAN_FASHION_MNIST.resolve("train-labels-idx1-ubyte.gz"));
        }
    };

    /** Where Debian's {@code dataset-fashion-mnist} puts the full set (train-* and t10k-* IDX files). */
    public static final Path DEBIAN_FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

    /** What the name of a Fashion-MNIST file, or of the folder that holds it, contains. */
    private static final String FASHION_FOLDER_TEXT = "fashion";

    /** Fashion-MNIST's classes, indexed by label. */
    public static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress",
            "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /**
     * The class names of an IDX images or labels file that its name or its folder's name shows to be
     * Fashion-MNIST (our shipped "fashion-mnist-t10k-...", or Debian's files in
     * a folder named fashion-mnist); null for any other file, whose classes go by their digits.
     */
    public static List<String> idxClassNames(Path idxFile) {
        Path absolute = idxFile.toAbsolutePath();
        Path folder = absolute.getParent();
        boolean fashion = named(absolute.getFileName()) || folder != null && named(folder.getFileName());
        return fashion ? FASHION_CLASSES : null;
    }

    private static boolean named(Path name) {
        return name != null && name.toString().toLowerCase(Locale.ROOT).contains(FASHION_FOLDER_TEXT);
    }

    /** The class-path folder of the data files that ship with the application. */
    private static final String SHIPPED = "/samples/data/";

    private final String id;
    private final String shippedFile;
    /** How a set that ships as a CSV file loads; null for the others. */
    private final CsvOptions csvOptions;
    private final String description;

    KnownDataset(String id, String shippedFile, CsvOptions csvOptions, String description) {
        this.id = id;
        this.shippedFile = shippedFile;
        this.csvOptions = csvOptions;
        this.description = description;
    }

    /** The short name used in project files and on the command line, e.g. "mnist-10k". */
    public String id() {
        return id;
    }

    /** One sentence for a tooltip. */
    public String description() {
        return description;
    }

    /** True when the data set's files are present (always, for the sets that ship). */
    public boolean available() {
        return KnownDataset.class.getResource(SHIPPED + shippedFile) != null;
    }

    /**
     * Reads the data set; decompressing 60,000 images of 28 x 28 takes about a second.
     *
     * @throws DataFileException when its files are absent or damaged
     */
    public Dataset load() throws DataFileException {
        return CsvLoader.load(DataSource.resource(SHIPPED + shippedFile), csvOptions);
    }

    /** Whether the set ships as a table of named columns, one flat sample per row (iris, diabetes), rather than images. */
    public boolean isTable() {
        return csvOptions != null && csvOptions.sampleShape() == null;
    }

    /**
     * What the shipped table holds, column by column, as {@link CsvLoader#inspect} tells it.
     *
     * @throws IllegalStateException for a set that is not a {@link #isTable() table}
     */
    public CsvReport inspect() throws DataFileException {
        return CsvLoader.inspect(table(), csvOptions);
    }

    /**
     * The shipped table's first rows, as {@link CsvLoader#preview} gives them.
     *
     * @throws IllegalStateException for a set that is not a {@link #isTable() table}
     */
    public CsvPreview preview(int rows) throws DataFileException {
        return CsvLoader.preview(table(), rows);
    }

    private DataSource table() throws DataFileException {
        if (!isTable()) {
            throw new IllegalStateException("Data set '" + id + "' is not a table of named columns.");
        }
        return DataSource.resource(SHIPPED + shippedFile);
    }

    /**
     * The known data set with this id, ignoring case.
     *
     * @throws IllegalArgumentException naming the known ids when there is no such data set
     */
    public static KnownDataset byId(String id) {
        for (KnownDataset dataset : values()) {
            if (dataset.id.equalsIgnoreCase(String.valueOf(id).trim())) {
                return dataset;
            }
        }
        String known = Arrays.stream(values()).map(KnownDataset::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unknown data set '" + id + "': expected one of " + known + ".");
    }
}
