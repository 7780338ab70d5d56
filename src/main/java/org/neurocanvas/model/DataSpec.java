package org.neurocanvas.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which data a project learns from and how it is prepared. One flat record, as the project
 * file shows it; which fields matter depends on the source:
 * <ul>
 *   <li>generated 2-D sets (spiral, moons, circles, xor, gaussians): samples, classes, noise, seed;</li>
 *   <li>sets that ship with NeuroCanvas (iris, digits, mnist-10k, fashion-mnist-10k) or that a
 *       package installs (fashion-mnist-60k): nothing more;</li>
 *   <li>files: csv (path, label column), idx (path of the images, labels file), cifar10 (path of a
 *       batch file or a folder of them), images (path of a folder with one sub-folder per class, and
 *       the size and colour every image is resized to, as "HxWxC"); paths are relative to the project file;</li>
 *   <li>sequence tasks (parity, first-equals-last, recall, palindrome, a-before-b): samples, length, seed.</li>
 * </ul>
 * Scaling (none, minmax, standardize) is fitted on the training split only. The task says what the
 * network predicts: a class (the default), a number per sample from the label column (regression),
 * or the sample itself (reconstruction, for autoencoders). A CSV source may name a second file to
 * validate on instead of holding back part of the first. A CSV source may leave out columns that are no
 * features (an id, a name): every column but the label and the excluded ones is a feature. A test
 * fraction holds back a third part, stratified by class and drawn from the training seed like the
 * validation split, that training never sees and that is measured once training ends; a CSV source may
 * instead name a separate test file, read like its validation file.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonPropertyOrder({"source", "path", "labels", "label", "exclude", "validation", "test", "testFile", "task", "samples", "classes", "noise", "length", "seed",
    "scaling", "augmentation", "image", "missing"})
