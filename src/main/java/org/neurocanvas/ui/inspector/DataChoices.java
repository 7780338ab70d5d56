package org.neurocanvas.ui.inspector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.neurocanvas.data.BuiltInDataset;
import org.neurocanvas.data.ImportPreview;
import org.neurocanvas.data.KnownDataset;
import org.neurocanvas.data.MissingValues;
import org.neurocanvas.data.SequenceTask;
import org.neurocanvas.model.AugmentationSpec;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Shape;

/**
 * How the inspector's data fields change a {@link DataSpec}: what a newly chosen source starts
 * with, how one field changes, and how a chosen file is written down. Plain Java, tested without
 * a window; {@link DataSpec}'s constructor refuses what does not fit, in a sentence.
 */
public final class DataChoices {

    /** A newly chosen generated set starts like the spiral sample. */
    private static final DataSpec GENERATED_START = DataSpec.spiral();
    /** A newly chosen sequence task starts with this many sequences ... */
    static final int SEQUENCE_SAMPLES = 1000;
    /** ... of this many steps. */
    static final int SEQUENCE_LENGTH = 8;

    private DataChoices() {
    }

    /** The colour choices of an images source, by channels: 1 ... */
    public static final String GREYSCALE = "greyscale";
    /** ... or 3. */
    public static final String RGB = "rgb";
    public static final List<String> COLOURS = List.of(GREYSCALE, RGB);

    /**
     * Whether switching to {@code source} needs a file chosen first (a file source of another kind).
     * A folder of images is chosen through Import Data…, which reads its size and colour first.
     */
    static boolean needsFile(DataSpec current, String source) {
        return DataSpec.FILES.contains(source) && !DataSpec.IMAGES.equals(source) && !source.equals(current.source());
    }

    /** Whether the IDX source needs its labels file as well as its images. */
    static boolean needsLabels(String source) {
        return "idx".equals(source);
    }

    /**
     * The data with a new source. Scaling and augmentation stay; between generated sets, and
     * between sequence tasks, the generator's settings stay too; settings the new source has no
     * use for are dropped, so the project file does not carry them. A file source must come with
     * its files: see {@link #withFiles}.
     *
     * @throws IllegalArgumentException a sentence, e.g. for a file source without a file
     */
    static DataSpec withSource(DataSpec d, String source) {
        if (source.equals(d.source())) {
            return d;
        }
        if (needsFile(d, source)) {
            throw new IllegalArgumentException("The data source '" + source + "' reads a file: choose it with Choose file….");
        }
        if (DataSpec.IMAGES.equals(source)) {
            throw new IllegalArgumentException("The data source 'images' reads a folder with one sub-folder of images per class:"
                    + " choose it with Import Data…, which shows what it holds.");
        }
        Draft e = Draft.keepingPreparation(d);
        e.source = source;
        boolean fromGenerated = DataSpec.GENERATED.contains(d.source());
        if (DataSpec.GENERATED.contains(source)) {
            DataSpec start = fromGenerated ? d : GENERATED_START;
            // Moons, circles and xor have two classes by nature.
            e.classes = BuiltInDataset.byId(source).fixedClasses() ? 2 : start.classes();
            e.samples = start.samples();
            e.noise = start.noise();
            e.seed = start.seed();
        } else if (DataSpec.SEQUENCES.contains(source)) {
            boolean fromSequences = DataSpec.SEQUENCES.contains(d.source());
            e.samples = fromSequences ? d.samples() : SEQUENCE_SAMPLES;
            e.length = fromSequences ? d.length() : SEQUENCE_LENGTH;
            e.seed = fromGenerated || fromSequences ? d.seed() : GENERATED_START.seed();
        }
        return e.build();
    }

