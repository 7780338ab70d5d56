package org.neurocanvas.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * An immutable data set: n samples, each a flat float vector of sampleShape's product, with a
 * target for each: an integer class label (classification), a vector of floats (regression), or
 * the sample itself ({@link #reconstruction()}, for autoencoders).
 *
 * <p>Samples lie row-major, so a sample is a contiguous run of {@link #featureCount()} values and
 * a batch is a handful of copies. Images are {@code height x width x channels} (HWC), channels
 * innermost. The values are kept either as floats or as bytes with a scale (a pixel read as
 * byte/255): a byte-backed set holds one byte per value and converts only the samples that
 * {@link #gather} or {@link #feature} read. {@link #subset} and {@link #split} keep the storage
 * kind. Constructors copy their arrays and accessors hand out copies: nobody can change a data
 * set after it is made.
 */
public final class Dataset {

    private final String name;
    private final Features features;
    private final int[] sampleShape;
    private final int featureCount;
    private final Targets targets;

    /**
     * Makes a float-backed data set from copies of the given arrays.
     *
     * @param name        what a person calls this data set, used in messages
     * @param features    size * featureCount values, sample after sample
     * @param sampleShape the shape of one sample, e.g. {2} for points or {28, 28, 1} for images
     * @param labels      the class of each sample, in [0, classes)
     * @param classes     the number of classes
     * @param classNames  one name per class
     * @throws IllegalArgumentException with a sentence when the parts do not fit together
     */
    public Dataset(String name, float[] features, int[] sampleShape, int[] labels, int classes,
            List<String> classNames) {
        this(name, new Features.Floats(Objects.requireNonNull(features, "features").clone(),
                widthOf(sampleShape)), sampleShape, labels, classes, classNames);
    }

    /**
     * Makes a byte-backed data set from a copy of the given bytes: value i reads as
     * {@code (values[i] & 0xFF) * scale}, so pixels 0..255 with scale 1/255 read as 0..1.
     *
     * @param values size * featureCount unsigned bytes, sample after sample
     * @param scale  what one step of a byte is worth: finite
     * @throws IllegalArgumentException with a sentence when the parts do not fit together
     * @see #Dataset(String, float[], int[], int[], int, List)
     */
    public static Dataset ofBytes(String name, byte[] values, float scale, int[] sampleShape, int[] labels,
            int classes, List<String> classNames) {
        if (!Float.isFinite(scale)) {
            throw new IllegalArgumentException("Data set '" + name + "' has byte scale " + scale
                    + ", expected a finite number.");
        }
        return new Dataset(name, new Features.Bytes(Objects.requireNonNull(values, "values").clone(), scale,
                widthOf(sampleShape)), sampleShape, labels, classes, classNames);
    }

    /**
     * Makes a float-backed regression data set from copies of the given arrays: each sample's
     * target is targetWidth floats to predict instead of a class.
     *
     * @param targets     size * targetWidth values, sample after sample
     * @param targetWidth the number of values per target, at least 1
     * @throws IllegalArgumentException with a sentence when the parts do not fit together
     */
    public static Dataset regression(String name, float[] features, int[] sampleShape, float[] targets,
            int targetWidth) {
        Objects.requireNonNull(targets, "targets");
        if (targetWidth < 1 || targets.length % targetWidth != 0) {
            throw invalid(name, "has " + targets.length + " target values, expected a whole number of targets of "
                    + targetWidth + " values each (and at least 1 value per target)");
        }
        return new Dataset(name, new Features.Floats(Objects.requireNonNull(features, "features").clone(),
                widthOf(sampleShape)), sampleShape, new Targets.Values(targets.clone(), targetWidth));
    }

    /** Class labels; takes the storage as it is (loaders hand over arrays nobody else holds), copies the rest. */
    Dataset(String name, Features features, int[] sampleShape, int[] labels, int classes, List<String> classNames) {
        this(name, features, sampleShape, new Targets.Classes(Objects.requireNonNull(labels, "labels").clone(),
                classes, List.copyOf(Objects.requireNonNull(classNames, "classNames"))));
    }

    /** Takes the storage and the targets as they are. */
    Dataset(String name, Features features, int[] sampleShape, Targets targets) {
        this.name = Objects.requireNonNull(name, "name");
        this.features = features;
        this.sampleShape = Objects.requireNonNull(sampleShape, "sampleShape").clone();
        this.targets = Objects.requireNonNull(targets, "targets");
        this.featureCount = productOf(name, this.sampleShape);
        validate();
    }

    /** The sample width a storage needs; the constructor reports a bad shape with a sentence. */
    private static int widthOf(int[] sampleShape) {
        long product = 1;
        for (int d : Objects.requireNonNull(sampleShape, "sampleShape")) {
            product *= Math.max(d, 1);
        }
        return (int) Math.min(product, Integer.MAX_VALUE);
    }

    private static int productOf(String name, int[] shape) {
        if (shape.length == 0 || Arrays.stream(shape).anyMatch(d -> d < 1)) {
            throw invalid(name, "has sample shape " + Arrays.toString(shape)
                    + ", expected at least one dimension and every dimension >= 1");
        }
        long product = 1;
        for (int d : shape) {
            product *= d;
            if (product > Integer.MAX_VALUE) {
                throw invalid(name, "has sample shape " + Arrays.toString(shape)
                        + ", expected at most " + Integer.MAX_VALUE + " features per sample");
            }
        }
        return (int) product;
    }

    private void validate() {
        if (targets instanceof Targets.Classes c) {
            validateClasses(c);
        }
        long expected = (long) targets.samples() * featureCount;
        if (features.length() != expected) {
            throw invalid(name, "has " + targets.samples() + (targets instanceof Targets.Classes ? " labels" : " targets")
                    + " of " + featureCount + " features each, expected " + expected + " feature values, found "
                    + features.length());
        }
        if (features.width() != featureCount) {
            throw invalid(name, "has storage of " + features.width() + " values per sample, expected " + featureCount);
        }
        if (targets instanceof Targets.OwnFeatures && targets.width() != featureCount) {
            throw invalid(name, "reconstructs " + targets.width() + " values per sample, expected its " + featureCount
                    + " features");
        }
    }

    private void validateClasses(Targets.Classes c) {
        if (c.classes() < 1) {
            throw invalid(name, "must have at least 1 class, found " + c.classes());
        }
        if (c.names().size() != c.classes()) {
            throw invalid(name, "has " + c.classes() + " classes, expected as many class names, found "
                    + c.names().size());
        }
        int[] labels = c.labels();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= c.classes()) {
                throw invalid(name, "has label " + labels[i] + " at sample " + i
                        + ", expected a class in [0, " + c.classes() + ")");
            }
        }
    }

    private static IllegalArgumentException invalid(String name, String problem) {
        return new IllegalArgumentException("Data set '" + name + "' " + problem + ".");
    }

    /** What a person calls this data set. */
    public String name() {
        return name;
    }

    /** The number of samples. */
    public int size() {
        return targets.samples();
    }

    /** The shape of one sample (a copy). */
    public int[] sampleShape() {
        return sampleShape.clone();
    }

    /** The number of values in one sample: the product of its shape. */
    public int featureCount() {
        return featureCount;
    }

    /**
     * The memory the feature values occupy: 1 byte per value when byte-backed, 4 when float-backed
     * (a 60,000 x 784 set: 47 MB or 188 MB).
     */
    public long featureBytes() {
        return features.byteCount();
    }

    /**
     * All features as floats, sample after sample: a new array of size x featureCount floats on
     * every call. That is 4 bytes per value whatever the storage, four times what a byte-backed
     * set keeps (188 MB for 60,000 MNIST images, 614 MB for CIFAR-10's 50,000), so it is meant for
     * small sets, tests and previews; training and evaluation read batches through {@link #gather}.
     */
    public float[] features() {
        float[] all = new float[features.length()];
        for (int sample = 0; sample < size(); sample++) {
            features.copySample(sample, all, sample * featureCount);
        }
        return all;
    }

    /** True when each target is a class label; false for regression and reconstruction targets. */
    public boolean isClassification() {
        return targets instanceof Targets.Classes;
    }

    /** True when each sample's target is the sample itself ({@link #reconstruction()}). */
    public boolean isReconstruction() {
        return targets instanceof Targets.OwnFeatures;
    }

    /**
     * The class of each sample (a copy).
     *
     * @throws IllegalStateException when the targets are not class labels
     */
    public int[] labels() {
        if (targets instanceof Targets.Classes c) {
            return c.labels().clone();
        }
        throw new IllegalStateException("Data set '" + name + "' has targets of " + targets.width()
                + " values to predict, not class labels.");
    }

    /** The number of classes, or 0 when the targets are not class labels. */
    public int classes() {
        return targets instanceof Targets.Classes c ? c.classes() : 0;
    }

    /** One name per class, indexed by label; empty when the targets are not class labels. */
    public List<String> classNames() {
        return targets instanceof Targets.Classes c ? c.names() : List.of();
    }

    /** The number of floats per target in {@link #gather}: 1 for a class label. */
    public int targetWidth() {
        return targets.width();
    }

    /**
     * The shape of one target: {1} for a class label, {width} for regression, the sample shape for
     * reconstruction.
     */
    public int[] targetShape() {
        return isReconstruction() ? sampleShape.clone() : new int[] {targets.width()};
    }

    /** Every target as floats, sample after sample (size x targetWidth; a class as its index). */
    public float[] targets() {
        float[] all = new float[Math.multiplyExact(size(), targets.width())];
        for (int sample = 0; sample < size(); sample++) {
            targets.copy(sample, features, all, sample * targets.width());
        }
        return all;
    }

    /**
     * The same samples, each its own target: what an autoencoder learns to reproduce. The targets
     * are read from the features when gathered, so they take no memory, and scaling the set scales
     * them alike.
     */
    public Dataset reconstruction() {
        return new Dataset(name, features, sampleShape, new Targets.OwnFeatures(size(), featureCount));
    }

    /**
     * The same samples seen with another shape of as many values: 4 x 4 x 1 images as vectors of 16
     * for a network whose input is flat.
     *
     * @throws IllegalArgumentException when the shape holds another number of values
     */
    public Dataset reshaped(int... shape) {
        if (widthOf(shape) != featureCount) {
            throw invalid(name, "has samples of " + Arrays.toString(sampleShape) + ", expected a shape of as many values, found "
                    + Arrays.toString(shape));
        }
        return new Dataset(name, features, shape, targets);
    }

    /** Feature j of the given sample. */
    public float feature(int sample, int j) {
        Objects.checkIndex(sample, size());
        Objects.checkIndex(j, featureCount);
        return features.value(sample, j);
    }

    /** The samples at these indices, in this order, stored the same way as this set. */
    public Dataset subset(int[] indices) {
        for (int index : indices) {
            Objects.checkIndex(index, size());
        }
        return new Dataset(name, features.select(indices), sampleShape, targets.select(indices));
    }

    /** The same samples seen through other storage: how a fitted {@link Scaler} applies itself. */
    Dataset withFeatures(Features replacement) {
        return new Dataset(name, replacement, sampleShape, targets);
    }

    /** The storage, for code in this package that reads every value (fitting a scaler). */
    Features storage() {
        return features;
    }

    /**
     * Copies the samples at indices[from..from+count) into x (row-major, count*featureCount) and
     * their targets into y (count*targetWidth), converting only these samples to floats. For
     * batching without allocation.
     *
     * @param y receives the targets: class indices as floats, the form a loss reads them in, or
     *          targetWidth values per sample
     */
    public void gather(int[] indices, int from, int count, float[] x, float[] y) {
        Objects.checkFromIndexSize(from, count, indices.length);
        int width = targets.width();
        if (x.length < (long) count * featureCount || y.length < (long) count * width) {
            throw new IllegalArgumentException("Batch buffers of data set '" + name + "' are too small for "
                    + count + " samples: expected x of " + (long) count * featureCount + " and y of "
                    + (long) count * width + " values, found " + x.length + " and " + y.length + ".");
        }
        for (int row = 0; row < count; row++) {
            int sample = Objects.checkIndex(indices[from + row], size());
            features.copySample(sample, x, row * featureCount);
            targets.copy(sample, features, y, row * width);
        }
    }

    /**
     * A shuffled split, stratified for class labels (each class keeps its proportion);
     * validationFraction in [0, 1): IllegalArgumentException naming the setting otherwise. The test
     * part is empty: see {@link #split(double, double, long)}.
     *
     * <p>The validation side holds round(validationFraction * size) samples. With class labels, each
     * class contributes its share rounded down, and the samples left over go to the classes whose
     * shares were cut the most, so no class is over- or under-represented by more than one sample.
     * Regression and reconstruction targets have no classes to keep: the validation side is then
     * simply drawn at random. Both sides come back shuffled, never sorted by class, and stored the
     * same way as this set.
     */
    public Split split(double validationFraction, long seed) {
        return split(validationFraction, 0, seed);
    }

    /**
     * A shuffled three-way split: a validation part and a test part, each drawn as
     * {@link #split(double, long)} draws its validation side (stratified, rounded per class, from the
     * seed), and the rest to train on. The validation part is the one a split without a test part
     * draws from the same seed. Both fractions in [0, 1) and together below 1: an
     * IllegalArgumentException naming the settings otherwise.
     */
    public Split split(double validationFraction, double testFraction, long seed) {
        checkFraction("validationFraction", validationFraction);
        checkFraction("testFraction", testFraction);
        if (!(validationFraction + testFraction < 1)) {
            throw new IllegalArgumentException("Settings 'validationFraction' (" + validationFraction + ") and 'testFraction' ("
                    + testFraction + ") of data set '" + name + "' must add up to less than 1, leaving samples to train on.");
        }
        int[][] parts = targets instanceof Targets.Classes c
                ? StratifiedSplit.indices(c.labels(), c.classes(), validationFraction, testFraction, seed)
                : randomParts(validationFraction, testFraction, seed);
        return new Split(subset(parts[0]), subset(parts[1]), subset(parts[2]));
    }

    private void checkFraction(String setting, double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("Setting '" + setting + "' of data set '" + name
                    + "' must be >= 0 and < 1, found " + fraction + ".");
        }
    }

    private int[][] randomParts(double validationFraction, double testFraction, long seed) {
        int[] order = Shuffle.permutation(size(), new Random(seed));
        int validation = (int) Math.round(validationFraction * size());
        int test = Math.min((int) Math.round(testFraction * size()), size() - validation);
        return new int[][] {Arrays.copyOfRange(order, validation + test, order.length), Arrays.copyOf(order, validation),
            Arrays.copyOfRange(order, validation, validation + test)};
    }

    @Override
    public String toString() {
        String targetText = targets instanceof Targets.Classes c ? c.classes() + " classes"
                : isReconstruction() ? "each sample its own target" : "targets of " + targets.width() + " values";
        return "Dataset '" + name + "' (" + size() + " samples of shape " + Arrays.toString(sampleShape)
                + ", " + targetText + ")";
    }
}