public record DataSpec(String source, String path, String labels, String label, int samples, int classes, double noise,
                       int length, long seed, String scaling, AugmentationSpec augmentation, String task, String validation,
                       String image, String missing, List<String> exclude, double test, String testFile) {

    public static final List<String> GENERATED = List.of("spiral", "moons", "circles", "xor", "gaussians");
    public static final List<String> SHIPPED = List.of("iris", "digits", "mnist-10k", "fashion-mnist-10k", "fashion-mnist-60k", "diabetes");
    /** The source of a folder of images, one sub-folder per class. */
    public static final String IMAGES = "images";
    public static final List<String> FILES = List.of("csv", "idx", "cifar10", IMAGES);
    /** The longest side an image folder's images may be resized to. */
    public static final int MAX_IMAGE_SIDE = 4096;
    public static final List<String> SEQUENCES = List.of("parity", "first-equals-last", "recall", "palindrome", "a-before-b");
    /** Sequence tasks whose samples are token ids for an Embedding rather than one-hot steps. */
    public static final List<String> TOKEN_SEQUENCES = List.of("palindrome", "a-before-b");
    /** Symbols of the one-hot sequence tasks other than parity, as the data room generates them. */
    public static final int SEQUENCE_SYMBOLS = 4;
    /** Entries an Embedding needs for the token tasks' ids 0..8 (0 is left free for padding), as the data room generates them. */
    public static final int TOKEN_VOCABULARY = 9;
    public static final String CLASSIFICATION = "classification";
    public static final String REGRESSION = "regression";
    public static final String RECONSTRUCTION = "reconstruction";
    public static final List<String> TASKS = List.of(CLASSIFICATION, REGRESSION, RECONSTRUCTION);
    public static final List<String> SCALINGS = List.of("none", "minmax", "standardize");
    /** What a CSV source does with a missing value: stop and say where (unset), leave out the row, or fill in the column's mean. */
    public static final List<String> MISSING = List.of("fail", "drop", "mean");

    public DataSpec {
        require(source != null && all().contains(source), "source", "one of " + String.join(", ", all()), "'" + source + "'");
        scaling = scaling == null ? "none" : scaling;
        require(SCALINGS.contains(scaling), "scaling", "one of " + String.join(", ", SCALINGS), "'" + scaling + "'");
        task = task == null ? ("diabetes".equals(source) ? REGRESSION : CLASSIFICATION) : task;
        require(TASKS.contains(task), "task", "one of " + String.join(", ", TASKS), "'" + task + "'");
        require(!REGRESSION.equals(task) || "csv".equals(source) || "diabetes".equals(source), "task",
                "classification or reconstruction for source '" + source + "', which has no numeric target", "'" + task + "'");
        require(validation == null || "csv".equals(source), "validation", "unset: only a csv source takes a separate validation file",
                "'" + validation + "'");
        if (GENERATED.contains(source)) {
            require(classes >= 2, "classes", "at least 2", String.valueOf(classes));
            require(samples >= 2 * classes, "samples", "at least two per class", String.valueOf(samples));
            require(noise >= 0, "noise", "a number >= 0", String.valueOf(noise));
        } else if (SEQUENCES.contains(source)) {
            require(samples >= 2, "samples", "at least 2", String.valueOf(samples));
            require(length >= 1, "length", "at least 1", String.valueOf(length));
        } else if (FILES.contains(source)) {
            require(path != null && !path.isBlank(), "path", "the data file of source '" + source + "'", "none");
            require(!"idx".equals(source) || labels != null, "labels", "the labels file that goes with the IDX images", "none");
        }
        require(image == null || IMAGES.equals(source), "image", "unset: only an images source is resized", "'" + image + "'");
        require(missing == null || "csv".equals(source) && MISSING.contains(missing), "missing",
                "one of " + String.join(", ", MISSING) + ", and only for a csv source", "'" + missing + "'");
        if (IMAGES.equals(source)) {
            image = imageShape(image).text();
        }
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        require(exclude.isEmpty() || "csv".equals(source), "exclude", "unset: only a csv source leaves out columns", exclude.toString());
        for (int i = 0; i < exclude.size(); i++) {
            String column = exclude.get(i);
            require(!column.isBlank(), "exclude", "a list of column names", "an empty name");
            require(exclude.indexOf(column) == i, "exclude", "a list of distinct column names", "'" + column + "' twice");
            if (column.equals(label)) {
                throw new IllegalArgumentException("Data setting 'exclude' names column '" + column
                        + "', which is the label column: a label cannot be left out.");
            }
        }
        require(test >= 0 && test < 1, "test", "a fraction of the samples from 0 up to (not including) 1", String.valueOf(test));
        require(testFile == null || "csv".equals(source), "testFile", "unset: only a csv source takes a separate test file",
                "'" + testFile + "'");
        if (testFile != null && test > 0) {
            throw new IllegalArgumentException("Data settings 'test' (" + test + ") and 'testFile' ('" + testFile + "') both name a test "
                    + "part: hold back a fraction of the samples or test on a separate file, not both.");
        }
    }

    /** A reference without a separate test file. */
    public DataSpec(String source, String path, String labels, String label, int samples, int classes, double noise,
                    int length, long seed, String scaling, AugmentationSpec augmentation, String task, String validation,
                    String image, String missing, List<String> exclude, double test) {
        this(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, task, validation, image, missing,
                exclude, test, null);
    }

    /** A reference that holds no test part back. */
    public DataSpec(String source, String path, String labels, String label, int samples, int classes, double noise,
                    int length, long seed, String scaling, AugmentationSpec augmentation, String task, String validation,
                    String image, String missing, List<String> exclude) {
        this(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, task, validation, image, missing,
                exclude, 0);
    }

    /** A reference whose every column but the label is a feature. */
    public DataSpec(String source, String path, String labels, String label, int samples, int classes, double noise,
                    int length, long seed, String scaling, AugmentationSpec augmentation, String task, String validation,
                    String image, String missing) {
        this(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, task, validation, image, missing,
                null);
    }

    /** A reference read as the 13-argument record was, for callers that have no image size to give. */
    public DataSpec(String source, String path, String labels, String label, int samples, int classes, double noise,
                    int length, long seed, String scaling, AugmentationSpec augmentation, String task, String validation) {
        this(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, task, validation, null);
    }

    /** A reference without a missing-value choice: a missing value stops the load with a sentence. */
    public DataSpec(String source, String path, String labels, String label, int samples, int classes, double noise,
                    int length, long seed, String scaling, AugmentationSpec augmentation, String task, String validation,
                    String image) {
        this(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, task, validation, image, null);
    }

    /**
     * A folder of images, one sub-folder per class, each image resized to height x width and read
     * in greyscale (channels 1) or RGB (channels 3).
     */
    public static DataSpec images(String folder, int height, int width, int channels) {
        return new DataSpec(IMAGES, folder, null, null, 0, 0, 0, 0, 0, null, null, null, null, height + "x" + width + "x" + channels);
    }

    /** The size and colour "HxWxC" of an images source, checked: sides 1 to 4096, C 1 (greyscale) or 3 (RGB). */
    private static Shape imageShape(String image) {
        String expected = "a size HxWxC such as 28x28x1, with sides from 1 to " + MAX_IMAGE_SIDE + " and C 1 (greyscale) or 3 (RGB)";
        require(image != null, "image", expected, "none");
        Shape shape;
        try {
            shape = Shape.parse(image);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Data setting 'image' must be " + expected + ", found '" + image + "'.", e);
        }
        boolean fits = shape.rank() == 3 && shape.dim(0) <= MAX_IMAGE_SIDE && shape.dim(1) <= MAX_IMAGE_SIDE
                && (shape.dim(2) == 1 || shape.dim(2) == 3);
        require(fits, "image", expected, "'" + image + "'");
        return shape;
    }

    /** A generated 2-D set, as the end-to-end sample uses. */
    public DataSpec(String source, int samples, int classes, double noise, long seed) {
        this(source, null, null, null, samples, classes, noise, 0, seed, null, null);
    }

    /** A data reference that predicts classes, validated on a split of its own. */
    public DataSpec(String source, String path, String labels, String label, int samples, int classes, double noise,
                    int length, long seed, String scaling, AugmentationSpec augmentation) {
        this(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, null, null);
    }

    public static DataSpec spiral() {
        return new DataSpec("spiral", 600, 3, 0.2, 7);
    }

    /** A set that ships with NeuroCanvas or that a package installs, by id. */
    public static DataSpec shipped(String id) {
        return new DataSpec(id, null, null, null, 0, 0, 0, 0, 0, null, null);
    }

    public static List<String> all() {
        return java.util.stream.Stream.of(GENERATED, SHIPPED, FILES, SEQUENCES).flatMap(List::stream).toList();
    }

    /** Whether the network predicts classes (rather than numbers or its own input). */
    @JsonIgnore
    public boolean isClassification() {
        return CLASSIFICATION.equals(task);
    }

    /** Classes the data has, when known without reading a file; 0 when only loading tells or there are none. */
    public int knownClasses() {
        if (!isClassification()) {
            return 0;
        }
        if (GENERATED.contains(source)) {
            return classes;
        }
        return switch (source) {
            case "iris" -> 3;
            case "digits", "mnist-10k", "fashion-mnist-10k", "fashion-mnist-60k", "cifar10" -> 10;
            case "parity", "first-equals-last", "palindrome", "a-before-b" -> 2;
            case "recall" -> SEQUENCE_SYMBOLS;
            default -> 0;
        };
    }

    /**
     * Entries an Embedding needs for the data's token ids, 0 up to the highest: {@link #TOKEN_VOCABULARY}
     * for a token task; 0 when the samples are no token ids or only reading a file tells.
     */
    public int tokenVocabulary() {
        return TOKEN_SEQUENCES.contains(source) ? TOKEN_VOCABULARY : 0;
    }

    /** The shape of one sample, when known without reading a file. */
    public Optional<Shape> knownSampleShape() {
        if (GENERATED.contains(source)) {
            return Optional.of(new Shape(2));
        }
        return Optional.ofNullable(switch (source) {
            case "iris" -> new Shape(4);
            case "digits" -> new Shape(8, 8, 1);
            case "mnist-10k", "fashion-mnist-10k", "fashion-mnist-60k" -> new Shape(28, 28, 1);
            case "cifar10" -> new Shape(32, 32, 3);
            case "diabetes" -> new Shape(10);
            case "parity" -> new Shape(length, 1);
            case "first-equals-last", "recall" -> new Shape(length, SEQUENCE_SYMBOLS);
            case "palindrome", "a-before-b" -> new Shape(length);
            case IMAGES -> Shape.parse(image);
            default -> null;
        });
    }

    /**
     * Whether a sample read from {@code other}'s file has the shape of one read from this data's: the
     * same file, label, columns left out, task and image size. Scaling, splits, seed, augmentation and
     * the handling of gaps change values, not how many there are.
     */
    public boolean readsLike(DataSpec other) {
        return other != null && source.equals(other.source) && Objects.equals(path, other.path) && Objects.equals(labels, other.labels)
                && Objects.equals(label, other.label) && Objects.equals(exclude, other.exclude) && Objects.equals(task, other.task)
                && Objects.equals(image, other.image);
    }

    public DataSpec withScaling(String newScaling) {
        return new DataSpec(source, path, labels, label, samples, classes, noise, length, seed, newScaling, augmentation, task, validation, image, missing, exclude, test, testFile);
    }

    public DataSpec withAugmentation(AugmentationSpec newAugmentation) {
        return new DataSpec(source, path, labels, label, samples, classes, noise, length, seed, scaling, newAugmentation, task, validation, image, missing, exclude, test, testFile);
    }

    public DataSpec withTask(String newTask) {
        return new DataSpec(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, newTask, validation, image, missing, exclude, test, testFile);
    }

    /** The same reference validated on a separate file (a path relative to the project), or on a split when null. */
    public DataSpec withValidation(String newValidation) {
        return new DataSpec(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, task, newValidation, image, missing, exclude, test, testFile);
    }

    /** The same CSV reference with another missing-value choice ({@link #MISSING}; null to stop at the first). */
    public DataSpec withMissing(String newMissing) {
        return new DataSpec(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, task, validation, image,
                newMissing, exclude, test, testFile);
    }

    /** The same folder of images resized to another size and colour, "HxWxC". */
    public DataSpec withImage(String newImage) {
        return new DataSpec(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, task, validation, newImage, missing, exclude, test, testFile);
    }

    /** The same CSV reference with these columns left out of the features (none when empty). */
    public DataSpec withExclude(List<String> newExclude) {
        return new DataSpec(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, task, validation, image,
                missing, newExclude, test, testFile);
    }

    /** The same reference holding back this fraction of the samples as a test part (0 for none). */
    public DataSpec withTest(double newTest) {
        return new DataSpec(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, task, validation, image,
                missing, exclude, newTest, testFile);
    }

    /** The same CSV reference tested on a separate file (a path relative to the project), or on no file when null. */
    public DataSpec withTestFile(String newTestFile) {
        return new DataSpec(source, path, labels, label, samples, classes, noise, length, seed, scaling, augmentation, task, validation, image,
                missing, exclude, test, newTestFile);
    }

    private static void require(boolean ok, String setting, String expected, String found) {
        if (!ok) {
            throw new IllegalArgumentException("Data setting '" + setting + "' must be " + expected + ", found " + found + ".");
        }
    }
}