    /**
     * The data read from the files of a file source; a CSV keeps its label column when it was a CSV already.
     *
     * @param labels the labels file of an IDX source, else null
     */
    static DataSpec withFiles(DataSpec d, String source, String path, String labels) {
        Draft e = Draft.keepingPreparation(d);
        e.source = source;
        e.path = path;
        e.labels = labels;
        e.label = "csv".equals(source) && "csv".equals(d.source()) ? d.label() : null;
        return e.build();
    }

    /**
     * The data an import dialog read, in place of the project's: its files (kept relative to the
     * project's folder when inside), a table's label column and task; scaling,
     * augmentation and a reconstruction task stay.
     *
     * @param projectFolder the project's folder, or null before its first save
     * @throws IllegalArgumentException a sentence when the data does not load or the project cannot
     *                                  take data of its format
     */
    public static DataSpec imported(DataSpec d, ImportPreview read, Path projectFolder) {
        return imported(d, read, projectFolder, null);
    }

    /**
     * As {@link #imported(DataSpec, ImportPreview, Path)}, a folder of images resized to the size and
     * colour the person chose.
     *
     * @param image for a folder of images, "HxWxC" (see {@link #image}); null for the size and colour
     *              the reading suggests ({@link ImportPreview#loadShape()}); ignored for other formats
     */
    public static DataSpec imported(DataSpec d, ImportPreview read, Path projectFolder, String image) {
        if (!read.loads()) {
            throw new IllegalArgumentException(read.problems().get(0));
        }
        Draft e = Draft.keepingPreparation(d);
        e.path = stored(projectFolder, read.dataFile());
        switch (read.format()) {
            case CSV -> {
                e.source = "csv";
                String policy = missingName(read.missing());
                e.missing = DataSpec.MISSING.get(0).equals(policy) ? null : policy;
                // Named even when it is the last column, the default: the inspector's Label column then shows it.
                e.label = read.labelColumn();
                e.exclude = read.excluded();
                e.task = read.regression() ? DataSpec.REGRESSION : e.task;
            }
            case IDX -> {
                e.source = "idx";
                e.labels = stored(projectFolder, read.labelsFile());
            }
            case CIFAR10 -> e.source = "cifar10";
            case IMAGE_FOLDER -> {
                e.source = DataSpec.IMAGES;
                e.image = image != null ? image : new Shape(read.loadShape()).text();
            }
            default -> throw new IllegalStateException("No data source for format " + read.format() + ".");
        }
        return e.build();
    }

    /**
     * An images source's "HxWxC" from a size typed as "HxW" and a colour, one of {@link #COLOURS}.
     *
     * @throws IllegalArgumentException a sentence naming the image size when it is not two whole numbers
     */
    public static String image(String size, String colour) {
        Shape sides;
        try {
            sides = Shape.parse(size == null ? "" : size);
        } catch (IllegalArgumentException e) {
            sides = null;
        }
        if (sides == null || sides.rank() != 2) {
            throw new IllegalArgumentException("The image size must be height x width in pixels, such as 28x28, found '" + size + "'.");
        }
        return sides.text() + "x" + (RGB.equals(colour) ? 3 : 1);
    }

    /** The height x width of an images source, e.g. "28x28". */
    static String imageSize(DataSpec d) {
        Shape shape = d.knownSampleShape().orElseThrow();
        return shape.dim(0) + "x" + shape.dim(1);
    }

    /** The colour of an images source, one of {@link #COLOURS}. */
    static String imageColour(DataSpec d) {
        return d.knownSampleShape().orElseThrow().dim(2) == 3 ? RGB : GREYSCALE;
    }

    /** Column names typed as "id, name": trimmed, empty ones dropped; none for null. */
    static List<String> columns(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    /** The project file's name for a loader's missing-value policy: fail, drop or mean. */
    public static String missingName(MissingValues policy) {
        return switch (policy) {
            case DROP_ROW -> "drop";
            case FILL_MEAN -> "mean";
            case FAIL -> "fail";
        };
    }

    /** The same data with one setting changed, through a draft of all its fields. */
    static DataSpec edit(DataSpec d, Consumer<Draft> change) {
        Draft e = new Draft(d);
        change.accept(e);
        return e.build();
    }

    /**
     * A path as the project file keeps it: relative to the project's folder, with '/' between
     * names, when the file lies inside that folder, so the two can move together; absolute otherwise,
     * and always for a project not yet saved.
     */
    static String stored(Path projectFolder, Path chosen) {
        Path file = chosen.toAbsolutePath().normalize();
        if (projectFolder != null) {
            Path folder = projectFolder.toAbsolutePath().normalize();
            if (file.startsWith(folder) && !file.equals(folder)) {
                return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            }
        }
        return file.toString();
    }

    /**
     * Where a file chooser opens: the folder of the file the field names now, else the project's
     * folder, else the working folder; null when none of them exists.
     */
    static Path startFolder(Path projectFolder, String current) {
        Path base = projectFolder != null ? projectFolder : Path.of("").toAbsolutePath();
        if (current != null && !current.isBlank()) {
            Path parent = base.resolve(current).getParent();
            if (parent != null && Files.isDirectory(parent)) {
                return parent;
            }
        }
        return Files.isDirectory(base) ? base : null;
    }

    /** One sentence about a source, for the Source field's tooltip. */
    static String describe(String source) {
        if (DataSpec.GENERATED.contains(source)) {
            return BuiltInDataset.byId(source).description();
        }
        if (DataSpec.SHIPPED.contains(source)) {
            try {
                return KnownDataset.byId(source).description();
            } catch (IllegalArgumentException e) {
                return "A data set installed on this machine.";
            }
        }
        if (DataSpec.SEQUENCES.contains(source)) {
            return SequenceTask.byId(source).description();
        }
        return switch (source) {
            case "csv" -> "A table in a CSV file: one sample per row, its class (or, for regression, its number) in the label column.";
            case "idx" -> "Images and labels in the IDX files MNIST comes in.";
            case "cifar10" -> "CIFAR-10's binary batch files: 32 × 32 colour images of 10 classes.";
            case DataSpec.IMAGES -> "A folder of PNG, JPEG or BMP images, one sub-folder per class, each image resized to one size.";
            default -> "The data the network learns from.";
        };
    }

    /** Every field of a {@link DataSpec}, to change one and build a new spec. */
    static final class Draft {
        String source;
        String path;
        String labels;
        String label;
        int samples;
        int classes;
        double noise;
        int length;
        long seed;
        String scaling;
        AugmentationSpec augmentation;
        String task;
        String validation;
        String image;
        String missing;
        List<String> exclude;
        double test;
        String testFile;

        /** Only how the data is prepared (scaling, augmentation); the rest is for the caller to fill in. */
        private static Draft keepingPreparation(DataSpec d) {
            Draft e = new Draft(d);
            e.path = null;
            e.labels = null;
            e.label = null;
            e.samples = 0;
            e.classes = 0;
            e.noise = 0;
            e.length = 0;
            e.seed = 0;
            e.validation = null;
            e.testFile = null;
            e.image = null;
            e.missing = null;
            e.exclude = null;
            // A reconstruction fits any source; a regression only the one it was chosen for.
            e.task = DataSpec.RECONSTRUCTION.equals(d.task()) ? d.task() : null;
            return e;
        }

        private Draft(DataSpec d) {
            source = d.source();
            path = d.path();
            labels = d.labels();
            label = d.label();
            samples = d.samples();
            classes = d.classes();
            noise = d.noise();
            length = d.length();
            seed = d.seed();
            scaling = d.scaling();
            augmentation = d.augmentation();
            task = d.task();
            validation = d.validation();
            image = d.image();
            missing = d.missing();
            exclude = d.exclude();
            test = d.test();
            testFile = d.testFile();
        }

        private DataSpec build() {
            return new DataSpec(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, task, validation, image,
                    missing, exclude, test, testFile);
        }
    }
}
